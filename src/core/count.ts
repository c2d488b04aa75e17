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
 * count(-1, 'reach'); // throws ValidationError: reach must not be negative, got -1
 */
export function count(value: unknown, path: PathInput): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw invalid('notANumber', `${name(path)} must be a count (a whole number ≥ 0), got ${describeValue(value)}`, path);
  }
  if (!Number.isFinite(value)) {
    throw invalid('notFinite', `${name(path)} must be a finite count, got ${describeValue(value)}`, path);
  }
  if (value < 0) {
    throw invalid('negative', `${name(path)} must not be negative, got ${describeValue(value)}`, path);
  }
  if (!Number.isSafeInteger(value)) {
    throw invalid(
      'notInteger',
      `${name(path)} must be a whole number no larger than ${Number.MAX_SAFE_INTEGER}, got ${describeValue(value)}`,
      path,
    );
  }
  return value;
}

function name(path: PathInput): string {
  return toPath(path).length === 0 ? 'The value' : formatPath(path);
}
