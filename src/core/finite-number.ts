import { describeValue } from './describe-value.js';
import { invalid, type PathInput, formatPath, toPath } from './errors.js';
import { readOptions } from './read-options.js';

/** Bounds for {@link finiteNumber}; both inclusive unless said otherwise. */
export interface FiniteNumberOptions {
  /** The smallest accepted value. */
  min?: number;
  /** The largest accepted value. */
  max?: number;
  /** When true, `min` itself is refused (the value must be strictly greater). */
  minExclusive?: boolean;
  /** When true, `max` itself is refused (the value must be strictly smaller). */
  maxExclusive?: boolean;
}

/**
 * Checks that a value is a finite number, optionally within bounds. For
 * measured quantities that are not counts: durations in seconds, rates,
 * weights. `-0` is returned as `0`.
 *
 * @param value - the value to check
 * @param path - the field it came from, named in the error
 * @param options - optional bounds
 * @returns the value, typed as a number
 * @throws {ValidationError} `notANumber`, `notFinite` or `outOfRange`, naming `path`
 * @example
 * finiteNumber(12.5, 'watchTime', { min: 0 }); // 12.5
 * finiteNumber(Number.NaN, 'watchTime'); // throws ValidationError
 */
export function finiteNumber(value: unknown, path: PathInput, options: FiniteNumberOptions = {}): number {
  const label = toPath(path).length === 0 ? 'The value' : formatPath(path);
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw invalid('notANumber', `${label} must be a number, got ${describeValue(value)}`, path);
  }
  if (!Number.isFinite(value)) {
    throw invalid('notFinite', `${label} must be a finite number, got ${describeValue(value)}`, path);
  }
  const { min, max, minExclusive = false, maxExclusive = false } = readOptions<FiniteNumberOptions>(options, 'options', ['min', 'max', 'minExclusive', 'maxExclusive']);
  for (const [key, bound] of [['min', min], ['max', max]] as const) {
    if (bound !== undefined && (typeof bound !== 'number' || Number.isNaN(bound))) {
      throw invalid('invalidType', `options.${key} must be a number, got ${describeValue(bound)}`, ['options', key]);
    }
  }
  if (min !== undefined && (minExclusive ? value <= min : value < min)) {
    throw invalid('outOfRange', `${label} must be ${minExclusive ? 'greater than' : 'at least'} ${min}, got ${describeValue(value)}`, path);
  }
  if (max !== undefined && (maxExclusive ? value >= max : value > max)) {
    throw invalid('outOfRange', `${label} must be ${maxExclusive ? 'less than' : 'at most'} ${max}, got ${describeValue(value)}`, path);
  }
  return value === 0 ? 0 : value;
}

/**
 * Checks that a value is a fraction between 0 and 1 inclusive (0.034 means 3.4 %).
 *
 * @param value - the value to check
 * @param path - the field it came from, named in the error
 * @returns the value, typed as a number
 * @throws {ValidationError} `notANumber`, `notFinite` or `outOfRange`, naming `path`
 * @example
 * fraction(0.25, 'retention'); // 0.25
 * fraction(25, 'retention'); // throws ValidationError: retention must be at most 1, got 25
 */
export function fraction(value: unknown, path: PathInput): number {
  return finiteNumber(value, path, { min: 0, max: 1 });
}
