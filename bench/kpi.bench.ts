/**
 * `npm run bench -- kpi`: summarize over 1,000,000 synthetic posts grouped by
 * platform × ISO week (validation on, money exact), against a hand-written
 * single-pass loop (no validation, UTC ISO-week keys with a per-day cache,
 * counts summed as numbers, 2-decimal costs as integer cents) and against
 * arquero 7 doing the same group-by and roll-up. Ratios are medians of
 * per-round ratios over alternating runs (see `paired`), because the machine
 * is shared.
 */
import * as aq from 'arquero';
import { Decimal } from '../src/core/decimal.js';
import { money } from '../src/core/money.js';
import { PLATFORM_IDS } from '../src/core/platform-id.js';
import { summarize } from '../src/kpi/summarize.js';
import { type SummaryRecord } from '../src/kpi/summary.js';
import { type BenchRow, medianMs } from './types.js';

const N = 1_000_000;
const SEED = 20270101;
const DAY = 86_400_000;

interface Post {
  platform: (typeof PLATFORM_IDS)[number];
  publishedAt: Date;
  impressions: number;
  reach: number;
  engagements: number;
  clicks: number;
  conversions: number;
  cost: number;
  revenue: number;
}

// mulberry32: a small deterministic generator, so every run sees the same posts.
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Builds `n` synthetic posts over the year 2027.
 *
 * @param n - how many
 * @param seed - the generator's seed
 * @returns plain objects of one shape
 */
export function syntheticPosts(n: number, seed: number): Post[] {
  const random = generator(seed);
  const start = Date.UTC(2027, 0, 1);
  const posts: Post[] = new Array<Post>(n);
  for (let i = 0; i < n; i += 1) {
    const impressions = 100 + Math.floor(random() * 50_000);
    const reach = Math.floor(impressions * (0.5 + random() * 0.5));
    const engagements = Math.floor(reach * random() * 0.1);
    const clicks = Math.floor(impressions * random() * 0.03);
    posts[i] = {
      platform: PLATFORM_IDS[Math.floor(random() * PLATFORM_IDS.length)] as Post['platform'],
      publishedAt: new Date(start + Math.floor(random() * 365 * DAY)),
      impressions,
      reach,
      engagements,
      clicks,
      conversions: Math.floor(clicks * random() * 0.1),
      cost: Math.round(random() * 20_000) / 100,
      revenue: Math.round(random() * 60_000) / 100,
    };
  }
  return posts;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function utcIsoWeek(day: number): string {
  const date = new Date(day * DAY);
  const isoDow = (date.getUTCDay() + 6) % 7;
  const thursday = new Date((day - isoDow + 3) * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

interface HandGroup {
  posts: number;
  impressions: number;
  reach: number;
  engagements: number;
  clicks: number;
  conversions: number;
  costCents: number;
  revenueCents: number;
}

/**
 * The baseline: one pass, no validation, UTC week keys cached per day, cents as integers.
 *
 * @param posts - the posts
 * @returns the groups by `platform|week`
 */
export function handLoop(posts: readonly Post[]): Map<string, HandGroup> {
  const weeks = new Map<number, string>();
  const groups = new Map<string, HandGroup>();
  for (let i = 0; i < posts.length; i += 1) {
    const p = posts[i] as Post;
    const day = Math.floor(p.publishedAt.getTime() / DAY);
    let week = weeks.get(day);
    if (week === undefined) {
      week = utcIsoWeek(day);
      weeks.set(day, week);
    }
    const key = `${p.platform}|${week}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = { posts: 0, impressions: 0, reach: 0, engagements: 0, clicks: 0, conversions: 0, costCents: 0, revenueCents: 0 };
      groups.set(key, g);
    }
    g.posts += 1;
    g.impressions += p.impressions;
    g.reach += p.reach;
    g.engagements += p.engagements;
    g.clicks += p.clicks;
    g.conversions += p.conversions;
    g.costCents += Math.round(p.cost * 100);
    g.revenueCents += Math.round(p.revenue * 100);
  }
  return groups;
}

/**
 * The same group-by and roll-up in arquero 7 (table built from the objects, week keys derived with the same per-day cache).
 *
 * @param posts - the posts
 * @returns the rolled-up table
 */
export function withArquero(posts: readonly Post[]): aq.ColumnTable {
  const weeks = new Map<number, string>();
  const weekOf = (d: Date): string => {
    const day = Math.floor(d.getTime() / DAY);
    let week = weeks.get(day);
    if (week === undefined) {
      week = utcIsoWeek(day);
      weeks.set(day, week);
    }
    return week;
  };
  return aq
    .from(posts as Post[])
    .derive({
      week: aq.escape((d: Post) => weekOf(d.publishedAt)),
      costCents: aq.escape((d: Post) => Math.round(d.cost * 100)),
      revenueCents: aq.escape((d: Post) => Math.round(d.revenue * 100)),
    })
    .groupby('platform', 'week')
    .rollup({
      posts: aq.op.count(),
      impressions: aq.op.sum('impressions'),
      reach: aq.op.sum('reach'),
      engagements: aq.op.sum('engagements'),
      clicks: aq.op.sum('clicks'),
      conversions: aq.op.sum('conversions'),
      costCents: aq.op.sum('costCents'),
      revenueCents: aq.op.sum('revenueCents'),
    });
}

/**
 * Three ways to sum a million 2-decimal amounts exactly, timed to choose one for summarize.
 *
 * @param amounts - the amounts, as numbers
 * @returns the median time of each, in milliseconds
 */
async function moneySums(amounts: readonly number[]): Promise<{ micros: number; bigint: number; decimal: number }> {
  const micros = await medianMs(() => {
    let sum = 0;
    let exact: Decimal | null = null;
    for (let i = 0; i < amounts.length; i += 1) {
      const x = amounts[i] as number;
      const scaled = x >= 0 && x < 1e9 ? Math.round(x * 1e6) : -1;
      if (scaled >= 0 && scaled / 1e6 === x) sum += scaled;
      else exact = (exact ?? new Decimal(0)).plus(money(x));
      if (sum >= 4e15) {
        exact = (exact ?? new Decimal(0)).plus(new Decimal(sum).div(1e6));
        sum = 0;
      }
    }
    return new Decimal(sum).div(1e6).plus(exact ?? 0);
  });
  const bigint = await medianMs(() => {
    let sum = 0n;
    for (let i = 0; i < amounts.length; i += 1) sum += BigInt(Math.round((amounts[i] as number) * 1e6));
    return sum;
  });
  const decimal = await medianMs(() => {
    let sum = new Decimal(0);
    for (let i = 0; i < amounts.length; i += 1) sum = sum.plus(money(amounts[i] as number));
    return sum;
  }, 3, 1);
  return { micros, bigint, decimal };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Times two contenders in alternation (A, B, A, B, …), one run each per round,
 * so that load from other processes on a shared machine hits both alike; the
 * ratio reported is the median of the per-round ratios.
 *
 * @param a - the first contender
 * @param b - the second contender
 * @param rounds - how many rounds
 * @returns the median times and the median ratio a / b
 */
async function paired(a: () => unknown, b: () => unknown, rounds: number): Promise<{ aMs: number; bMs: number; ratio: number }> {
  await medianMs(a, 1, 2);
  await medianMs(b, 1, 2);
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const ta = await medianMs(a, 1, 0);
    const tb = await medianMs(b, 1, 0);
    as.push(ta);
    bs.push(tb);
    ratios.push(ta / tb);
  }
  return { aMs: median(as), bMs: median(bs), ratio: median(ratios) };
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`kpi bench: ${message}`);
}

/**
 * Runs the benchmark.
 *
 * @returns the rows for docs/benchmarks.md
 */
export async function run(): Promise<BenchRow[]> {
  const posts = syntheticPosts(N, SEED);
  const records = posts as unknown as SummaryRecord[];
  const options = { by: ['platform', 'week'], timeZone: 'UTC', currency: 'EUR' } as const;

  // The three must agree before they are timed.
  const summary = summarize(records, options);
  const hand = handLoop(posts);
  const table = withArquero(posts);
  check(summary.rows.length === hand.size && table.numRows() === hand.size, 'group counts differ');
  let handCents = 0;
  for (const g of hand.values()) handCents += g.costCents;
  let summaryCost = summary.rows[0]!.cost;
  for (const row of summary.rows.slice(1)) summaryCost = summaryCost.plus(row.cost);
  check(summaryCost.times(100).toNumber() === handCents, 'money totals differ');
  const arqueroCents = (table.array('costCents') as number[]).reduce((a, b) => a + b, 0);
  check(arqueroCents === handCents, 'arquero money total differs');

  const vsHandRun = await paired(() => summarize(records, options), () => handLoop(posts), 11);
  const vsArqueroRun = await paired(() => summarize(records, options), () => withArquero(posts), 5);
  const summarizeMs = vsHandRun.aMs;
  const handMs = vsHandRun.bMs;
  const arqueroMs = vsArqueroRun.bMs;
  const parisMs = await medianMs(() => summarize(records, { ...options, timeZone: 'Europe/Paris' }), 5, 1);
  const sums = await moneySums(posts.map((p) => p.cost));
  // An export read from CSV or JSON: instants and money as strings.
  const strings = posts.map((p) => ({ ...p, publishedAt: p.publishedAt.toISOString(), cost: p.cost.toFixed(2), revenue: p.revenue.toFixed(2) }));
  const stringsMs = await medianMs(() => summarize(strings as unknown as SummaryRecord[], options), 3, 1);

  const vsHand = vsHandRun.ratio;
  const vsArquero = vsArqueroRun.ratio;
  const f = (ms: number): string => `${ms.toFixed(0)} ms`;
  return [
    {
      name: 'summarize, 1,000,000 posts by platform × ISO week (UTC), validated, exact money',
      result: `${f(summarizeMs)} (${vsHand.toFixed(2)}× the hand loop)`,
      target: '≤ 1.5× hand loop',
      pass: vsHand <= 1.5,
    },
    {
      name: 'summarize vs arquero 7 (same group-by and roll-up)',
      result: `${f(vsArqueroRun.aMs)} vs ${f(arqueroMs)} (${vsArquero.toFixed(2)}× arquero)`,
      target: '≤ 0.5× arquero',
      pass: vsArquero <= 0.5,
    },
    { name: 'hand-written single loop (no validation, cents as integers)', result: f(handMs) },
    { name: 'arquero 7: from(objects) → derive → groupby → rollup', result: `${f(arqueroMs)} (${(arqueroMs / handMs).toFixed(2)}× the hand loop)` },
    { name: 'summarize, same, weeks in Europe/Paris (DST-aware buckets)', result: `${f(parisMs)} (${(parisMs / handMs).toFixed(2)}× the hand loop)` },
    { name: 'summarize, same, publishedAt and money as strings (a parsed CSV/JSON export)', result: `${f(stringsMs)} (${(stringsMs / handMs).toFixed(2)}× the hand loop)` },
    {
      name: 'exact sum of 1,000,000 2-decimal amounts: integer millionths (chosen) / BigInt millionths / Decimal.plus(money(x))',
      result: `${f(sums.micros)} / ${f(sums.bigint)} / ${f(sums.decimal)}`,
    },
  ];
}
