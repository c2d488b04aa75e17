import { Decimal, type MoneyInput, type Ratio } from '../core/index.js';
import { count, finiteNumber, fraction } from '../core/internal.js';
import { formulaArgs, oneOf } from './internal/args.js';
import { amountArg, decimalRatio, finiteDecimal, perUnit } from './internal/money-args.js';

/**
 * Customer acquisition cost (CAC): what winning one new customer cost.
 *
 * Formula: spend / newCustomers, where spend is the sales and marketing spend
 * of the period. Unit: money per customer.
 * Source: https://openmeter.io/docs/glossary/customer-acquisition-cost ("$15,000 / 30 = $500 per customer")
 *
 * @param input - `spend` (money, ≥ 0) and `newCustomers` won in the same period
 * @returns the CAC, or `null` when there was no new customer
 * @throws {ValidationError} for a malformed or negative spend, or a count that is not a whole number ≥ 0
 * @example
 * cac({ spend: 15000, newCustomers: 30 }).toString(); // '500'
 */
export function cac(input: { spend: MoneyInput; newCustomers: number }): Decimal | null {
  const args = formulaArgs(input, 'cac({ spend, newCustomers })', ['spend', 'newCustomers']);
  return perUnit(amountArg(args.spend, 'spend'), count(args.newCustomers, 'newCustomers'), 'cac');
}

/** When in each period the margin is received: at its `'end'` (the default) or at its `'start'`. */
export type ClvTiming = 'end' | 'start';

/**
 * The accepted {@link ClvTiming} values.
 *
 * @example
 * CLV_TIMINGS; // ['end', 'start']
 */
export const CLV_TIMINGS = Object.freeze(['end', 'start'] as const);

/** The argument of {@link customerLifetimeValue}. */
export interface CustomerLifetimeValueInput {
  /** The margin a retained customer brings per period (money; may be negative). */
  marginPerPeriod: MoneyInput;
  /** The share of customers kept from one period to the next, a fraction from 0 to 1. */
  retention: number;
  /** The discount rate per period, a fraction ≥ 0 (0.01 = 1 % a month). */
  discountRate: number;
  /** When the margin arrives in each period; default `'end'`. */
  timing?: ClvTiming;
}

/**
 * Customer lifetime value (CLV) with constant margin, retention and discount
 * rate over an infinite horizon: the present value of the margins a newly
 * acquired customer will bring.
 *
 * Formulas (m margin per period, r retention, d discount rate):
 * - `timing: 'end'` (default): m · r / (1 + d − r). The first margin arrives
 *   at the end of the first period, and only if the customer is retained
 *   (Gupta & Lehmann's "margin multiple" r / (1 + d − r)).
 * - `timing: 'start'`: m · (1 + d) / (1 + d − r). A margin arrives at once,
 *   then one at the start of each later period (Farris et al., Marketing
 *   Metrics; the form the UVA Darden course uses).
 *
 * Unit: money. Exact to 34 significant digits, not rounded.
 * Sources: Gupta, Lehmann & Stuart, "Valuing Customers", Journal of Marketing Research 41 (2004);
 * https://ja.coursera.org/lecture/uva-darden-market-analytics/applying-the-clv-formula-netflix-HQUmM
 *
 * @param input - `{ marginPerPeriod, retention, discountRate, timing }`
 * @returns the CLV, or `null` when it is unbounded (retention 1 with a discount rate of 0, or so small that
 *   1 + d − r is 0 at 34 significant digits)
 * @throws {ValidationError} for a malformed margin (or one beyond 10³⁰), a retention outside [0, 1], a negative discount rate or an unknown timing
 * @throws {SocialKitError} `overflow` when the result is too large to represent
 * @example
 * customerLifetimeValue({ marginPerPeriod: '18.95', retention: 0.788, discountRate: 0.01 }).toFixed(4); // '67.2640'
 * customerLifetimeValue({ marginPerPeriod: '17.95', retention: 0.995, discountRate: 0.01, timing: 'start' }).toFixed(2); // '1208.63'
 */
export function customerLifetimeValue(input: CustomerLifetimeValueInput): Decimal | null {
  const args = formulaArgs(input, 'customerLifetimeValue({ marginPerPeriod, retention, discountRate, timing })', ['marginPerPeriod', 'retention', 'discountRate']);
  const margin = amountArg(args.marginPerPeriod, 'marginPerPeriod', true);
  const retention = new Decimal(fraction(args.retention, 'retention'));
  const discount = new Decimal(finiteNumber(args.discountRate, 'discountRate', { min: 0 }));
  const timing = args.timing === undefined ? 'end' : oneOf(args.timing, CLV_TIMINGS, 'timing');
  const onePlusD = discount.plus(1);
  const denominator = onePlusD.minus(retention);
  if (denominator.isZero()) return null;
  const multiple = timing === 'end' ? retention.div(denominator) : onePlusD.div(denominator);
  return finiteDecimal(margin.times(multiple), 'customerLifetimeValue');
}

/**
 * CAC payback period: how many periods of gross profit it takes to earn back
 * what a customer cost to acquire.
 *
 * Formula: cac / (revenuePerPeriod × grossMargin). Unit: periods (months
 * when the revenue is monthly), fractional.
 * Source: https://theprimecalculator.com/business/cac-payback-period-calculator/formula ("$600 / ($100 × 75%) = 8 months")
 *
 * @param input - `cac` (money, ≥ 0), `revenuePerPeriod` per customer (money, ≥ 0) and `grossMargin` (a fraction ≤ 1)
 * @returns the number of periods; 0 when cac is 0; `null` when it never pays back (no positive gross profit per period)
 * @throws {ValidationError} for a malformed or negative amount, or a margin that is not a finite number ≤ 1
 * @throws {SocialKitError} `overflow` when the result does not fit in a number
 * @example
 * paybackPeriod({ cac: 600, revenuePerPeriod: 100, grossMargin: 0.75 }); // 8
 * paybackPeriod({ cac: 600, revenuePerPeriod: 100, grossMargin: 0 }); // null
 */
export function paybackPeriod(input: { cac: MoneyInput; revenuePerPeriod: MoneyInput; grossMargin: number }): Ratio {
  const args = formulaArgs(input, 'paybackPeriod({ cac, revenuePerPeriod, grossMargin })', ['cac', 'revenuePerPeriod', 'grossMargin']);
  const cost = amountArg(args.cac, 'cac');
  const revenue = amountArg(args.revenuePerPeriod, 'revenuePerPeriod');
  const margin = finiteNumber(args.grossMargin, 'grossMargin', { max: 1 });
  if (cost.isZero()) return 0;
  const profit = revenue.times(margin);
  if (profit.lte(0)) return null;
  return decimalRatio(cost.div(profit), 'paybackPeriod');
}
