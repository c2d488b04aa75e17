import { Decimal, type MoneyInput } from './decimal.js';
import { type CurrencyOptions, minorUnit } from './currency.js';
import { money } from './money.js';
import { readOptions } from './read-options.js';

/**
 * Rounds an amount to its currency's minor unit with socialkit's money
 * rounding rule: half to even (banker's rounding), so 0.125 EUR becomes 0.12
 * and 0.135 EUR becomes 0.14, and repeated rounding carries no upward bias.
 *
 * @param amount - the amount (number, decimal string or Decimal)
 * @param currency - the ISO 4217 code whose minor unit applies
 * @param options - extra minor units
 * @returns the rounded amount
 * @throws {ValidationError} for a malformed amount or an unknown currency
 * @example
 * roundMoney('0.125', 'EUR').toString(); // '0.12'
 * roundMoney('0.135', 'EUR').toString(); // '0.14'
 * roundMoney('1234.5', 'JPY').toString(); // '1234'
 */
export function roundMoney(amount: MoneyInput, currency: string, options: CurrencyOptions = {}): Decimal {
  readOptions<CurrencyOptions>(options, 'options', ['minorUnits']);
  const value = money(amount, { path: 'amount' });
  const rounded = value.toDecimalPlaces(minorUnit(currency, options), Decimal.ROUND_HALF_EVEN);
  return rounded.isZero() ? new Decimal(0) : rounded;
}
