/**
 * The expansion engine behind `expandSlots` and `toRRule`. Internal: not
 * exported from the module's index.
 *
 * Speed comes from resolving zone offsets per local day rather than per
 * instant: the zone's offset is sampled on a grid (every 3 days, each sample
 * cached for the call), and on a day whose surrounding samples all agree the
 * instant of a wall time is `wall − offset`, pure arithmetic. Only the days
 * near a transition go through core's `wallToInstant`, which applies the gap
 * and fold rules. The grid relies on a zone never changing its offset twice
 * within 3 days and coming back: a scan of the whole tz database for
 * 1900–2100 found the shortest interval between two changes to be 7 days
 * (Brazil, October 2000).
 *
 * @module
 */
import { type PathInput, WEEKDAYS, zoneOffsetMinutes as zoneOffset } from '../core/index.js';
import { civilFromDays, DAY_MS, daysFromCivil, daysInMonth, FIRST_DAY, invalid, LAST_DAY, MINUTE_MS, nthWeekdayOfMonth, parseDay, parseMinutes, wallToInstant, weekdayIndex } from '../core/internal.js';
import type { SlotPattern } from './slot-pattern.js';

/** The longest stretch of local days one expansion may walk through (100 years). */
export const MAX_SPAN_DAYS = 36_525;

/** The most instants one expansion may produce. */
export const MAX_INSTANTS = 1_000_000;

const GRID_MS = 3 * DAY_MS;

/** A parsed pattern reduced to numbers. */
export interface CompiledPattern {
  /** The pattern's kind, with monthly split by its rule. */
  readonly kind: 'weekly' | 'monthlyDay' | 'monthlyNth' | 'interval';
  /** The IANA zone the times are in. */
  readonly zone: string;
  /** Minutes since midnight, sorted, distinct. */
  readonly minutes: readonly number[];
  /** The first local day (days since 1970-01-01), or null. */
  readonly startDay: number | null;
  /** The last local day (included), or null. */
  readonly endDay: number | null;
  /** How many instants at most, counted from the start, or null. */
  readonly count: number | null;
  /** Weekly: weekday indexes (Monday = 0), sorted. */
  readonly weekdays: readonly number[];
  /** Weekly: every n weeks. Interval: every n days. */
  readonly every: number;
  /** Monthly: the day of the month. */
  readonly monthDay: number;
  /** Monthly: the ordinal (±1–5) and weekday index. */
  readonly nth: number;
  /** Monthly by ordinal: the weekday index (Monday = 0). */
  readonly nthWeekday: number;
}

/**
 * Reduces a parsed pattern to numbers.
 *
 * @param p - a parsed slot pattern
 * @returns the compiled pattern
 */
export function compilePattern(p: SlotPattern): CompiledPattern {
  const minutes = [...new Set(p.times.map(parseMinutes))].sort((a, b) => a - b);
  const base = {
    zone: p.timeZone,
    minutes,
    startDay: p.start === undefined ? null : parseDay(p.start),
    endDay: p.end === undefined ? null : parseDay(p.end),
    count: p.count ?? null,
    weekdays: [] as number[],
    every: 1,
    monthDay: 0,
    nth: 0,
    nthWeekday: 0,
  };
  switch (p.kind) {
    case 'weekly':
      return {
        ...base,
        kind: 'weekly',
        weekdays: [...new Set(p.weekdays.map((d) => WEEKDAYS.indexOf(d)))].sort((a, b) => a - b),
        every: p.interval ?? 1,
      };
    case 'interval':
      return { ...base, kind: 'interval', every: p.everyDays };
    case "monthly":
      return 'day' in p
        ? { ...base, kind: 'monthlyDay', monthDay: p.day }
        : { ...base, kind: 'monthlyNth', nth: p.nth, nthWeekday: WEEKDAYS.indexOf(p.weekday) };
  }
}

/**
 * Calls `visit` with every day of the pattern in `[lo, hi]`, in order, until
 * `visit` returns false. Ignores `start`'s lower bound (callers clamp `lo`) but
 * uses `start` as the anchor of weekly and daily intervals.
 *
 * @param c - the compiled pattern
 * @param lo - first day number
 * @param hi - last day number
 * @param visit - called with each day number; return false to stop
 */
export function forEachPatternDay(c: CompiledPattern, lo: number, hi: number, visit: (day: number) => boolean): void {
  if (lo > hi) return;
  switch (c.kind) {
    case 'weekly': {
      const anchorWeek = c.startDay === null ? 0 : Math.floor((c.startDay + 3) / 7);
      for (let monday = lo - weekdayIndex(lo); monday <= hi; monday += 7) {
        if (c.every > 1) {
          const offset = Math.floor((monday + 3) / 7) - anchorWeek;
          if (((offset % c.every) + c.every) % c.every !== 0) continue;
        }
        for (const wd of c.weekdays) {
          const day = monday + wd;
          if (day < lo || day > hi) continue;
          if (!visit(day)) return;
        }
      }
      return;
    }
    case 'interval': {
      const anchor = c.startDay ?? 0;
      const k = Math.max(0, Math.ceil((lo - anchor) / c.every));
      for (let day = anchor + k * c.every; day <= hi; day += c.every) {
        if (day >= lo && !visit(day)) return;
      }
      return;
    }
    case "monthlyDay":
    case "monthlyNth": {
      const first = civilFromDays(lo);
      let year = first.year;
      let month = first.month;
      for (;;) {
        const monthStart = daysFromCivil(year, month, 1);
        if (monthStart > hi) return;
        let day: number | null;
        if (c.kind === 'monthlyDay') day = c.monthDay <= daysInMonth(year, month) ? monthStart + c.monthDay - 1 : null;
        else day = nthWeekdayOfMonth(year, month, c.nth, c.nthWeekday);
        if (day !== null && day >= lo && day <= hi && !visit(day)) return;
        month += 1;
        if (month > 12) {
          month = 1;
          year += 1;
        }
      }
    }
  }
}

function offsetAt(zone: string, ms: number): number {
  const offset = zoneOffset(ms, zone);
  return offset === 0 ? 0 : offset;
}

/**
 * Creates a resolver from wall times (local date and time written as UTC
 * milliseconds) to instants in one zone, with per-day caching (see the
 * module comment). The results equal core's `wallToInstant`.
 *
 * @param zone - a valid IANA zone
 * @returns the resolver
 */
export function createWallResolver(zone: string): (wall: number) => number {
  const samples = new Map<number, number>();
  const sample = (k: number): number => {
    let v = samples.get(k);
    if (v === undefined) {
      v = offsetAt(zone, k * GRID_MS);
      samples.set(k, v);
    }
    return v;
  };
  let cachedDay = Number.NaN;
  let cachedOffset: number | null = null;
  const constantOffset = (day: number): number | null => {
    // wallToInstant reads offsets within a day either side of the wall time,
    // and the first candidate lies within 15 hours of it: [day − 2, day + 3] covers all.
    const lo = Math.floor(((day - 2) * DAY_MS) / GRID_MS);
    const hi = Math.ceil(((day + 3) * DAY_MS) / GRID_MS);
    const c = sample(lo);
    for (let k = lo + 1; k <= hi; k += 1) if (sample(k) !== c) return null;
    return c;
  };
  return (wall) => {
    const day = Math.floor(wall / DAY_MS);
    if (day !== cachedDay) {
      cachedDay = day;
      cachedOffset = constantOffset(day);
    }
    // Whole milliseconds, as `new Date(wallToInstant(…))` gives: offsets from before
    // 1900 carry seconds, as fractions of a minute.
    return Math.trunc(cachedOffset === null ? wallToInstant(wall, zone) : wall - cachedOffset * MINUTE_MS);
  };
}

/** Instants of a series, sorted and distinct, with the local day and time each came from. */
export interface SeriesInstants {
  /** Milliseconds since the epoch, ascending, distinct. */
  ms: number[];
  /** For each instant, the index of its local time in the compiled pattern's `minutes`. */
  timeIndex: number[];
  /** For each instant, the day number of its local date (before any gap moved it). */
  day: number[];
}

/** Which part of a series to produce. */
export interface SeriesWindow {
  /** Keep instants at or after this (ms). */
  fromMs: number;
  /** Keep instants before this (ms). */
  toMs: number;
  /** The field to name when the window is too large. */
  path: PathInput;
}

// Sorts the parallel arrays from index `from` on by instant (then by local
// time) and keeps each instant once. Only the tail a spring gap disturbed is
// sorted, so a long series costs no more than its gap days.
function sortSeriesFrom(ms: number[], ti: number[], days: number[], from: number): void {
  const order: number[] = [];
  for (let i = from; i < ms.length; i += 1) order.push(i);
  order.sort((x, y) => (ms[x] as number) - (ms[y] as number) || (ti[x] as number) - (ti[y] as number));
  const sMs = order.map((i) => ms[i] as number);
  const sTi = order.map((i) => ti[i] as number);
  const sDays = order.map((i) => days[i] as number);
  let w = from;
  for (let r = 0; r < sMs.length; r += 1) {
    if (w > 0 && sMs[r] === ms[w - 1]) continue;
    ms[w] = sMs[r] as number;
    ti[w] = sTi[r] as number;
    days[w] = sDays[r] as number;
    w += 1;
  }
  ms.length = w;
  ti.length = w;
  days.length = w;
}

/**
 * The instants of a series within `[fromMs, toMs)`, applying `start`, `end`
 * and `count`. Equal instants (two local times that a spring gap sends to
 * the same instant) are kept once; the earlier local time keeps it.
 *
 * @param c - the compiled pattern
 * @param window - the instants to keep
 * @returns the instants in order
 * @throws {ValidationError} `rangeTooLarge` beyond 100 years of local days, `tooManyInstants` beyond a million instants
 */
export function seriesInstants(c: CompiledPattern, window: SeriesWindow): SeriesInstants {
  const ms: number[] = [];
  const ti: number[] = [];
  const days: number[] = [];
  const resolve = createWallResolver(c.zone);
  // Local days that can hold an instant of the window: offsets stay within
  // ±16 hours, and a gap moves a time forward by at most a day.
  const windowLo = Math.floor(window.fromMs / DAY_MS) - 3;
  const windowHi = Math.floor(window.toMs / DAY_MS) + 2;
  // With a count, the series is walked from its start (the count starts there).
  const counting = c.count !== null && c.startDay !== null;
  let lo = counting ? (c.startDay) : Math.max(windowLo, c.startDay ?? -Infinity);
  let hi = c.endDay === null ? windowHi : Math.min(windowHi, c.endDay);
  lo = Math.max(lo, FIRST_DAY);
  hi = Math.min(hi, LAST_DAY);
  const tooFar = (): never => {
    throw invalid(
      'rangeTooLarge',
      `The expansion would walk through more than ${MAX_SPAN_DAYS} local days (100 years); narrow the range or give the pattern a start and an end`,
      window.path,
    );
  };
  if (!counting && hi - lo > MAX_SPAN_DAYS) tooFar();
  const count = c.count ?? Infinity;
  let cutoff = Infinity; // once `count` instants are known: the count-th instant
  let dropped = 0; // instants before the window, counted and let go
  const tooMany = (): never => {
    throw invalid('tooManyInstants', `The expansion would produce more than ${MAX_INSTANTS} instants; narrow the range`, window.path);
  };
  forEachPatternDay(c, lo, hi, (day) => {
    if (day - lo > MAX_SPAN_DAYS) tooFar();
    // Every instant of a local day is later than the start of the day before.
    if ((day - 1) * DAY_MS >= cutoff) return false;
    const midnight = day * DAY_MS;
    const firstNew = ms.length;
    let dayMin = Infinity;
    let sorted = true;
    for (let i = 0; i < c.minutes.length; i += 1) {
      const at = resolve(midnight + (c.minutes[i] as number) * MINUTE_MS);
      // In a spring gap a time moves forward and may pass a later one; Apia
      // skipped a whole day in 2011, sending it onto the next.
      if (ms.length > 0 && at <= (ms[ms.length - 1] as number)) sorted = false;
      if (at < dayMin) dayMin = at;
      ms.push(at);
      ti.push(i);
      days.push(day);
    }
    if (!sorted) {
      let from = firstNew;
      while (from > 0 && (ms[from - 1] as number) >= dayMin) from -= 1;
      sortSeriesFrom(ms, ti, days, from);
    }
    if (ms.length >= 4096) {
      // Nothing later than this day can come before its midnight.
      const settled = Math.min(window.fromMs, midnight);
      let k = 0;
      while (k < ms.length && (ms[k] as number) < settled) k += 1;
      if (k > 0) {
        ms.splice(0, k);
        ti.splice(0, k);
        days.splice(0, k);
        dropped += k;
      }
      if (ms.length > MAX_INSTANTS) tooMany();
    }
    if (dropped + ms.length >= count) {
      if (dropped >= count) {
        ms.length = 0;
        ti.length = 0;
        days.length = 0;
        return false;
      }
      cutoff = ms[count - 1 - dropped] as number;
    }
    return true;
  });
  if (dropped + ms.length > count) {
    ms.length = Math.max(0, count - dropped);
    ti.length = ms.length;
    days.length = ms.length;
  }
  let first = 0;
  while (first < ms.length && (ms[first] as number) < window.fromMs) first += 1;
  let last = ms.length;
  while (last > first && (ms[last - 1] as number) >= window.toMs) last -= 1;
  if (last - first > MAX_INSTANTS) tooMany();
  return { ms: ms.slice(first, last), timeIndex: ti.slice(first, last), day: days.slice(first, last) };
}
