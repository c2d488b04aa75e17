import { describeValue } from './describe-value.js';
import { invalid, type PathInput } from './errors.js';

/**
 * Reads a function's options argument: `undefined` becomes `{}`, a plain
 * object is returned as it is, anything else (null, an array, a Date, a
 * string, a number) is refused with a message that says what was expected. Every
 * socialkit function that takes options starts with it, so a wrong call fails
 * with a socialkit error rather than a TypeError from deep inside.
 *
 * @param value - the options argument as the caller passed it
 * @param path - the argument's name for the error (default `'options'`)
 * @returns the options object
 * @throws {ValidationError} `invalidType` when `value` is not an object
 * @example
 * readOptions(undefined); // {}
 * readOptions({ locale: 'fr-FR' }); // { locale: 'fr-FR' }
 * readOptions('fr-FR'); // throws ValidationError: options must be an object
 */
export function readOptions<T extends object = Record<string, unknown>>(value: unknown, path: PathInput = 'options'): Partial<T> {
  if (value === undefined) return {};
  const proto: unknown = typeof value === 'object' && value !== null ? Object.getPrototypeOf(value) : undefined;
  if (typeof value !== 'object' || value === null || (proto !== Object.prototype && proto !== null)) {
    throw invalid('invalidType', `options must be an object of named settings, got ${describeValue(value)}`, path);
  }
  return value as Partial<T>;
}
