import * as z from 'zod';
import {
  CurrencySchema,
  Decimal,
  LocalDateSchema,
  MoneySchema,
  ObjectiveTypeSchema,
  PlatformIdSchema,
  type Finding,
  type ObjectiveType,
} from '../core/index.js';
import { parseDay, parseWithSchema } from '../core/internal.js';

/**
 * How a line item is bought: per thousand impressions (`cpm`), per click
 * (`cpc`), per action or acquisition (`cpa`), per view (`cpv`), per
 * engagement (`cpe`), per lead (`cpl`), or a fixed fee (`flat`: sponsoring,
 * an influencer's fee).
 *
 * @example
 * PRICING_MODELS.includes('cpm'); // true
 */
export const PRICING_MODELS = Object.freeze(['cpm', 'cpc', 'cpa', 'cpv', 'cpe', 'cpl', 'flat'] as const);

/** A pricing model of {@link PRICING_MODELS}. */
export type PricingModel = (typeof PRICING_MODELS)[number];

/**
 * The pricing models that fit each objective type: what the objective is
 * measured by. A pricing model outside its objective's list is the finding
 * `pricingModelMismatch` of {@link validateMediaPlan} (a cost per view bought
 * for a conversion objective pays for what the objective does not count).
 *
 * @example
 * PRICING_FIT.conversion.includes('cpv'); // false
 * PRICING_FIT.notoriety.includes('cpm'); // true
 */
export const PRICING_FIT: Readonly<Record<ObjectiveType, readonly PricingModel[]>> = Object.freeze({
  notoriety: Object.freeze(['cpm', 'cpv', 'flat'] as PricingModel[]),
  engagement: Object.freeze(['cpe', 'cpm', 'cpv', 'cpc', 'flat'] as PricingModel[]),
  acquisition: Object.freeze(['cpc', 'cpl', 'cpa', 'cpm', 'flat'] as PricingModel[]),
  conversion: Object.freeze(['cpa', 'cpc', 'cpl', 'cpm', 'flat'] as PricingModel[]),
  loyalty: Object.freeze(['cpm', 'cpe', 'cpc', 'cpa', 'flat'] as PricingModel[]),
  eReputation: Object.freeze(['cpm', 'cpe', 'flat'] as PricingModel[]),
});

/**
 * A media plan's date range: local dates `'YYYY-MM-DD'`, both inclusive.
 *
 * @example
 * DateRangeSchema.parse({ from: '2027-01-01', to: '2027-03-31' }).to; // '2027-03-31'
 */
export const DateRangeSchema = z
  .object({ from: LocalDateSchema, to: LocalDateSchema })
  .strict()
  .refine((r) => r.from <= r.to, { message: 'from must not be after to', params: { code: 'invalidRange' }, path: ['to'] });

/**
 * A flight: a date range of the plan (both ends inclusive) and the share of
 * the plan's spend that falls in it (`weight`, a fraction; the flights'
 * weights should sum to 1).
 *
 * @example
 * FlightSchema.parse({ from: '2027-02-01', to: '2027-02-14', weight: 0.4 }).weight; // 0.4
 */
export const FlightSchema = z
  .object({ id: z.string().min(1).max(200).optional(), from: LocalDateSchema, to: LocalDateSchema, weight: z.number().min(0).max(1) })
  .strict()
  .refine((r) => r.from <= r.to, { message: 'from must not be after to', params: { code: 'invalidRange' }, path: ['to'] });

/**
 * One line of a media plan: where the money goes (platform, objective,
 * persona or audience, format), how it is bought (pricing model and
 * expected unit cost), how much is planned, and what it should bring
 * (expected KPIs, by name: `{ impressions: 400000, clicks: 3000 }`).
 * `currency` is optional: when given it must be the plan's.
 *
 * @example
 * LineItemSchema.parse({ id: 'ig', platform: 'instagram', objective: 'notoriety', pricingModel: 'cpm', plannedSpend: '3000' }).plannedSpend.toString(); // '3000'
 */
export const LineItemSchema = z
  .object({
    id: z.string().min(1).max(200),
    platform: PlatformIdSchema,
    objective: ObjectiveTypeSchema,
    persona: z.string().min(1).max(200).optional(),
    audience: z.string().min(1).max(1000).optional(),
    format: z.string().min(1).max(100).optional(),
    pricingModel: z.enum(PRICING_MODELS),
    plannedSpend: MoneySchema,
    currency: CurrencySchema.optional(),
    unitCost: MoneySchema.optional(),
    expectedKpis: z.record(z.string().min(1).max(100), z.number().min(0)).optional(),
  })
  .strict();

/**
 * A media plan: an `id` (what a strategy's `budgetRef` names), its
 * currency and total, the period (local dates, both inclusive), the
 * flights (date ranges with the share of spend in each) and the line
 * items. {@link validateMediaPlan} checks that the parts fit together.
 *
 * @example
 * const plan = MediaPlanSchema.parse({
 *   id: 'q1', currency: 'EUR', total: '5000', period: { from: '2027-01-01', to: '2027-03-31' },
 *   lineItems: [{ id: 'ig', platform: 'instagram', objective: 'notoriety', pricingModel: 'cpm', plannedSpend: '5000' }],
 * });
 * plan.flights; // []
 */
export const MediaPlanSchema = z
  .object({
    id: z.string().min(1).max(200),
    currency: CurrencySchema,
    total: MoneySchema,
    period: DateRangeSchema,
    flights: z.array(FlightSchema).max(1000).default([]),
    lineItems: z.array(LineItemSchema).min(1).max(10_000),
  })
  .strict()
  .superRefine((plan, ctx) => {
    if (plan.total.isNegative()) ctx.addIssue({ code: 'custom', message: 'total must not be negative', params: { code: 'negative' }, path: ['total'] });
    const seen = new Set<string>();
    plan.lineItems.forEach((item, i) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: `line item id '${item.id}' appears twice`, params: { code: 'duplicateId' }, path: ['lineItems', i, 'id'] });
      seen.add(item.id);
      if (item.plannedSpend.isNegative()) ctx.addIssue({ code: 'custom', message: 'plannedSpend must not be negative', params: { code: 'negative' }, path: ['lineItems', i, 'plannedSpend'] });
    });
  });

/** A media plan (see {@link MediaPlanSchema}). */
export type MediaPlan = z.output<typeof MediaPlanSchema>;
/** A media plan as accepted on input: money as numbers, strings or Decimals. */
export type MediaPlanInput = z.input<typeof MediaPlanSchema>;
/** A line item of a {@link MediaPlan}. */
export type LineItem = z.output<typeof LineItemSchema>;
/** A flight of a {@link MediaPlan}. */
export type Flight = z.output<typeof FlightSchema>;

/**
 * Parses a media plan with {@link MediaPlanSchema}, throwing a
 * `ValidationError` that lists every problem with its path.
 *
 * @param value - the candidate plan
 * @returns the parsed plan (money as Decimals; the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parseMediaPlan({ id: 'q1', currency: 'EUR', total: '100', period: { from: '2027-01-01', to: '2027-03-31' }, lineItems: [{ id: 'a', platform: 'instagram', objective: 'engagement', pricingModel: 'cpe', plannedSpend: 100 }] }).total.toString(); // '100'
 * parseMediaPlan({ id: 'q1' }); // throws ValidationError
 */
export function parseMediaPlan(value: unknown): MediaPlan {
  return parseWithSchema(MediaPlanSchema, value, { name: 'mediaPlan' });
}

/**
 * The codes of the findings that {@link validateMediaPlan} reports.
 *
 * @example
 * MEDIA_PLAN_FINDING_CODES.includes('overlappingFlights'); // true
 */
export const MEDIA_PLAN_FINDING_CODES = Object.freeze([
  'lineItemsDoNotSumToTotal',
  'flightOutsidePeriod',
  'overlappingFlights',
  'flightWeightsDoNotSumToOne',
  'currencyMismatch',
  'pricingModelMismatch',
] as const);

/** A finding code of {@link MEDIA_PLAN_FINDING_CODES}. */
export type MediaPlanFindingCode = (typeof MEDIA_PLAN_FINDING_CODES)[number];

/**
 * Checks that a media plan's parts fit together. Findings:
 * - `lineItemsDoNotSumToTotal` (error): the planned spends do not sum exactly to the total;
 * - `flightOutsidePeriod` (error): a flight starts before or ends after the period;
 * - `overlappingFlights` (warning): two flights share a day (their weights then double-count it);
 * - `flightWeightsDoNotSumToOne` (warning): the flights' shares of spend do not add up to 1 (within 1e-9);
 * - `currencyMismatch` (error): a line item's currency is not the plan's;
 * - `pricingModelMismatch` (warning): a pricing model that does not fit the line's objective (see {@link PRICING_FIT}).
 *
 * @param plan - the media plan (parsed with {@link MediaPlanSchema})
 * @returns the findings, empty when the plan is sound
 * @throws {ValidationError} when the plan does not fit {@link MediaPlanSchema}
 * @example
 * validateMediaPlan({ id: 'q1', currency: 'EUR', total: '100', period: { from: '2027-01-01', to: '2027-03-31' }, lineItems: [{ id: 'a', platform: 'instagram', objective: 'conversion', pricingModel: 'cpv', plannedSpend: 90 }] }).map((f) => f.code);
 * // ['lineItemsDoNotSumToTotal', 'pricingModelMismatch']
 */
export function validateMediaPlan(plan: MediaPlanInput): Finding[] {
  const p = parseMediaPlan(plan);
  const findings: Finding[] = [];
  const sum = p.lineItems.reduce((acc, item) => acc.plus(item.plannedSpend), new Decimal(0));
  if (!sum.equals(p.total)) {
    findings.push({
      code: 'lineItemsDoNotSumToTotal',
      severity: 'error',
      message: `The line items plan ${sum.toString()} ${p.currency} in all, the total is ${p.total.toString()} ${p.currency} (${sum.minus(p.total).toString()} apart): change a planned spend or the total.`,
      path: ['lineItems'],
    });
  }
  p.flights.forEach((f, i) => {
    if (f.from < p.period.from || f.to > p.period.to) {
      findings.push({
        code: 'flightOutsidePeriod',
        severity: 'error',
        message: `Flight ${i} (${f.from} to ${f.to}) is not inside the period ${p.period.from} to ${p.period.to}: move it or widen the period.`,
        path: ['flights', i],
      });
    }
  });
  const order = p.flights.map((f, i) => ({ f, i })).sort((a, b) => (a.f.from < b.f.from ? -1 : a.f.from > b.f.from ? 1 : a.i - b.i));
  for (let k = 1; k < order.length; k += 1) {
    for (let j = 0; j < k; j += 1) {
      const a = order[j] as (typeof order)[number];
      const b = order[k] as (typeof order)[number];
      if (b.f.from <= a.f.to) {
        findings.push({
          code: 'overlappingFlights',
          severity: 'warning',
          message: `Flights ${a.i} (${a.f.from} to ${a.f.to}) and ${b.i} (${b.f.from} to ${b.f.to}) overlap from ${b.f.from}: their shares of spend count those days twice. Make them disjoint.`,
          path: ['flights', b.i],
        });
        break;
      }
    }
  }
  if (p.flights.length > 0) {
    const weights = p.flights.reduce((acc, f) => acc + f.weight, 0);
    if (Math.abs(weights - 1) > 1e-9) {
      findings.push({
        code: 'flightWeightsDoNotSumToOne',
        severity: 'warning',
        message: `The flights' weights sum to ${weights}, not 1: each weight is the share of the plan's spend in that flight.`,
        path: ['flights'],
      });
    }
  }
  p.lineItems.forEach((item, i) => {
    if (item.currency !== undefined && item.currency !== p.currency) {
      findings.push({
        code: 'currencyMismatch',
        severity: 'error',
        message: `Line item '${item.id}' is in ${item.currency}, the plan in ${p.currency}: convert it (socialkit never guesses an exchange rate).`,
        path: ['lineItems', i, 'currency'],
      });
    }
    if (!PRICING_FIT[item.objective].includes(item.pricingModel)) {
      findings.push({
        code: 'pricingModelMismatch',
        severity: 'warning',
        message: `Line item '${item.id}' buys ${item.pricingModel.toUpperCase()} for a ${item.objective} objective, which is measured by ${PRICING_FIT[item.objective].join(', ')}: you pay for what the objective does not count.`,
        path: ['lineItems', i, 'pricingModel'],
      });
    }
  });
  return findings;
}

/**
 * Days from a plan's local date to another (both `'YYYY-MM-DD'`).
 *
 * @param from - the first day
 * @param to - the last day
 * @returns how many days `to` is after `from`
 * @internal
 */
export function dayIndex(from: string, to: string): number {
  return parseDay(to) - parseDay(from);
}
