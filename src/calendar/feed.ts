/**
 * One platform's feed while a plan is built or changed: the instants taken
 * and the posts per local day, to check the minimum gap and the daily cap
 * in O(log n). Also the blackout index. Internal: not exported from the
 * module's index.
 *
 * @module
 */
import { MINUTE_MS } from '../core/internal.js';

/** A platform's posts, as instants and per-day counts. */
export interface Feed {
  /** The minimum gap, in ms. */
  readonly gapMs: number;
  /** The most posts per local day (Infinity: no cap; internal only). */
  readonly maxPerDay: number;
  /** The instants taken, ascending (equal instants allowed). */
  readonly times: number[];
  /** Posts per local day number. */
  readonly perDay: Map<number, number>;
}

/**
 * Creates an empty feed.
 *
 * @param constraints - the platform's constraints, or undefined for none
 * @returns the feed
 */
export function createFeed(constraints: { minGapMinutes: number; maxPerDay?: number | undefined } | undefined): Feed {
  return { gapMs: (constraints?.minGapMinutes ?? 0) * MINUTE_MS, maxPerDay: constraints?.maxPerDay ?? Infinity, times: [], perDay: new Map() };
}

/**
 * The index of the first element not below `value` in a sorted array.
 *
 * @param sorted - ascending numbers
 * @param value - the value
 * @returns the insertion index
 */
export function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The distance to the nearest instant taken (Infinity when the feed is empty; internal only).
 *
 * @param feed - the feed
 * @param ms - the instant
 * @returns the distance in ms
 */
export function nearest(feed: Feed, ms: number): number {
  const i = lowerBound(feed.times, ms);
  const after = i < feed.times.length ? (feed.times[i] as number) - ms : Infinity;
  const before = i > 0 ? ms - (feed.times[i - 1] as number) : Infinity;
  return Math.min(after, before);
}

/**
 * What stops a post at `ms` on local day `day`: the daily cap, the gap (or the same instant taken), or nothing.
 *
 * @param feed - the feed
 * @param ms - the instant
 * @param day - its local day number
 * @returns `'maxPerDay'`, `'minGap'` or null
 */
export function feedProblem(feed: Feed, ms: number, day: number): 'maxPerDay' | 'minGap' | null {
  if ((feed.perDay.get(day) ?? 0) >= feed.maxPerDay) return 'maxPerDay';
  const d = nearest(feed, ms);
  if (d === 0 || d < feed.gapMs) return 'minGap';
  return null;
}

/**
 * Adds a post to the feed.
 *
 * @param feed - the feed (changed)
 * @param ms - the instant
 * @param day - its local day number
 */
export function addToFeed(feed: Feed, ms: number, day: number): void {
  feed.times.splice(lowerBound(feed.times, ms), 0, ms);
  feed.perDay.set(day, (feed.perDay.get(day) ?? 0) + 1);
}

/** Ranges of instants, `from` included and `to` excluded, with a fast membership test. */
export interface RangeIndex {
  /** Whether an instant falls in one of the ranges. */
  has(ms: number): boolean;
  /** The index (in the original list) of the first range holding the instant, or -1. */
  which(ms: number): number;
}

/**
 * Indexes ranges of instants (blackouts, freezes): merged into disjoint
 * intervals, so a lookup is a binary search.
 *
 * @param ranges - the ranges
 * @returns the index
 */
export function indexRanges(ranges: readonly { from: Date; to: Date }[]): RangeIndex {
  const sorted = ranges.map((r) => [r.from.getTime(), r.to.getTime()] as const).filter(([a, b]) => b > a);
  sorted.sort((x, y) => x[0] - y[0]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [a, b] of sorted) {
    const last = ends.length - 1;
    if (last >= 0 && a <= (ends[last] as number)) ends[last] = Math.max(ends[last] as number, b);
    else {
      starts.push(a);
      ends.push(b);
    }
  }
  const has = (ms: number): boolean => {
    const i = lowerBound(starts, ms + 1) - 1;
    return i >= 0 && ms < (ends[i] as number);
  };
  return {
    has,
    which: (ms) => {
      if (!has(ms)) return -1;
      for (let i = 0; i < ranges.length; i += 1) {
        const r = ranges[i] as { from: Date; to: Date };
        if (ms >= r.from.getTime() && ms < r.to.getTime()) return i;
      }
      return -1;
    },
  };
}
