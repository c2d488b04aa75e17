import { Decimal } from '../core/index.js';
import { describeValue, finiteNumber, invalid, objectArgument, parseDay, readOptions } from '../core/internal.js';
import { delayedAdstock, geometricAdstock, weibullAdstock } from './adstock.js';
import { parseMediaPlan, type MediaPlanInput } from './media-plan.js';
import { parseResponseCurve, type CurveOutcome, type ResponseCurve, type ResponseCurveInput } from './response-curve.js';

/** The carryover applied to each line's spend series in {@link forecastMediaPlan}. */
export type ForecastAdstock =
  | { kind: 'none' }
  | { kind: 'geometric'; theta: number; normalize?: boolean }
  | { kind: 'delayed'; alpha: number; theta: number; maxLag?: number; normalize?: boolean }
  | { kind: 'weibull'; shape: number; scale: number; type?: 'cdf' | 'pdf' };

/** Options for {@link forecastMediaPlan}. */
export interface ForecastMediaPlanOptions {
  /** Carryover of spend between periods (default none). Normalize it (or use a Weibull / delayed form) so that the curves see one period's spend. */
  adstock?: ForecastAdstock;
  /** The days of one curve period (default 7: the curves read a week's spend). */
  periodDays?: number;
}

/** A low / high pair from the curves' `low` and `high` params; `null` when no curve carries them. */
export interface ForecastRange {
  /** The outcome with the curves' `low` params. */
  low: number;
  /** The outcome with the curves' `high` params. */
  high: number;
}

/** One line item's forecast. */
export interface LineItemForecast {
  /** The line item's id. */
  id: string;
  /** Its planned spend. */
  spend: Decimal;
  /** What its curve counts. */
  outcome: CurveOutcome;
  /** The expected outcome over the plan (revenue in major units, or conversions). */
  expected: number;
  /** The low / high outcome, when its curve carries `low` and `high` params. */
  range: ForecastRange | null;
  /** revenue ÷ spend (revenue curves), else `null`. */
  roas: number | null;
  /** spend ÷ conversions (conversion curves), else `null`. */
  cpa: number | null;
  /** (revenue − spend) ÷ spend (revenue curves), else `null`. */
  roi: number | null;
  /** The spend of each curve period, in major units, before adstock. */
  periodSpend: number[];
}

/** The result of {@link forecastMediaPlan}. */
export interface MediaPlanForecast {
  /** One forecast per line item, in the plan's order. */
  lineItems: LineItemForecast[];
  /** The planned spend of every line. */
  spend: Decimal;
  /** The expected revenue of the revenue lines (major units). */
  revenue: number;
  /** The expected conversions of the conversion lines. */
  conversions: number;
  /** The revenue's low / high range, when a revenue curve carries one. */
  revenueRange: ForecastRange | null;
  /** The conversions' low / high range, when a conversion curve carries one. */
  conversionsRange: ForecastRange | null;
  /** Revenue ÷ the revenue lines' spend; `null` without revenue lines. */
  roas: number | null;
  /** The conversion lines' spend ÷ conversions; `null` without conversions. */
  cpa: number | null;
  /** (revenue − spend) ÷ spend over the revenue lines; `null` without them. */
  roi: number | null;
  /** How many curve periods the plan spans (the last may be shorter, its curve input scaled to a full period's rate). */
  periods: number;
}

/**
 * Forecasts a media plan's outcome: each line's planned spend is spread
 * over the days of the flights by their weights (evenly over the period
 * without flights), summed into curve periods of `periodDays` from the
 * period's first day, carried over by the adstock, and read on the line's
 * curve period by period. ROAS = revenue ÷ spend, CPA = spend ÷
 * conversions, ROI = (revenue − spend) ÷ spend, for the lines with that
 * outcome and in total. A curve with `low` and `high` params gives a range.
 *
 * @param mediaPlan - a media plan ({@link MediaPlanSchema})
 * @param curves - one response curve per line item id
 * @param options - `{ adstock?, periodDays? }`
 * @returns the forecast by line item and in total
 * @throws {ValidationError} for a malformed plan or curve, or a line item without a curve (`missingField`)
 * @example
 * const f = forecastMediaPlan(
 *   { id: 'q1', currency: 'EUR', total: 1400, period: { from: '2027-01-04', to: '2027-01-17' }, lineItems: [{ id: 'ig', platform: 'instagram', objective: 'conversion', pricingModel: 'cpc', plannedSpend: 1400 }] },
 *   { ig: { kind: 'michaelisMenten', params: { beta: 2100, kappa: 700 } } },
 * );
 * f.revenue; // 2100
 * f.roas; // 1.5
 */
export function forecastMediaPlan(mediaPlan: MediaPlanInput, curves: Readonly<Record<string, ResponseCurve | ResponseCurveInput>>, options?: ForecastMediaPlanOptions): MediaPlanForecast {
  const plan = parseMediaPlan(mediaPlan);
  const c = objectArgument(curves, 'curves');
  const o = readOptions<ForecastMediaPlanOptions>(options, 'options', ['adstock', 'periodDays']);
  const periodDays = o.periodDays === undefined ? 7 : finiteNumber(o.periodDays, ['options', 'periodDays'], { min: 1, max: 366 });
  if (!Number.isInteger(periodDays)) throw invalid('notInteger', `options.periodDays must be a whole number of days, got ${periodDays}`, ['options', 'periodDays']);
  const adstock = readAdstock(o.adstock);
  const first = parseDay(plan.period.from);
  const days = parseDay(plan.period.to) - first + 1;
  if (days > 3660) throw invalid('rangeTooLong', 'The plan\'s period spans more than ten years', ['mediaPlan', 'period']);
  // Each day's share of the plan's spend.
  const share = new Array<number>(days).fill(0);
  if (plan.flights.length === 0) share.fill(1 / days);
  else {
    for (const f of plan.flights) {
      const a = Math.max(0, parseDay(f.from) - first);
      const b = Math.min(days - 1, parseDay(f.to) - first);
      const len = parseDay(f.to) - parseDay(f.from) + 1;
      for (let d = a; d <= b; d += 1) share[d] = (share[d] as number) + f.weight / len;
    }
  }
  const periods = Math.ceil(days / periodDays);
  const lastLength = days - (periods - 1) * periodDays;
  const lineItems: LineItemForecast[] = plan.lineItems.map((item) => {
    if (!Object.hasOwn(c, item.id)) throw invalid('missingField', `curves has no curve for line item '${item.id}': give one per line item id`, ['curves', item.id]);
    const curve = parseResponseCurve(c[item.id]);
    const spend = item.plannedSpend.toNumber();
    const periodSpend = new Array<number>(periods).fill(0);
    for (let d = 0; d < days; d += 1) {
      const p = Math.floor(d / periodDays);
      periodSpend[p] = (periodSpend[p] as number) + spend * (share[d] as number);
    }
    const carried = applyAdstock(periodSpend, adstock);
    // A short last period: the curve reads the spend at a full period's rate, scaled back to its days.
    const read = (k: ResponseCurve['params'] | undefined): number => {
      const cv = k === undefined ? curve : parseResponseCurve({ kind: curve.kind, params: k, outcome: curve.outcome });
      return carried.reduce((s, x, p) => {
        const frac = p === periods - 1 ? lastLength / periodDays : 1;
        return s + cv.value(x / frac) * frac;
      }, 0);
    };
    const expected = read(undefined);
    const range = curve.low !== undefined && curve.high !== undefined ? orderRange(read(curve.low), read(curve.high)) : null;
    const revenue = curve.outcome === 'revenue';
    return {
      id: item.id,
      spend: item.plannedSpend,
      outcome: curve.outcome,
      expected,
      range,
      roas: revenue && spend > 0 ? expected / spend : null,
      cpa: !revenue && expected > 0 ? spend / expected : null,
      roi: revenue && spend > 0 ? (expected - spend) / spend : null,
      periodSpend,
    };
  });
  const sum = (xs: readonly LineItemForecast[], f: (l: LineItemForecast) => number): number => xs.reduce((s, l) => s + f(l), 0);
  const revenueLines = lineItems.filter((l) => l.outcome === 'revenue');
  const conversionLines = lineItems.filter((l) => l.outcome === 'conversions');
  const revenue = sum(revenueLines, (l) => l.expected);
  const conversions = sum(conversionLines, (l) => l.expected);
  const revenueSpend = sum(revenueLines, (l) => l.spend.toNumber());
  const conversionSpend = sum(conversionLines, (l) => l.spend.toNumber());
  const rangeOf = (xs: readonly LineItemForecast[]): ForecastRange | null =>
    xs.length > 0 && xs.some((l) => l.range !== null) ? { low: sum(xs, (l) => l.range?.low ?? l.expected), high: sum(xs, (l) => l.range?.high ?? l.expected) } : null;
  return {
    lineItems,
    spend: plan.lineItems.reduce((s, l) => s.plus(l.plannedSpend), new Decimal(0)),
    revenue,
    conversions,
    revenueRange: rangeOf(revenueLines),
    conversionsRange: rangeOf(conversionLines),
    roas: revenueSpend > 0 ? revenue / revenueSpend : null,
    cpa: conversions > 0 ? conversionSpend / conversions : null,
    roi: revenueSpend > 0 ? (revenue - revenueSpend) / revenueSpend : null,
    periods,
  };
}

function orderRange(a: number, b: number): ForecastRange {
  return a <= b ? { low: a, high: b } : { low: b, high: a };
}

function readAdstock(value: unknown): ForecastAdstock {
  if (value === undefined) return { kind: 'none' };
  const v = objectArgument(value, ['options', 'adstock']);
  switch (v.kind) {
    case 'none':
      readOptions(v, ['options', 'adstock'], ['kind']);
      return { kind: 'none' };
    case 'geometric':
      readOptions(v, ['options', 'adstock'], ['kind', 'theta', 'normalize']);
      return v as ForecastAdstock;
    case 'delayed':
      readOptions(v, ['options', 'adstock'], ['kind', 'alpha', 'theta', 'maxLag', 'normalize']);
      return v as ForecastAdstock;
    case 'weibull':
      readOptions(v, ['options', 'adstock'], ['kind', 'shape', 'scale', 'type']);
      return v as ForecastAdstock;
    default:
      throw invalid('invalidKind', `options.adstock.kind must be 'none', 'geometric', 'delayed' or 'weibull', got ${describeValue(v.kind)}`, ['options', 'adstock', 'kind']);
  }
}

function applyAdstock(series: number[], a: ForecastAdstock): number[] {
  switch (a.kind) {
    case 'none':
      return series;
    case 'geometric':
      return geometricAdstock(series, { theta: a.theta, ...(a.normalize === undefined ? {} : { normalize: a.normalize }) });
    case 'delayed':
      return delayedAdstock(series, { alpha: a.alpha, theta: a.theta, ...(a.maxLag === undefined ? {} : { maxLag: a.maxLag }), ...(a.normalize === undefined ? {} : { normalize: a.normalize }) });
    case 'weibull':
      return weibullAdstock(series, { shape: a.shape, scale: a.scale, ...(a.type === undefined ? {} : { type: a.type }) });
  }
}
