import { type PlatformId, type Weekday, WEEKDAYS } from '../core/index.js';
import { count, describeValue, finiteNumber, instant, invalid, MAX_ISSUES, normalQuantile, objectArgument, platformId, readOptions, timeZone as checkTimeZone, zoneClock } from '../core/internal.js';
import { ValidationError, type ValidationIssue } from '../core/index.js';
import { ctr, engagementRateByImpressions, engagementRateByReach, type SummaryRecord } from '../kpi/index.js';
import type { PostingWindow } from './best-posting-windows.js';
import { pickWindows } from './pick-windows.js';

/**
 * The per-post rates {@link postingWindowsFromHistory} can rank slots by.
 *
 * @example
 * HISTORY_METRICS; // ['engagementRateByReach', 'engagementRateByImpressions', 'ctr']
 */
export const HISTORY_METRICS = Object.freeze(['engagementRateByReach', 'engagementRateByImpressions', 'ctr'] as const);

/** `'engagementRateByReach'` (engagements / reach), `'engagementRateByImpressions'` (engagements / impressions) or `'ctr'` (clicks / impressions). */
export type HistoryMetric = (typeof HISTORY_METRICS)[number];

/** Options of {@link postingWindowsFromHistory}. */
export interface PostingWindowsFromHistoryOptions {
  /** The IANA zone whose wall clock the slots are in (the brand's zone). */
  timeZone: string;
  /** Only the records of this platform (best times differ by platform); default every record. */
  platform?: PlatformId;
  /** With `lookbackDays`, only the records published in the `lookbackDays × 24` hours before this instant (a `Date` or ISO string); records after it are left out too. */
  now?: Date | string;
  /** How far back to look from `now`, in days (a count from 1; default 112, sixteen weeks); requires `now`. */
  lookbackDays?: number;
  /** The per-post rate to rank slots by; default `'engagementRateByReach'`. */
  metric?: HistoryMetric;
  /** The slot length, 30 or 60 minutes (default 60); with 30, window times may fall on the half hour. */
  slotMinutes?: 30 | 60;
  /** The fewest posts a slot needs to become a window (a count from 1; default 5). */
  minPosts?: number;
  /** The probability of each slot's credible interval, strictly between 0 and 1 (default 0.8). */
  credibleLevel?: number;
  /** How many windows to return at most (default 3), as in `bestPostingWindows`. */
  count?: number;
  /** The smallest distance between two windows' starts, in hours around the week (0 to 168; default 3), as in `bestPostingWindows`. */
  minGapHours?: number;
}

/** One weekday × slot of {@link PostingWindowsFromHistory.slots}. */
export interface HistorySlot {
  /** The weekday, `'mon'` … `'sun'`. */
  weekday: Weekday;
  /** The slot's start, `'HH:mm'` local to `timeZone`. */
  time: string;
  /** How many posts of the history fall in this slot. */
  posts: number;
  /** The plain mean of the posts' rates, or `null` without posts. */
  mean: number | null;
  /** The shrunk estimate (the posterior mean); without posts, the account's mean; `null` when no post has a rate at all. */
  estimate: number | null;
  /** The lower end of the credible interval (floored at 0: a rate is never negative), or `null`. */
  low: number | null;
  /** The upper end of the credible interval, or `null`. */
  high: number | null;
  /** Whether the slot has at least `minPosts` posts (only those become windows). */
  enoughData: boolean;
}

/** The fitted normal–normal model behind the estimates. */
export interface HistoryModel {
  /** The account's mean rate: the plain mean of every used post's rate (what the slots are shrunk toward), or `null`. */
  mean: number | null;
  /** τ², the between-slot variance of the true slot rates (DerSimonian–Laird moments, floored at 0), or `null`. */
  betweenSlotVariance: number | null;
  /** The pooled within-slot variance of the posts' rates, or `null` when no slot has two posts. */
  pooledVariance: number | null;
  /** How many posts were used. */
  posts: number;
  /** How many records of the platform and period were left out because their rate is undefined (a denominator of 0 or `null`). */
  excluded: number;
}

/** What {@link postingWindowsFromHistory} returns. */
export interface PostingWindowsFromHistory {
  /** The best slots with enough data, ranked by estimate, spread by `minGapHours`: ready for `planCalendar`. */
  windows: PostingWindow[];
  /** Every weekday × slot (Monday 00:00 first): 168 with 60-minute slots, 336 with 30-minute slots. */
  slots: HistorySlot[];
  /** The fitted model. */
  model: HistoryModel;
}

const OPTION_KEYS = ['timeZone', 'platform', 'now', 'lookbackDays', 'metric', 'slotMinutes', 'minPosts', 'credibleLevel', 'count', 'minGapHours'] as const;
const DAY_MS = 86_400_000;
/** The weight of the pooled variance in a slot's own variance, in posts' worth of degrees of freedom. */
const PRIOR_DF = 4;

interface Parts {
  numerator: 'engagements' | 'clicks';
  denominator: 'reach' | 'impressions';
  rate: (a: number, b: number) => number | null;
}

const METRIC_PARTS: Readonly<Record<HistoryMetric, Parts>> = {
  engagementRateByReach: { numerator: 'engagements', denominator: 'reach', rate: (engagements, reach) => engagementRateByReach({ engagements, reach }) },
  engagementRateByImpressions: { numerator: 'engagements', denominator: 'impressions', rate: (engagements, impressions) => engagementRateByImpressions({ engagements, impressions }) },
  ctr: { numerator: 'clicks', denominator: 'impressions', rate: (clicks, impressions) => ctr({ clicks, impressions }) },
};

/**
 * Finds the best times to post from the account's own results: each weekday ×
 * slot of local wall time is scored by its posts' rates, shrunk toward the
 * account's mean so that a slot with a few lucky posts does not beat a slot
 * with many good ones.
 *
 * Which posts: the records of `platform` when given; with `now`, those
 * published in the `lookbackDays` (default 112) × 24 hours before it. Each
 * post's rate is `metric` computed from its own fields (engagements / reach
 * by default); a post whose rate is undefined (a denominator of 0, or `null`
 * because the platform never reports it) is left out and counted in
 * `model.excluded`. A post's slot is its weekday and wall time in `timeZone`
 * (DST-correct: 09:00 in July and 09:00 in January fall in one slot).
 *
 * The model: the post is the unit of evidence. A post's engagements are not
 * independent draws of its reach (one post goes viral, the next does not),
 * so rates vary around their slot's true rate θₛ far more than the binomial
 * says; the model uses the spread of the posts themselves. For slot s with
 * nₛ posts, mean ȳₛ and sample variance sₛ²:
 * - the pooled within-slot variance σ² = Σ(nₛ − 1)sₛ² / Σ(nₛ − 1), and the
 *   slot's own variance moderated toward it, σₛ² = ((nₛ − 1)sₛ² + 4σ²) / (nₛ + 3)
 *   (so two posts that happen to agree do not claim a tiny variance), giving
 *   the sampling variance of the slot mean vₛ = σₛ² / nₛ;
 * - θₛ ~ N(μ, τ²) with μ the account's mean (the mean of every post's rate),
 *   and τ² by the method of moments of DerSimonian and Laird over the slots
 *   with posts: with wₛ = 1 / vₛ, Q = Σ wₛ(ȳₛ − ȳ_w)²,
 *   τ² = max(0, (Q − (k − 1)) / (Σwₛ − Σwₛ² / Σwₛ));
 * - the normal posterior: with Bₛ = vₛ / (vₛ + τ²), estimate = Bₛμ + (1 − Bₛ)ȳₛ
 *   and posterior variance (1 − Bₛ)vₛ; the credible interval is
 *   estimate ± z·√((1 − Bₛ)vₛ) with z the normal quantile of (1 + credibleLevel) / 2,
 *   its low end floored at 0. A slot without posts has the prior: μ ± z·τ.
 *   When τ² is 0 every slot's estimate is μ (the data show no slot effect).
 *   When no slot has two posts, σ² is the variance of all the posts' rates.
 *
 * The windows: the slots with at least `minPosts` posts and an estimate
 * above 0, best first (ties by position in the week), kept when at least
 * `minGapHours` from every window already kept, up to `count`: the rule of
 * `bestPostingWindows`, so `planCalendar` takes them as they are.
 *
 * @param records - kpi records (`SummaryRecord`s: `platform`, `publishedAt` and the counts the metric needs)
 * @param options - `timeZone` (required), `platform`, `now`, `lookbackDays`, `metric`, `slotMinutes`, `minPosts`, `credibleLevel`, `count`, `minGapHours`
 * @returns `{ windows, slots, model }`
 * @throws {ValidationError} for a malformed option or record (every problem of the records, up to 100, at once)
 * @example
 * const mondays = ['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25', '2027-02-01'];
 * const records = mondays.flatMap((day, i) => [
 *   { platform: 'instagram', publishedAt: `${day}T09:00:00+01:00`, impressions: 900, reach: 800, engagements: 60 + i, clicks: 4 },
 *   { platform: 'instagram', publishedAt: `${day}T18:00:00+01:00`, impressions: 900, reach: 800, engagements: 20 + i, clicks: 2 },
 * ]);
 * const { windows } = postingWindowsFromHistory(records, { timeZone: 'Europe/Paris', platform: 'instagram', count: 1 });
 * windows[0].weekday; // 'mon'
 * windows[0].time; // '09:00'
 */
export function postingWindowsFromHistory(records: readonly SummaryRecord[], options: PostingWindowsFromHistoryOptions): PostingWindowsFromHistory {
  const opts = readOptions<PostingWindowsFromHistoryOptions>(options, 'options', OPTION_KEYS);
  if (opts.timeZone === undefined) throw invalid('missingField', "options.timeZone is required: the zone of the slots' wall clock, such as 'Europe/Paris'", ['options', 'timeZone']);
  const zone = checkTimeZone(opts.timeZone, ['options', 'timeZone']);
  const platform = opts.platform === undefined ? undefined : platformId(opts.platform, ['options', 'platform']);
  const metric = opts.metric === undefined ? 'engagementRateByReach' : oneOf(opts.metric, HISTORY_METRICS, ['options', 'metric']);
  const slotMinutes = opts.slotMinutes === undefined ? 60 : opts.slotMinutes;
  if (slotMinutes !== 30 && slotMinutes !== 60) throw invalid('invalidOption', `options.slotMinutes must be 30 or 60, got ${describeValue(slotMinutes)}`, ['options', 'slotMinutes']);
  const minPosts = opts.minPosts === undefined ? 5 : positiveCount(opts.minPosts, ['options', 'minPosts']);
  const level = opts.credibleLevel === undefined ? 0.8 : finiteNumber(opts.credibleLevel, ['options', 'credibleLevel'], { min: 0, max: 1, minExclusive: true, maxExclusive: true });
  const wanted = opts.count === undefined ? 3 : count(opts.count, ['options', 'count']);
  const minGap = opts.minGapHours === undefined ? 3 : finiteNumber(opts.minGapHours, ['options', 'minGapHours'], { min: 0, max: 168 });
  let window: { from: number; to: number } | undefined;
  if (opts.now !== undefined) {
    const now = instant(opts.now, ['options', 'now']).getTime();
    const days = opts.lookbackDays === undefined ? 112 : positiveCount(opts.lookbackDays, ['options', 'lookbackDays']);
    window = { from: now - days * DAY_MS, to: now };
  } else if (opts.lookbackDays !== undefined) {
    throw invalid('invalidOption', 'options.lookbackDays counts back from options.now: give now too (the library reads no clock)', ['options', 'lookbackDays']);
  }

  const parts = METRIC_PARTS[metric];
  const perHour = 60 / slotMinutes;
  const slotCount = 7 * 24 * perHour;
  const rates: number[][] = Array.from({ length: slotCount }, () => []);
  const clock = zoneClock(zone);
  const list = recordList(records);
  const issues: ValidationIssue[] = [];
  let excluded = 0;
  for (let i = 0; i < list.length; i += 1) {
    const read = readRecord(list[i], i, parts, issues);
    if (read === undefined) continue;
    if (platform !== undefined && read.platform !== platform) continue;
    if (window !== undefined && !(read.ms >= window.from && read.ms < window.to)) continue;
    const rate = read.numerator === null || read.denominator === null ? null : parts.rate(read.numerator, read.denominator);
    if (rate === null) {
      excluded += 1;
      continue;
    }
    const minutes = Math.floor((clock.wall(read.ms) % DAY_MS + DAY_MS) % DAY_MS / 60_000);
    const slot = clock.weekday(read.ms) * 24 * perHour + Math.floor(minutes / slotMinutes);
    (rates[slot] as number[]).push(rate);
  }
  if (issues.length > 0) throw new ValidationError(issues.slice(0, MAX_ISSUES));

  const model = fitModel(rates, excluded);
  const z = normalQuantile((1 + level) / 2);
  const slots: HistorySlot[] = [];
  const scores: number[] = [];
  for (let s = 0; s < slotCount; s += 1) {
    const ys = rates[s] as number[];
    const posterior = model.posterior(ys);
    const minuteOfDay = (s % (24 * perHour)) * slotMinutes;
    const slot: HistorySlot = {
      weekday: WEEKDAYS[Math.floor(s / (24 * perHour))] as Weekday,
      time: `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`,
      posts: ys.length,
      mean: ys.length === 0 ? null : mean(ys),
      estimate: posterior === null ? null : posterior.mean,
      low: posterior === null ? null : Math.max(0, posterior.mean - z * Math.sqrt(posterior.variance)),
      high: posterior === null ? null : posterior.mean + z * Math.sqrt(posterior.variance),
      enoughData: ys.length >= minPosts,
    };
    slots.push(slot);
    scores.push(slot.enoughData && slot.estimate !== null ? slot.estimate : 0);
  }
  const windows = pickWindows(scores, perHour, wanted, minGap).map((s) => {
    const slot = slots[s] as HistorySlot;
    return { weekday: slot.weekday, time: slot.time, score: scores[s] as number };
  });
  return { windows, slots, model: model.summary };
}

interface ReadRecord {
  platform: PlatformId;
  ms: number;
  numerator: number | null;
  denominator: number | null;
}

function recordList(value: unknown): readonly unknown[] {
  if (Array.isArray(value)) return value;
  throw invalid('invalidType', `records must be an array of kpi records ({ platform, publishedAt, impressions, reach, engagements, clicks }), got ${describeValue(value)}`, 'records');
}

function readRecord(value: unknown, index: number, parts: Parts, issues: ValidationIssue[]): ReadRecord | undefined {
  const before = issues.length;
  const guard = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      issues.push(...error.issues);
      return undefined;
    }
  };
  const record = guard(() => objectArgument(value, ['records', index]));
  if (record === undefined) return undefined;
  const platform = guard(() => platformId(record.platform, ['records', index, 'platform']));
  const at = guard(() => instant(record.publishedAt, ['records', index, 'publishedAt']));
  const metric = (field: string): number | null | undefined => (record[field] === null ? null : guard(() => count(record[field], ['records', index, field])));
  const numerator = metric(parts.numerator);
  const denominator = metric(parts.denominator);
  if (issues.length > before || platform === undefined || at === undefined || numerator === undefined || denominator === undefined) return undefined;
  return { platform, ms: at.getTime(), numerator, denominator };
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: (string | number)[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw invalid('invalidOption', `options.${String(path[1])} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${describeValue(value)}`, path);
}

function positiveCount(value: unknown, path: (string | number)[]): number {
  const n = count(value, path);
  if (n === 0) throw invalid('outOfRange', `options.${String(path[1])} must be at least 1, got 0`, path);
  return n;
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

function sampleVariance(values: readonly number[], m: number): number {
  let sum = 0;
  for (const v of values) sum += (v - m) * (v - m);
  return values.length < 2 ? 0 : sum / (values.length - 1);
}

interface Fitted {
  summary: HistoryModel;
  posterior(ys: readonly number[]): { mean: number; variance: number } | null;
}

function fitModel(rates: readonly (readonly number[])[], excluded: number): Fitted {
  const all: number[] = [];
  for (const ys of rates) for (const y of ys) all.push(y);
  if (all.length === 0) {
    return { summary: { mean: null, betweenSlotVariance: null, pooledVariance: null, posts: 0, excluded }, posterior: () => null };
  }
  const mu = mean(all);
  let within = 0;
  let withinDf = 0;
  for (const ys of rates) {
    if (ys.length < 2) continue;
    within += sampleVariance(ys, mean(ys)) * (ys.length - 1);
    withinDf += ys.length - 1;
  }
  const pooled = withinDf > 0 ? within / withinDf : null;
  const sigma2 = pooled ?? sampleVariance(all, mu);
  const samplingVariance = (ys: readonly number[]): number => ((ys.length - 1) * sampleVariance(ys, mean(ys)) + PRIOR_DF * sigma2) / (ys.length - 1 + PRIOR_DF) / ys.length;

  // DerSimonian–Laird over the slots with posts whose sampling variance is positive.
  let sw = 0;
  let sw2 = 0;
  let swy = 0;
  let k = 0;
  const used: [number, number][] = [];
  for (const ys of rates) {
    if (ys.length === 0) continue;
    const v = samplingVariance(ys);
    if (!(v > 0)) continue;
    const w = 1 / v;
    const y = mean(ys);
    used.push([w, y]);
    sw += w;
    sw2 += w * w;
    swy += w * y;
    k += 1;
  }
  let tau2 = 0;
  if (k >= 2) {
    const yw = swy / sw;
    let q = 0;
    for (const [w, y] of used) q += w * (y - yw) * (y - yw);
    const c = sw - sw2 / sw;
    tau2 = c > 0 ? Math.max(0, (q - (k - 1)) / c) : 0;
  }
  return {
    summary: { mean: mu, betweenSlotVariance: tau2, pooledVariance: pooled, posts: all.length, excluded },
    posterior(ys) {
      if (ys.length === 0) return { mean: mu, variance: tau2 };
      const v = samplingVariance(ys);
      const y = mean(ys);
      if (!(v > 0)) return { mean: y, variance: 0 };
      const b = v / (v + tau2);
      return { mean: b * mu + (1 - b) * y, variance: (1 - b) * v };
    },
  };
}
