/**
 * Seeded synthetic posts for the engine tests: the same records go to
 * `summarize` (the reference) and, as SQL rows, to DuckDB and PostgreSQL.
 * Edge instants: a second before and after local midnight, both DST changes
 * of each zone, an ISO-week boundary, half-hour and 45-minute offsets.
 */
import { expect } from 'vitest';
import { Decimal, fromLocal, type SummaryRecord, type SummaryRow } from '../../src/index.js';

/** The zones the groups are bucketed in: DST in both hemispheres, half-hour and 45-minute offsets. */
export const ZONES = ['Europe/Paris', 'Asia/Kolkata', 'Australia/Adelaide', 'America/St_Johns', 'Asia/Kathmandu', 'UTC'] as const;

/** The session zones the engines run under: the SQL must not depend on them. */
export const SESSION_ZONES = ['UTC', 'Asia/Tokyo'] as const;

/** The groupings compared. */
export const GROUPINGS: readonly (readonly string[])[] = [
  [],
  ['platform'],
  ['platform', 'week'],
  ['day'],
  ['month', 'pillar'],
  ['week', 'format', 'persona'],
  ['campaign', 'day'],
];

/** A record with the extra dimension `campaign` (column `campaign`). */
export type Post = SummaryRecord & { publishedAt: string; campaign: string | null };

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLATFORMS = ['x', 'instagram', 'linkedin', 'tiktok', 'facebook'] as const;
const PILLARS = ['product', 'behindTheScenes', 'community', null] as const;
const FORMATS = ['image', 'video', 'carousel', 'text'] as const;
const PERSONAS = ['Camille', 'Hugo', null] as const;
const CAMPAIGNS = ['spring', 'summer', 'Été', null] as const;

// Instants of the DST changes (UTC) of the zones above, 2027 (from the zones' rules: EU last Sundays 01:00 UTC;
// Adelaide first Sundays of April 03:00 ACDT and October 02:00 ACST; St John's second Sunday of March and first of November 02:00 local).
const DST_CHANGES = [
  '2027-03-28T01:00:00Z',
  '2027-10-31T01:00:00Z',
  '2027-04-03T16:30:00Z',
  '2027-10-02T16:30:00Z',
  '2027-03-14T05:30:00Z',
  '2027-11-07T04:30:00Z',
];

function shift(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}

/**
 * The synthetic posts: `n` random ones over 2026-12 to 2027-12, then the edge instants.
 *
 * @param n - how many random posts
 * @param seed - the PRNG seed
 * @returns the posts
 */
export function syntheticPosts(n = 1200, seed = 20_270_103): Post[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const start = Date.parse('2026-12-01T00:00:00Z');
  const span = Date.parse('2028-01-01T00:00:00Z') - start;
  const instants: string[] = [];
  for (let i = 0; i < n; i += 1) instants.push(new Date(start + Math.floor(random() * span / 1000) * 1000).toISOString());
  for (const zone of ZONES) {
    for (const day of ['2027-01-04', '2027-03-01', '2027-03-29', '2027-06-30', '2027-11-01', '2028-01-01']) {
      const midnight = fromLocal(day, '00:00', zone).toISOString();
      instants.push(shift(midnight, -1000), midnight, shift(midnight, 1000));
    }
  }
  for (const change of DST_CHANGES) for (const delta of [-3_600_000, -1000, 0, 1000, 3_600_000]) instants.push(shift(change, delta));
  instants.push('2027-01-03T23:30:00.000Z');
  return instants.map((publishedAt, i) => {
    const impressions = random() < 0.05 ? 0 : Math.floor(random() * 50_000);
    const reach = impressions === 0 ? 0 : Math.floor(impressions * (0.4 + random() * 0.5));
    const engagements = Math.floor(reach * random() * 0.12);
    const clicks = Math.floor(impressions * random() * 0.03);
    const paid = random() < 0.6;
    const platform = pick(PLATFORMS);
    // Some posts lack a metric their platform never reports (X's reach, a TikTok export without clicks).
    const unreported = random() < 0.04;
    return {
      platform,
      publishedAt,
      impressions,
      reach: unreported && platform === 'x' ? null : reach,
      engagements,
      clicks: unreported && platform === 'tiktok' ? null : clicks,
      conversions: random() < 0.2 ? null : Math.floor(clicks * random() * 0.1),
      cost: paid ? (Math.floor(random() * 2_000_000) / 100).toFixed(2) : random() < 0.5 ? null : '0.00',
      revenue: random() < 0.3 ? null : (Math.floor(random() * 5_000_000) / 100).toFixed(2),
      currency: 'EUR',
      pillar: pick(PILLARS),
      format: pick(FORMATS),
      persona: pick(PERSONAS),
      campaign: i % 97 === 0 ? null : pick(CAMPAIGNS),
    };
  });
}

const q = (value: string | null): string => (value === null ? 'NULL' : `'${value.replace(/'/g, "''")}'`);
const n = (value: number | null | undefined): string => (value === null || value === undefined ? 'NULL' : String(value));

/**
 * The test's own DDL (not the library's): the posts table, with the instant both as TIMESTAMPTZ and as a naive UTC TIMESTAMP.
 *
 * @param engine - which engine
 * @returns the CREATE TABLE statement
 */
export function createTable(engine: 'duckdb' | 'postgres'): string {
  const text = engine === 'duckdb' ? 'VARCHAR' : 'TEXT';
  return `CREATE TABLE posts (platform ${text}, published_at TIMESTAMPTZ, published_utc TIMESTAMP, impressions BIGINT, reach BIGINT,
    engagements BIGINT, clicks BIGINT, conversions BIGINT, cost DECIMAL(18, 2), revenue DECIMAL(18, 2), currency ${text},
    pillar ${text}, format ${text}, persona ${text}, campaign ${text})`;
}

/**
 * INSERT statements for the posts (test data written as literals by the test, in chunks).
 *
 * @param posts - the posts
 * @returns the statements
 */
export function insertStatements(posts: readonly Post[]): string[] {
  const statements: string[] = [];
  for (let i = 0; i < posts.length; i += 500) {
    const values = posts.slice(i, i + 500).map((p) => {
      const wall = p.publishedAt.replace('T', ' ').replace('Z', '');
      return `(${q(p.platform)}, TIMESTAMPTZ '${wall}+00', TIMESTAMP '${wall}', ${n(p.impressions)}, ${n(p.reach)}, ${n(p.engagements)}, ${n(p.clicks)}, ${n(p.conversions)}, ${p.cost === null || p.cost === undefined ? 'NULL' : String(p.cost as string)}, ${p.revenue === null || p.revenue === undefined ? 'NULL' : String(p.revenue as string)}, ${q(p.currency ?? null)}, ${q(p.pillar ?? null)}, ${q(p.format ?? null)}, ${q(p.persona ?? null)}, ${q(p.campaign)})`;
    });
    statements.push(`INSERT INTO posts VALUES ${values.join(',\n')}`);
  }
  return statements;
}

function close(actual: number | null, expected: number | null, what: string): void {
  if (expected === null || actual === null) {
    expect(actual, what).toBe(expected);
    return;
  }
  const scale = Math.max(Math.abs(expected), Number.MIN_VALUE);
  expect(Math.abs(actual - expected) / scale, `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-12);
}

function closeDecimal(actual: Decimal | null, expected: Decimal | null, what: string): void {
  close(actual === null ? null : actual.toNumber(), expected === null ? null : expected.toNumber(), what);
}

/**
 * Asserts that the engine's rows equal `summarize`'s: the same groups in the same order, counts and money exactly, ratios to 1e-12 relative.
 *
 * @param actual - rowsToSummary of the engine's rows
 * @param expected - summarize's rows
 * @param label - names the case in failures
 */
export function expectSameSummary(actual: readonly SummaryRow[], expected: readonly SummaryRow[], label: string): void {
  expect(actual.map((r) => r.key), `${label}: groups`).toEqual(expected.map((r) => r.key));
  for (const [i, e] of expected.entries()) {
    const a = actual[i] as SummaryRow;
    const what = `${label} ${JSON.stringify(e.key)}`;
    for (const field of ['posts', 'impressions', 'reach', 'engagements', 'clicks', 'conversions'] as const) expect(a[field], `${what} ${field}`).toBe(e[field]);
    for (const field of ['cost', 'revenue'] as const) expect(a[field].toString(), `${what} ${field}`).toBe(e[field].toString());
    for (const field of ['engagementRateByReach', 'engagementRateByImpressions', 'ctr', 'roas', 'roi'] as const) close(a[field], e[field], `${what} ${field}`);
    for (const field of ['cpc', 'cpm', 'cpa'] as const) closeDecimal(a[field], e[field], `${what} ${field}`);
  }
}

export { Decimal };
