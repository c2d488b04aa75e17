import { type Ratio } from '../core/index.js';
import { count, finiteNumber, finiteResult, fraction, invalid } from '../core/internal.js';
import { formulaArgs, listArg } from './internal/args.js';

/**
 * The two ways to give {@link grp} its figures: reach and frequency, or
 * impressions and population (never both).
 */
export type GrpInput =
  | { reachRate: number; frequency: number; impressions?: undefined; population?: undefined }
  | { impressions: number; population: number; reachRate?: undefined; frequency?: undefined };

/**
 * Gross rating points (GRP): the weight of a media schedule, 1 GRP being 1 %
 * of the population reached once. 180 GRP is 60 % reached 3 times on
 * average, or 90 % reached twice.
 *
 * Formulas: 100 × reachRate × frequency (reachRate a fraction, frequency the
 * average exposures per person reached), or equally 100 × impressions /
 * population. Unit: rating points.
 * Sources: https://www.retriever.nl/en/buzzword/grp/ ("60% x 4 = 240 GRPs"); Farris et al., Marketing
 * Metrics ("GRPs (%) = 100 * Impressions (#) ÷ Defined population (#)")
 *
 * @param input - `{ reachRate, frequency }` or `{ impressions, population }`
 * @returns the GRPs, or `null` when the population is 0
 * @throws {ValidationError} when both forms or neither are given, reachRate is not a fraction from 0 to 1, frequency is not a finite number ≥ 0, or a count is not a whole number ≥ 0
 * @throws {SocialKitError} `overflow` when the result does not fit in a number
 * @example
 * grp({ reachRate: 0.6, frequency: 4 }); // 240
 * grp({ impressions: 1000000, population: 10000000 }); // 10
 */
export function grp(input: GrpInput): Ratio {
  const args = formulaArgs(input, 'grp({ reachRate, frequency } or { impressions, population })');
  const byReach = args.reachRate !== undefined || args.frequency !== undefined;
  const byImpressions = args.impressions !== undefined || args.population !== undefined;
  if (byReach && byImpressions) {
    throw invalid(
      'ambiguousInput',
      'grp takes either { reachRate, frequency } or { impressions, population }, not both: they must agree, so give one pair',
      [],
    );
  }
  if (byImpressions) return ratingPoints(count(args.impressions, 'impressions'), count(args.population, 'population'));
  if (!byReach) {
    throw invalid('missingField', 'grp needs { reachRate, frequency } or { impressions, population }', []);
  }
  const reachRate = fraction(args.reachRate, 'reachRate');
  const exposures = finiteNumber(args.frequency, 'frequency', { min: 0 });
  return finiteResult(100 * reachRate * exposures, 'grp');
}

function ratingPoints(impressions: number, population: number): Ratio {
  return population === 0 ? null : finiteResult((100 * impressions) / population, 'rating points');
}

/**
 * Target rating points (TRP): GRPs counted on the target audience only
 * (impressions delivered to the target, over the target population).
 *
 * Formula: 100 × impressions / targetPopulation. Unit: rating points.
 * Source: "1,000,000 impressions among the target audience / 10,000,000 people in total in the target audience × 100
 * = 10 TRPs", https://eleanorrigby-movie.com/is-calculated-by-dividing-grps-with-reach/
 *
 * @param input - `impressions` on the target and the `targetPopulation`
 * @returns the TRPs, or `null` when the target population is 0
 * @throws {ValidationError} when a field is not a whole number ≥ 0
 * @example
 * trp({ impressions: 1000000, targetPopulation: 10000000 }); // 10
 */
export function trp(input: { impressions: number; targetPopulation: number }): Ratio {
  const args = formulaArgs(input, 'trp({ impressions, targetPopulation })', ['impressions', 'targetPopulation']);
  return ratingPoints(count(args.impressions, 'impressions'), count(args.targetPopulation, 'targetPopulation'));
}

/**
 * Combined (net) reach of several media or placements under random
 * duplication: each person's chances of being reached by one medium are
 * taken to be independent of the others. This is the "random duplication"
 * or Sainsbury method of media planners; some (the AMIC Media Guru) call
 * "Sainsbury" this figure minus about 5 % for more-than-random duplication,
 * which this function does not apply.
 *
 * Formula: 1 − Π (1 − rᵢ) over the reach rates rᵢ (fractions), computed as
 * −expm1(Σ log1p(−rᵢ)) so many small reaches lose no precision. Unit: a fraction.
 * Sources: https://help.bunkerdb.com/en/articles/9534739-how-is-total-reach-calculated-for-paid-media;
 * "400 cable spots … 1 − (1 − 0.1%)^400 = 33%", https://latinbusinesstoday.com/engage-customers-aligned-media-strategy/4/
 *
 * @param reachRates - the reach of each medium, fractions from 0 to 1
 * @returns the combined reach, a fraction (0 for an empty list)
 * @throws {ValidationError} when reachRates is not a list or a rate is not a fraction from 0 to 1
 * @example
 * combinedReach([0.5, 0.4]); // 0.7 (to 15 digits)
 * combinedReach(Array(400).fill(0.001)); // 0.3298…
 */
export function combinedReach(reachRates: readonly number[]): number {
  const rates = listArg(reachRates, 'reachRates');
  let logMiss = 0;
  for (let i = 0; i < rates.length; i += 1) {
    const rate = fraction(rates[i], ['reachRates', i]);
    logMiss += Math.log1p(-rate);
  }
  if (logMiss === 0) return 0;
  // −expm1 of a sum of log1p(−r) ≤ 0 lies in [0, 1].
  return -Math.expm1(logMiss);
}
