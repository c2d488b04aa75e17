/**
 * Personas: who the brand speaks to, where (platforms, with weights) and when
 * (a weekly activity profile in each persona's own time zone); merging them
 * into one DST-correct heat map in the brand's zone, picking posting windows,
 * and checking which personas the chosen platforms reach.
 *
 * @module persona
 */
export { ACTIVITY_DAYS, ACTIVITY_HOURS, activityMatrix, type ActivityMatrix } from './activity-matrix.js';
export { ActivityMatrixSchema } from './activity-matrix-schema.js';
export {
  audienceActivity,
  MAX_ACTIVITY_RANGE_DAYS,
  type AudienceActivity,
  type AudienceActivityOptions,
  type AudienceActivityPersona,
} from './audience-activity.js';
export { bestPostingWindows, type BestPostingWindowsOptions, type PostingWindow } from './best-posting-windows.js';
export { blendPostingWindows, type BlendPostingWindowsOptions } from './blend-posting-windows.js';
export { buildActivityMatrix, type ActivityBlock } from './build-activity-matrix.js';
export { coverage, type Coverage, type CoverageOptions, type PersonaCoverage } from './coverage.js';
export { PERSONA_MARKETS, PersonaSchema, type Persona, type PersonaInput, type PersonaMarket } from './persona.js';
export { personaPlatformFit, type PlatformFit } from './persona-platform-fit.js';
export {
  HISTORY_METRICS,
  postingWindowsFromHistory,
  type HistoryMetric,
  type HistoryModel,
  type HistorySlot,
  type PostingWindowsFromHistory,
  type PostingWindowsFromHistoryOptions,
} from './posting-windows-from-history.js';
export { parseActivityMatrix } from './activity-matrix-schema.js';
export { parsePersona } from './persona.js';
export { AUDIENCE_FINDING_CODES, type AudienceFindingCode } from './audience-activity.js';
