/**
 * Rosner's generalized extreme studentized deviate (ESD) test, in its
 * classical form (mean and standard deviation) and its robust form (median
 * and MAD, as Twitter's S-H-ESD uses it), one- or two-sided. Private to the
 * module; `detectSpikes` runs it on seasonal residuals.
 *
 * For i = 1 … r: remove the observation farthest from the centre,
 * `R_i = |x − centre| / scale` of the remaining `n − i + 1` values, and the
 * critical value `λ_i = (n − i)·t_{p, n−i−1} / √((n − i − 1 + t²)(n − i + 1))`
 * with `p = 1 − α / (2(n − i + 1))` two-sided and `1 − α / (n − i + 1)`
 * one-sided (NIST/SEMATECH e-Handbook §1.3.5.17,
 * https://www.itl.nist.gov/div898/handbook/eda/section3/eda35h3.htm). The
 * number of outliers is the largest i with `R_i > λ_i`.
 *
 * Speed: the remaining values are always a contiguous run of the sorted
 * values (the farthest from the centre is the smallest or the largest), so
 * the mean and standard deviation come from prefix sums and the median and
 * MAD from binary searches: each step costs O(log² n), not O(n).
 *
 * @module
 */
import { studentTQuantile } from '../core/internal.js';

/** Options of {@link generalizedEsd}. */
export interface GeneralizedEsdOptions {
  /** Significance level, 0 < α < 1. */
  alpha: number;
  /** The most outliers tested for (r). */
  maxOutliers: number;
  /** `'classical'`: mean and sample standard deviation; `'robust'`: median and MAD × 1.4826 (mean absolute deviation × 1.2533 when the MAD is 0). */
  center: 'classical' | 'robust';
  /** `'up'` tests the largest values only, `'down'` the smallest, `'both'` the farthest from the centre. */
  direction: 'up' | 'down' | 'both';
  /** The scale never goes below this (default 0). */
  minScale?: number;
}

/** One step of the test. */
export interface EsdStep {
  /** Index in the input of the value removed. */
  index: number;
  /** The test statistic R_i. */
  statistic: number;
  /** The critical value λ_i (past the 100th step, λ_r when the statistic is below λ_r: it is then no outlier either way). */
  critical: number;
  /** The centre of the values remaining before the removal. */
  center: number;
  /** Their scale. */
  scale: number;
}

/** What {@link generalizedEsd} returns. */
export interface EsdResult {
  /** Every step tested (maxOutliers of them, fewer for tiny inputs). */
  steps: EsdStep[];
  /** How many outliers the test finds: the first `outliers` steps' values. */
  outliers: number;
}

/**
 * Runs the generalized ESD test.
 *
 * @param values - the data (not mutated)
 * @param options - alpha, maxOutliers, center, direction
 * @returns the steps and the number of outliers
 */
export function generalizedEsd(values: ArrayLike<number>, options: GeneralizedEsdOptions): EsdResult {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const x = Float64Array.from(order, (i) => values[i] as number);
  const sum = new Float64Array(n + 1);
  const sq = new Float64Array(n + 1);
  for (let i = 0; i < n; i += 1) {
    sum[i + 1] = (sum[i] as number) + (x[i] as number);
    sq[i + 1] = (sq[i] as number) + (x[i] as number) ** 2;
  }
  const minScale = options.minScale ?? 0;
  let lo = 0;
  let hi = n - 1;
  const steps: EsdStep[] = [];
  let outliers = 0;
  const r = Math.min(options.maxOutliers, n - 3);
  const criticalAt = (i: number): number => {
    const p = options.direction === 'both' ? 1 - options.alpha / (2 * (n - i + 1)) : 1 - options.alpha / (n - i + 1);
    const df = n - i - 1;
    const t = studentTQuantile(p, df);
    return ((n - i) * t) / Math.sqrt((df + t * t) * (n - i + 1));
  };
  // λ_i decreases with i: a statistic at or below the last one, λ_r, is no outlier whatever i, so the
  // quantile is computed only for the first 100 steps and for statistics above λ_r (large r stays fast).
  const floor = r >= 1 ? criticalAt(r) : 0;
  for (let i = 1; i <= r; i += 1) {
    const m = hi - lo + 1;
    let center: number;
    let scale: number;
    if (options.center === 'classical') {
      const s1 = (sum[hi + 1] as number) - (sum[lo] as number);
      const s2 = (sq[hi + 1] as number) - (sq[lo] as number);
      center = s1 / m;
      scale = Math.sqrt(Math.max(0, (s2 - (s1 * s1) / m) / (m - 1)));
    } else {
      center = medianOfRun(x, lo, hi);
      const mad = madOfRun(x, lo, hi, center);
      if (mad > 0) scale = 1.4826 * mad;
      else {
        const below = lowerBound(x, lo, hi + 1, center) - lo;
        const sBelow = (sum[lo + below] as number) - (sum[lo] as number);
        const sAbove = (sum[hi + 1] as number) - (sum[lo + below] as number);
        scale = (1.2533 * (center * below - sBelow + sAbove - center * (m - below))) / m;
      }
    }
    scale = Math.max(scale, minScale);
    const dLow = center - (x[lo] as number);
    const dHigh = (x[hi] as number) - center;
    const takeHigh = options.direction === 'up' || (options.direction === 'both' && dHigh >= dLow);
    const deviation = takeHigh ? dHigh : dLow;
    const statistic = scale > 0 ? deviation / scale : deviation > 0 ? Number.MAX_VALUE : 0;
    const critical = i <= 100 || statistic > floor ? criticalAt(i) : floor;
    steps.push({ index: order[takeHigh ? hi : lo] as number, statistic, critical, center, scale });
    if (statistic > critical) outliers = i;
    if (takeHigh) hi -= 1;
    else lo += 1;
  }
  return { steps, outliers };
}

function medianOfRun(x: Float64Array, lo: number, hi: number): number {
  const m = hi - lo + 1;
  const mid = lo + (m >> 1);
  return m % 2 === 1 ? (x[mid] as number) : ((x[mid - 1] as number) + (x[mid] as number)) / 2;
}

// First index in [from, to) whose value is ≥ v.
function lowerBound(x: Float64Array, from: number, to: number, v: number): number {
  let a = from;
  let b = to;
  while (a < b) {
    const c = (a + b) >> 1;
    if ((x[c] as number) < v) a = c + 1;
    else b = c;
  }
  return a;
}

// The k-th smallest (0-based) absolute deviation from the centre: the deviations left of the centre and
// those right of it are two sorted sequences; the k-th of their merge is found by binary search.
function kthDeviation(x: Float64Array, lo: number, hi: number, center: number, k: number): number {
  const s = lowerBound(x, lo, hi + 1, center);
  const lenL = s - lo;
  const lenR = hi - s + 1;
  const L = (j: number): number => (j < 0 ? -Infinity : j >= lenL ? Infinity : center - (x[s - 1 - j] as number));
  const R = (j: number): number => (j < 0 ? -Infinity : j >= lenR ? Infinity : (x[s + j] as number) - center);
  let low = Math.max(0, k + 1 - lenR);
  let high = Math.min(k + 1, lenL);
  while (low <= high) {
    const i = (low + high) >> 1;
    const j = k + 1 - i;
    if (L(i - 1) > R(j)) high = i - 1;
    else if (R(j - 1) > L(i)) low = i + 1;
    else return Math.max(L(i - 1), R(j - 1));
  }
  return 0;
}

function madOfRun(x: Float64Array, lo: number, hi: number, center: number): number {
  const m = hi - lo + 1;
  if (m % 2 === 1) return kthDeviation(x, lo, hi, center, m >> 1);
  return (kthDeviation(x, lo, hi, center, (m >> 1) - 1) + kthDeviation(x, lo, hi, center, m >> 1)) / 2;
}
