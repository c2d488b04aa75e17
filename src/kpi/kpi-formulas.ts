/**
 * The names of the KPI formulas `socialkit/kpi` exports, frozen: every
 * function of the module except the bulk summarizers (`summarize`,
 * `summarizeAsync`), `engagements`, the count that the engagement rates
 * are built on, and `normalizeMetrics`, which converts native rows to records. A test checks that every function the module exports is
 * either here or in that short list, so a new formula cannot be forgotten.
 * The strategy module's `KPI_NAMES` is this list.
 *
 * @example
 * KPI_FORMULAS.includes('cpm'); // true
 * KPI_FORMULAS.includes('summarize'); // false
 */
export const KPI_FORMULAS = Object.freeze([
  // reach and clicks
  'reachRate',
  'frequency',
  'ctr',
  'viralityRate',
  // engagement
  'engagementRateByReach',
  'engagementRateByImpressions',
  'engagementRateByFollowers',
  'engagementRateByViews',
  'dailyEngagementRate',
  'averageEngagementRate',
  'amplificationRate',
  'applauseRate',
  'conversationRate',
  // audience
  'audienceGrowthRate',
  'followerChurn',
  'netFollowerGrowth',
  // conversion and cost
  'conversionRate',
  'cpc',
  'cpm',
  'cpa',
  'cpl',
  'cpe',
  'cpv',
  'cac',
  'customerLifetimeValue',
  'paybackPeriod',
  'roi',
  'roas',
  'breakEvenRoas',
  'earnedMediaValue',
  // video
  'viewRate',
  'completionRate',
  'averageWatchTime',
  // media planning
  'grp',
  'trp',
  'combinedReach',
  // care and voice
  'responseRate',
  'firstResponseTime',
  'shareOfVoice',
  'netSentiment',
  'nps',
] as const);

/** The name of a KPI formula of `socialkit/kpi` (see {@link KPI_FORMULAS}). */
export type KpiFormula = (typeof KPI_FORMULAS)[number];
