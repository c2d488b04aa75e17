import { type MoneyInput, type Ratio, ratio } from '../core/index.js';
import { finiteNumber } from '../core/internal.js';
import { formulaArgs } from './internal/args.js';
import { amountArg, decimalRatio } from './internal/money-args.js';

/**
 * Return on investment (ROI): the profit made per unit of money invested,
 * where `cost` is everything the result cost (ad spend, production, fees,
 * cost of goods). Compare {@link roas}, which divides revenue, not profit, by
 * the ad spend alone: a campaign can have a ROAS of 5 and a negative ROI.
 *
 * Formula: (revenue − cost) / cost, computed exactly then converted to a
 * number. Unit: a fraction (0.67 = 67 % profit on the money put in; −1 is a
 * total loss).
 * Source: https://metrickittools.com/guides/roi-guide ("ROI = (revenue − total cost) / total cost")
 *
 * @param input - `revenue` and `cost` (money, ≥ 0, same currency)
 * @returns the ROI, or `null` when cost is 0
 * @throws {ValidationError} for a malformed or negative amount
 * @throws {SocialKitError} `overflow` when the result does not fit in a number
 * @example
 * roi({ revenue: 5000, cost: 3000 }); // 0.6666666666666666
 * roi({ revenue: 0, cost: 100 }); // -1
 */
export function roi(input: { revenue: MoneyInput; cost: MoneyInput }): Ratio {
  const args = formulaArgs(input, 'roi({ revenue, cost })', ['revenue', 'cost']);
  const revenue = amountArg(args.revenue, 'revenue');
  const cost = amountArg(args.cost, 'cost');
  if (cost.isZero()) return null;
  return decimalRatio(revenue.minus(cost).div(cost), 'roi');
}

/**
 * Return on ad spend (ROAS): revenue earned per unit of ad spend. It says
 * nothing about profit: compare it with {@link breakEvenRoas} (or use
 * {@link roi} with every cost) before calling a campaign profitable.
 *
 * Formula: revenue / adSpend. Unit: a multiple (5 means 5 of revenue per 1 spent; often written 500 % or 5:1).
 * Source: https://metrickittools.com/guides/roi-guide ("ROAS = revenue / ad spend")
 *
 * @param input - `revenue` attributed to the ads and `adSpend` (money, ≥ 0, same currency)
 * @returns the ROAS, or `null` when adSpend is 0
 * @throws {ValidationError} for a malformed or negative amount
 * @throws {SocialKitError} `overflow` when the result does not fit in a number
 * @example
 * roas({ revenue: 5000, adSpend: 1000 }); // 5
 */
export function roas(input: { revenue: MoneyInput; adSpend: MoneyInput }): Ratio {
  const args = formulaArgs(input, 'roas({ revenue, adSpend })', ['revenue', 'adSpend']);
  const revenue = amountArg(args.revenue, 'revenue');
  const adSpend = amountArg(args.adSpend, 'adSpend');
  if (adSpend.isZero()) return null;
  return decimalRatio(revenue.div(adSpend), 'roas');
}

/**
 * Break-even ROAS: the ROAS at which the gross margin on ad-driven sales just
 * pays for the ads. Below it, every sale the ads bring loses money.
 *
 * Formula: 1 / grossMargin, where grossMargin = (price − variable costs) /
 * price as a fraction. Unit: a multiple, like {@link roas}.
 * Source: https://roas-calculator.org/guides/break-even-roas-formula ("Break-even ROAS = 1 ÷ Profit Margin")
 *
 * @param input - `grossMargin`, a fraction ≤ 1 (0.25 for 25 %)
 * @returns the break-even ROAS, or `null` when the margin is ≤ 0 (no ROAS breaks even)
 * @throws {ValidationError} when grossMargin is not a finite number ≤ 1
 * @throws {SocialKitError} `overflow` for a margin so small that its inverse does not fit in a number
 * @example
 * breakEvenRoas({ grossMargin: 0.25 }); // 4
 * breakEvenRoas({ grossMargin: 0 }); // null
 */
export function breakEvenRoas(input: { grossMargin: number }): Ratio {
  const args = formulaArgs(input, 'breakEvenRoas({ grossMargin })', ['grossMargin']);
  const margin = finiteNumber(args.grossMargin, 'grossMargin', { max: 1 });
  return margin <= 0 ? null : ratio(1, margin);
}
