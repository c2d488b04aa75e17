import { describeValue, invalid } from '../core/index.js';

/**
 * Checks an options argument: `undefined` (read as `{}`) or a plain object
 * whose own keys are all among `allowed`.
 *
 * @param value - the options argument
 * @param name - its name in messages and paths (`'options'`)
 * @param allowed - the keys it may have
 * @returns the options, as a record to read fields from
 * @throws {ValidationError} `invalidType` when it is not an object, `unknownKey` for a key it may not have
 */
export function readOptions(value: unknown, name: string, allowed: readonly string[]): Readonly<Record<string, unknown>> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid('invalidType', `${name} must be an object such as { ${allowed.join(', ')} }, got ${describeValue(value)}`, name);
  }
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) throw invalid('unknownKey', `${name}.${key} is not an option (expected ${allowed.join(', ')})`, [name, key]);
  }
  return value as Readonly<Record<string, unknown>>;
}

/**
 * Checks a text argument: a string.
 *
 * @param value - the argument
 * @param path - its name in messages and paths
 * @returns the string
 * @throws {ValidationError} `invalidType` when it is not a string
 */
export function readText(value: unknown, path: string): string {
  if (typeof value !== 'string') throw invalid('invalidType', `${path} must be a string, got ${describeValue(value)}`, path);
  return value;
}
