/**
 * The publication calendar: slot patterns, marronniers, the approval
 * workflow, the planner and the operations on its plans, and the iCalendar
 * and CSV exports.
 *
 * @module calendar
 */
export { expandSlots, type ExpandSlotsOptions } from './expand-slots.js';
export {
  IntervalSlotPatternSchema,
  MonthlyDaySlotPatternSchema,
  MonthlyWeekdaySlotPatternSchema,
  parseSlotPattern,
  SLOT_PATTERN_KINDS,
  SlotPatternSchema,
  WeeklySlotPatternSchema,
  type IntervalSlotPattern,
  type MonthlyDaySlotPattern,
  type MonthlyWeekdaySlotPattern,
  type SlotPattern,
  type SlotPatternInput,
  type SlotPatternKind,
  type WeeklySlotPattern,
} from './slot-pattern.js';
export { fromRRule, type FromRRuleOptions } from './from-rrule.js';
export { toRRule, type RRuleLines } from './to-rrule.js';
export { allowedActions, type AllowedActionsOptions } from './allowed-actions.js';
export { ApprovalPolicySchema, type ApprovalPolicy, type ApprovalPolicyInput } from './approval-policy.js';
export { WorkflowActorSchema, HistoryEntrySchema, type HistoryEntry, type HistoryEntryInput } from './history-entry.js';
export { POST_STATUSES, PostStatusSchema, type PostStatus } from './post-status.js';
export { transition, type TransitionOptions, type WorkflowSubject } from './transition.js';
export { WORKFLOW_ACTIONS, WorkflowActionSchema, type WorkflowAction } from './workflow-action.js';
export { easterSunday } from './easter.js';
export { frenchMothersDay } from './french-mothers-day.js';
export { FRENCH_SALES_EXCEPTIONS, frenchSalesPeriod, type FrenchSalesException, type FrenchSalesPeriodOptions } from './french-sales.js';
export { fromDateHolidays, type DateHolidaysHoliday, type DateHolidaysLike, type FromDateHolidaysOptions } from './from-date-holidays.js';
export { builtInObservances, marronniers } from './marronniers.js';
export {
  ObservanceIdSchema,
  ObservanceOccurrenceSchema,
  ObservanceRuleSchema,
  ObservanceSchema,
  ObservanceTableRowSchema,
  type CustomObservanceRule,
  type Observance,
  type ObservanceDates,
  type ObservanceInput,
  type ObservanceOccurrence,
  type ObservanceRule,
  type ObservanceTableRow,
} from './observance.js';
export { observances, type ObservancesOptions } from './observances.js';
export { findConflicts } from './find-conflicts.js';
export { freeze, type FreezeOptions, type FreezeResult } from './freeze.js';
export { insertNewsjacking, type InsertNewsjackingOptions } from './insert-newsjacking.js';
export {
  BlackoutSchema,
  FreezeSchema,
  PlanSchema,
  PlatformConstraintsSchema,
  type Blackout,
  type BlackoutInput,
  type Freeze,
  type FreezeInput,
  type Plan,
  type PlanInput,
  type PlatformConstraints,
  type PlatformConstraintsInput,
} from './plan.js';
export {
  parsePlanCalendarInput,
  PlanCalendarInputSchema,
  planCalendar,
  PlanWindowSchema,
  type PlanCalendarInput,
  type PlanObservance,
  type PlanSlot,
  type PlanWindow,
} from './plan-calendar.js';
export { PLAN_FINDING_CODES, type PlanFindingCode } from './plan-finding-codes.js';
export { planFromCsv } from './plan-from-csv.js';
export { planToCsv, type PlanToCsvOptions } from './plan-to-csv.js';
export { PlannedPostSchema, type PlannedPost, type PlannedPostInput } from './planned-post.js';
export { reschedule } from './reschedule.js';
export { resume, type ResumeOptions } from './resume.js';
export { toICalendar, type ToICalendarOptions } from './to-icalendar.js';
export { parseApprovalPolicy } from './approval-policy.js';
export { parseBlackout, parseFreeze, parsePlan, parsePlatformConstraints } from './plan.js';
export { parseHistoryEntry, parseWorkflowActor } from './history-entry.js';
export { parseObservance, parseObservanceOccurrence, parseObservanceRule, parseObservanceTableRow } from './observance.js';
export { parsePlannedPost } from './planned-post.js';
