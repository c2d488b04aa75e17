/**
 * The crisis module's option readers: core's `readOptions` with each
 * function's one list of allowed keys, and number and choice options.
 * Private to the module.
 *
 * @module
 */
import { describeValue, finiteNumber, invalid, readOptions as readPlainOptions } from '../core/internal.js';

/**
 * Reads an options argument with core's reader: refuses a value that is not
 * a plain object (`invalidType`) and every key not in `allowed` (`unknownKey`,
 * with the nearest allowed key as a suggestion).
 *
 * @param value - the options argument
 * @param path - its name in messages and paths (`'options'`)
 * @param allowed - the keys it may have
 * @returns the options, as a record to read fields from
 * @throws {ValidationError} `invalidType` when it is not an object, `unknownKey` for a key it may not have
 */
export function readOptions(value: unknown, path: string, allowed: readonly string[]): Readonly<Record<string, unknown>> {
  return readPlainOptions(value, path, allowed);
}

/**
 * Reads an optional number option within bounds.
 *
 * @param value - the option's value
 * @param path - where it is
 * @param fallback - the value when it is undefined
 * @param min - the smallest value accepted
 * @param max - the largest value accepted
 * @param integer - whether it must be a whole number
 * @returns the number
 * @throws {ValidationError} `notANumber`, `notFinite`, `outOfRange` or `notInteger`
 */
export function numberOption(value: unknown, path: readonly (string | number)[], fallback: number, min: number, max: number, integer = false): number {
  if (value === undefined) return fallback;
  const n = finiteNumber(value, path, { min, max });
  if (integer && !Number.isInteger(n)) throw invalid('notInteger', `${path.join('.')} must be a whole number, got ${describeValue(value)}`, path);
  return n;
}

/**
 * Reads an optional choice among literal strings.
 *
 * @param value - the option's value
 * @param path - where it is
 * @param choices - the accepted values
 * @param fallback - the value when it is undefined
 * @returns the choice
 * @throws {ValidationError} `invalidOption`
 */
export function choiceOption<T extends string>(value: unknown, path: readonly (string | number)[], choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw invalid('invalidOption', `${path.join('.')} must be one of ${choices.map((c) => `'${c}'`).join(', ')}, got ${describeValue(value)}`, path);
}
