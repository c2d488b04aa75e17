/**
 * The codes of the findings that `planCalendar`, `findConflicts` and the
 * plan operations report (each explained in `docs/calendar.md`):
 * - the planner: `noFrequency`, `tooFewSlots`, `blockedByBlackout`,
 *   `blockedByMaxPerDay`, `blockedByMinGap`, `overFrequency`,
 *   `observanceMerged`, `observanceNotPlaced`, `observanceOutsidePeriod`, `observancePillar`, `observanceShareCapped`,
 *   `repeatedPillar`, `mixOffTarget`, `textToWrite`;
 * - conflicts: `duplicate`, `tooClose`, `overDailyCap`, `inBlackout`, `inFreeze`, `outsidePeriod`;
 * - operations: `bumped`, `noFreeSlot`, `stillFrozen`, `missingPost`.
 *
 * @example
 * PLAN_FINDING_CODES.includes('tooFewSlots'); // true
 */
export const PLAN_FINDING_CODES = Object.freeze([
  'noFrequency',
  'tooFewSlots',
  'blockedByBlackout',
  'blockedByMaxPerDay',
  'blockedByMinGap',
  'overFrequency',
  'observanceMerged',
  'observanceNotPlaced',
  'observanceOutsidePeriod',
  'observancePillar',
  'observanceShareCapped',
  'repeatedPillar',
  'mixOffTarget',
  'textToWrite',
  'duplicate',
  'tooClose',
  'overDailyCap',
  'inBlackout',
  'inFreeze',
  'outsidePeriod',
  'bumped',
  'noFreeSlot',
  'stillFrozen',
  'missingPost',
] as const);

/** A plan finding's code (see {@link PLAN_FINDING_CODES}). */
export type PlanFindingCode = (typeof PLAN_FINDING_CODES)[number];
