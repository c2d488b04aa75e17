/**
 * Reading a mention series: points `{ at, count, negative? }`, strictly
 * increasing, in regular buckets from 5 minutes to 1 day. The bucket size is
 * inferred (the smallest step) and checked; 1-day buckets are consecutive
 * local midnights in the zone (a DST day lasts 23 or 25 hours). A gap is an
 * error naming it, or filled. Private to the module.
 *
 * @module
 */
import { type InstantInput, zoneOffsetMinutes } from '../core/index.js';
import { arrayArgument, count, DAY_MS, describeValue, HOUR_MS, instant, invalid, MINUTE_MS, objectArgument, wallToInstant } from '../core/internal.js';

/** One bucket of a mention series. */
export interface MentionPoint {
  /** The bucket's start (a `Date` or an ISO 8601 string). */
  at: InstantInput;
  /** Mentions in the bucket (a count). */
  count: number;
  /** Of which negative (a count, at most `count`); for {@link detectSentimentDips}. */
  negative?: number;
}

/** How a gap in the series is handled: refused (the default) or filled. */
export type GapFill = 'error' | 'zero' | 'interpolate';

/** A series read, regular, with its local calendar. */
export interface RegularSeries {
  /** Bucket starts, ms since the epoch. */
  at: Float64Array;
  /** Counts. */
  count: Float64Array;
  /** Negative counts (zeros when the input has none). */
  negative: Float64Array;
  /** Whether any input point gave `negative`. */
  hasNegative: boolean;
  /** 1 where the bucket was filled in a gap. */
  filled: Uint8Array;
  /** The bucket size in minutes (1440 for local days). */
  bucketMinutes: number;
  /** Whether buckets are local days (consecutive local midnights). */
  daily: boolean;
  /** Local day number (days since 1970-01-01 in the zone) of each bucket. */
  day: Int32Array;
  /** Local weekday, 0 = Monday. */
  weekday: Uint8Array;
  /** Bucket of the local day (minutes since local midnight ÷ bucket size), 0 for daily buckets. */
  slot: Int32Array;
  /** Buckets in a (24-hour) day. */
  slotsPerDay: number;
}


/**
 * Offsets in minutes of many instants in one zone, cached per 4-hour block
 * of UTC: when a block's start and the next block's start have the same
 * offset, the whole block has it (zones change their offset at most once in
 * four hours); a block with a change is computed per instant.
 *
 * @param zone - a valid zone
 * @returns the lookup
 */
function offsetLookup(zone: string): (ms: number) => number {
  const BLOCK = 4 * HOUR_MS;
  const starts = new Map<number, number>();
  const startOf = (block: number): number => {
    let v = starts.get(block);
    if (v === undefined) starts.set(block, (v = zoneOffsetMinutes(block * BLOCK, zone)));
    return v;
  };
  return (ms) => {
    const block = Math.floor(ms / BLOCK);
    const start = startOf(block);
    return start === startOf(block + 1) ? start : zoneOffsetMinutes(ms, zone);
  };
}

/**
 * Reads, checks and regularizes a mention series.
 *
 * @param series - the caller's points
 * @param zone - a valid IANA zone (for local days)
 * @param fill - how gaps are handled
 * @param bucketMinutes - the bucket size the caller states, or undefined to infer it
 * @returns the regular series
 * @throws {ValidationError} `seriesTooShort`, `notIncreasing`, `negativeAboveCount`, `irregularSeries`, `bucketOutOfRange`, `gapInSeries`
 */
export function readSeries(series: unknown, zone: string, fill: GapFill, bucketMinutes?: number): RegularSeries {
  const list = arrayArgument(series, 'series');
  const n = list.length;
  if (n < 2) throw invalid('seriesTooShort', `series needs at least two buckets to infer the bucket size, got ${n}`, 'series');
  const at = new Float64Array(n);
  const counts = new Float64Array(n);
  const neg = new Float64Array(n);
  let hasNegative = false;
  for (let i = 0; i < n; i += 1) {
    const p = objectArgument(list[i], ['series', i]);
    at[i] = instant(p.at, ['series', i, 'at']).getTime();
    counts[i] = count(p.count, ['series', i, 'count']);
    if (p.negative !== undefined) {
      neg[i] = count(p.negative, ['series', i, 'negative']);
      hasNegative = true;
      if ((neg[i] as number) > (counts[i] as number)) {
        throw invalid('negativeAboveCount', `series[${i}].negative (${neg[i]}) must not exceed series[${i}].count (${counts[i]})`, ['series', i, 'negative']);
      }
    }
    if (i > 0 && (at[i] as number) <= (at[i - 1] as number)) {
      throw invalid('notIncreasing', `series[${i}].at must be after series[${i - 1}].at: the series must be strictly increasing, one point per bucket`, ['series', i, 'at']);
    }
  }
  const offset = offsetLookup(zone);
  const localMs = (ms: number): number => ms + offset(ms) * MINUTE_MS;
  let minStep = Number.POSITIVE_INFINITY;
  for (let i = 1; i < n; i += 1) minStep = Math.min(minStep, (at[i] as number) - (at[i - 1] as number));
  const allMidnights = (): boolean => {
    for (let i = 0; i < n; i += 1) if (localMs(at[i] as number) % DAY_MS !== 0) return false;
    return true;
  };
  const daily = bucketMinutes === undefined ? minStep >= 23 * HOUR_MS && allMidnights() : bucketMinutes === 1440 && allMidnights();
  let step: number;
  if (daily) step = DAY_MS;
  else {
    step = bucketMinutes === undefined ? minStep : bucketMinutes * MINUTE_MS;
    if (step % MINUTE_MS !== 0 || step < 5 * MINUTE_MS || step > DAY_MS) {
      throw invalid(
        'bucketOutOfRange',
        `series buckets must be whole minutes from 5 minutes to 1 day, got a step of ${describeValue(step / MINUTE_MS)} minutes` +
          (minStep >= 23 * HOUR_MS ? ` (1-day buckets must be local midnights in options.timeZone, '${zone}')` : ''),
        'series',
      );
    }
  }
  // Indexes of the regular grid: bucket k of the output.
  const origin = at[0] as number;
  const position = (ms: number): number => (daily ? Math.round(localMs(ms) / DAY_MS) : (ms - origin) / step);
  const first = position(at[0] as number);
  for (let i = 1; i < n; i += 1) {
    const k = position(at[i] as number) - first;
    if (!Number.isInteger(k)) {
      throw invalid(
        'irregularSeries',
        `series[${i}].at is not on the ${step / MINUTE_MS}-minute grid of series[0].at: buckets must be regular` +
          (minStep >= 23 * HOUR_MS ? ` (1-day buckets must be local midnights in options.timeZone, '${zone}')` : ''),
        ['series', i, 'at'],
      );
    }
    const gap = k - (position(at[i - 1] as number) - first);
    if (gap > 1 && fill === 'error') {
      throw invalid(
        'gapInSeries',
        `series has a gap: ${gap - 1} missing bucket${gap > 2 ? 's' : ''} between ${new Date(at[i - 1] as number).toISOString()} and ${new Date(at[i] as number).toISOString()} (series[${i - 1}] and series[${i}]); complete the series or pass fill: 'zero' or 'interpolate'`,
        ['series', i, 'at'],
      );
    }
  }
  const total = position(at[n - 1] as number) - first + 1;
  if (total > 10_000_000) throw invalid('seriesTooLong', `series spans ${total} buckets, more than 10,000,000`, 'series');
  const out = {
    at: new Float64Array(total),
    count: new Float64Array(total),
    negative: new Float64Array(total),
    filled: new Uint8Array(total),
  };
  const bucketAt = (k: number): number => {
    if (!daily) return (at[0] as number) + k * step;
    return wallToInstant((first + k) * DAY_MS, zone);
  };
  let j = 0;
  for (let i = 0; i < n; i += 1) {
    const k = position(at[i] as number) - first;
    if (i > 0) {
      const prev = j - 1;
      const span = k - prev;
      for (let g = prev + 1; g < k; g += 1) {
        const w = (g - prev) / span;
        out.at[g] = bucketAt(g);
        out.filled[g] = 1;
        if (fill === 'interpolate') {
          out.count[g] = Math.round((out.count[prev] as number) * (1 - w) + (counts[i] as number) * w);
          out.negative[g] = Math.min(out.count[g] as number, Math.round((out.negative[prev] as number) * (1 - w) + (neg[i] as number) * w));
        }
      }
    }
    out.at[k] = at[i] as number;
    out.count[k] = counts[i] as number;
    out.negative[k] = neg[i] as number;
    j = k + 1;
  }
  const day = new Int32Array(total);
  const weekday = new Uint8Array(total);
  const slot = new Int32Array(total);
  const minutes = daily ? 1440 : step / MINUTE_MS;
  for (let k = 0; k < total; k += 1) {
    const local = localMs(out.at[k] as number);
    const d = Math.floor(local / DAY_MS);
    day[k] = d;
    weekday[k] = (((d + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday (3 with Monday = 0)
    slot[k] = daily ? 0 : Math.floor((local - d * DAY_MS) / step);
  }
  return {
    ...out,
    hasNegative,
    bucketMinutes: minutes,
    daily,
    day,
    weekday,
    slot,
    slotsPerDay: daily ? 1 : Math.ceil(DAY_MS / step),
  };
}
