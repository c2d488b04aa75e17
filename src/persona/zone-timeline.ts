/**
 * Internal helpers for walking real time through one or two IANA zones: the
 * offset of a zone at an instant in milliseconds, the instants at which a
 * zone's offset changes (DST and other transitions). Not exported from the module's index.
 *
 * @module
 */
import { HOUR_MS, zoneClock } from '../core/internal.js';


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
