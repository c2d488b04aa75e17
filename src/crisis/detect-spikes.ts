import { type ValidationError } from '../core/index.js';
import { invalid, timeZone as readTimeZone } from '../core/internal.js';
import { negativeBinomialLowerTail, negativeBinomialUpperTail } from './count-tail.js';
import { collectEpisodes } from './episodes.js';
import { ewmaHalfWidth } from './ewma-limits.js';
import { generalizedEsd } from './generalized-esd.js';
import { readSeries, type GapFill, type MentionPoint, type RegularSeries } from './mention-series.js';
import { choiceOption, numberOption, readOptions } from './read-options.js';
import { medianProfile, multiplicativeProfile } from './seasonal-profile.js';
import type { SpikeDirection, SpikeMethod, SpikeResult } from './spike-types.js';

/** Options of {@link detectSpikes}; every one has a default. */
export interface DetectSpikesOptions {
  /** `'adaptive'` (default), `'zscore'`, `'ewma'` or `'esd'` (see `docs/crisis.md`). */
  method?: SpikeMethod;
  /** `'up'` (default: a bad buzz is a rise), `'down'` or `'both'`. */
  direction?: SpikeDirection;
  /** The audience's IANA zone, for local days and the daily and weekly profiles (default `'UTC'`). */
  timeZone?: string;
  /** A gap in the series: `'error'` (default, `gapInSeries`), `'zero'` or `'interpolate'` (filled buckets are never anomalies). */
  fill?: GapFill;
  /** The bucket size in minutes, 5 to 1440; inferred from the smallest step when left out. */
  bucketMinutes?: number;
  /** An anomaly at most this many minutes after the previous one joins its episode (default 60). */
  cooldownMinutes?: number;
  /** `zscore` and `ewma`: the threshold in standard deviations (default 3). */
  k?: number;
  /** `zscore`: the trailing window in buckets, the current one excluded (default: 7 days of buckets). */
  windowBuckets?: number;
  /** `ewma`: the smoothing weight λ, 0 < λ ≤ 1 (default 0.3). */
  lambda?: number;
  /** `ewma`: the first buckets, from which μ₀ and σ are estimated (default: 7 days of buckets). */
  baselineBuckets?: number;
  /** `esd` (default 0.05) and `adaptive` (default 0.005): the significance level. */
  alpha?: number;
  /** `esd`: the most anomalies tested for, as a fraction of the series (default 0.02). */
  maxAnomalies?: number;
  /** `adaptive`: the trailing window of the level, in days (default 7). */
  levelDays?: number;
  /** `adaptive`: the largest rise that is not a crisis (a campaign, a news cycle), as a ratio to the expected count (default 2). */
  shiftRatio?: number;
}

const KEYS = [
  'method',
  'direction',
  'timeZone',
  'fill',
  'bucketMinutes',
  'cooldownMinutes',
  'k',
  'windowBuckets',
  'lambda',
  'baselineBuckets',
  'alpha',
  'maxAnomalies',
  'levelDays',
  'shiftRatio',
] as const;

const METHOD_KEYS: Readonly<Record<SpikeMethod, readonly string[]>> = {
  adaptive: ['alpha', 'levelDays', 'shiftRatio'],
  zscore: ['k', 'windowBuckets'],
  ewma: ['k', 'lambda', 'baselineBuckets'],
  esd: ['alpha', 'maxAnomalies'],
};

const METHOD_SPECIFIC = ['k', 'windowBuckets', 'lambda', 'baselineBuckets', 'alpha', 'maxAnomalies', 'levelDays', 'shiftRatio'];

/** What a method computes for every bucket. */
export interface MethodOutput {
  /** 1 for an anomalous bucket. */
  flags: Uint8Array;
  /** The expected count of each bucket. */
  expected: Float64Array;
  /** The score of each bucket. */
  score: Float64Array;
  /** The parameters in force. */
  params: Record<string, number | string | boolean>;
}

/** The scales, in buckets, of the adaptive method's window test. */
const SCALES = [1, 3, 12, 48, 288];

/**
 * Detects spikes (or drops) in a mention series, and merges them into
 * episodes, one alert each.
 *
 * The series is `{ at, count }[]`, strictly increasing, in regular buckets
 * from 5 minutes to 1 day; 1-day buckets are consecutive local midnights in
 * `timeZone` (a DST day lasts 23 or 25 hours). The bucket size is inferred
 * and checked; a gap is an error (`gapInSeries`) unless `fill` fills it.
 * Methods (defaults and their sources in `docs/crisis.md`):
 * - `adaptive` (default): expected = a trailing level (the last `levelDays`
 *   of counts over the daily/weekly profile, anomalies left out) × the
 *   profile; a bucket is anomalous when the count of the last 1, 3, 12, 48 or
 *   288 buckets is, under a negative binomial with the series' dispersion,
 *   significantly above `shiftRatio` × expected (p < `alpha`); score =
 *   (count − expected) / max(σ, √expected, 1);
 * - `zscore`: score = (count − mean) / max(sd, √mean, 1) over the trailing
 *   `windowBuckets`, anomalous beyond `k`;
 * - `ewma`: `z_t = λ·x_t + (1 − λ)·z_{t−1}`, anomalous outside
 *   μ₀ ± k·σ·√(λ/(2−λ)·[1−(1−λ)^{2t}]) with μ₀ and σ from the first
 *   `baselineBuckets` (σ floored at max(σ, √μ₀, 1));
 * - `esd`: the median daily/weekly profile removed, then the generalized ESD
 *   test on median/MAD residuals (`alpha`, `maxAnomalies`).
 *
 * @param series - the buckets, `{ at, count, negative? }`
 * @param options - see {@link DetectSpikesOptions}
 * @returns `{ anomalies, episodes, method, params }`
 * @throws {ValidationError} `seriesTooShort`, `notIncreasing`, `irregularSeries`, `bucketOutOfRange`, `gapInSeries`, `unknownKey`, `notForMethod` and the guards' codes
 * @example
 * const series = Array.from({ length: 48 }, (_, i) => ({ at: new Date(Date.UTC(2027, 2, 1, i)), count: i === 40 ? 90 : 10 + (i % 3) }));
 * const { episodes, params } = detectSpikes(series, { method: 'zscore', windowBuckets: 24 });
 * episodes.length; // 1
 * episodes[0].from.toISOString(); // '2027-03-02T16:00:00.000Z'
 * params.bucketMinutes; // 60
 */
export function detectSpikes(series: readonly MentionPoint[], options?: DetectSpikesOptions): SpikeResult {
  const o = readOptions(options, 'options', KEYS);
  const method = choiceOption<SpikeMethod>(o.method, ['options', 'method'], ['adaptive', 'zscore', 'ewma', 'esd'], 'adaptive');
  for (const key of METHOD_SPECIFIC) {
    if (o[key] !== undefined && !(METHOD_KEYS[method]).includes(key)) {
      throw invalidOption(key, method);
    }
  }
  const direction = choiceOption<SpikeDirection>(o.direction, ['options', 'direction'], ['up', 'down', 'both'], 'up');
  const zone = o.timeZone === undefined ? 'UTC' : readTimeZone(o.timeZone, ['options', 'timeZone']);
  const fill = choiceOption<GapFill>(o.fill, ['options', 'fill'], ['error', 'zero', 'interpolate'], 'error');
  const bucketMinutes = o.bucketMinutes === undefined ? undefined : numberOption(o.bucketMinutes, ['options', 'bucketMinutes'], 0, 5, 1440, true);
  const cooldownMinutes = numberOption(o.cooldownMinutes, ['options', 'cooldownMinutes'], 60, 0, 525_600);
  const s = readSeries(series, zone, fill, bucketMinutes);
  const perDay = s.daily ? 1 : s.slotsPerDay;
  let out: MethodOutput;
  if (method === 'zscore') {
    out = zscoreMethod(s, direction, numberOption(o.k, ['options', 'k'], 3, 0, 100, false), numberOption(o.windowBuckets, ['options', 'windowBuckets'], 7 * perDay, 2, 1e6, true));
  } else if (method === 'ewma') {
    out = ewmaMethod(
      s,
      direction,
      numberOption(o.lambda, ['options', 'lambda'], 0.3, 1e-6, 1),
      numberOption(o.k, ['options', 'k'], 3, 0, 100),
      numberOption(o.baselineBuckets, ['options', 'baselineBuckets'], 7 * perDay, 2, 1e6, true),
    );
  } else if (method === 'esd') {
    out = esdMethod(s, direction, numberOption(o.alpha, ['options', 'alpha'], 0.05, 1e-12, 0.5), numberOption(o.maxAnomalies, ['options', 'maxAnomalies'], 0.02, 0, 0.49));
  } else {
    out = adaptiveMethod(
      s,
      direction,
      numberOption(o.alpha, ['options', 'alpha'], 0.005, 1e-12, 0.5),
      numberOption(o.levelDays, ['options', 'levelDays'], 7, 1, 365),
      numberOption(o.shiftRatio, ['options', 'shiftRatio'], 2, 1, 100),
    );
  }
  for (let t = 0; t < s.filled.length; t += 1) if (s.filled[t] === 1) out.flags[t] = 0;
  const bucketMs = s.bucketMinutes * 60_000;
  const { anomalies, episodes } = collectEpisodes(s.at, s.count, out.flags, out.expected, out.score, bucketMs, cooldownMinutes * 60_000);
  return {
    anomalies,
    episodes,
    method,
    params: { bucketMinutes: s.bucketMinutes, direction, timeZone: zone, fill, cooldownMinutes, ...out.params },
  };
}

function invalidOption(key: string, method: string): ValidationError {
  const owners = (Object.keys(METHOD_KEYS) as SpikeMethod[]).filter((m) => (METHOD_KEYS[m]).includes(key));
  return invalid('notForMethod', `options.${key} does not apply to method '${method}' (it is an option of ${owners.map((m) => `'${m}'`).join(' and ')})`, ['options', key]);
}

const floorScale = (sd: number, mean: number): number => Math.max(sd, Math.sqrt(Math.max(mean, 0)), 1);

const beyond = (score: number, k: number, direction: SpikeDirection): boolean =>
  direction === 'up' ? score > k : direction === 'down' ? score < -k : Math.abs(score) > k;

/**
 * The trailing z-score.
 *
 * @param s - the series
 * @param direction - which way
 * @param k - the threshold
 * @param window - the trailing window in buckets
 * @returns flags, expected and scores
 */
export function zscoreMethod(s: RegularSeries, direction: SpikeDirection, k: number, window: number): MethodOutput {
  const n = s.count.length;
  const flags = new Uint8Array(n);
  const expected = new Float64Array(n);
  const score = new Float64Array(n);
  const minSamples = Math.min(window, s.daily ? 7 : s.slotsPerDay);
  let sum = 0;
  let sq = 0;
  for (let t = 0; t < n; t += 1) {
    const m = Math.min(t, window);
    const c = s.count[t] as number;
    if (m >= minSamples) {
      const mean = sum / m;
      const sd = Math.sqrt(Math.max(0, (sq - (sum * sum) / m) / (m - 1)));
      expected[t] = mean;
      score[t] = (c - mean) / floorScale(sd, mean);
      if (beyond(score[t] as number, k, direction)) flags[t] = 1;
    } else expected[t] = c;
    sum += c;
    sq += c * c;
    if (t - window >= 0) {
      const old = s.count[t - window] as number;
      sum -= old;
      sq -= old * old;
    }
  }
  return { flags, expected, score, params: { k, windowBuckets: window } };
}

/**
 * The EWMA chart with a fixed baseline.
 *
 * @param s - the series
 * @param direction - which way
 * @param lambda - λ
 * @param k - the width in σ
 * @param baseline - buckets of the baseline
 * @returns flags, expected and scores
 */
export function ewmaMethod(s: RegularSeries, direction: SpikeDirection, lambda: number, k: number, baseline: number): MethodOutput {
  const n = s.count.length;
  const flags = new Uint8Array(n);
  const expected = new Float64Array(n);
  const score = new Float64Array(n);
  const b = Math.min(baseline, n);
  let sum = 0;
  let sq = 0;
  for (let t = 0; t < b; t += 1) {
    sum += s.count[t] as number;
    sq += (s.count[t] as number) ** 2;
  }
  const mu0 = sum / b;
  const sd = b > 1 ? Math.sqrt(Math.max(0, (sq - (sum * sum) / b) / (b - 1))) : 0;
  const sigma = floorScale(sd, mu0);
  let z = mu0;
  for (let t = 0; t < n; t += 1) {
    expected[t] = mu0;
    if (t < b) continue;
    z = lambda * (s.count[t] as number) + (1 - lambda) * z;
    const step = t - b + 1;
    const unit = ewmaHalfWidth(sigma, lambda, 1, step);
    score[t] = (z - mu0) / unit;
    if (beyond(score[t] as number, k, direction)) flags[t] = 1;
  }
  return { flags, expected, score, params: { lambda, k, baselineBuckets: b, mu0: round(mu0), sigma: round(sigma) } };
}

/**
 * Seasonal ESD: the median profile removed, then the robust generalized ESD test.
 *
 * @param s - the series
 * @param direction - which way
 * @param alpha - the significance level
 * @param maxAnomalies - the most anomalies, as a fraction of the series
 * @returns flags, expected and scores
 */
export function esdMethod(s: RegularSeries, direction: SpikeDirection, alpha: number, maxAnomalies: number): MethodOutput {
  const n = s.count.length;
  const { profile, kind } = medianProfile(s);
  const residual = new Float64Array(n);
  let sorted: number[] = [];
  for (let t = 0; t < n; t += 1) {
    residual[t] = (s.count[t] as number) - (profile[t] as number);
    sorted.push(s.count[t] as number);
  }
  sorted = sorted.sort((a, b) => a - b);
  const medianCount = sorted[sorted.length >> 1] as number;
  const flags = new Uint8Array(n);
  const expected = new Float64Array(n);
  const score = new Float64Array(n);
  const result = generalizedEsd(residual, {
    alpha,
    maxOutliers: Math.floor(maxAnomalies * n),
    center: 'robust',
    direction,
    minScale: floorScale(0, medianCount),
  });
  const center = result.steps[0]?.center ?? 0;
  for (let t = 0; t < n; t += 1) expected[t] = (profile[t] as number) + center;
  for (let i = 0; i < result.outliers; i += 1) {
    const step = result.steps[i];
    if (step === undefined) break;
    flags[step.index] = 1;
    score[step.index] = ((residual[step.index] as number) - step.center) / step.scale;
    expected[step.index] = (profile[step.index] as number) + step.center;
  }
  return { flags, expected, score, params: { alpha, maxAnomalies, profile: kind } };
}

/**
 * The adaptive seasonal method (the default).
 *
 * @param s - the series
 * @param direction - which way
 * @param alpha - the significance level of the window test
 * @param levelDays - the level's trailing window in days
 * @param shiftRatio - the largest rise that is not a crisis
 * @returns flags, expected and scores
 */
export function adaptiveMethod(s: RegularSeries, direction: SpikeDirection, alpha: number, levelDays: number, shiftRatio: number): MethodOutput {
  const n = s.count.length;
  const perDay = s.daily ? 1 : s.slotsPerDay;
  const window = Math.max(2, Math.round(levelDays * perDay));
  const warmup = Math.min(window, Math.max(3, perDay));
  const profile = multiplicativeProfile(s);
  // First pass, nothing left out: the dispersion of counts around the expected ones.
  const first = levels(s, profile, window, warmup);
  const invTheta = dispersionOf(s, first, warmup);
  // Second pass: the level leaves anomalies out; each bucket tests the windows that end at it.
  const flags = new Uint8Array(n);
  const expected = new Float64Array(n);
  const score = new Float64Array(n);
  const cSum = new Float64Array(n + 1);
  const eSum = new Float64Array(n + 1);
  const e2Sum = new Float64Array(n + 1);
  const scales = SCALES.filter((w) => w <= Math.max(1, window / 2));
  // Two trailing levels, anomalies left out: the long one (levelDays) and the last day; the lower one is used,
  // so a ramp is measured against the long level and the end of a level shift against the last day.
  let levelNum = 0;
  let levelDen = 0;
  let dayNum = 0;
  let dayDen = 0;
  let levelCount = 0;
  let dayCount = 0;
  // A rise that lasts two days is the new normal: flagged buckets then enter the level again.
  const relearn = 2 * perDay;
  let run = 0;
  const included = new Uint8Array(n);
  for (let t = 0; t < n; t += 1) {
    const c = s.count[t] as number;
    const p = profile[t] as number;
    const ready = t >= warmup && levelCount >= warmup && levelDen > 0;
    const level = dayCount >= perDay / 2 && dayDen > 0 ? Math.min(levelNum / levelDen, dayNum / dayDen) : levelNum / levelDen;
    const e = ready ? Math.max(level * p, 1e-6) : c;
    expected[t] = e;
    // Window sums count only buckets not already flagged, so a spike once found does not flag the buckets after it.
    cSum[t + 1] = (cSum[t] as number) + c;
    eSum[t + 1] = (eSum[t] as number) + e;
    e2Sum[t + 1] = (e2Sum[t] as number) + e * e;
    if (ready && s.filled[t] === 0) {
      score[t] = (c - e) / floorScale(Math.sqrt(e + invTheta * e * e), e);
      for (const w of scales) {
        const from = t - w + 1;
        if (from < warmup) break;
        const O = (cSum[t + 1] as number) - (cSum[from] as number);
        const E = (eSum[t + 1] as number) - (eSum[from] as number);
        const E2 = (e2Sum[t + 1] as number) - (e2Sum[from] as number);
        if ((direction === 'up' || direction === 'both') && O > shiftRatio * E) {
          const mean = shiftRatio * E;
          const variance = Math.max(mean + invTheta * shiftRatio * shiftRatio * E2, 1);
          if ((O - mean) / Math.sqrt(variance) > 2 && negativeBinomialUpperTail(O, mean, variance) < alpha) {
            flags[t] = 1;
            break;
          }
        }
        if ((direction === 'down' || direction === 'both') && O < E / shiftRatio) {
          const mean = E / shiftRatio;
          const variance = Math.max(mean + (invTheta * E2) / (shiftRatio * shiftRatio), 1);
          if ((mean - O) / Math.sqrt(variance) > 2 && negativeBinomialLowerTail(O, mean, variance) < alpha) {
            flags[t] = 1;
            break;
          }
        }
      }
    }
    if (flags[t] === 1) {
      cSum[t + 1] = cSum[t] as number;
      eSum[t + 1] = eSum[t] as number;
      e2Sum[t + 1] = e2Sum[t] as number;
    }
    run = flags[t] === 1 ? run + 1 : 0;
    if ((flags[t] === 0 || run > relearn) && s.filled[t] === 0) {
      included[t] = 1;
      levelCount += 1;
      dayCount += 1;
      levelNum += c;
      levelDen += p;
      dayNum += c;
      dayDen += p;
    }
    const old = t - window;
    if (old >= 0 && included[old] === 1) {
      levelNum -= s.count[old] as number;
      levelDen -= profile[old] as number;
      levelCount -= 1;
    }
    const oldDay = t - perDay;
    if (oldDay >= 0 && included[oldDay] === 1) {
      dayNum -= s.count[oldDay] as number;
      dayDen -= profile[oldDay] as number;
      dayCount -= 1;
    }
  }
  return { flags, expected, score, params: { alpha, levelDays, shiftRatio, dispersion: round(1 / invTheta) } };
}

/**
 * The overdispersion 1/θ of counts around their expected values (variance =
 * e + e²/θ), robustly: the x for which the median of (c − e)² / (e + x·e²)
 * is 0.4549, the median of a χ² with one degree of freedom, so that spikes
 * (up to nearly half the buckets) do not inflate it. On at most 4,000 buckets
 * spread over the series.
 *
 * @param s - the series
 * @param expected - the first pass's expected counts
 * @param warmup - buckets to skip at the start
 * @returns 1/θ, from 0.0001 to 10
 */
function dispersionOf(s: RegularSeries, expected: Float64Array, warmup: number): number {
  const n = s.count.length;
  const stride = Math.max(1, Math.floor((n - warmup) / 2000));
  const sq: number[] = [];
  const es: number[] = [];
  for (let t = warmup; t < n; t += stride) {
    const e = expected[t] as number;
    if (s.filled[t] === 1 || !(e > 0)) continue;
    sq.push(((s.count[t] as number) - e) ** 2);
    es.push(e);
  }
  if (sq.length < 10) return 1e-4;
  const medianAt = (x: number): number => {
    const v = sq.map((q, i) => q / ((es[i] as number) + x * (es[i] as number) ** 2)).sort((a, b) => a - b);
    return v[v.length >> 1] as number;
  };
  let lo = 1e-4;
  let hi = 10;
  if (medianAt(lo) <= 0.4549) return lo;
  if (medianAt(hi) >= 0.4549) return hi;
  for (let i = 0; i < 40; i += 1) {
    const mid = Math.sqrt(lo * hi);
    if (medianAt(mid) > 0.4549) lo = mid;
    else hi = mid;
  }
  return Math.sqrt(lo * hi);
}

// The trailing level × profile of each bucket, nothing left out (the first pass).
function levels(s: RegularSeries, profile: Float64Array, window: number, warmup: number): Float64Array {
  const n = s.count.length;
  const out = new Float64Array(n);
  let num = 0;
  let den = 0;
  for (let t = 0; t < n; t += 1) {
    out[t] = t >= warmup && den > 0 ? (num / den) * (profile[t] as number) : 0;
    if (s.filled[t] === 0) {
      num += s.count[t] as number;
      den += profile[t] as number;
    }
    const old = t - window;
    if (old >= 0 && s.filled[old] === 0) {
      num -= s.count[old] as number;
      den -= profile[old] as number;
    }
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
