/**
 * The columns of a plan's CSV, shared by `planToCsv` and `planFromCsv`.
 * Internal: not exported from the module's index.
 *
 * @module
 */

/** The header, in the order `planToCsv` writes it (`planFromCsv` takes any order). */
export const CSV_COLUMNS = [
  'id',
  'platform',
  'at',
  'localTime',
  'status',
  'priority',
  'observanceId',
  'pillar',
  'format',
  'objectiveType',
  'language',
  'text',
  'callToAction',
  'links',
  'media',
  'history',
] as const;

/** A column name. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];
