/**
 * Argument guards for functions that take objects, lists and flags: they turn
 * a wrong shape into a {@link ValidationError} that names the field, before
 * any work is done. (Options arguments go through {@link readOptions}.)
 *
 * @module
 */
import { describeValue } from './describe-value.js';
import { invalid, labelOf as label, type Path, type PathInput } from './errors.js';


/**
 * Checks that a value is a plain object (not null, not an array) and returns it as a record.
 *
 * @param value - the candidate
 * @param path - the field it came from
 * @returns the value, typed as a record
 * @throws {ValidationError} `invalidType`
 * @example
 * objectArgument({ a: 1 }, 'input'); // { a: 1 }
 * objectArgument([1], 'input'); // throws ValidationError: input must be an object
 */
export function objectArgument(value: unknown, path: PathInput): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid('invalidType', `${label(path, 'The argument')} must be an object, got ${describeValue(value)}`, path);
  }
  return value as Readonly<Record<string, unknown>>;
}

/**
 * Checks that a value is an array and returns it (holes are read as `undefined` by the caller's index loop).
 *
 * @param value - the candidate
 * @param path - the field it came from
 * @returns the array
 * @throws {ValidationError} `invalidType`
 * @example
 * arrayArgument([1, 2], 'posts'); // [1, 2]
 * arrayArgument('x', 'posts'); // throws ValidationError: posts must be an array
 */
export function arrayArgument(value: unknown, path: PathInput): readonly unknown[] {
  if (!Array.isArray(value)) {
    throw invalid('invalidType', `${label(path, 'The argument')} must be an array, got ${describeValue(value)}`, path);
  }
  return value;
}

/**
 * Checks an optional boolean.
 *
 * @param value - the candidate
 * @param path - the field it came from
 * @param fallback - the value when `value` is undefined
 * @returns the boolean
 * @throws {ValidationError} `invalidType`
 * @example
 * booleanArgument(undefined, 'normalize', true); // true
 * booleanArgument('yes', 'normalize', true); // throws ValidationError
 */
export function booleanArgument(value: unknown, path: PathInput, fallback: boolean): boolean {
  if (typeof fallback !== 'boolean') throw invalid('invalidType', `fallback must be true or false, got ${describeValue(fallback)}`, 'fallback');
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  throw invalid('invalidType', `${label(path, 'The flag')} must be true or false, got ${describeValue(value)}`, path);
}

/**
 * Checks a path argument of a public guard (a key, an index, or an array of
 * them) and returns it as a path.
 *
 * @param value - the candidate path
 * @returns the path
 * @throws {ValidationError} `invalidType` for anything else
 * @example
 * pathArgument(['posts', 3]); // ['posts', 3]
 * pathArgument([{}]); // throws ValidationError
 */
export function pathArgument(value: unknown): Path {
  const isKey = (k: unknown): k is string | number => typeof k === 'string' || (typeof k === 'number' && Number.isSafeInteger(k) && k >= 0);
  if (isKey(value)) return [value];
  if (Array.isArray(value)) {
    const out: (string | number)[] = [];
    for (let i = 0; i < value.length; i += 1) {
      const key: unknown = value[i];
      if (!isKey(key)) break;
      out.push(key);
    }
    if (out.length === value.length) return out;
  }
  throw invalid('invalidType', `The path must be a field name, an index or an array of them, got ${describeValue(value)}`, []);
}
