/**
 * The `{ from, to }` reader that instant and local-date ranges share. Private to core.
 *
 * @module
 */
import { describeValue } from './describe-value.js';
import { invalid, labelOf as label, toPath, type PathInput } from './errors.js';

/**
 * Reads a range `{ from, to }`: each end by `read`, `to` not before `from`.
 *
 * @param value - the candidate range
 * @param path - the field it came from
 * @param read - the checker of one end
 * @param before - whether the first end is before the second
 * @param show - how a message writes an end
 * @returns the range
 * @throws {ValidationError} `invalidType` for a non-object, the end checker's code, `invalidRange` when `to` is before `from`
 */
export function readRange<T>(value: unknown, path: PathInput, read: (v: unknown, p: PathInput) => T, before: (a: T, b: T) => boolean, show: (v: T) => string): { from: T; to: T } {
  const base = toPath(path);
  if (typeof value !== 'object' || value === null) {
    throw invalid('invalidType', `${label(base, 'The range')} must be an object { from, to }, got ${describeValue(value)}`, base);
  }
  const range = value as { from?: unknown; to?: unknown };
  const from = read(range.from, [...base, 'from']);
  const to = read(range.to, [...base, 'to']);
  if (before(to, from)) throw invalid('invalidRange', `${label([...base, 'to'], 'to')} (${show(to)}) is before from (${show(from)})`, [...base, 'to']);
  return { from, to };
}
