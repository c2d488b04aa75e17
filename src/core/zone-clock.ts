/**
 * One zone's wall clock, for every local-time reading in socialkit: core's
 * `toLocalDate` … `monthKey` and `createTimeBucketer`, the calendar's planner
 * and exports, persona's activity maps. Internal: not exported from core's
 * index.
 *
 * The offset comes from Intl's `longOffset` zone name (`GMT-00:25:21`), the
 * sign read from the text: `@date-fns/tz` reads the same string but gives the
 * wrong sign to offsets between −01:00 and 00:00 (Dublin before 1916,
 * Monrovia before 1972), so its `TZDate` and `tzOffset` are not used for
 * readings. Offsets are cached per UTC hour; an hour whose first and last
 * milliseconds have different offsets (a DST change) is never cached, so a
 * change at any minute is exact (tzdb never changes an offset twice within
 * one hour).
 *
 * @module
 */
import { civilFromDays, daysFromCivil, DAY_MS, formatDay, formatMinutes, HOUR_MS, MINUTE_MS, weekdayIndex } from './civil-day.js';


/** The keys of one local day: `'YYYY-MM-DD'`, `'YYYY-Www'` (ISO 8601 week) and `'YYYY-MM'`. */
export interface DayKeys {
  /** `'YYYY-MM-DD'`. */
  day: string;
  /** `'YYYY-Www'`, the ISO week-numbering year and week. */
  week: string;
  /** `'YYYY-MM'`. */
  month: string;
}

/** Wall-clock readings of instants (milliseconds since the epoch) in one zone. */
export interface ZoneClock {
  /** The zone, as validated by the caller. */
  readonly zone: string;
  /** The offset in minutes east of UTC (seconds as a fraction: Monrovia's −44.5). */
  offset(ms: number): number;
  /** The offset in whole milliseconds east of UTC. */
  offsetMs(ms: number): number;
  /** The wall-clock time as if it were UTC milliseconds. */
  wall(ms: number): number;
  /** The local day number (days since 1970-01-01). */
  day(ms: number): number;
  /** The local date `'YYYY-MM-DD'`. */
  date(ms: number): string;
  /** The local time `'HH:mm'` (seconds dropped). */
  time(ms: number): string;
  /** The local weekday, Monday = 0 … Sunday = 6. */
  weekday(ms: number): number;
  /** The day, ISO week and month keys of the local day (cached per day). */
  keys(ms: number): DayKeys;
}

const formats = new Map<string, Intl.DateTimeFormat>();
const offsetTexts = new Map<string, number>();
const clocks = new Map<string, ZoneClock>();

/**
 * The offset of a zone at an instant, in minutes, read from Intl without any
 * cache but the formatter's. The zone must be valid.
 *
 * @param ms - milliseconds since the epoch
 * @param zone - a valid zone
 * @returns minutes east of UTC
 */
export function readOffset(ms: number, zone: string): number {
  let format = formats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    if (formats.size > 1000) formats.clear();
    formats.set(zone, format);
  }
  const text = format.format(new Date(ms));
  const gmt = text.slice(text.lastIndexOf('GMT') + 3);
  const known = offsetTexts.get(gmt);
  if (known !== undefined) return known;
  const sign = gmt.startsWith('-') ? -1 : 1;
  const [h = '0', m = '0', s = '0'] = gmt.replace(/^[+-]/, '').split(':');
  const minutes = gmt === '' ? 0 : sign * (Number(h) * 60 + Number(m) + Number(s) / 60);
  const result = minutes === 0 ? 0 : minutes;
  offsetTexts.set(gmt, result);
  return result;
}

/**
 * The day, ISO week and month keys of a day number.
 *
 * @param day - days since 1970-01-01
 * @returns the keys
 */
export function dayKeys(day: number): DayKeys {
  const date = formatDay(day);
  // ISO week: the week belongs to the year of its Thursday.
  const thursday = day - weekdayIndex(day) + 3;
  const weekYear = civilFromDays(thursday).year;
  const week = Math.floor((thursday - daysFromCivil(weekYear, 1, 1)) / 7) + 1;
  return { day: date, week: `${String(weekYear).padStart(4, '0')}-W${String(week).padStart(2, '0')}`, month: date.slice(0, 7) };
}

/**
 * The clock of a zone, shared by every caller that reads the same zone (the
 * caches are bounded).
 *
 * @param zone - a valid zone (the caller checks it)
 * @returns the clock
 */
export function zoneClock(zone: string): ZoneClock {
  const known = clocks.get(zone);
  if (known !== undefined) return known;
  const hours = new Map<number, number>();
  const days = new Map<number, DayKeys>();
  const offset = (ms: number): number => {
    const hour = Math.floor(ms / HOUR_MS);
    const cached = hours.get(hour);
    if (cached !== undefined) return cached;
    const start = readOffset(hour * HOUR_MS, zone);
    const end = readOffset(hour * HOUR_MS + HOUR_MS - 1, zone);
    if (start !== end) return readOffset(ms, zone);
    if (hours.size > 200_000) hours.clear();
    hours.set(hour, start);
    return start;
  };
  const offsetMs = (ms: number): number => {
    const o = Math.round(offset(ms) * MINUTE_MS);
    return o === 0 ? 0 : o;
  };
  const wall = (ms: number): number => ms + offsetMs(ms);
  const day = (ms: number): number => Math.floor(wall(ms) / DAY_MS);
  const clock: ZoneClock = {
    zone,
    offset,
    offsetMs,
    wall,
    day,
    date: (ms) => formatDay(day(ms)),
    time: (ms) => {
      const w = wall(ms);
      return formatMinutes(Math.floor((w - Math.floor(w / DAY_MS) * DAY_MS) / MINUTE_MS));
    },
    weekday: (ms) => weekdayIndex(day(ms)),
    keys: (ms) => {
      const d = day(ms);
      const cached = days.get(d);
      if (cached !== undefined) return cached;
      const made = dayKeys(d);
      if (days.size > 200_000) days.clear();
      days.set(d, made);
      return made;
    },
  };
  if (clocks.size > 1000) clocks.clear();
  clocks.set(zone, clock);
  return clock;
}
