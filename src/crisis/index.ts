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
export { RESPONSE_PLAN_FINDING_CODES, validateResponsePlan, type ResponsePlan, type ResponsePlanFindingCode, type ValidateResponsePlanOptions } from './validate-response-plan.js';
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
export { CrisisLevelSchema } from './crisis-level.js';
export { STATEMENT_RULES, type StatementRule } from './statement-rules.js';
export {
  CRISIS_ROLES,
  EscalationRuleSchema,
  HoldingStatementSchema,
  INCIDENT_PHASES,
  parsePlaybook,
  PlaybookSchema,
  type CrisisRole,
  type EscalationRule,
  type HoldingStatement,
  type IncidentPhase,
  type Playbook,
  type PlaybookInput,
} from './playbook.js';
export { renderStatement, type RenderStatementOptions, type StatementFact } from './render-statement.js';
export {
  IncidentEventSchema,
  IncidentLogSchema,
  type IncidentEvent,
  type IncidentEventInput,
  type IncidentEventType,
  type IncidentLog,
  type IncidentLogInput,
} from './incident-event.js';
export {
  appendEvent,
  INCIDENT_TRANSITIONS,
  parseIncidentLog,
  replayIncident,
  type IncidentSnapshot,
  type IncidentState,
  type IncidentTransition,
} from './incident.js';
export {
  freezeRequest,
  slaStatus,
  type FreezeRequestOptions,
  type FreezeWindow,
  type SlaBreach,
  type SlaStatus,
  type SlaStatusOptions,
} from './incident-response.js';
export { postMortem, type PeriodVolume, type PostMortem, type PostMortemOptions, type TimelineEntry } from './post-mortem.js';
