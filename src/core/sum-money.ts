import { Decimal, type MoneyInput } from './decimal.js';
import { describeValue } from './describe-value.js';
import { invalid } from './errors.js';
import { money } from './money.js';

// A Decimal as an integer count of 10^-scale units (scale ≥ its decimal
// places, so toFixed writes it exactly, without rounding).
function units(value: Decimal, scale: number): bigint {
  return BigInt(value.toFixed(scale).replace('.', ''));
}

// The Decimal of `count` × 10^-scale, built from its digits (the constructor
// keeps every digit; only arithmetic rounds to the precision).
function fromUnits(count: bigint, scale: number): Decimal {
  if (count === 0n) return new Decimal(0);
  const negative = count < 0n;
  const digits = (negative ? -count : count).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  return new Decimal(negative ? `-${text}` : text);
}

/**
 * Adds two Decimals exactly, whatever the digits involved. `Decimal.plus`
 * rounds its result to 34 significant digits, and a sum of amounts as far
 * apart as 10²⁰ and 10⁻²⁰ needs 41. Sums of money in socialkit go through this function, so a total is
 * always the exact sum of its parts.
 *
 * @param a - a Decimal
 * @param b - another Decimal
 * @returns `a + b`, with every digit
 * @throws {ValidationError} when either is not a finite Decimal
 * @example
 * addExactly(new Decimal('1e20'), new Decimal('1e-20')).toString(); // '100000000000000000000.00000000000000000001'
 * new Decimal('1e20').plus('1e-20').toString(); // '100000000000000000000' (Decimal.plus rounds to 34 digits)
 */
export function addExactly(a: Decimal, b: Decimal): Decimal {
  for (const [name, v] of [['a', a], ['b', b]] as const) {
    if (!Decimal.isDecimal(v) || !v.isFinite()) throw invalid('invalidType', `${name} must be a finite Decimal, got ${describeValue(v)}`, name);
  }
  const scale = Math.max(a.decimalPlaces(), b.decimalPlaces());
  return fromUnits(units(a, scale) + units(b, scale), scale);
}

/**
 * Sums money amounts exactly: the result is the exact decimal sum of the
 * parts, digit for digit (no rounding to a precision, no float), which is
 * what a total of costs or revenues must be.
 *
 * @param amounts - numbers, decimal strings or Decimals (any iterable)
 * @returns the exact sum (0 for no amounts)
 * @throws {ValidationError} naming the index of an amount `money()` refuses, or when `amounts` is not iterable
 * @example
 * sumMoney(['0.1', 0.2, '0.3']).toString(); // '0.6'
 * sumMoney([999999999999, '1e-20']).toString(); // '999999999999.00000000000000000001'
 * sumMoney([]).toString(); // '0'
 */
export function sumMoney(amounts: Iterable<MoneyInput>): Decimal {
  if (typeof amounts !== 'object' || amounts === null || typeof (amounts as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') {
    throw invalid('invalidType', `amounts must be an array or an iterable of money amounts, got ${describeValue(amounts)}`, 'amounts');
  }
  let scale = 0;
  let total = 0n;
  let index = 0;
  for (const amount of amounts) {
    const value = money(amount, { path: ['amounts', index] });
    const dp = value.decimalPlaces();
    if (dp > scale) {
      total *= 10n ** BigInt(dp - scale);
      scale = dp;
    }
    total += units(value, scale);
    index += 1;
  }
  return fromUnits(total, scale);
}
