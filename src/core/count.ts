import { describeValue } from './describe-value.js';
import { invalid, type PathInput, formatPath, toPath } from './errors.js';

/**
 * Checks that a value is a count: a non-negative safe integer (0, 1, 2, …
 * up to `Number.MAX_SAFE_INTEGER`). Every formula runs its counts through it.
 *
 * @param value - the value to check
 * @param path - the field it came from, named in the error
 * @returns the value, typed as a number
 * @throws {ValidationError} `notANumber`, `notFinite`, `negative` or `notInteger`, naming `path`
 * @example
 * count(120, 'engagements'); // 120
 * count(-1, 'reach'); // throws ValidationError: reach must be a count (a whole number from 0 to 9007199254740991), got -1
 */
export function count(value: unknown, path: PathInput): number {
  if (typeof value === 'number' && value >= 0 && Number.isSafeInteger(value)) return value;
  const code =
    typeof value !== 'number' || Number.isNaN(value) ? 'notANumber' : !Number.isFinite(value) ? 'notFinite' : value < 0 ? 'negative' : 'notInteger';
  const label = toPath(path).length === 0 ? 'The value' : formatPath(path);
  throw invalid(code, `${label} must be a count (a whole number from 0 to ${Number.MAX_SAFE_INTEGER}), got ${describeValue(value)}`, path);
}
