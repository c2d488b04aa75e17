/**
 * The publication calendar: slot patterns, marronniers, the approval workflow.
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
