/**
 * Media budget (media planning, sponsoring): media plans, exact bounded
 * allocation, response curves and adstock, curve fitting, a budget
 * optimizer, pacing, effective reach and which organic posts to boost.
 *
 * @module budget
 */
export {
  DateRangeSchema,
  FlightSchema,
  LineItemSchema,
  MEDIA_PLAN_FINDING_CODES,
  MediaPlanSchema,
  parseMediaPlan,
  PRICING_FIT,
  PRICING_MODELS,
  validateMediaPlan,
  type Flight,
  type LineItem,
  type MediaPlan,
  type MediaPlanFindingCode,
  type MediaPlanInput,
  type PricingModel,
} from './media-plan.js';
export { allocateWithBounds, type AllocateWithBoundsOptions, type BoundedAllocation } from './allocate-with-bounds.js';
export {
  curveData,
  hill,
  logisticSaturation,
  michaelisMenten,
  parseResponseCurve,
  ResponseCurveSchema,
  tanhSaturation,
  type CurveKind,
  type CurveOutcome,
  type CurveParams,
  type HillParams,
  type LogisticSaturationParams,
  type MichaelisMentenParams,
  type ResponseCurve,
  type ResponseCurveData,
  type ResponseCurveInput,
  type TanhSaturationParams,
} from './response-curve.js';
export {
  delayedAdstock,
  geometricAdstock,
  weibullAdstock,
  weibullWeights,
  type DelayedAdstockOptions,
  type GeometricAdstockOptions,
  type WeibullAdstockOptions,
} from './adstock.js';
export { optimizeBudget, type BudgetChannel, type BudgetObjective, type BudgetOptimization, type OptimizeBudgetInput } from './optimize-budget.js';
export { effectiveReach, type EffectiveReachOptions } from './effective-reach.js';
export { FIT_FINDING_CODES, fitResponseCurve, type FitFindingCode, type FitResponseCurveOptions, type FittedCurve, type SpendPoint } from './fit-response-curve.js';
export { overspendRules, pacing, type DailySpend, type OverspendDay, type OverspendRule, type PacingInput, type PacingReport } from './pacing.js';
export { recommendBoosts, type BoostRecommendation, type RecommendBoostsOptions } from './recommend-boosts.js';
export { forecastMediaPlan, type ForecastAdstock, type ForecastMediaPlanOptions, type ForecastRange, type LineItemForecast, type MediaPlanForecast } from './forecast-media-plan.js';
