/**
 * Instants: the accepted forms (a `Date`, an ISO 8601 string with an offset), the years 0001 to 9999, and ranges of instants.
 *
 * @module
 */
import { DAY_MS, daysFromCivil, daysInMonth, MINUTE_MS } from './civil-day.js';
import { readRange } from './range.js';
import { describeValue } from './describe-value.js';
import { invalid, labelOf as label, type PathInput } from './errors.js';

/** An instant as callers may give it: a `Date`, or an ISO 8601 string with `Z` or an offset. */
export type InstantInput = Date | string;

/** A range of instants: `from` inclusive, `to` exclusive. */
export interface InstantRange {
  /** The first instant in the range. */
  from: Date;
  /** The first instant after the range. */
  to: Date;
}

// Linear: fixed-width digit groups with optional, non-overlapping tails.
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)$/;

/**
 * `Date.UTC` with the year taken as written (`Date.UTC` itself reads years
 * 0–99 as 1900–1999). Private to core.
 *
 * @param year - the year, as written
 * @param month0 - the month, 0 for January
 * @param day - the day of the month
 * @param hour - the hour
 * @param minute - the minute
 * @param second - the second
 * @param ms - the millisecond
 * @returns milliseconds since the epoch
 */
export function utcMs(year: number, month0: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const date = new Date(Date.UTC(2000, month0, day, hour, minute, second, ms));
  date.setUTCFullYear(year);
  return date.getTime();
}

// The instants socialkit accepts: the years 0001 to 9999 in UTC, which ISO
// 8601 and JSON write with four digits (a Date may reach ±275,760, whose
// JSON, '+275760-09-13T00:00:00.000Z', no schema could read back).
const FIRST_INSTANT = utcMs(1, 0, 1);
const LAST_INSTANT = utcMs(9999, 11, 31, 23, 59, 59, 999);

function inRange(ms: number, path: PathInput, value: unknown): void {
  if (ms < FIRST_INSTANT || ms > LAST_INSTANT) {
    throw invalid('outOfRange', `${label(path, 'The instant')} must fall in the years 0001 to 9999 (UTC), got ${value instanceof Date ? new Date(ms).toISOString() : describeValue(value)}`, path);
  }
}

/**
 * Checks an instant and returns it as a new `Date` (never the caller's own
 * object). Strings must be ISO 8601 with a date, a time and `Z` or an offset
 * (`'2027-03-28T09:00:00+02:00'`): a string without an offset names no
 * instant, so it is refused rather than read in the machine's zone.
 *
 * @param value - a `Date` or an ISO 8601 string
 * @param path - the field it came from
 * @returns a new, valid `Date`
 * @throws {ValidationError} `invalidDate` for an invalid `Date`, a malformed or impossible string, or a missing offset; `outOfRange` outside the years 0001–9999 (UTC)
 * @example
 * instant('2027-03-28T01:00:00Z').toISOString(); // '2027-03-28T01:00:00.000Z'
 * instant('2027-02-30T09:00:00Z'); // throws ValidationError: there is no 30 February
 * instant(new Date(8.64e15)); // throws ValidationError: outside the years 0001 to 9999
 */
export function instant(value: unknown, path: PathInput = 'at'): Date {
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time)) throw invalid('invalidDate', `${label(path, 'The instant')} is an invalid Date`, path);
    inRange(time, path, value);
    return new Date(time);
  }
  if (typeof value === 'string') {
    const m = value.length <= 40 ? ISO_INSTANT.exec(value) : null;
    if (m === null) {
      throw invalid(
        'invalidDate',
        `${label(path, 'The instant')} must be a Date or an ISO 8601 string with an offset such as '2027-03-28T09:00:00+02:00', got ${describeValue(value)}`,
        path,
      );
    }
    const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
      throw invalid('invalidDate', `${label(path, 'The instant')} is not a real date and time, got ${describeValue(value)}`, path);
    }
    const zone = m[8] ?? 'Z';
    let offset = 0;
    if (zone !== 'Z' && zone !== 'z') {
      const sign = zone.startsWith('-') ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      const oh = Number(digits.slice(0, 2));
      const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
      if (oh > 23 || om > 59) throw invalid('invalidDate', `${label(path, 'The instant')} has an impossible offset, got ${describeValue(value)}`, path);
      offset = sign * (oh * 60 + om);
    }
    const fraction = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
    const ms = utcMs(year, month - 1, day, hour, minute, second, fraction) - offset * MINUTE_MS;
    const date = new Date(ms);
    if (Number.isNaN(date.getTime())) throw invalid('invalidDate', `${label(path, 'The instant')} is out of range, got ${describeValue(value)}`, path);
    inRange(date.getTime(), path, value);
    return date;
  }
  throw invalid('invalidDate', `${label(path, 'The instant')} must be a Date or an ISO 8601 string, got ${describeValue(value)}`, path);
}

/**
 * Checks a range of instants (`from` inclusive, `to` exclusive) and returns
 * it with both ends as new `Date`s.
 *
 * @param value - `{ from, to }` with `Date`s or ISO 8601 strings
 * @param path - the field it came from
 * @returns the range
 * @throws {ValidationError} `invalidDate` for a bad end, `invalidRange` when `to` is before `from`
 * @example
 * instantRange({ from: '2027-01-01T00:00:00Z', to: '2027-02-01T00:00:00Z' }).to.toISOString(); // '2027-02-01T00:00:00.000Z'
 */
export function instantRange(value: unknown, path: PathInput = []): InstantRange {
  return readRange(value, path, instant, (a, b) => a.getTime() < b.getTime(), (d) => d.toISOString());
}

/**
 * The instant of a record's `publishedAt` in milliseconds, NaN when invalid.
 * The usual export shape, `YYYY-MM-DDTHH:mm:ss[.sss](Z|±HH:MM)` with a year
 * from 1000, is read by a scanner that gives exactly what core's `instant`
 * gives (a property test checks it); anything else goes through `instant`.
 * The bulk summarizer's fast path; private to socialkit (core's internal entry).
 *
 * @param value - a Date or a string
 * @returns milliseconds since the epoch, or NaN
 */
export function instantMs(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'string') {
    const fast = isoMs(value);
    if (fast === fast) return fast;
    try {
      return instant(value).getTime();
    } catch {
      return Number.NaN;
    }
  }
  return Number.NaN;
}

function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    value = value * 10 + c;
  }
  return value;
}

function isoMs(text: string): number {
  const n = text.length;
  if (n !== 20 && n !== 24 && n !== 25 && n !== 29) return Number.NaN;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) {
    return Number.NaN;
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    return Number.NaN;
  }
  if (day > daysInMonth(year, month)) return Number.NaN;
  let at = 19;
  let millis = 0;
  if (text.charCodeAt(at) === 46) {
    millis = digits(text, 20, 3);
    if (millis < 0) return Number.NaN;
    at = 23;
  }
  let offset = 0;
  const zone = text.charCodeAt(at);
  if (zone === 90 && at + 1 === n) offset = 0;
  else if ((zone === 43 || zone === 45) && at + 6 === n && text.charCodeAt(at + 3) === 58) {
    const oh = digits(text, at + 1, 2);
    const om = digits(text, at + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return Number.NaN;
    offset = (zone === 45 ? -1 : 1) * (oh * 60 + om);
  } else return Number.NaN;
  return daysFromCivil(year, month, day) * DAY_MS + hour * 3_600_000 + minute * 60_000 + second * 1000 + millis - offset * 60_000;
}
