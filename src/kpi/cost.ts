import { type Decimal, type MoneyInput } from '../core/index.js';
import { count } from '../core/internal.js';
import { formulaArgs } from './internal/args.js';
import { amountArg, finiteDecimal, perUnit } from './internal/money-args.js';

/**
 * Cost per click (CPC): what one click cost on average.
 *
 * Formula: cost / clicks. Unit: money per click, in the cost's currency; the
 * result is exact to 34 significant digits and not rounded (round it for
 * display with `roundMoney`).
 * Source: Google Ads API, "average_cpc: the total cost of all clicks divided by the total number of clicks",
 * https://developers.google.com/google-ads/api/reference/rpc/v23/RateMetrics
 *
 * @param input - `cost` (money spent, ≥ 0) and `clicks`
 * @returns the cost per click, or `null` when clicks is 0
 * @throws {ValidationError} for a malformed or negative cost, or a count that is not a whole number ≥ 0
 * @example
 * cpc({ cost: 200, clicks: 100 }).toString(); // '2'
 * cpc({ cost: '10', clicks: 3 }).toString(); // '3.333333333333333333333333333333333'
 */
export function cpc(input: { cost: MoneyInput; clicks: number }): Decimal | null {
  const args = formulaArgs(input, 'cpc({ cost, clicks })', ['cost', 'clicks']);
  return perUnit(amountArg(args.cost, 'cost'), count(args.clicks, 'clicks'), 'cpc');
}

/**
 * Cost per mille (CPM): what a thousand impressions cost.
 *
 * Formula: 1000 × cost / impressions. Unit: money per 1,000 impressions.
 * Source: Meta, "CPM measures the total amount spent on an ad campaign, divided by impressions, multiplied by 1,000
 * (if you spent $50 and got 10,000 impressions, your CPM was $5)", Meta's definition as quoted in
 * https://prediqmedia.com/is-advertising-on-facebook-right-for-your-brand/
 *
 * @param input - `cost` (≥ 0) and `impressions`
 * @returns the cost per thousand impressions, or `null` when impressions is 0
 * @throws {ValidationError} for a malformed or negative cost, or a count that is not a whole number ≥ 0
 * @example
 * cpm({ cost: 50, impressions: 10000 }).toString(); // '5'
 */
export function cpm(input: { cost: MoneyInput; impressions: number }): Decimal | null {
  const args = formulaArgs(input, 'cpm({ cost, impressions })', ['cost', 'impressions']);
  const cost = amountArg(args.cost, 'cost');
  const impressions = count(args.impressions, 'impressions');
  return perUnit(finiteDecimal(cost.times(1000), 'cpm'), impressions, 'cpm');
}

/**
 * Cost per acquisition (CPA, cost per conversion).
 *
 * Formula: cost / conversions. Unit: money per conversion.
 * Source: https://theprimecalculator.com/business/cost-per-acquisition-calculator/formula
 *
 * @param input - `cost` (≥ 0) and `conversions`
 * @returns the cost per conversion, or `null` when conversions is 0
 * @throws {ValidationError} for a malformed or negative cost, or a count that is not a whole number ≥ 0
 * @example
 * cpa({ cost: 15000, conversions: 60 }).toString(); // '250'
 */
export function cpa(input: { cost: MoneyInput; conversions: number }): Decimal | null {
  const args = formulaArgs(input, 'cpa({ cost, conversions })', ['cost', 'conversions']);
  return perUnit(amountArg(args.cost, 'cost'), count(args.conversions, 'conversions'), 'cpa');
}

/**
 * Cost per lead (CPL).
 *
 * Formula: cost / leads. Unit: money per lead.
 * Source: https://seeresponse.com/marketing-glossary/cost-per-lead/
 *
 * @param input - `cost` (≥ 0) and `leads`
 * @returns the cost per lead, or `null` when leads is 0
 * @throws {ValidationError} for a malformed or negative cost, or a count that is not a whole number ≥ 0
 * @example
 * cpl({ cost: 500, leads: 50 }).toString(); // '10'
 */
export function cpl(input: { cost: MoneyInput; leads: number }): Decimal | null {
  const args = formulaArgs(input, 'cpl({ cost, leads })', ['cost', 'leads']);
  return perUnit(amountArg(args.cost, 'cost'), count(args.leads, 'leads'), 'cpl');
}

/**
 * Cost per engagement (CPE).
 *
 * Formula: cost / engagements. Unit: money per engagement.
 * Source: Google Ads API, "average_cpe: the total cost of all ad engagements divided by the total number of ad engagements",
 * https://developers.google.com/google-ads/api/reference/rpc/v23/RateMetrics
 *
 * @param input - `cost` (≥ 0) and `engagements`
 * @returns the cost per engagement, or `null` when engagements is 0
 * @throws {ValidationError} for a malformed or negative cost, or a count that is not a whole number ≥ 0
 * @example
 * cpe({ cost: 700, engagements: 1400 }).toString(); // '0.5'
 */
export function cpe(input: { cost: MoneyInput; engagements: number }): Decimal | null {
  const args = formulaArgs(input, 'cpe({ cost, engagements })', ['cost', 'engagements']);
  return perUnit(amountArg(args.cost, 'cost'), count(args.engagements, 'engagements'), 'cpe');
}

/**
 * Cost per view (CPV) of a video.
 *
 * Formula: cost / views. Unit: money per view (what counts as a view is the
 * platform's rule: 30 s or the whole ad on YouTube).
 * Source: Google Ads API, "average_cpv: the total cost of all ad views divided by the number of views",
 * https://developers.google.com/google-ads/api/reference/rpc/v23/RateMetrics
 *
 * @param input - `cost` (≥ 0) and `views`
 * @returns the cost per view, or `null` when views is 0
 * @throws {ValidationError} for a malformed or negative cost, or a count that is not a whole number ≥ 0
 * @example
 * cpv({ cost: 1500, views: 3000 }).toString(); // '0.5'
 */
export function cpv(input: { cost: MoneyInput; views: number }): Decimal | null {
  const args = formulaArgs(input, 'cpv({ cost, views })', ['cost', 'views']);
  return perUnit(amountArg(args.cost, 'cost'), count(args.views, 'views'), 'cpv');
}
