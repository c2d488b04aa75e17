import { describeValue, invalid, readOptions as readPlainOptions } from '../core/internal.js';

/**
 * Checks an options argument with core's `readOptions` (`undefined` is read
 * as `{}`; anything but a plain object is refused), then that its own keys
 * are all among `allowed`, so a misspelt option is an error, not ignored.
 *
 * @param value - the options argument
 * @param name - its name in messages and paths (`'options'`)
 * @param allowed - the keys it may have
 * @returns the options, as a record to read fields from
 * @throws {ValidationError} `invalidType` when it is not an object, `unknownKey` for a key it may not have
 */
export function readOptions(value: unknown, name: string, allowed: readonly string[]): Readonly<Record<string, unknown>> {
  const options: Readonly<Record<string, unknown>> = readPlainOptions(value, name);
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) throw invalid('unknownKey', `${name}.${key} is not an option (expected ${allowed.join(', ')})`, [name, key]);
  }
  return options;
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
