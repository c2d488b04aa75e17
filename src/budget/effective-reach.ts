import { arrayArgument, finiteNumber, fraction, invalid, readOptions } from '../core/internal.js';

/** Options for {@link effectiveReach}. */
export interface EffectiveReachOptions {
  /** k: the least number of exposures that counts (default 1). */
  minFrequency?: number;
}

/**
 * The share of the audience reached at least k times across insertions,
 * assuming each insertion reaches people independently with its own rate:
 * P(N ≥ k) where N is the Poisson-binomial count of insertions that reach
 * a person, computed exactly by dynamic programming over the insertions
 * (pⱼ(m) = pⱼ₋₁(m)·(1 − rⱼ) + pⱼ₋₁(m − 1)·rⱼ). At k = 1 it equals kpi's
 * `combinedReach`, 1 − Π(1 − rⱼ).
 *
 * @param reachRates - each insertion's reach as a fraction of the audience, in [0, 1]
 * @param options - `{ minFrequency? }`: k, a whole number ≥ 1 (default 1)
 * @returns the share reached at least k times, in [0, 1]
 * @throws {ValidationError} for a rate outside [0, 1], or k not a whole number ≥ 1
 * @example
 * effectiveReach([0.5, 0.5], { minFrequency: 2 }); // 0.25
 * effectiveReach([0.5, 0.5]); // 0.75
 * effectiveReach([0.2, 0.4, 0.5], { minFrequency: 2 }).toFixed(2); // '0.30'
 */
export function effectiveReach(reachRates: readonly number[], options?: EffectiveReachOptions): number {
  const list = arrayArgument(reachRates, 'reachRates');
  if (list.length > 100_000) throw invalid('tooMany', `reachRates has ${list.length} insertions, more than 100,000`, 'reachRates');
  const rates = Array.from(list, (r, i) => fraction(r, ['reachRates', i]));
  const o = readOptions<EffectiveReachOptions>(options, 'options', ['minFrequency']);
  const k = o.minFrequency === undefined ? 1 : finiteNumber(o.minFrequency, ['options', 'minFrequency'], { min: 1 });
  if (!Number.isInteger(k)) throw invalid('notInteger', `options.minFrequency must be a whole number of exposures, got ${k}`, ['options', 'minFrequency']);
  if (k > rates.length) return 0;
  if (k === 1) {
    let logMiss = 0;
    for (const r of rates) logMiss += Math.log1p(-r);
    return logMiss === 0 ? 0 : -Math.expm1(logMiss);
  }
  // p[m] = P(exactly m exposures) for m < k; the mass at ≥ k is what is left.
  const p = new Float64Array(k);
  p[0] = 1;
  for (const r of rates) {
    for (let m = k - 1; m >= 1; m -= 1) p[m] = (p[m] as number) * (1 - r) + (p[m - 1] as number) * r;
    p[0] *= 1 - r;
  }
  let below = 0;
  for (let m = 0; m < k; m += 1) below += p[m] as number;
  return Math.min(1, Math.max(0, 1 - below));
}
