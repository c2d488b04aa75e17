/**
 * The KPI formula catalogue with explicit variants, exact money, and a fast
 * bulk summarizer. Every formula names its variant (engagement rate by reach,
 * by impressions, by followers, by views; mean of ratios or ratio of sums),
 * so a number always says what it is. See docs/kpi.md.
 *
 * Formulas that involve no money import neither zod nor decimal.js: a
 * bundle that takes only `ctr` from this module stays under 1 KB gzipped.
 *
 * @module kpi
 */
export { audienceGrowthRate, followerChurn, netFollowerGrowth } from './audience.js';
export {
  AVERAGING_METHODS,
  averageEngagementRate,
  ENGAGEMENT_BASES,
  type AverageEngagementRate,
  type AverageEngagementRateOptions,
  type AveragingMethod,
  type EngagementBase,
  type EngagementRatePost,
} from './average-engagement-rate.js';
export { firstResponseTime, responseRate, type FirstResponseTime } from './care.js';
export { CONVERSION_BASES, conversionRate, type ConversionBase, type ConversionRateInput } from './conversion.js';
export { cpa, cpc, cpe, cpl, cpm, cpv } from './cost.js';
export {
  cac,
  CLV_TIMINGS,
  customerLifetimeValue,
  paybackPeriod,
  type ClvTiming,
  type CustomerLifetimeValueInput,
} from './customer.js';
export { earnedMediaValue } from './earned-media-value.js';
export {
  dailyEngagementRate,
  engagementRateByFollowers,
  engagementRateByImpressions,
  engagementRateByReach,
  engagementRateByViews,
} from './engagement-rate.js';
export {
  DEFAULT_ENGAGEMENT_KINDS,
  engagements,
  type EngagementCounts,
  type EngagementKind,
  type EngagementsOptions,
} from './engagements.js';
export { KPI_FORMULAS, type KpiFormula } from './kpi-formulas.js';
export { combinedReach, grp, trp, type GrpInput } from './media.js';
export { amplificationRate, applauseRate, conversationRate } from './per-post-rates.js';
export {
  METRIC_FINDING_CODES,
  normalizeMetrics,
  type MetricFindingCode,
  type NormalizedMetrics,
  type NormalizeMetricsOptions,
  type PlatformMetricOverride,
  type PlatformMetricsOverrides,
} from './normalize-metrics.js';
export {
  METRIC_TARGETS,
  platformMetrics,
  type InstantFormat,
  type MetricTarget,
  type NotReportedMetric,
  type PlatformMetric,
  type PlatformMetrics,
} from './platform-metrics.js';
export { ctr, frequency, reachRate, viralityRate } from './reach.js';
export { breakEvenRoas, roas, roi } from './roi.js';
export {
  relativeToPlatformMedian,
  type RelativeRateMetric,
  type RelativeToPlatformMedian,
  type RelativeToPlatformMedianOptions,
} from './relative-to-platform-median.js';
export { summarize } from './summarize.js';
export { summarizeAsync } from './summarize-async.js';
export {
  MAX_INVALID_LISTED,
  TIME_DIMENSIONS,
  type InvalidRecord,
  type SummarizeOptions,
  type SummaryDimension,
  type SummaryRecord,
  type SummaryResult,
  type SummaryRow,
  type TimeDimension,
} from './summary.js';
export { completionRate, averageWatchTime, viewRate } from './video.js';
export {
  NET_SENTIMENT_METHODS,
  netSentiment,
  nps,
  shareOfVoice,
  type NetSentimentMethod,
  type NetSentimentOptions,
  type SentimentCounts,
} from './voice.js';
