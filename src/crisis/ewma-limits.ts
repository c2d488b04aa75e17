/**
 * The EWMA control chart's statistic and time-varying limits (Montgomery,
 * Introduction to Statistical Quality Control; Lucas and Saccucci 1990):
 * `z_t = λ·x_t + (1 − λ)·z_{t−1}` with `z_0 = μ₀`, and the limits
 * `μ₀ ± k·σ·√(λ/(2 − λ)·[1 − (1 − λ)^{2t}])`, which at large t reach the
 * steady state `μ₀ ± k·σ·√(λ/(2 − λ))` (NIST/SEMATECH e-Handbook §6.3.2.4,
 * https://www.itl.nist.gov/div898/handbook/pmc/section3/pmc324.htm:
 * μ₀ = 50, s = 2.0539, λ = 0.3, k = 3 give 47.4115 and 52.5884). Private to
 * the module.
 *
 * @module
 */

/**
 * The half-width of the EWMA limits at step t (t = 1 for the first monitored value).
 *
 * @param sigma - the process standard deviation σ
 * @param lambda - the smoothing weight λ, 0 < λ ≤ 1
 * @param k - the width in standard deviations
 * @param t - the step, ≥ 1 (Infinity for the steady state)
 * @returns `k·σ·√(λ/(2 − λ)·[1 − (1 − λ)^{2t}])`
 */
export function ewmaHalfWidth(sigma: number, lambda: number, k: number, t: number): number {
  const decay = t === Number.POSITIVE_INFINITY ? 0 : (1 - lambda) ** (2 * t);
  return k * sigma * Math.sqrt((lambda / (2 - lambda)) * (1 - decay));
}
