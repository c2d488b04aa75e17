/**
 * Argument checks shared by the kpi formulas. This file imports no zod and no
 * decimal.js, so a formula such as `ctr` stays tiny in a user's bundle.
 *
 * @module
 */
import { type PathInput, SocialKitError, ValidationError, type ValidationIssue } from '../../core/index.js';
import { count, describeValue, formatPath, invalid, missingFieldIssue, readOptions } from '../../core/internal.js';

/** A read-only view of an object argument's fields. */
export type Fields = Readonly<Record<string, unknown>>;

const EMPTY: Fields = {};

/**
 * Checks that a formula received its one object argument (extra fields are
 * accepted: a whole export row may be passed).
 *
 * @param value - the argument
 * @param formula - how the formula is called, for the message (`ctr({ clicks, impressions })`)
 * @param required - fields that must be present (each missing one is listed, with a similar key the object has)
 * @returns the object, to read fields from
 * @throws {ValidationError} `invalidType`: "`ctr({ clicks, impressions })` takes one object, got 12"
 */
export function formulaArgs(value: unknown, formula: string, required: readonly string[] = []): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid('invalidType', `\`${formula}\` takes one object, got ${describeValue(value)}`, []);
  const fields = value as Fields;
  let issues: ValidationIssue[] | undefined;
  for (const name of required) if (fields[name] === undefined) (issues ??= []).push(missingFieldIssue(fields, name, `\`${formula}\``));
  if (issues !== undefined) throw new ValidationError(issues);
  return fields;
}

/**
 * Reads a formula's counts: one object whose named fields are each a count
 * (extra fields are accepted), checked in order; the first bad one is
 * reported (listing them all would take `ctr` over its 1 KB budget).
 *
 * @param value - the argument
 * @param formula - the formula's name (`'ctr'`)
 * @param names - the count fields, in order
 * @returns the counts, in the order of `names`
 * @throws {ValidationError} `invalidType` when the argument is not an object; `notANumber`, `negative`, … per field
 */
export function countArgs(value: unknown, formula: string, names: readonly string[]): number[] {
  // Its own object check rather than formulaArgs's, so that `ctr` alone stays under 1 KB.
  if (typeof value !== 'object' || value === null) {
    throw invalid('invalidType', `\`${formula}({ ${names.join(', ')} })\` takes one object, got ${describeValue(value)}`, []);
  }
  return names.map((name) => count((value as Fields)[name], name));
}

/**
 * Checks an options argument strictly (core's `readOptions`): `undefined`
 * gives no options, anything but a plain object is refused, and so is a key
 * not in `keys`, with a suggestion.
 *
 * @param value - the argument
 * @param keys - the options the function takes
 * @returns the options object (empty when `undefined`)
 * @throws {ValidationError} `invalidType` or `unknownKey`, naming `options`
 */
export function optionsArg(value: unknown, keys: readonly string[]): Fields {
  return value === undefined ? EMPTY : readOptions(value, 'options', keys);
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
 * @throws {ValidationError} `invalidType`
 */
export function listArg(value: unknown, path: PathInput): readonly unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null && typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function') {
    return Array.from(value as Iterable<unknown>);
  }
  throw invalid('invalidType', `${formatPath(path)} must be an array, got ${describeValue(value)}`, path);
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

