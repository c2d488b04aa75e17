/**
 * Reads instants on one zone's wall clock, fast: the zone's offset is cached
 * per UTC hour (an hour whose two ends have different offsets, a DST
 * change, is never cached, so changes at any minute are exact). Internal:
 * not exported from the module's index.
 *
 * @module
 */
import { zoneOffsetMinutes as zoneOffset } from '../core/index.js';
import { DAY_MS, formatDay, formatMinutes, MINUTE_MS } from '../core/internal.js';

const HOUR_MS = 3_600_000;

/** Wall-clock readings of instants in one zone. */
export interface LocalClock {
  /** The local day number (days since 1970-01-01) of an instant in ms. */
  day(ms: number): number;
  /** The local date `'YYYY-MM-DD'`. */
  date(ms: number): string;
  /** The local time `'HH:mm'`. */
  time(ms: number): string;
  /** The offset in minutes east of UTC. */
  offset(ms: number): number;
}

/**
 * Creates a clock for a zone.
 *
 * @param zone - a valid IANA zone
 * @returns the clock
 */
export function createLocalClock(zone: string): LocalClock {
  const hours = new Map<number, number>();
  const offset = (ms: number): number => {
    const hour = Math.floor(ms / HOUR_MS);
    const cached = hours.get(hour);
    if (cached !== undefined) return cached;
    const start = zoneOffset(hour * HOUR_MS, zone);
    const end = zoneOffset(hour * HOUR_MS + HOUR_MS - 1, zone);
    if (start !== end) return zoneOffset(ms, zone);
    if (hours.size > 100_000) hours.clear();
    hours.set(hour, start);
    return start;
  };
  const local = (ms: number): number => Math.floor(ms + offset(ms) * MINUTE_MS);
  return {
    day: (ms) => Math.floor(local(ms) / DAY_MS),
    date: (ms) => formatDay(Math.floor(local(ms) / DAY_MS)),
    time: (ms) => {
      const l = local(ms);
      return formatMinutes(Math.floor((l - Math.floor(l / DAY_MS) * DAY_MS) / MINUTE_MS));
    },
    offset,
  };
}
