/**
 * Ordinary least squares on one predictor, with the prediction interval of a
 * new observation. Internal to the strategy module (not exported from its index).
 *
 * @module
 */
import { studentTQuantile } from '../core/internal.js';

/** A fitted line `y = intercept + slope · x`, with what its prediction intervals need. */
export interface LinearTrend {
  /** Number of points. */
  n: number;
  /** The slope. */
  slope: number;
  /** The intercept (the value at x = 0). */
  intercept: number;
  /** Mean of x. */
  meanX: number;
  /** Mean of y. */
  meanY: number;
  /** Σ (x − x̄)². */
  sxx: number;
  /** Residual sum of squares, Σ (y − ŷ)². */
  sse: number;
  /** Degrees of freedom of the residuals, n − 2. */
  df: number;
}

/** A prediction at one x. */
export interface TrendPrediction {
  /** The fitted value ŷ₀ = b₀ + b₁x₀. */
  value: number;
  /** Standard error of a new observation at x₀, `s·√(1 + 1/n + (x₀ − x̄)²/Sxx)`; null when df = 0. */
  standardError: number | null;
  /** Lower end of the prediction interval; null when df = 0. */
  lower: number | null;
  /** Upper end of the prediction interval; null when df = 0. */
  upper: number | null;
  /** The t multiplier, `t(1 − (1 − level)/2, n − 2)`; null when df = 0. */
  multiplier: number | null;
}

/**
 * Fits `y = b₀ + b₁x` by least squares: `b₁ = Sxy / Sxx`, `b₀ = ȳ − b₁x̄`,
 * with sums of centred products (numerically stable).
 *
 * @param xs - the predictor values (at least two distinct)
 * @param ys - the responses, same length
 * @returns the fit
 */
export function fitLinearTrend(xs: readonly number[], ys: readonly number[]): LinearTrend {
  const n = xs.length;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i += 1) {
    meanX += ((xs[i] as number) - meanX) / (i + 1);
    meanY += ((ys[i] as number) - meanY) / (i + 1);
  }
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (xs[i] as number) - meanX;
    sxx += dx * dx;
    sxy += dx * ((ys[i] as number) - meanY);
  }
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  let sse = 0;
  for (let i = 0; i < n; i += 1) {
    const r = (ys[i] as number) - (meanY + slope * ((xs[i] as number) - meanX));
    sse += r * r;
  }
  return { n, slope, intercept, meanX, meanY, sxx, sse, df: n - 2 };
}

/**
 * Predicts a new observation at `x0` with its two-sided prediction interval:
 * `ŷ₀ ± t(1 − α/2, n − 2) · s · √(1 + 1/n + (x₀ − x̄)²/Sxx)`, `s² = SSE/(n − 2)`, `α = 1 − level`.
 *
 * @param trend - the fit
 * @param x0 - where to predict
 * @param level - the interval's coverage, 0 < level < 1 (0.8 for 80 %)
 * @returns the prediction
 */
export function predictTrend(trend: LinearTrend, x0: number, level: number): TrendPrediction {
  const value = trend.meanY + trend.slope * (x0 - trend.meanX);
  if (trend.df <= 0) return { value, standardError: null, lower: null, upper: null, multiplier: null };
  const s = Math.sqrt(trend.sse / trend.df);
  const dx = x0 - trend.meanX;
  const standardError = s * Math.sqrt(1 + 1 / trend.n + (dx * dx) / trend.sxx);
  const multiplier = studentTQuantile(1 - (1 - level) / 2, trend.df);
  return { value, standardError, lower: value - multiplier * standardError, upper: value + multiplier * standardError, multiplier };
}
