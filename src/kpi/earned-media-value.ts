import { type Decimal, type MoneyInput } from '../core/index.js';
import { count } from '../core/internal.js';
import { formulaArgs } from './internal/args.js';
import { amountArg, finiteDecimal } from './internal/money-args.js';

/**
 * Earned media value (EMV): what the impressions of unpaid coverage
 * (influencer posts, shares, press) would have cost as paid media at a given
 * CPM.
 *
 * Contested: it is the old advertising value equivalent (AVE) under a new
 * name. The Barcelona Principles of the measurement industry (AMEC, 2010;
 * 3.0 in 2020, principle 5) state that AVEs are not the value of
 * communication: the number depends entirely on the CPM you pick, counts a
 * hostile mention like a favourable one, and measures cost avoided, not any
 * outcome. Report it, if you must, next to outcome metrics and with its CPM.
 *
 * Formula: impressions × cpm / 1000. Unit: money, in the CPM's currency.
 * Sources: https://www.truleado.com/resources/blog/what-is-earned-media-value ("8,000,000 x (9 / 1,000) = $72,000");
 * https://www.retrievergroup.com/blog/advertising-value-equivalents-are-not-the-value-of-communication
 *
 * @param input - earned `impressions` and the `cpm` (money per 1,000 impressions, ≥ 0) used as the price
 * @returns the value (never `null`: the divisor is the constant 1,000)
 * @throws {ValidationError} for a malformed or negative CPM, or impressions that are not a whole number ≥ 0
 * @example
 * earnedMediaValue({ impressions: 8000000, cpm: 9 }).toString(); // '72000'
 */
export function earnedMediaValue(input: { impressions: number; cpm: MoneyInput }): Decimal {
  const args = formulaArgs(input, 'earnedMediaValue({ impressions, cpm })', ['impressions', 'cpm']);
  const impressions = count(args.impressions, 'impressions');
  const cpm = amountArg(args.cpm, 'cpm');
  return finiteDecimal(cpm.times(impressions).div(1000), 'earnedMediaValue');
}
