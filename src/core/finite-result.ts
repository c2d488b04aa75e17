import { SocialKitError } from './errors.js';

/**
 * Returns a computed number, or throws `overflow` when it is not finite (a
 * product or a quotient of large inputs can leave the range of a double).
 * Private plumbing of the formulas (core's internal entry).
 *
 * @param value - the computed number
 * @param what - what it is, for the message (`'trend slope'`)
 * @returns the number (`-0` as `0`)
 * @throws {SocialKitError} `overflow`
 * @example
 * finiteResult(-0, 'gap'); // 0
 * finiteResult(1e308 * 10, 'grp'); // throws SocialKitError: Grp is too large to represent as a number
 */
export function finiteResult(value: number, what: string): number {
  if (Number.isFinite(value)) return value === 0 ? 0 : value;
  throw new SocialKitError('overflow', `${what.charAt(0).toUpperCase()}${what.slice(1)} is too large to represent as a number: scale the inputs down.`, { details: { what } });
}
