/**
 * Round trips under adversarial input (issue 13): links with spaces, ids
 * and texts that look like formulas, instants at the ends of the range.
 * `planFromCsv(planToCsv(plan))` equals `plan.posts` for every plan the
 * schema accepts, and every instant a schema accepts reads back from JSON.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planFromCsv, planToCsv, PlanSchema } from '../../src/calendar/index.js';
import { InstantSchema, ValidationError } from '../../src/core/index.js';
import { instant } from '../../src/core/internal.js';
import { PostSchema } from '../../src/editorial/index.js';

function issueOf(run: () => unknown): { code: string; path: readonly (string | number)[] } | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues[0];
    throw error;
  }
  return undefined;
}

const base = { platform: 'instagram', format: 'image', pillar: 'savoirFaire', objectiveType: 'engagement', language: 'fr' } as const;
const planWith = (posts: object[]) => PlanSchema.parse({ timeZone: 'UTC', period: { from: '2027-01-01', to: '2027-12-31' }, posts });

describe('links round-trip through CSV', () => {
  it.each([
    [['https://a.example/x https://b.example/y'], ['https://a.example/x%20https://b.example/y']],
    [['https://a.example/menu du jour'], ['https://a.example/menu%20du%20jour']],
    [['HTTPS://Boulangerie.FR/Crème?q=a b#c d'], ['https://boulangerie.fr/Cr%C3%A8me?q=a%20b#c%20d']],
  ])('%j is stored as %j and comes back as it is', (links, stored) => {
    const p = planWith([{ ...base, id: 'p1', text: '', at: '2027-01-06T09:00:00Z', localTime: '09:00', links }]);
    expect(p.posts[0]?.links).toEqual(stored);
    expect(planFromCsv(planToCsv(p))).toEqual(p.posts);
  });

  it('PostSchema stores each link as new URL(link).href (idempotent)', () => {
    const post = PostSchema.parse({ ...base, id: 'p', text: '', links: ['https://a.example/menu du jour'] });
    expect(post.links).toEqual(['https://a.example/menu%20du%20jour']);
    expect(PostSchema.parse(post).links).toEqual(post.links);
  });

  it('property: planFromCsv(planToCsv(plan)) equals plan.posts for adversarial ids, texts, pillars, calls to action and URLs (fast-check)', () => {
    const nasty = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', "'", '"', ',', ';', ' ', 'a', 'é', '🥐', '\ud800', '\udc00', '\u200b', '\ufeff', '%', '\u0000');
    const text = fc.oneof(fc.string({ unit: nasty, maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 40 }));
    const word = fc.string({ unit: nasty, minLength: 1, maxLength: 12 });
    const url = fc.tuple(
      fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.constantFrom('https://a.example', 'HTTP://Ex.org')),
      fc.string({ unit: fc.constantFrom(' ', 'a', 'é', '"', "'", '=', '%20', '/', '?', '#', '🥐', ',', ';'), maxLength: 12 }),
    ).map(([u, tail]) => u + tail);
    const row = fc.record({
      id: word,
      text,
      pillar: word,
      cta: fc.option(word.filter((w) => w.trim() !== ''), { nil: undefined }),
      observanceId: fc.option(word, { nil: null }),
      links: fc.array(url, { maxLength: 3 }),
      minute: fc.integer({ min: 0, max: 500_000 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(row, { selector: (r) => r.id, maxLength: 8 }), fc.constantFrom<',' | ';' | '\t'>(',', ';', '\t'), (rows, delimiter) => {
        const posts = rows.flatMap((r) => {
          const at = new Date(Date.parse('2027-01-01T00:00:00Z') + r.minute * 60_000);
          const candidate = { ...base, id: r.id, text: r.text, pillar: r.pillar, links: r.links, observanceId: r.observanceId, at, localTime: at.toISOString().slice(11, 16), ...(r.cta === undefined ? {} : { callToAction: r.cta }) };
          // Only what the schema accepts (fast-check's URLs include some new URL refuses).
          return PostSchema.safeParse(candidate).success ? [candidate] : [];
        });
        const p = planWith(posts);
        expect(planFromCsv(planToCsv(p, { delimiter }))).toEqual(p.posts);
      }),
      { numRuns: 200 },
    );
  });
});

describe('instants: the years 0001 to 9999 in instant() and in every schema alike', () => {
  it('accepts the first and last instants, and what it accepts reads back from JSON', () => {
    for (const text of ['0001-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '0001-01-01T01:00:00+01:00']) {
      const d = InstantSchema.parse(text);
      expect(InstantSchema.parse(JSON.parse(JSON.stringify(d)))).toEqual(d);
      expect(instant(d)).toEqual(d);
    }
  });

  it('refuses new Date(8.64e15), whose JSON (+275760-09-13T00:00:00.000Z) it could not read, with the same code in the guard and the schema', () => {
    const far = new Date(8.64e15);
    expect(issueOf(() => instant(far))?.code).toBe('outOfRange');
    expect(InstantSchema.safeParse(far).success).toBe(false);
    expect(PlanSchema.safeParse({ timeZone: 'UTC', period: { from: '2027-01-01', to: '2027-01-01' }, posts: [], blackouts: [{ from: '2027-01-01T00:00:00Z', to: far }] }).success).toBe(false);
    expect(issueOf(() => instant(JSON.parse(JSON.stringify(far)) as string))?.code).toBe('invalidDate');
    for (const value of [new Date(-8.64e15), new Date(Date.UTC(-1, 0, 1)), '0000-12-31T23:59:59Z', '9999-12-31T23:59:59-01:00', '0001-01-01T00:30:00+01:00']) {
      expect(issueOf(() => instant(value))?.code).toBe('outOfRange');
    }
  });

  it('a schema boundary reports the guard’s code (outOfRange), not zod’s custom', async () => {
    const { parseWithSchema } = await import('../../src/core/internal.js');
    expect(issueOf(() => parseWithSchema(InstantSchema, new Date(8.64e15)))?.code).toBe('outOfRange');
    expect(issueOf(() => parseWithSchema(InstantSchema, 'soon'))?.code).toBe('invalidDate');
  });

  it('property: every instant a schema accepts survives JSON (fast-check)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }), (d) => {
        const r = InstantSchema.safeParse(d);
        if (r.success) expect(InstantSchema.parse(JSON.parse(JSON.stringify(r.data)))).toEqual(d);
        else expect(d.getUTCFullYear() < 1 || d.getUTCFullYear() > 9999).toBe(true);
      }),
    );
  });
});
