/**
 * Local time in a zone: offsets, the local date, time, weekday, ISO week and month of an instant, and the instant of a local wall time (DST gaps and folds resolved).
 *
 * @module
 */
import { DAY_MS } from './civil-day.js';
import { finiteNumber } from './finite-number.js';
import { instant, utcMs, type InstantInput } from './instant.js';
import { localDate, localTime, WEEKDAYS, type LocalDate, type LocalTime, type Weekday } from './local-date.js';
import { timeZone } from './time-zone.js';
import { zoneClock } from './zone-clock.js';

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
