/**
 * Money helpers shared by the kpi formulas that take or return money. Only
 * these formulas import decimal.js.
 *
 * @module
 */
import { Decimal, money, type MoneyInput, type PathInput, SocialKitError } from '../../core/index.js';
import { describeValue, formatPath, invalid } from '../../core/internal.js';

/**
 * Parses a money field, checking its size and, unless `signed`, that it is not
 * negative (a cost, a spend, a revenue). The sign is checked here rather than
 * with `money`'s `nonNegative`, whose message prints the whole amount.
 *
 * @param value - a number, a decimal string or a Decimal
 * @param path - the field's name or path
 * @param signed - accept negative amounts (a margin); default false
 * @returns the amount
 * @throws {ValidationError} for a malformed, negative, huge or tiny amount
 */
export function amountArg(value: unknown, path: PathInput, signed = false): Decimal {
  // money() also refuses sizes outside MONEY_EXPONENT_RANGE, so the amount is printable.
  const amount = money(value as MoneyInput, { path });
  if (signed || !amount.isNegative()) return amount;
  throw invalid(
    'negative',
    `${formatPath(path)} must not be negative (a cost or a revenue), got ${typeof value === 'object' ? 'a negative Decimal' : describeValue(value)}`,
    path,
  );
}

/**
 * Checks that a Decimal result is finite (decimal.js overflows to Infinity
 * past an exponent of 9e15) and returns it with `-0` as `0`.
 *
 * @param value - the result
 * @param what - what was computed, for the message
 * @returns the value
 * @throws {SocialKitError} `overflow`
 */
export function finiteDecimal(value: Decimal, what: string): Decimal {
  if (!value.isFinite()) throw new SocialKitError('overflow', `${what} is too large to represent.`, { details: { what } });
  return value.isZero() ? new Decimal(0) : value;
}

/**
 * Divides an amount by a count: `null` when the count is 0.
 *
 * @param amount - the money
 * @param units - a validated count
 * @param what - what is computed, for errors
 * @returns the amount per unit, or `null`
 */
export function perUnit(amount: Decimal, units: number, what: string): Decimal | null {
  if (units === 0) return null;
  return finiteDecimal(amount.div(units), what);
}

/**
 * Converts a Decimal ratio to a JavaScript number.
 *
 * @param value - the ratio
 * @param what - what was computed, for the message
 * @returns the nearest number (`-0` as `0`)
 * @throws {SocialKitError} `overflow` when it does not fit in a number
 */
export function decimalRatio(value: Decimal, what: string): number {
  const n = value.toNumber();
  if (!Number.isFinite(n)) throw new SocialKitError('overflow', `${what} is too large to represent as a number.`, { details: { what } });
  return n === 0 ? 0 : n;
}
