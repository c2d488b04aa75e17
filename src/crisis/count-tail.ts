/**
 * Tail probabilities of counts, for the adaptive spike test and the
 * sentiment test: the negative binomial (overdispersed counts) matched to a
 * mean and a variance, and the binomial (a share of a small number of
 * mentions). Both through the regularized incomplete beta function of
 * core's private Student t file. Private to the module.
 *
 * @module
 */
import { regularizedBeta } from '../core/internal.js';

/**
 * `P(X ≥ observed)` for a negative binomial with the given mean and
 * variance (the variance is raised to the mean when below it: a Poisson limit).
 * With `r = mean² / (variance − mean)` and `p = r / (r + mean)`,
 * `P(X ≥ k) = I_{1−p}(k, r)` for `k ≥ 1`.
 *
 * @param observed - the observed count (≥ 0)
 * @param mean - the mean under the null hypothesis (> 0)
 * @param variance - the variance under the null hypothesis
 * @returns the upper tail probability
 */
export function negativeBinomialUpperTail(observed: number, mean: number, variance: number): number {
  if (observed <= 0) return 1;
  const { r, p } = shape(mean, variance);
  return regularizedBeta(1 - p, Math.round(observed), r, p);
}

/**
 * `P(X ≤ observed)` for a negative binomial with the given mean and variance:
 * `I_p(r, k + 1)`.
 *
 * @param observed - the observed count (≥ 0)
 * @param mean - the mean under the null hypothesis (> 0)
 * @param variance - the variance under the null hypothesis
 * @returns the lower tail probability
 */
export function negativeBinomialLowerTail(observed: number, mean: number, variance: number): number {
  const { r, p } = shape(mean, variance);
  return regularizedBeta(p, r, Math.round(observed) + 1, 1 - p);
}

function shape(mean: number, variance: number): { r: number; p: number } {
  const m = Math.max(mean, 1e-9);
  const excess = Math.max(variance - m, m * 1e-6);
  const r = (m * m) / excess;
  return { r, p: r / (r + m) };
}

/**
 * `P(X ≥ k)` for a binomial with `n` trials and probability `p`: `I_p(k, n − k + 1)`.
 *
 * @param k - successes observed
 * @param n - trials
 * @param p - the probability of success under the null hypothesis
 * @returns the upper tail probability
 */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  return regularizedBeta(p, k, n - k + 1, 1 - p);
}
