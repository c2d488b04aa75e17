/**
 * Internal number helpers of the strategy module (not exported from its index).
 *
 * @module
 */
import { SocialKitError } from '../core/index.js';

/**
 * Writes a number for a message: four significant digits, no exponent for everyday magnitudes.
 *
 * @param value - a finite number
 * @returns the text
 */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(4)));
}

/**
 * The number of days from 1970-01-01 to a valid local date `'YYYY-MM-DD'` (years 0–99 read as written).
 *
 * @param date - a checked local date
 * @returns the day number
 */
export function dayNumberOf(date: string): number {
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(d.getTime() / 86_400_000);
}

/**
 * Returns a computed number, or throws `overflow` when it is not finite (the inputs were too large).
 *
 * @param value - the computed number
 * @param what - what it is, for the message
 * @returns the number (`-0` as `0`)
 * @throws {SocialKitError} `overflow`
 */
export function finiteResult(value: number, what: string): number {
  if (!Number.isFinite(value)) {
    throw new SocialKitError('overflow', `The ${what} is too large to represent as a number: scale the inputs down.`, { details: { what } });
  }
  return value === 0 ? 0 : value;
}
