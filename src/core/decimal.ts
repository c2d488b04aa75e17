import { Decimal as DecimalJs } from 'decimal.js';

/**
 * socialkit's own Decimal constructor: a `Decimal.clone()` of decimal.js with
 * 34 significant digits (IEEE 754 decimal128), `ROUND_HALF_EVEN` (banker's
 * rounding), and plain notation at every magnitude, so `toString()` and
 * `toJSON()` never print an exponent. It never reads or changes the caller's
 * global `Decimal` settings. Any decimal.js `Decimal` the caller passes in is
 * accepted wherever money is (recognised with `Decimal.isDecimal`).
 *
 * Money-valued results are instances of this class; `JSON.stringify` turns
 * them into decimal strings such as `"12.345"`, which every socialkit schema
 * parses back without loss.
 *
 * @example
 * new Decimal('0.1').plus('0.2').toString(); // '0.3'
 * JSON.stringify({ cost: new Decimal('1e-9') }); // '{"cost":"0.000000001"}'
 */
export const Decimal: typeof DecimalJs = DecimalJs.clone({
  defaults: true,
  precision: 34,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** An instance of {@link Decimal} (or of any decimal.js `Decimal`). */
export type Decimal = DecimalJs;

/**
 * What a function accepts where money is expected: a JavaScript number (read
 * through its shortest decimal form, so `0.1` is exactly 0.1), a decimal
 * string (`'12.34'`, `'-0.5'`, `'1e3'`), or any decimal.js `Decimal`.
 */
export type MoneyInput = number | string | Decimal;
