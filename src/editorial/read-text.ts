import { describeValue, invalid } from '../core/internal.js';

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
