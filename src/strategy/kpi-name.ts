import { deepFreeze } from '../core/deep-freeze.js';
/**
 * The names of the `socialkit/kpi` functions that the strategy module
 * recommends, as a literal list. Each is the exported name of a KPI formula.
 *
 * @example
 * KPI_NAMES.length; // 18
 */
export const KPI_NAMES = /* @__PURE__ */ deepFreeze([
  'reachRate',
  'frequency',
  'shareOfVoice',
  'audienceGrowthRate',
  'engagementRateByReach',
  'amplificationRate',
  'conversationRate',
  'ctr',
  'cpc',
  'conversionRate',
  'cpa',
  'roas',
  'roi',
  'followerChurn',
  'responseRate',
  'firstResponseTime',
  'nps',
  'netSentiment',
] as const);

/** The name of a KPI function of `socialkit/kpi` (see {@link KPI_NAMES}). */
export type KpiName = (typeof KPI_NAMES)[number];

/**
 * Tells whether a value is one of the {@link KPI_NAMES}.
 *
 * @param value - the candidate
 * @returns true for `'ctr'`, `'engagementRateByReach'`, …
 * @example
 * isKpiName('roas'); // true
 * isKpiName('likes'); // false
 */
export function isKpiName(value: unknown): value is KpiName {
  return typeof value === 'string' && (KPI_NAMES as readonly string[]).includes(value);
}
