/**
 * Strategy: objective types with their funnel stage and lens (community
 * manager or social media manager), the KPIs to track for each, SMART checks,
 * goal progress with forecasts, the strategy document and its cross-checks,
 * and UTM links for campaign tracking.
 *
 * @module strategy
 */
export { buildUtmUrl } from './build-utm-url.js';
export { checkUtm, UTM_FINDING_CODES, type UtmFindingCode } from './check-utm.js';
export { checkSmart, type CheckSmartOptions, type SmartCriterion, type SmartFinding } from './check-smart.js';
export {
  goalProgress,
  GoalProgressInputSchema,
  GoalStatusThresholdsSchema,
  parseGoalProgressInput,
  ProgressCurvePointSchema,
  type GoalForecast,
  type GoalProgress,
  type GoalProgressInput,
  type GoalStatus,
  type GoalStatusThresholds,
  type ProgressCurvePoint,
  type RunRateForecast,
  type TrendForecast,
} from './goal-progress.js';
export { isKpiName, KPI_NAMES, type KpiName } from './kpi-name.js';
export { metricObservations, type MetricObservation, type MetricObservationInput } from './metric-observation.js';
export { ObjectiveSchema, type Objective, type ObjectiveInput } from './objective.js';
export {
  FUNNEL_STAGES,
  lensProfiles,
  LENSES,
  objectiveProfiles,
  objectiveProfile,
  objectiveType,
  type FunnelStage,
  type Lens,
  type LensFocus,
  type LensHorizon,
  type LensProfile,
  type ObjectiveProfile,
} from './objective-profile.js';
export { GA4_CHANNEL_GROUPS_SOURCE, GA4_MEDIUM_RULES, type Ga4MediumRule } from './ga4-channel-groups.js';
export { parseUtm, type ParsedUtm } from './parse-utm.js';
export { kpisByObjective, recommendedKpis, type RecommendedKpisOptions } from './recommended-kpis.js';
export { StrategySchema, type Strategy, type StrategyInput } from './strategy.js';
export { UTM_KEYS, utmParameters, type UtmParameters } from './utm-parameters.js';
export { UtmParametersSchema } from './utm-parameters-schema.js';
export { validateStrategy } from './validate-strategy.js';
export { parseObjective } from './objective.js';
export { parseStrategy } from './strategy.js';
export { parseUtmParameters } from './utm-parameters-schema.js';
export { SMART_FINDING_CODES, type SmartFindingCode } from './check-smart.js';
export { STRATEGY_FINDING_CODES, type StrategyFindingCode } from './validate-strategy.js';
