import * as z from 'zod';
import { DECIMAL_STRING_PATTERN } from '../core/index.js';
import { parseWithSchema } from '../core/internal.js';

const DecimalString = z.string().max(200).regex(DECIMAL_STRING_PATTERN, 'Expected a decimal string such as "12.50"');
const Count = z.number().int().min(0);
const Rate = z.number().nullable();
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a local date YYYY-MM-DD');
const Range = z.strictObject({ from: Day, to: Day });
const Text = z.string().max(10_000);

/**
 * The locales the renderers label a report in.
 *
 * @example
 * REPORT_LOCALES; // ['fr', 'en']
 */
export const REPORT_LOCALES = Object.freeze(['fr', 'en'] as const);

/** `'fr'` or `'en'`. */
export type ReportLocale = (typeof REPORT_LOCALES)[number];

/**
 * The sections a report can leave out when their input is absent (each listed in
 * `report.omitted` with the reason): the previous values of the KPI table
 * (`comparison`), targets and statuses (`targets`, from a strategy), the
 * content mix (`mix`), calendar execution (`execution`), media (`media`) and
 * incidents (`incidents`).
 *
 * @example
 * REPORT_SECTIONS.includes('media'); // true
 */
export const REPORT_SECTIONS = Object.freeze(['comparison', 'targets', 'mix', 'execution', 'media', 'incidents'] as const);

/** A section of {@link REPORT_SECTIONS}. */
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/**
 * The codes of a report's recommendations: `bestSlot` (a weekday × hour slot
 * whose engagement rate beats the period's), `pillarOverperforming` and
 * `pillarUnderperforming` (a pillar's engagement rate 20 % above or below the
 * period's), `boostPost` (a post at least 1.5 × its platform's median,
 * worth a paid boost), `kpiBehind` (a KPI behind or at risk against its
 * objective), `mixOffTarget` (a pillar 10 points or more away from its target
 * share) and `slaBreached` (an incident missed a service level).
 *
 * @example
 * REPORT_RECOMMENDATION_CODES.includes('boostPost'); // true
 */
export const REPORT_RECOMMENDATION_CODES = Object.freeze([
  'bestSlot',
  'pillarOverperforming',
  'pillarUnderperforming',
  'boostPost',
  'kpiBehind',
  'mixOffTarget',
  'slaBreached',
] as const);

/** A code of {@link REPORT_RECOMMENDATION_CODES}. */
export type ReportRecommendationCode = (typeof REPORT_RECOMMENDATION_CODES)[number];

// A count is null where a record has null (a metric its platform never reports, such as X's reach).
const MaybeCount = Count.nullable();

const Metrics = {
  posts: Count,
  impressions: MaybeCount,
  reach: MaybeCount,
  engagements: MaybeCount,
  clicks: MaybeCount,
  conversions: Count,
  engagementRateByReach: Rate,
  engagementRateByImpressions: Rate,
  ctr: Rate,
};

const KpiValue = z.union([z.number(), DecimalString]).nullable();

const KpiRowSchema = z.strictObject({
  kpi: z.string().max(64),
  unit: z.enum(['count', 'ratio', 'money']),
  variant: Text,
  current: KpiValue,
  previous: KpiValue,
  change: KpiValue,
  relativeChange: Rate,
  objectiveId: z.string().max(100).nullable(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  attainment: Rate,
  expectedShare: Rate,
  status: z.enum(['ahead', 'onTrack', 'behind', 'atRisk']).nullable(),
});

const BreakdownRowSchema = z.strictObject({ key: z.string().max(1000).nullable(), ...Metrics, previousEngagementRateByReach: Rate });

const SlotCellSchema = z.strictObject({
  weekday: z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']),
  hour: z.number().int().min(0).max(23),
  posts: Count,
  reach: MaybeCount,
  engagements: MaybeCount,
  engagementRateByReach: Rate,
});

const RankedPostSchema = z.strictObject({
  id: z.string().max(1000).nullable(),
  index: Count,
  platform: z.string().max(50),
  publishedAt: z.string().max(40),
  pillar: z.string().max(1000).nullable(),
  format: z.string().max(1000).nullable(),
  reach: MaybeCount,
  engagements: MaybeCount,
  rate: Rate,
  platformMedian: Rate,
  relative: Rate,
  platformPosts: Count,
});

const MixSchema = z.strictObject({
  total: Count,
  unassigned: Count,
  totalVariationDistance: Rate,
  largestDeviation: z.strictObject({ pillar: z.string(), deviation: z.number() }).nullable(),
  chiSquare: z.strictObject({ statistic: z.number(), degreesOfFreedom: Count }).nullable(),
  pillars: z.array(z.strictObject({ key: z.string(), name: z.string(), count: Count, actual: Rate, target: Rate, deviation: Rate })),
  unknownPillars: z.array(z.strictObject({ pillar: z.string(), count: Count })),
});

const ExecutionSchema = z.strictObject({
  planned: Count,
  published: Count,
  missed: Count,
  unplanned: Count,
  rate: Rate,
  missedIds: z.array(z.string()),
  byPlatform: z.array(z.strictObject({ platform: z.string(), planned: Count, published: Count, rate: Rate })),
});

const MediaRowSchema = z.strictObject({
  platform: z.string().max(50).nullable(),
  spend: DecimalString,
  impressions: MaybeCount,
  clicks: MaybeCount,
  conversions: Count,
  revenue: DecimalString,
  cpc: DecimalString.nullable(),
  cpm: DecimalString.nullable(),
  cpa: DecimalString.nullable(),
  roas: Rate,
  roi: Rate,
});

const MediaPlanSectionSchema = z.strictObject({
  id: z.string().max(200),
  total: DecimalString,
  period: Range,
  actual: DecimalString,
  lineItems: z.array(z.strictObject({ id: z.string().max(200), platform: z.string().max(50), objective: z.string().max(50), pricingModel: z.string().max(20), planned: DecimalString })),
  platforms: z.array(z.strictObject({ platform: z.string().max(50), planned: DecimalString, actual: DecimalString, difference: DecimalString, share: Rate })),
  pacing: z
    .strictObject({
      at: z.string().max(40),
      elapsed: z.number().min(0).max(1),
      expectedToDate: DecimalString,
      spent: DecimalString,
      delta: DecimalString,
      pacingRatio: Rate,
      linearProjection: DecimalString.nullable(),
      runRateProjection: DecimalString.nullable(),
      status: z.enum(['under', 'onPace', 'over']),
    })
    .nullable(),
});

const MediaSchema = z.strictObject({ currency: z.string().regex(/^[A-Z]{3}$/), rows: z.array(MediaRowSchema), total: MediaRowSchema, plan: MediaPlanSectionSchema.nullable().default(null) });

const IncidentRowSchema = z.strictObject({
  id: z.string().max(200).nullable(),
  detectedAt: z.string().max(40).nullable(),
  peakLevel: z.number().int().min(1).max(4).nullable(),
  timeToDetectMinutes: z.number().nullable(),
  timeToAcknowledgeMinutes: z.number().nullable(),
  timeToFirstResponseMinutes: z.number().nullable(),
  timeToResolveMinutes: z.number().nullable(),
  mentionsBefore: Count,
  mentionsDuring: Count,
  slaBreaches: z.array(z.strictObject({ sla: z.enum(['acknowledge', 'firstResponse', 'update']), due: z.string().max(40), metAt: z.string().max(40).nullable(), lateMinutes: z.number() })),
});

const RecommendationSchema = z.strictObject({
  code: z.enum(REPORT_RECOMMENDATION_CODES),
  message: Text,
  dataPoints: Count,
  evidence: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});

/**
 * A KPI report as {@link buildReport} returns it: plain data (numbers, strings,
 * `null`), money as decimal strings and instants as ISO 8601 strings, so that
 * `parseReport(JSON.parse(reportToJson(report)))` is equal to `report`.
 *
 * - `kpis`: one row per KPI, `current`/`previous`/`change` (numbers, or decimal
 *   strings for money KPIs), `relativeChange`, and with a strategy the
 *   objective's `baseline`, `target`, `attainment`, `expectedShare` and `status`;
 * - `timeSeries`: reach and engagement rate by `'day'` (periods up to 31 days) or ISO `'week'`;
 * - `breakdowns`: platform, pillar, format and persona rows (ratio-of-sums rates);
 * - `slots`: weekday × hour cells in the report's zone (only cells with posts);
 * - `topPosts`, `bottomPosts`: by engagement rate by reach relative to the platform's median;
 * - `mix`, `execution`, `media`, `incidents`: `null` when their input was absent (see `omitted`);
 * - `media.plan`: with a media plan, its total, planned spend per line item and per
 *   platform against actual spend in the plan's period (`share` = actual ÷ planned),
 *   and, with `now`, budget's `pacing` of the plan's total at `now`; else `null`
 *   (a report saved before `plan` existed reads back with `plan: null`);
 * - `recommendations`: each with its `code`, `dataPoints` and the `evidence` numbers.
 *
 * @example
 * ReportSchema.parse(buildReport({ records: [], period: { from: '2027-01-01', to: '2027-01-31' }, timeZone: 'UTC' })).kind; // 'socialkitReport'
 */
export const ReportSchema = z.strictObject({
  kind: z.literal('socialkitReport'),
  version: z.literal(1),
  generatedAt: z.string().max(40).nullable(),
  locale: z.enum(REPORT_LOCALES),
  title: Text,
  timeZone: z.string().max(100),
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
  period: Range,
  comparePeriod: Range.nullable(),
  records: z.strictObject({ total: Count, current: Count, previous: Count, excluded: Count }),
  omitted: z.array(z.strictObject({ section: z.enum(REPORT_SECTIONS), reason: Text })),
  kpis: z.array(KpiRowSchema),
  kpisNotComputed: z.array(z.strictObject({ kpi: z.string(), objectiveId: z.string().nullable(), reason: Text })),
  timeSeries: z.strictObject({
    granularity: z.enum(['day', 'week']),
    points: z.array(z.strictObject({ key: z.string(), posts: Count, reach: MaybeCount, engagements: MaybeCount, engagementRateByReach: Rate })),
  }),
  breakdowns: z.strictObject({
    platform: z.array(BreakdownRowSchema),
    pillar: z.array(BreakdownRowSchema),
    format: z.array(BreakdownRowSchema),
    persona: z.array(BreakdownRowSchema),
  }),
  slots: z.array(SlotCellSchema),
  topPosts: z.array(RankedPostSchema),
  bottomPosts: z.array(RankedPostSchema),
  mix: MixSchema.nullable(),
  execution: ExecutionSchema.nullable(),
  media: MediaSchema.nullable(),
  incidents: z.array(IncidentRowSchema).nullable(),
  recommendations: z.array(RecommendationSchema),
});

/** A report (see {@link ReportSchema}). */
export type Report = z.output<typeof ReportSchema>;

/** A report as accepted on input (the same plain data). */
export type ReportInput = z.input<typeof ReportSchema>;

/** One row of a report's KPI table. */
export type ReportKpiRow = Report['kpis'][number];

/** One row of a report's breakdowns. */
export type ReportBreakdownRow = Report['breakdowns']['platform'][number];

/** One recommendation of a report. */
export type ReportRecommendation = Report['recommendations'][number];

/**
 * Parses a report (for instance one read back from `reportToJson`'s JSON),
 * listing every problem of its shape (up to 100) with its path.
 *
 * @param value - the candidate report
 * @returns the report (a new value)
 * @throws {ValidationError} with every problem found
 * @example
 * parseReport({ kind: 'socialkitReport' }); // throws ValidationError: version, locale, … are required
 */
export function parseReport(value: unknown): Report {
  return parseWithSchema(ReportSchema, value, { name: 'report' });
}
