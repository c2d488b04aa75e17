/**
 * Adversarial inputs (issue 13), timed: the big inputs and pathological
 * texts that were quadratic or unbounded. Each row runs its input once or
 * a few times; the tests check the same cases by counting work or by limits.
 */
import { findConflicts, planCalendar, planFromCsv } from '../src/calendar/index.js';
import { checkPost, measureText } from '../src/editorial/index.js';
import { medianMs, type BenchRow } from './types.js';

const HEADER = 'id,platform,at,localTime,pillar,format,objectiveType,language,text\n';

function outcome(run: () => unknown): string {
  try {
    const r = run();
    return Array.isArray(r) ? `${r.length} results` : 'returned';
  } catch (error) {
    return `${(error as { code?: string }).code ?? (error as Error).name}`;
  }
}

async function timed(name: string, run: () => unknown, runs = 1): Promise<BenchRow> {
  let what = '';
  const ms = await medianMs(() => (what = outcome(run)), runs, 0);
  return { name, result: `${ms < 10 ? ms.toFixed(2) : Math.round(ms).toLocaleString('en')} ms (${what})` };
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  // 10 MB of one-character lines after the header: line 2 is already invalid.
  const csv = HEADER + 'x\n'.repeat(5_000_000);
  rows.push(await timed('planFromCsv: 10 MB of one-character lines (line 2 invalid)', () => planFromCsv(csv)));

  // 20,000 posts × 10,000 blackouts in findConflicts (which() per post).
  const post = { platform: 'x', text: 'Bonjour', format: 'text', pillar: 'p', objectiveType: 'engagement', language: 'fr' } as const;
  const posts = Array.from({ length: 20_000 }, (_, i) => {
    const at = new Date(Date.UTC(2027, 0, 1) + i * 3_600_000);
    return { ...post, id: `p${i}`, at, localTime: at.toISOString().slice(11, 16) };
  });
  const blackouts = Array.from({ length: 9_999 }, (_, i) => ({ from: new Date(Date.UTC(2030, 0, 1) + i * 60_000), to: new Date(Date.UTC(2030, 0, 1) + i * 60_000 + 30_000) }));
  blackouts.push({ from: new Date(Date.UTC(2026, 0, 1)), to: new Date(Date.UTC(2030, 0, 1)) });
  const plan = { timeZone: 'UTC', period: { from: '2027-01-01', to: '2029-12-31' }, posts, blackouts };
  rows.push(await timed('findConflicts: 20,000 posts in a blackout, behind 9,999 others', () => findConflicts(plan)));

  // planCalendar at its limits: 10 platforms × 2 series × 1,440 times a day × 690 days.
  const times = Array.from({ length: 1440 }, (_, m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
  const platforms = ['x', 'instagram', 'facebook', 'linkedin', 'tiktok', 'youtube', 'threads', 'bluesky', 'mastodon', 'pinterest'] as const;
  const series = [
    { kind: 'weekly', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], times, timeZone: 'Europe/Paris' },
    { kind: 'weekly', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], times, timeZone: 'America/New_York' },
  ];
  const input = {
    period: { from: '2027-01-01', to: '2028-11-20' },
    timeZone: 'Europe/Paris',
    platforms: [...platforms],
    editorialLine: { name: 'B', languages: ['fr'], frequencyPerWeek: Object.fromEntries(platforms.map((p) => [p, 7])), pillars: [{ id: 'a', name: 'A', targetShare: 1 }] },
    slots: Object.fromEntries(platforms.map((p) => [p, series])),
  };
  rows.push(await timed('planCalendar: 10 platforms × 2 series × 1,440 times a day × 690 days', () => planCalendar(input as never)));

  rows.push(await timed("measureText: 100,000 × U+200B, 'bluesky'", () => measureText('\u200b'.repeat(100_000), 'bluesky')));
  rows.push(await timed("measureText: 50,000 × (Devanagari consonant + virama), 'bluesky'", () => measureText('\u0915\u094d'.repeat(50_000), 'bluesky')));

  const base = { id: 'p1', platform: 'facebook', format: 'text', pillar: 'p', objectiveType: 'engagement', language: 'fr' } as const;
  const line = (tone: object) => ({ name: 'B', languages: ['fr'], frequencyPerWeek: {}, pillars: [{ id: 'p', name: 'P', targetShare: 1 }], tone });
  const brandText = '#SocialKit socialkit '.repeat(25_000);
  rows.push(await timed(`checkPost: brand spelling on ${Math.round(brandText.length / 1000)} K characters of hashtags and misspellings`, () => checkPost({ ...base, text: brandText }, { editorialLine: line({ brandSpellings: ['SocialKit'] }), platform: 'facebook' })));
  const overlap = 'a '.repeat(100_000);
  const terms = Array.from({ length: 20 }, (_, k) => `${'a '.repeat(80 + k)}a`);
  rows.push(await timed('checkPost: 20 forbidden terms "a a … a" (161–199 characters) on 200 K characters of "a "', () => checkPost({ ...base, text: overlap }, { editorialLine: line({ forbiddenTerms: terms }), platform: 'facebook' })));
  return rows;
}
