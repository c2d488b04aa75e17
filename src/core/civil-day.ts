/**
 * Calendar arithmetic on day numbers (days since 1970-01-01 in the proleptic
 * Gregorian calendar), shared by core's time helpers, the KPI summarizer and
 * the calendar. Internal: not exported from core's index. Pure integer arithmetic (H. Hinnant's
 * `days_from_civil`), so it is exact for every year, including the years
 * 0–99 that `Date.UTC` would map to 1900–1999.
 *
 * @module
 */
import { describeValue } from './describe-value.js';
import { invalid, type PathInput } from './errors.js';

/** Milliseconds in a minute. */
export const MINUTE_MS = 60_000;

/** Milliseconds in an hour. */
export const HOUR_MS = 3_600_000;

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** The day number of 0001-01-01, the first day a slot or an observance may fall on. */
export const FIRST_DAY = daysFromCivil(1, 1, 1);

/** The day number of 9999-12-31, the last day a slot or an observance may fall on. */
export const LAST_DAY = daysFromCivil(9999, 12, 31);

/**
 * The day number of a Gregorian date.
 *
 * @param year - the year (any integer)
 * @param month - 1–12
 * @param day - 1–31
 * @returns days since 1970-01-01
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** A Gregorian date as three numbers. */
export interface Civil {
  /** The year. */
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
}

/**
 * The Gregorian date of a day number.
 *
 * @param days - days since 1970-01-01
 * @returns year, month, day
 */
export function civilFromDays(days: number): Civil {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The weekday of a day number, Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday).
 *
 * @param days - days since 1970-01-01
 * @returns 0–6
 */
export function weekdayIndex(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

/**
 * Whether a year is a Gregorian leap year.
 *
 * @param year - the year
 * @returns true for 2028, 2000; false for 2027, 1900
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month.
 *
 * @param year - the year
 * @param month - 1–12
 * @returns 28–31
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The day number of the nth weekday of a month (`nth` 1–5 from the start,
 * −1…−5 from the end), or null when the month has no such day (no fifth Monday).
 *
 * @param year - the year
 * @param month - 1–12
 * @param nth - ±1–5
 * @param weekday - Monday = 0 … Sunday = 6
 * @returns the day number, or null
 */
export function nthWeekdayOfMonth(year: number, month: number, nth: number, weekday: number): number | null {
  const first = daysFromCivil(year, month, 1);
  const length = daysInMonth(year, month);
  if (nth > 0) {
    const offset = (weekday - weekdayIndex(first) + 7) % 7;
    const dom = 1 + offset + (nth - 1) * 7;
    return dom <= length ? first + dom - 1 : null;
  }
  const last = first + length - 1;
  const offset = (weekdayIndex(last) - weekday + 7) % 7;
  const dom = length - offset + (nth + 1) * 7;
  return dom >= 1 ? first + dom - 1 : null;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Writes a day number as `'YYYY-MM-DD'` (years 0–9999).
 *
 * @param days - days since 1970-01-01
 * @returns the local date
 */
export function formatDay(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Reads a checked `'YYYY-MM-DD'` string as a day number.
 *
 * @param date - a local date already checked by core's `localDate`
 * @returns days since 1970-01-01
 */
export function parseDay(date: string): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/**
 * Reads a checked `'HH:mm'` string as minutes since midnight.
 *
 * @param time - a local time already checked by core's `localTime`
 * @returns 0–1439
 */
export function parseMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * Writes minutes since midnight as `'HH:mm'`.
 *
 * @param minutes - 0–1439
 * @returns the local time
 */
export function formatMinutes(minutes: number): string {
  return `${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
}

/**
 * Checks a calendar year: a whole number from 1 to 9999.
 *
 * @param value - the candidate year
 * @param path - the field it came from
 * @returns the year
 * @throws {ValidationError} `invalidYear`
 */
export function checkYear(value: unknown, path: PathInput = 'year'): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 9999) return value;
  throw invalid('invalidYear', `The year must be a whole number from 1 to 9999, got ${describeValue(value)}`, path);
}
