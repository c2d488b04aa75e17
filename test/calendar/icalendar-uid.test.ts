/**
 * toICalendar UIDs are injective (issue 13): six ids that differ only in
 * control characters, CR LF against LF, or lone surrogates gave three UIDs,
 * so a re-import merged distinct posts. Safe ids keep today's UID.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toICalendar, type PlanInput } from '../../src/calendar/index.js';

const base = { platform: 'instagram', text: '', format: 'image', pillar: 'savoirFaire', objectiveType: 'engagement', language: 'fr' } as const;
const plan = (ids: readonly string[]): PlanInput => ({
  timeZone: 'UTC',
  period: { from: '2027-01-01', to: '2027-01-31' },
  posts: ids.map((id, i) => ({ ...base, id, at: new Date(Date.UTC(2027, 0, 6, 9, i)), localTime: `09:${String(i).padStart(2, '0')}` })),
});
const uids = (ids: readonly string[]): string[] => {
  const unfolded = toICalendar(plan(ids), { now: '2027-01-01T00:00:00Z' }).replaceAll('\r\n ', '');
  return unfolded.split('\r\n').filter((l) => l.startsWith('UID:')).map((l) => l.slice(4));
};

describe('toICalendar UIDs', () => {
  it('the six ids of the issue give six UIDs (control characters, CR LF against LF, lone surrogates)', () => {
    const ids = ['post\u00011', 'post1', 'post\r\n1', 'post\n1', 'post\ud8001', 'post\udc001'];
    expect(uids(ids)).toEqual(['post%011@socialkit', 'post1@socialkit', 'post%0D%0A1@socialkit', 'post%0A1@socialkit', 'post%ED%A0%801@socialkit', 'post%ED%B0%801@socialkit']);
  });

  it('ids of [A-Za-z0-9._-] keep their UID; others are percent-encoded from UTF-8 (RFC 3986 style, % itself too)', () => {
    expect(uids(['instagram-2027-01-06-0900', 'a.b_c-D9'])).toEqual(['instagram-2027-01-06-0900@socialkit', 'a.b_c-D9@socialkit']);
    expect(uids(['crème brûlée', 'a%41', 'aA', '🥐;,'])).toEqual(['cr%C3%A8me%20br%C3%BBl%C3%A9e@socialkit', 'a%2541@socialkit', 'aA@socialkit', '%F0%9F%A5%90%3B%2C@socialkit']);
  });

  it('property: distinct ids give distinct UIDs (fast-check)', () => {
    const unit = fc.constantFrom('a', 'A', '.', '-', '_', '%', '\r', '\n', '\u0000', '\u0001', '\ud800', '\udc00', '🥐', 'é', ' ', ';', ',', '\\', '@');
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit, minLength: 1, maxLength: 6 }), { maxLength: 12 }), (ids) => {
        const got = uids(ids);
        expect(new Set(got).size).toBe(ids.length);
        for (const uid of got) expect(uid).toMatch(/^[A-Za-z0-9._%-]+@socialkit$/);
      }),
    );
  });
});
