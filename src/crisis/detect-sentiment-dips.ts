import { invalid, timeZone as readTimeZone } from '../core/internal.js';
import { binomialUpperTail } from './count-tail.js';
import { collectEpisodes } from './episodes.js';
import { readSeries, type GapFill, type MentionPoint } from './mention-series.js';
import { choiceOption, numberOption, readOptions } from './read-options.js';
import type { SpikeResult } from './spike-types.js';

/** Options of {@link detectSentimentDips}; every one has a default. */
export interface DetectSentimentDipsOptions {
  /** The audience's IANA zone, for local days (default `'UTC'`). */
  timeZone?: string;
  /** A gap in the series: `'error'` (default), `'zero'` or `'interpolate'`. */
  fill?: GapFill;
  /** The bucket size in minutes, 5 to 1440; inferred when left out. */
  bucketMinutes?: number;
  /** An anomaly at most this many minutes after the previous one joins its episode (default 60). */
  cooldownMinutes?: number;
  /** The significance level of the binomial test (default 0.001). */
  alpha?: number;
  /** A window with fewer mentions is not tested (default 10): a share of 3 mentions is not a share of 3,000. */
  minCount?: number;
  /** The rise of the negative share that is not yet a dip, as a fraction (default 0.1: ten points above the baseline). */
  minIncrease?: number;
  /** The trailing window of the baseline share, in days (default 7). */
  baselineDays?: number;
}

const KEYS = ['timeZone', 'fill', 'bucketMinutes', 'cooldownMinutes', 'alpha', 'minCount', 'minIncrease', 'baselineDays'] as const;

/** Windows tested, in buckets. */
const SCALES = [1, 3, 12];

/**
 * Detects sentiment dips: buckets where the negative share of mentions rises
 * significantly above its baseline. The baseline share p₀ is the trailing
 * `baselineDays` of negative over all mentions (anomalies left out). A
 * bucket is anomalous when, for the last 1, 3 or 12 buckets with at least
 * `minCount` mentions, the binomial test rejects "the share is at most
 * p₀ + `minIncrease`" at level `alpha` (`P(X ≥ k | n, p₀ + minIncrease) < α`),
 * so a handful of angry mentions out of five is not a dip, and one out of
 * three thousand is judged on its real weight. Each anomaly's `count` is the
 * negative count, `expected` is p₀ × the mentions, and `score` is
 * (negative − expected) / max(√(n·p₀·(1 − p₀)), √expected, 1).
 *
 * @param series - the buckets, `{ at, count, negative }` (`negative` required on at least one point; missing ones count as 0)
 * @param options - see {@link DetectSentimentDipsOptions}
 * @returns `{ anomalies, episodes, method: 'binomial', params }`
 * @throws {ValidationError} `noNegativeCounts` when no point gives `negative`, and the codes of {@link detectSpikes}'s series
 * @example
 * const series = Array.from({ length: 72 }, (_, i) => ({ at: new Date(Date.UTC(2027, 2, 1, i)), count: 100, negative: i === 60 ? 45 : 10 }));
 * const { episodes } = detectSentimentDips(series);
 * episodes.length; // 1
 * episodes[0].from.toISOString(); // '2027-03-03T12:00:00.000Z'
 * episodes[0].peak.expected; // 10
 */
export function detectSentimentDips(series: readonly MentionPoint[], options?: DetectSentimentDipsOptions): SpikeResult {
  const o = readOptions(options, 'options', KEYS);
  const zone = o.timeZone === undefined ? 'UTC' : readTimeZone(o.timeZone, ['options', 'timeZone']);
  const fill = choiceOption<GapFill>(o.fill, ['options', 'fill'], ['error', 'zero', 'interpolate'], 'error');
  const bucketMinutes = o.bucketMinutes === undefined ? undefined : numberOption(o.bucketMinutes, ['options', 'bucketMinutes'], 0, 5, 1440, true);
  const cooldownMinutes = numberOption(o.cooldownMinutes, ['options', 'cooldownMinutes'], 60, 0, 525_600);
  const alpha = numberOption(o.alpha, ['options', 'alpha'], 0.001, 1e-12, 0.5);
  const minCount = numberOption(o.minCount, ['options', 'minCount'], 10, 1, 1e9, true);
  const minIncrease = numberOption(o.minIncrease, ['options', 'minIncrease'], 0.1, 0, 0.99);
  const baselineDays = numberOption(o.baselineDays, ['options', 'baselineDays'], 7, 1, 365);
  const s = readSeries(series, zone, fill, bucketMinutes);
  if (!s.hasNegative) throw invalid('noNegativeCounts', 'series gives no negative counts: add `negative` (the negative mentions of each bucket) to the points', 'series');
  const n = s.count.length;
  const window = Math.max(2, Math.round(baselineDays * (s.daily ? 1 : s.slotsPerDay)));
  const flags = new Uint8Array(n);
  const expected = new Float64Array(n);
  const score = new Float64Array(n);
  const cSum = new Float64Array(n + 1);
  const kSum = new Float64Array(n + 1);
  const included = new Uint8Array(n);
  let baseN = 0;
  let baseK = 0;
  let firstTested = -1;
  for (let t = 0; t < n; t += 1) {
    const c = s.count[t] as number;
    const k = s.negative[t] as number;
    cSum[t + 1] = (cSum[t] as number) + c;
    kSum[t + 1] = (kSum[t] as number) + k;
    const ready = baseN >= Math.max(30, minCount);
    const p0 = ready ? baseK / baseN : 0;
    expected[t] = p0 * c;
    if (ready && s.filled[t] === 0) {
      if (firstTested < 0) firstTested = t;
      const sd = Math.sqrt(c * p0 * (1 - p0));
      score[t] = (k - p0 * c) / Math.max(sd, Math.sqrt(p0 * c), 1);
      const p1 = Math.min(1, p0 + minIncrease);
      for (const w of SCALES) {
        const from = t - w + 1;
        if (from < firstTested) break;
        const wn = (cSum[t + 1] as number) - (cSum[from] as number);
        const wk = (kSum[t + 1] as number) - (kSum[from] as number);
        if (wn < minCount || wk / wn <= p1) continue;
        if (binomialUpperTail(wk, wn, p1) < alpha) {
          flags[t] = 1;
          break;
        }
      }
    }
    if (flags[t] === 1) {
      // Windows count only buckets not already flagged, so a dip once found does not flag the buckets after it.
      cSum[t + 1] = cSum[t] as number;
      kSum[t + 1] = kSum[t] as number;
    }
    if (flags[t] === 0 && s.filled[t] === 0) {
      included[t] = 1;
      baseN += c;
      baseK += k;
    }
    const old = t - window;
    if (old >= 0 && included[old] === 1) {
      baseN -= s.count[old] as number;
      baseK -= s.negative[old] as number;
    }
  }
  for (let t = 0; t < n; t += 1) if (s.filled[t] === 1) flags[t] = 0;
  const { anomalies, episodes } = collectEpisodes(s.at, s.negative, flags, expected, score, s.bucketMinutes * 60_000, cooldownMinutes * 60_000);
  return {
    anomalies,
    episodes,
    method: 'binomial',
    params: { bucketMinutes: s.bucketMinutes, timeZone: zone, fill, cooldownMinutes, alpha, minCount, minIncrease, baselineDays },
  };
}
