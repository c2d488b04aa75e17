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

/** Counts the comparisons of the index's binary searches (for tests). */
export interface ComparisonCounter {
  /** The comparisons so far. */
  comparisons: number;
}

// The index of the last element not above `value`, or -1, counting comparisons.
function lastNotAbove(sorted: readonly number[], value: number, counter: ComparisonCounter | undefined): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (counter !== undefined) counter.comparisons += 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Indexes ranges of instants (blackouts, freezes). The endpoints cut the
 * time line into elementary pieces; each piece records the lowest index of
 * the ranges covering it (found by a sweep with a heap, O(n log n)), so
 * `has` and `which` are one binary search each: O(log n).
 *
 * @param ranges - the ranges
 * @param counter - counts the comparisons of lookups (tests)
 * @returns the index
 */
export function indexRanges(ranges: readonly { from: Date; to: Date }[], counter?: ComparisonCounter): RangeIndex {
  const events: [number, number, number][] = [];
  for (let i = 0; i < ranges.length; i += 1) {
    const r = ranges[i] as { from: Date; to: Date };
    const a = r.from.getTime();
    const b = r.to.getTime();
    if (b > a) events.push([a, 1, i], [b, 0, i]);
  }
  events.sort((x, y) => x[0] - y[0]);
  // Min-heap of the covering ranges' indices, removed lazily once ended.
  const heap: number[] = [];
  const ended = new Set<number>();
  const pushHeap = (v: number): void => {
    let k = heap.push(v) - 1;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if ((heap[parent] as number) <= v) break;
      heap[k] = heap[parent] as number;
      k = parent;
    }
    heap[k] = v;
  };
  const popHeap = (): void => {
    const last = heap.pop() as number;
    if (heap.length === 0) return;
    let k = 0;
    for (;;) {
      const l = 2 * k + 1;
      if (l >= heap.length) break;
      const c = l + 1 < heap.length && (heap[l + 1] as number) < (heap[l] as number) ? l + 1 : l;
      if ((heap[c] as number) >= last) break;
      heap[k] = heap[c] as number;
      k = c;
    }
    heap[k] = last;
  };
  // Piece k covers [starts[k], starts[k + 1]) and belongs to range owner[k] (-1: none).
  const starts: number[] = [];
  const owner: number[] = [];
  for (let e = 0; e < events.length; ) {
    const at = (events[e] as [number, number, number])[0];
    for (; e < events.length && (events[e] as [number, number, number])[0] === at; e += 1) {
      const [, kind, i] = events[e] as [number, number, number];
      if (kind === 1) pushHeap(i);
      else ended.add(i);
    }
    while (heap.length > 0 && ended.has(heap[0] as number)) {
      ended.delete(heap[0] as number);
      popHeap();
    }
    const top = heap.length > 0 ? (heap[0] as number) : -1;
    if (owner.length > 0 && owner[owner.length - 1] === top) continue;
    starts.push(at);
    owner.push(top);
  }
  const which = (ms: number): number => {
    const k = lastNotAbove(starts, ms, counter);
    return k < 0 ? -1 : (owner[k] as number);
  };
  return { has: (ms) => which(ms) >= 0, which };
}
