import { Decimal, type MoneyInput } from './decimal.js';
import { describeValue } from './describe-value.js';
import { invalid, type PathInput, formatPath, toPath } from './errors.js';
import { readOptions } from './read-options.js';

/**
 * A decimal number as a string: an optional sign, digits with an optional
 * dot, and an optional exponent. No thousands separators, no comma decimal
 * mark, no hexadecimal, no surrounding spaces. Every quantifier consumes a
 * distinct character class in sequence, so matching is linear in the length.
 *
 * @example
 * DECIMAL_STRING_PATTERN.test('-12.50'); // true
 * DECIMAL_STRING_PATTERN.test('12,50'); // false
 */
export const DECIMAL_STRING_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The sizes money may have: a non-zero amount is at least 10⁻²⁰ and below
 * 10³⁰ in absolute value (`e` is decimal.js's exponent, from -20 to 29). Any
 * real budget, cost or unit price fits; the bound keeps every amount
 * printable, because socialkit's Decimal prints plain digits at every size
 * and `'1e999999999'` would otherwise print as a billion characters.
 *
 * @example
 * MONEY_EXPONENT_RANGE.max; // 29
 */
export const MONEY_EXPONENT_RANGE = Object.freeze({ min: -20, max: 29 });

/** Options for {@link money}. */
export interface MoneyOptions {
  /** The field the amount came from, named in errors. */
  path?: PathInput;
  /** Refuse amounts below zero (a cost, a budget). Default `false`. */
  nonNegative?: boolean;
}

/**
 * Parses a money amount into socialkit's {@link Decimal}, exactly.
 *
 * Numbers are read through their shortest round-trip decimal form (`0.1` is
 * 0.1, not 0.1000000000000000055…); strings must be plain decimals; any
 * decimal.js `Decimal` is copied. `-0` becomes `0`.
 *
 * @param value - a number, a decimal string or a Decimal
 * @param options - the field's path, and whether negatives are refused
 * @returns the amount as a Decimal
 * @throws {ValidationError} `notANumber` (NaN or a non-money type), `notFinite`,
 *   `invalidFormat` (a malformed string, with a hint), `outOfRange` (outside
 *   {@link MONEY_EXPONENT_RANGE}) or `negative`
 * @example
 * money('19.99').toString(); // '19.99'
 * money(0.1).plus(0.2).toString(); // '0.3'
 * money('1,5'); // throws ValidationError: use a dot as the decimal mark
 */
export function money(value: MoneyInput, options: MoneyOptions = {}): Decimal {
  const { path = [], nonNegative = false } = readOptions<MoneyOptions>(options, 'options', ['path', 'nonNegative']);
  const label = toPath(path).length === 0 ? 'The amount' : formatPath(path);
  let result: Decimal;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw invalid('notANumber', `${label} must be a money amount, got NaN`, path);
    if (!Number.isFinite(value)) throw invalid('notFinite', `${label} must be a finite money amount, got ${describeValue(value)}`, path);
    result = new Decimal(value);
  } else if (typeof value === 'string') {
    if (!DECIMAL_STRING_PATTERN.test(value)) {
      const hint = /^\s*[+-]?\d+,\d+\s*$/.test(value)
        ? ': use a dot as the decimal mark (12.5, not 12,5)'
        : /\s/.test(value)
          ? ': remove spaces and thousands separators'
          : ': write a plain decimal such as "12.34"';
      throw invalid('invalidFormat', `${label} is not a decimal number, got ${describeValue(value)}${hint}`, path);
    }
    result = new Decimal(value);
    if (!result.isFinite()) throw invalid('notFinite', `${label} is too large to represent, got ${describeValue(value)}`, path);
  } else if (Decimal.isDecimal(value)) {
    if (value.isNaN()) throw invalid('notANumber', `${label} must be a money amount, got a NaN Decimal`, path);
    if (!value.isFinite()) throw invalid('notFinite', `${label} must be a finite money amount, got an infinite Decimal`, path);
    result = new Decimal(value);
  } else {
    throw invalid(
      'notANumber',
      `${label} must be a money amount (a number, a decimal string or a Decimal), got ${describeValue(value)}`,
      path,
    );
  }
  if (result.isZero()) return new Decimal(0);
  if (result.e > MONEY_EXPONENT_RANGE.max || result.e < MONEY_EXPONENT_RANGE.min) {
    const shown = typeof value === 'object' ? 'a Decimal of that size' : describeValue(value);
    throw invalid('outOfRange', `${label} must be 0 or between 1e-20 and 1e30 in size, got ${shown}`, path);
  }
  if (nonNegative && result.isNegative()) {
    throw invalid('negative', `${label} must not be negative, got ${result.toString()}`, path);
  }
  return result;
}

/**
 * Tells whether a value is something {@link money} accepts, without throwing.
 *
 * @param value - anything
 * @returns true when `money(value)` would succeed
 * @example
 * isMoneyInput('12.50'); // true
 * isMoneyInput('12,50'); // false
 */
export function isMoneyInput(value: unknown): value is MoneyInput {
  try {
    money(value as MoneyInput);
    return true;
  } catch {
    return false;
  }
}
