/**
 * Crisis (bad buzz): spike detection on mention volume and sentiment,
 * severity levels, response strategies from Situational Crisis
 * Communication Theory (Coombs), playbooks with roles, SLAs and holding
 * statements, and an append-only incident log.
 *
 * @module crisis
 */
export { detectSpikes, type DetectSpikesOptions } from './detect-spikes.js';
export type { GapFill, MentionPoint } from './mention-series.js';
export type { Anomaly, Episode, SpikeDirection, SpikeMethod, SpikeResult } from './spike-types.js';
export { detectSentimentDips, type DetectSentimentDipsOptions } from './detect-sentiment-dips.js';
export { CRISIS_TYPES, CrisisTypeSchema, classifyCrisis, type CrisisCluster, type CrisisType } from './crisis-type.js';
export {
  RESPONSE_STRATEGIES,
  ResponseStrategySchema,
  STRATEGY_POSTURES,
  type ResponsePosture,
  type ResponseStrategy,
} from './response-strategy.js';
export { recommendResponse, type CrisisSituation, type ResponseRecommendation } from './recommend-response.js';
export { validateResponsePlan, type ResponsePlan, type ValidateResponsePlanOptions } from './validate-response-plan.js';
export {
  assessSeverity,
  SEVERITY_THRESHOLDS,
  type AssessSeverityOptions,
  type CrisisLevel,
  type SeverityAssessment,
  type SeverityFactor,
  type SeveritySignal,
  type SeveritySignals,
  type SeverityThresholds,
} from './assess-severity.js';
