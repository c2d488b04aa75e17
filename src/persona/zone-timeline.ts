/**
 * Internal helpers for walking real time through one or two IANA zones: the
 * offset of a zone at an instant in milliseconds, the instants at which a
 * zone's offset changes (DST and other transitions) and day numbers of local
 * dates. Not exported from the module's index.
 *
 * @module
 */
import { zoneClock } from '../core/internal.js';

/** Milliseconds in an hour. */
export const HOUR_MS = 3_600_000;
/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

// Offsets are sampled every 6 hours and each change is located to the
// millisecond by bisection. tzdb never changes a zone's offset twice within
// 6 hours (a change and its reversal are months apart), so no transition is missed.
const SAMPLE_MS = 6 * HOUR_MS;

/**
 * The UTC offset of a zone at an instant, in milliseconds (core's zone
 * clock, cached per UTC hour; historical offsets with seconds stay exact).
 *
 * @param zone - a valid IANA zone
 * @param ms - the instant, in milliseconds since the epoch
 * @returns the offset in milliseconds east of UTC
 */
export function offsetMs(zone: string, ms: number): number {
  return zoneClock(zone).offsetMs(ms);
}

/**
 * The instants in `[from, to)` at which the zone's UTC offset changes: each
 * is the first millisecond of the new offset.
 *
 * @param zone - a valid IANA zone
 * @param from - the first instant (ms)
 * @param to - the end of the span (ms, exclusive)
 * @returns the transition instants, in increasing order
 */
export function offsetTransitions(zone: string, from: number, to: number): number[] {
  const found: number[] = [];
  let lo = from;
  let loOffset = offsetMs(zone, from);
  while (lo < to - 1) {
    const probe = Math.min(lo + SAMPLE_MS, to - 1);
    const probeOffset = offsetMs(zone, probe);
    if (probeOffset === loOffset) {
      lo = probe;
      continue;
    }
    // Bisect (lo, probe] for the first instant whose offset differs from loOffset.
    let a = lo;
    let b = probe;
    while (b - a > 1) {
      const mid = Math.floor((a + b) / 2);
      if (offsetMs(zone, mid) === loOffset) a = mid;
      else b = mid;
    }
    found.push(b);
    lo = b;
    loOffset = offsetMs(zone, b);
  }
  return found;
}

/**
 * The number of days from 1970-01-01 to a valid local date `'YYYY-MM-DD'`
 * (negative before 1970). Years 0–99 are read as written, not as 19xx.
 *
 * @param date - a local date already checked by core's `localDate`
 * @returns the day number
 */
export function dayNumber(date: string): number {
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(d.getTime() / DAY_MS);
}

/**
 * The weekday index (0 = Monday … 6 = Sunday) of a day number.
 *
 * @param day - days since 1970-01-01 (a Thursday)
 * @returns 0 … 6
 */
export function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}
