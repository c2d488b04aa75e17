/**
 * Small argument guards shared by the persona functions (not exported from
 * the module's index): they turn a wrong shape into a {@link ValidationError}
 * that names the field, before any work is done.
 *
 * @module
 */
import { describeValue, formatPath, invalid, toPath, type Path, type PathInput } from '../core/index.js';

function label(path: PathInput, fallback: string): string {
  return toPath(path).length === 0 ? fallback : formatPath(path);
}

/**
 * Checks that a value is a plain object (not null, not an array) and returns it as a record.
 *
 * @param value - the candidate
 * @param path - the field it came from
 * @returns the value, typed as a record
 * @throws {ValidationError} `invalidType`
 */
export function objectArgument(value: unknown, path: PathInput): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid('invalidType', `${label(path, 'The argument')} must be an object, got ${describeValue(value)}`, path);
  }
  return value as Readonly<Record<string, unknown>>;
}

/**
 * Reads an options argument: `undefined` gives an empty object, anything else must be an object.
 *
 * @param value - the options argument
 * @param path - its name
 * @returns the options as a record
 * @throws {ValidationError} `invalidType` when options is not an object
 */
export function optionsArgument(value: unknown, path: PathInput = 'options'): Readonly<Record<string, unknown>> {
  return value === undefined ? {} : objectArgument(value, path);
}

/**
 * Checks that a value is an array and returns it (holes are read as `undefined` by the caller's index loop).
 *
 * @param value - the candidate
 * @param path - the field it came from
 * @returns the array
 * @throws {ValidationError} `invalidType`
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
 */
export function booleanArgument(value: unknown, path: PathInput, fallback: boolean): boolean {
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
