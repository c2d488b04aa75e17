import { describeValue } from './describe-value.js';
import { invalid, SocialKitError } from './errors.js';

/**
 * A ratio as a plain fraction (0.034 means 3.4 %), or `null` when it is
 * undefined because its denominator is zero. Never NaN, never Infinity.
 */
export type Ratio = number | null;

/**
 * Divides two already-validated numbers into a {@link Ratio}: `null` when the
 * denominator is zero (0 / 0 included), the quotient otherwise.
 *
 * @param numerator - the top of the fraction
 * @param denominator - the bottom of the fraction
 * @returns `numerator / denominator`, or `null` when `denominator` is 0
 * @throws {ValidationError} when either number is not finite
 * @throws {SocialKitError} `overflow` when the quotient is too large for a JavaScript number
 * @example
 * ratio(120, 4000); // 0.03
 * ratio(0, 0); // null
 */
export function ratio(numerator: number, denominator: number): Ratio {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator)) {
    throw invalid('notFinite', `A ratio needs two finite numbers, got ${describeValue(numerator)} / ${describeValue(denominator)}`);
  }
  if (denominator === 0) return null;
  const value = numerator / denominator;
  if (!Number.isFinite(value)) {
    throw new SocialKitError('overflow', 'The ratio is too large to represent as a number.', {
      details: { numerator, denominator },
    });
  }
  return value === 0 ? 0 : value;
}

/**
 * Divides two counts that a guard has already checked (non-negative safe
 * integers): `null` when the denominator is 0, the quotient otherwise. The
 * quotient of two such counts is always finite and never −0, so the checks
 * of {@link ratio} are not needed; the count formulas (`ctr`, the engagement
 * rates…) use it to stay small. Private: core's internal entry.
 *
 * @param numerator - a count
 * @param denominator - a count
 * @returns `numerator / denominator`, or `null` when `denominator` is 0
 */
export function countRatio(numerator: number, denominator: number): Ratio {
  return denominator === 0 ? null : numerator / denominator;
}
