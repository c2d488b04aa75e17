import { DAY_MS, daysInMonth, MINUTE_MS } from './civil-day.js';
import { describeValue } from './describe-value.js';
import { invalid, type PathInput, formatPath, toPath } from './errors.js';
import { finiteNumber } from './finite-number.js';
import { zoneClock } from './zone-clock.js';
import { deepFreeze } from './deep-freeze.js';

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

/** An instant as callers may give it: a `Date`, or an ISO 8601 string with `Z` or an offset. */
export type InstantInput = Date | string;

/** A range of instants: `from` inclusive, `to` exclusive. */
export interface InstantRange {
  /** The first instant in the range. */
  from: Date;
  /** The first instant after the range. */
  to: Date;
}

/** A range of local dates: both ends included. */
export interface LocalDateRange {
  /** The first day. */
  from: LocalDate;
  /** The last day (included). */
  to: LocalDate;
}

function label(path: PathInput, fallback: string): string {
  return toPath(path).length === 0 ? fallback : formatPath(path);
}

// The legacy zones of tzdb's `northamerica` and `europe` files that name no
// place: a fixed offset (EST) or one country's rules without its history
// (CET). Refused, with the location zone to use instead.
const LEGACY_ZONES: Readonly<Record<string, readonly [string, string]>> = {
  est: ['a fixed UTC−05:00 all year, so 09:00 EST in July is an hour off New York', 'America/New_York'],
  mst: ['a fixed UTC−07:00 all year, so 09:00 MST in July is an hour off Denver', 'America/Denver'],
  hst: ['a fixed UTC−10:00', 'Pacific/Honolulu'],
  est5edt: ["the US Eastern rules without New York's history", 'America/New_York'],
  cst6cdt: ["the US Central rules without Chicago's history", 'America/Chicago'],
  mst7mdt: ["the US Mountain rules without Denver's history", 'America/Denver'],
  pst8pdt: ["the US Pacific rules without Los Angeles's history", 'America/Los_Angeles'],
  cet: ['the Central European rules without any country’s history', 'Europe/Paris'],
  met: ['the Central European rules without any country’s history', 'Europe/Berlin'],
  eet: ['the Eastern European rules without any country’s history', 'Europe/Athens'],
  wet: ['the Western European rules without any country’s history', 'Europe/Lisbon'],
};

// What a zone name resolves to: the name to use, `legacy`, or null (invalid).
const zoneNames = new Map<string, string | null>();
let knownZones: Map<string, string> | undefined;

// Intl's list of zones by lower-case name, plus UTC (Node 20's list lacks it).
function knownZone(lower: string): string | undefined {
  if (knownZones === undefined) {
    knownZones = new Map([['utc', 'UTC']]);
    const list = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    for (const name of list) knownZones.set(name.toLowerCase(), name);
  }
  return knownZones.get(lower);
}

// The zone-name rule: a legacy abbreviation zone is refused; an offset
// string ('+03:00', which Node 24's Intl accepts) is invalid; otherwise,
// when Intl accepts the name, its case-insensitive match in
// Intl.supportedValuesOf('timeZone') plus UTC, or the name as written when
// that list has none (Node 20's lacks Asia/Kolkata, Europe/Kyiv, Etc/GMT+5).
// Never resolvedOptions().timeZone, which swaps Asia/Kolkata for Asia/Calcutta.
function resolveZoneName(value: string): string | null {
  const known = zoneNames.get(value);
  if (known !== undefined) return known;
  const lower = value.toLowerCase();
  let result: string | null;
  if (Object.prototype.hasOwnProperty.call(LEGACY_ZONES, lower)) result = 'legacy';
  else if (/^[+\-\u2212\d]/.test(value)) result = null;
  else {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      result = knownZone(lower) ?? value;
    } catch {
      result = null;
    }
  }
  if (zoneNames.size > 1000) zoneNames.clear();
  zoneNames.set(value, result);
  return result;
}

function zoneName(value: unknown): string | null {
  return typeof value === 'string' && value !== '' && value.length <= 64 ? resolveZoneName(value) : null;
}

/**
 * Tells whether a string names a time zone socialkit accepts: a location
 * zone (`'Europe/Paris'`, `'Asia/Kolkata'`, in any letter case), `'UTC'` or
 * `'Etc/*'`, that `Intl.DateTimeFormat` accepts. The legacy abbreviation
 * zones (`'EST'`, `'CET'`, `'PST8PDT'`, …) and offset strings (`'+03:00'`)
 * are not accepted. `Intl.supportedValuesOf('timeZone')` is not the test:
 * on Node 20 it lacks `UTC` and `Asia/Kolkata`.
 *
 * @param value - the candidate zone
 * @returns true when the zone is usable
 * @example
 * isValidTimeZone('Europe/Paris'); // true
 * isValidTimeZone('europe/paris'); // true
 * isValidTimeZone('Europe/Lyon'); // false
 * isValidTimeZone('EST'); // false
 */
export function isValidTimeZone(value: unknown): value is string {
  const name = zoneName(value);
  return name !== null && name !== 'legacy';
}

/**
 * Checks a time zone name and returns it in its canonical letter case,
 * never swapped for another zone. The rule: the name as written when it is
 * in `Intl.supportedValuesOf('timeZone')` or is `'UTC'`; else, when
 * `Intl.DateTimeFormat` accepts it, its case-insensitive match in that list
 * (`'europe/paris'` → `'Europe/Paris'`), or the name as written where the
 * list has none (Node 20's lacks `'Asia/Kolkata'` and `'Europe/Kyiv'`, which
 * come back unchanged, not as `'Asia/Calcutta'`); else invalid. Refused
 * first: the legacy abbreviation zones `EST`, `MST`, `HST`, `EST5EDT`,
 * `CST6CDT`, `MST7MDT`, `PST8PDT`, `CET`, `MET`, `EET` and `WET` in any
 * letter case (`legacyTimeZone`: `EST` is a fixed −05:00, an hour off New
 * York all summer), and offset strings such as `'+03:00'`, on every Node version.
 *
 * @param value - the candidate zone
 * @param path - the field it came from
 * @returns the zone, in its canonical letter case
 * @throws {ValidationError} `invalidTimeZone`; `legacyTimeZone` for a legacy abbreviation zone (the message names the location zone to use)
 * @example
 * timeZone('America/New_York'); // 'America/New_York'
 * timeZone('europe/paris'); // 'Europe/Paris'
 * timeZone('Asia/Kolkata'); // 'Asia/Kolkata'
 * timeZone('EST'); // throws ValidationError: use a location zone such as 'America/New_York'
 * timeZone('CEST'); // throws ValidationError: use an IANA name such as 'Europe/Paris'
 */
export function timeZone(value: unknown, path: PathInput = 'timeZone'): string {
  const name = zoneName(value);
  if (name === 'legacy') {
    const written = value as string;
    const [what, use] = LEGACY_ZONES[written.toLowerCase()] as readonly [string, string];
    throw invalid(
      'legacyTimeZone',
      `${label(path, 'The time zone')} '${written}' is a legacy zone (${what}): use a location zone such as '${use}'`,
      path,
    );
  }
  if (name !== null) return name;
  throw invalid(
    'invalidTimeZone',
    `${label(path, 'The time zone')} must be an IANA time zone such as 'Europe/Paris' or 'UTC', got ${describeValue(value)}`,
    path,
  );
}

// Linear: fixed-width digit groups with optional, non-overlapping tails.
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

// Date.UTC with the year taken as written: Date.UTC itself reads years 0–99
// as 1900–1999.
function utcMs(year: number, month0: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
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
  const base = toPath(path);
  if (typeof value !== 'object' || value === null) {
    throw invalid('invalidType', `${label(base, 'The range')} must be an object { from, to }, got ${describeValue(value)}`, base);
  }
  const range = value as { from?: unknown; to?: unknown };
  const from = instant(range.from, [...base, 'from']);
  const to = instant(range.to, [...base, 'to']);
  if (to.getTime() < from.getTime()) {
    throw invalid('invalidRange', `${label([...base, 'to'], 'to')} (${to.toISOString()}) is before from (${from.toISOString()})`, [...base, 'to']);
  }
  return { from, to };
}

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
  const base = toPath(path);
  if (typeof value !== 'object' || value === null) {
    throw invalid('invalidType', `${label(base, 'The range')} must be an object { from, to }, got ${describeValue(value)}`, base);
  }
  const range = value as { from?: unknown; to?: unknown };
  const from = localDate(range.from, [...base, 'from']);
  const to = localDate(range.to, [...base, 'to']);
  if (to < from) throw invalid('invalidRange', `${label([...base, 'to'], 'to')} (${to}) is before from (${from})`, [...base, 'to']);
  return { from, to };
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

/**
 * The UTC offset of a zone at an instant, in minutes (Paris in summer: 120).
 *
 * @param at - the instant
 * @param zone - an IANA time zone
 * @returns minutes east of UTC
 * @throws {ValidationError} for an invalid instant or zone
 * @example
 * utcOffsetMinutes('2027-07-01T12:00:00Z', 'Europe/Paris'); // 120
 * utcOffsetMinutes('2027-01-01T12:00:00Z', 'Asia/Kolkata'); // 330
 */
export function utcOffsetMinutes(at: InstantInput, zone: string): number {
  const date = instant(at);
  return zoneOffsetMinutes(date.getTime(), timeZone(zone));
}

/**
 * The UTC offset of a zone at an instant in milliseconds, in minutes (with
 * seconds as a fraction), for hot loops: the instant is a plain number, the
 * zone check is a cache lookup and the offset is cached per UTC hour (an hour
 * with a change in it is read to the millisecond). It reads Intl's `longOffset` name
 * (`GMT-00:25:21`) and takes the sign from the text: `@date-fns/tz`'s
 * `tzOffset` reads the same string but gives the wrong sign to offsets
 * between −01:00 and 00:00 (Dublin before 1916, Monrovia before 1972), so
 * socialkit does not use it.
 *
 * @param ms - milliseconds since the epoch
 * @param zone - an IANA time zone
 * @returns minutes east of UTC
 * @throws {ValidationError} for a non-finite or out-of-range instant, or an unknown zone
 * @example
 * zoneOffsetMinutes(Date.UTC(1970, 0, 1), 'Africa/Monrovia'); // -44.5
 * zoneOffsetMinutes(Date.UTC(2027, 6, 1), 'Europe/Paris'); // 120
 */
export function zoneOffsetMinutes(ms: number, zone: string): number {
  if (typeof ms !== 'number' || !(Math.abs(ms) <= 8.64e15)) finiteNumber(ms, 'ms', { min: -8.64e15, max: 8.64e15 });
  return zoneClock(timeZone(zone)).offset(ms);
}

/**
 * The local calendar date of an instant in a zone.
 *
 * @param at - the instant
 * @param zone - an IANA time zone
 * @returns `'YYYY-MM-DD'`
 * @throws {ValidationError} for an invalid instant or zone
 * @example
 * toLocalDate('2027-03-27T23:30:00Z', 'Europe/Paris'); // '2027-03-28'
 */
export function toLocalDate(at: InstantInput, zone: string): LocalDate {
  const ms = instant(at).getTime();
  return zoneClock(timeZone(zone)).date(ms);
}

/**
 * The local wall-clock time of an instant in a zone.
 *
 * @param at - the instant
 * @param zone - an IANA time zone
 * @returns `'HH:mm'` (seconds are dropped)
 * @throws {ValidationError} for an invalid instant or zone
 * @example
 * toLocalTime('2027-03-28T07:00:00Z', 'Europe/Paris'); // '09:00'
 */
export function toLocalTime(at: InstantInput, zone: string): LocalTime {
  const ms = instant(at).getTime();
  return zoneClock(timeZone(zone)).time(ms);
}

/**
 * The local weekday of an instant in a zone.
 *
 * @param at - the instant
 * @param zone - an IANA time zone
 * @returns `'mon'` … `'sun'`
 * @throws {ValidationError} for an invalid instant or zone
 * @example
 * weekdayOf('2027-03-28T07:00:00Z', 'Europe/Paris'); // 'sun'
 */
export function weekdayOf(at: InstantInput, zone: string): Weekday {
  const ms = instant(at).getTime();
  return WEEKDAYS[zoneClock(timeZone(zone)).weekday(ms)] as Weekday;
}

/**
 * The ISO 8601 week of an instant in a zone, as `'YYYY-Www'`. The year is the
 * ISO week-numbering year, which differs from the calendar year around
 * 1 January (1 January 2027 is in `'2026-W53'`).
 *
 * @param at - the instant
 * @param zone - an IANA time zone
 * @returns the week key
 * @throws {ValidationError} for an invalid instant or zone
 * @example
 * isoWeekKey('2027-01-01T12:00:00Z', 'Europe/Paris'); // '2026-W53'
 * isoWeekKey('2027-01-04T12:00:00Z', 'Europe/Paris'); // '2027-W01'
 */
export function isoWeekKey(at: InstantInput, zone: string): string {
  const ms = instant(at).getTime();
  return zoneClock(timeZone(zone)).keys(ms).week;
}

/**
 * The local month of an instant in a zone, as `'YYYY-MM'`.
 *
 * @param at - the instant
 * @param zone - an IANA time zone
 * @returns the month key
 * @throws {ValidationError} for an invalid instant or zone
 * @example
 * monthKey('2027-01-31T23:30:00Z', 'Europe/Paris'); // '2027-02'
 */
export function monthKey(at: InstantInput, zone: string): string {
  const ms = instant(at).getTime();
  return zoneClock(timeZone(zone)).keys(ms).month;
}

/**
 * The instant at which a zone's clocks show a local date and time.
 *
 * Two rules settle the times that DST makes irregular: a local time that
 * does not exist (in the spring gap, 02:30 in Paris on the last Sunday of
 * March) moves forward by the length of the gap (to 03:30); a local time that
 * exists twice (in the autumn fold, 02:30 on the last Sunday of October)
 * takes its first occurrence (the one still in summer time). These are
 * RFC 5545's rules (section 3.3.5) and Temporal's `disambiguation: 'compatible'`.
 *
 * @param date - the local date `'YYYY-MM-DD'`
 * @param time - the local time `'HH:mm'`
 * @param zone - an IANA time zone
 * @returns the instant
 * @throws {ValidationError} for a bad date, time or zone
 * @example
 * fromLocal('2027-03-28', '09:00', 'Europe/Paris').toISOString(); // '2027-03-28T07:00:00.000Z'
 * fromLocal('2027-03-28', '02:30', 'Europe/Paris').toISOString(); // '2027-03-28T01:30:00.000Z' (03:30 local)
 * fromLocal('2027-10-31', '02:30', 'Europe/Paris').toISOString(); // '2027-10-31T00:30:00.000Z' (first 02:30)
 */
export function fromLocal(date: LocalDate, time: LocalTime, zone: string): Date {
  const d = localDate(date, 'date');
  const t = localTime(time, 'time');
  const z = timeZone(zone, 'timeZone');
  const wall = utcMs(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)), Number(t.slice(0, 2)), Number(t.slice(3, 5)));
  return new Date(resolveWall(wall, z));
}

/**
 * Converts a wall-clock time, written as if it were UTC milliseconds, into the
 * instant of that wall time in `zone`, with the gap and fold rules of
 * {@link fromLocal}. The zone must already be valid.
 *
 * @param wall - local date and time encoded as UTC milliseconds
 * @param zone - a valid IANA time zone
 * @returns the instant in milliseconds since the epoch
 * @example
 * wallToInstant(Date.UTC(2027, 2, 28, 9, 0), 'Europe/Paris'); // Date.UTC(2027, 2, 28, 7, 0)
 */
export function wallToInstant(wall: number, zone: string): number {
  finiteNumber(wall, 'wall', { min: -8.64e15 + 2 * DAY_MS, max: 8.64e15 - 2 * DAY_MS });
  timeZone(zone);
  return resolveWall(wall, zone);
}

function resolveWall(wall: number, zone: string): number {
  const clock = zoneClock(zone);
  const before = clock.offsetMs(wall - DAY_MS);
  const after = clock.offsetMs(wall + DAY_MS);
  const first = wall - before;
  const firstOk = clock.offsetMs(first) === before;
  if (before === after) {
    if (firstOk) return first;
  } else {
    const second = wall - after;
    const secondOk = clock.offsetMs(second) === after;
    if (firstOk && secondOk) return Math.min(first, second);
    if (firstOk) return first;
    if (secondOk) return second;
  }
  // In a gap: read the wall time with the offset in force before the gap,
  // which lands after the transition, moved forward by the gap's length.
  return first;
}

/** Fast, cached bucketing of instants into local day, ISO week and month keys in one zone. */
export interface TimeBucketer {
  /** The zone this bucketer works in. */
  readonly timeZone: string;
  /** `'YYYY-MM-DD'` of an instant given in milliseconds since the epoch. */
  day(ms: number): string;
  /** `'YYYY-Www'` (ISO week-numbering year and week) of an instant in milliseconds. */
  week(ms: number): string;
  /** `'YYYY-MM'` of an instant in milliseconds. */
  month(ms: number): string;
}

/**
 * Creates a bucketer for bulk work (a million posts): it caches the zone's
 * offset per UTC hour and the keys per local day, so each instant costs two
 * map lookups. It gives the same keys as {@link toLocalDate},
 * {@link isoWeekKey} and {@link monthKey} (a property test checks this). An
 * hour whose start and end have different offsets (a DST change) is never
 * cached, so transitions at any minute are exact.
 *
 * @param zone - an IANA time zone
 * @returns the bucketer
 * @throws {ValidationError} for an invalid zone
 * @example
 * const b = createTimeBucketer('Europe/Paris');
 * b.week(Date.parse('2027-01-01T12:00:00Z')); // '2026-W53'
 */
export function createTimeBucketer(zone: string): TimeBucketer {
  const clock = zoneClock(timeZone(zone));
  return {
    timeZone: clock.zone,
    day: (ms) => clock.keys(ms).day,
    week: (ms) => clock.keys(ms).week,
    month: (ms) => clock.keys(ms).month,
  };
}
