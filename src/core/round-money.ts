import { Decimal, type MoneyInput } from './decimal.js';
import { type CurrencyOptions, currencyCode, currencyOptions, minorUnit } from './currency.js';
import { money } from './money.js';
import { readOptions } from './read-options.js';

/** Options for {@link roundMoney}. */
export interface RoundMoneyOptions extends CurrencyOptions {
  /** The ISO 4217 code whose minor unit applies, such as `'EUR'` (required). */
  currency: string;
}

/**
 * Rounds an amount to its currency's minor unit with socialkit's money
 * rounding rule: half to even (banker's rounding), so 0.125 EUR becomes 0.12
 * and 0.135 EUR becomes 0.14, and repeated rounding carries no upward bias.
 *
 * @param amount - the amount (number, decimal string or Decimal)
 * @param options - `currency` (the ISO 4217 code whose minor unit applies, required) and extra minor units
 * @returns the rounded amount
 * @throws {ValidationError} for a malformed amount, a missing or unknown currency
 * @example
 * roundMoney('0.125', { currency: 'EUR' }).toString(); // '0.12'
 * roundMoney('0.135', { currency: 'EUR' }).toString(); // '0.14'
 * roundMoney('1234.5', { currency: 'JPY' }).toString(); // '1234'
 */
export function roundMoney(amount: MoneyInput, options: RoundMoneyOptions): Decimal {
  const o = readOptions<RoundMoneyOptions>(currencyOptions(options, 'roundMoney'), 'options', ['currency', 'minorUnits']);
  const code = currencyCode(o.currency, ['options', 'currency'], { minorUnits: o.minorUnits });
  const value = money(amount, { path: 'amount' });
  const rounded = value.toDecimalPlaces(minorUnit(code, { minorUnits: o.minorUnits }), Decimal.ROUND_HALF_EVEN);
  return rounded.isZero() ? new Decimal(0) : rounded;
}
