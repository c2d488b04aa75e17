/**
 * core's private plumbing: the guards and helpers that throw on behalf of
 * another function, and the civil-day arithmetic. Every module imports them
 * from here; the package does not export this file (it is in neither
 * `core/index.ts` nor `package.json`'s `exports`), so they can change
 * without a breaking release.
 *
 * @module
 */
export { arrayArgument, booleanArgument, objectArgument, pathArgument } from './argument-guards.js';
export {
  checkYear,
  civilFromDays,
  DAY_MS,
  daysFromCivil,
  daysInMonth,
  FIRST_DAY,
  formatDay,
  HOUR_MS,
  formatMinutes,
  isLeapYear,
  LAST_DAY,
  MINUTE_MS,
  nthWeekdayOfMonth,
  parseDay,
  parseMinutes,
  weekdayIndex,
  type Civil,
} from './civil-day.js';
export { count } from './count.js';
export { guardCsvCell, unguardCsvCell, type CsvFormulas } from './csv-cell.js';
export { deepFreeze } from './deep-freeze.js';
export { describeValue } from './describe-value.js';
export { formatPath, invalid, toPath } from './errors.js';
export { finiteNumber, fraction, type FiniteNumberOptions } from './finite-number.js';
export { finiteResult } from './finite-result.js';
export { normalQuantile } from './normal-quantile.js';
export { platformId } from './platform-id.js';
export { countRatio } from './ratio.js';
export { missingFieldIssue, similarKey } from './missing-field.js';
export { MAX_ISSUES, readOptions, unknownKeyIssue } from './read-options.js';
export { suggestKey } from './suggest-key.js';
export { scalarKinds } from './schemas.js';
export { logGamma, logGammaRatio, regularizedBeta, studentTCdf, studentTPdf, studentTQuantile } from './student-t.js';
export { addExactly } from './sum-money.js';
export { instant, instantMs, instantRange } from './instant.js';
export { localDate, localDateRange, localTime, weekday } from './local-date.js';
export { wallToInstant } from './local-time.js';
export { timeZone } from './time-zone.js';
export { issueCodeOf, parseWithSchema, validationErrorFromZod } from './zod-error.js';
export { dayKeys, readOffset, zoneClock, type DayKeys, type ZoneClock } from './zone-clock.js';
