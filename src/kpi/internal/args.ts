/**
 * Argument checks shared by the kpi formulas. This file imports no zod and no
 * decimal.js, so a formula such as `ctr` stays tiny in a user's bundle.
 *
 * @module
 */
import { type PathInput, SocialKitError } from '../../core/index.js';
import { describeValue, formatPath, invalid } from '../../core/internal.js';

/** A read-only view of an object argument's fields. */
export type Fields = Readonly<Record<string, unknown>>;

const EMPTY: Fields = {};

/**
 * Checks that a formula received its one object argument.
 *
 * @param value - the argument
 * @param formula - the formula's name and the fields it expects, for the message (`ctr({ clicks, impressions })`)
 * @returns the object, to read fields from
 * @throws {ValidationError} `notAnObject` when the argument is not an object
 */
export function formulaArgs(value: unknown, formula: string): Fields {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Fields;
  throw invalid('notAnObject', `${formula} takes one object argument, got ${describeValue(value)}`, []);
}

/**
 * Checks an options argument: `undefined` gives no options, anything else must be an object.
 *
 * @param value - the argument
 * @param fn - the function's name, for the message
 * @returns the options object (empty when `undefined`)
 * @throws {ValidationError} `notAnObject` naming `options`
 */
export function optionsArg(value: unknown, fn: string): Fields {
  if (value === undefined) return EMPTY;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Fields;
  throw invalid('notAnObject', `The options of ${fn} must be an object, got ${describeValue(value)}`, 'options');
}

/**
 * Checks that a value is one of a list of literal strings.
 *
 * @param value - the candidate
 * @param allowed - the accepted literals
 * @param path - the field it came from
 * @returns the value, typed as one of the literals
 * @throws {ValidationError} `invalidOption`, listing the accepted values
 */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: PathInput): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw invalid(
    'invalidOption',
    `${formatPath(path)} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${describeValue(value)}`,
    path,
  );
}

/**
 * Reads a list argument: an array (holes read as `undefined`) or any other
 * iterable object. Strings are refused: they are iterable, but never a list
 * of records.
 *
 * @param value - the candidate list
 * @param path - the argument's name
 * @returns an array view (the caller's array itself when it is one; never mutated)
 * @throws {ValidationError} `notAList`
 */
export function listArg(value: unknown, path: PathInput): readonly unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null && typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function') {
    return Array.from(value as Iterable<unknown>);
  }
  throw invalid('notAList', `${formatPath(path)} must be an array, got ${describeValue(value)}`, path);
}

/**
 * Checks that a sum of counts is still an exact JavaScript integer.
 *
 * @param total - the sum
 * @param what - what was summed, for the message
 * @returns the sum
 * @throws {SocialKitError} `overflow` beyond `Number.MAX_SAFE_INTEGER`
 */
export function safeTotal(total: number, what: string): number {
  if (total <= Number.MAX_SAFE_INTEGER) return total;
  throw new SocialKitError('overflow', `The total of ${what} exceeds ${Number.MAX_SAFE_INTEGER} and cannot be counted exactly.`, {
    details: { what },
  });
}

/**
 * Checks that a computed number is finite (a product of large inputs can overflow).
 *
 * @param value - the result
 * @param what - what was computed, for the message
 * @returns the value (`-0` as `0`)
 * @throws {SocialKitError} `overflow` when the value is not finite
 */
export function finiteResult(value: number, what: string): number {
  if (Number.isFinite(value)) return value === 0 ? 0 : value;
  throw new SocialKitError('overflow', `${what} is too large to represent as a number.`, { details: { what } });
}
