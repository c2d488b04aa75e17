/**
 * Local values: calendar dates, local-date ranges, times of day and weekdays, as socialkit writes them in data.
 *
 * @module
 */
import { daysInMonth } from './civil-day.js';
import { deepFreeze } from './deep-freeze.js';
import { readRange } from './range.js';
import { describeValue } from './describe-value.js';
import { invalid, labelOf as label, type PathInput } from './errors.js';

/**
 * The days of the week, Monday first (ISO 8601), as socialkit writes them in data.
 *
 * @example
 * WEEKDAYS[6]; // 'sun'
 */
export const WEEKDAYS = /* @__PURE__ */ deepFreeze(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const);

/** A day of the week: `'mon'` … `'sun'`. */
export type Weekday = (typeof WEEKDAYS)[number];

/** A local time of day, `'HH:mm'` on the 24-hour clock (`'09:00'`, `'18:30'`). */
export type LocalTime = string;

/** A local calendar date, `'YYYY-MM-DD'` (`'2027-03-28'`). */
export type LocalDate = string;

/** A range of local dates: both ends included. */
export interface LocalDateRange {
  /** The first day. */
  from: LocalDate;
  /** The last day (included). */
  to: LocalDate;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Checks a local date, `'YYYY-MM-DD'`, that exists in the calendar.
 *
 * @param value - the candidate date
 * @param path - the field it came from
 * @returns the date string
 * @throws {ValidationError} `invalidDate`
 * @example
 * localDate('2028-02-29'); // '2028-02-29'
 * localDate('2027-02-29'); // throws ValidationError: 2027 is not a leap year
 */
export function localDate(value: unknown, path: PathInput = 'date'): LocalDate {
  const m = typeof value === 'string' ? LOCAL_DATE.exec(value) : null;
  if (m === null) {
    throw invalid('invalidDate', `${label(path, 'The date')} must be a local date 'YYYY-MM-DD', got ${describeValue(value)}`, path);
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw invalid('invalidDate', `${label(path, 'The date')} is not a day of the calendar, got ${describeValue(value)}`, path);
  }
  return value as LocalDate;
}

/**
 * Checks a range of local dates (both ends included) and returns it.
 *
 * @param value - `{ from, to }` with `'YYYY-MM-DD'` strings
 * @param path - the field it came from
 * @returns the range
 * @throws {ValidationError} `invalidDate` for a bad end, `invalidRange` when `to` is before `from`
 * @example
 * localDateRange({ from: '2027-01-01', to: '2027-03-31' }); // { from: '2027-01-01', to: '2027-03-31' }
 */
export function localDateRange(value: unknown, path: PathInput = []): LocalDateRange {
  return readRange(value, path, localDate, (x, y) => x < y, (d) => d);
}

/**
 * Checks a local time of day, `'HH:mm'` from `'00:00'` to `'23:59'`.
 *
 * @param value - the candidate time
 * @param path - the field it came from
 * @returns the time string
 * @throws {ValidationError} `invalidTime`
 * @example
 * localTime('09:30'); // '09:30'
 * localTime('9:30'); // throws ValidationError: write two digits for the hour
 */
export function localTime(value: unknown, path: PathInput = 'time'): LocalTime {
  if (typeof value === 'string' && LOCAL_TIME.test(value)) return value;
  throw invalid(
    'invalidTime',
    `${label(path, 'The time')} must be a local time 'HH:mm' from '00:00' to '23:59' (two digits each), got ${describeValue(value)}`,
    path,
  );
}

/**
 * Checks a weekday, `'mon'` … `'sun'`.
 *
 * @param value - the candidate weekday
 * @param path - the field it came from
 * @returns the weekday
 * @throws {ValidationError} `invalidWeekday`
 * @example
 * weekday('mon'); // 'mon'
 * weekday('Monday'); // throws ValidationError
 */
export function weekday(value: unknown, path: PathInput = 'weekday'): Weekday {
  if (typeof value === 'string' && (WEEKDAYS as readonly string[]).includes(value)) return value as Weekday;
  throw invalid('invalidWeekday', `${label(path, 'The weekday')} must be one of ${WEEKDAYS.join(', ')}, got ${describeValue(value)}`, path);
}
