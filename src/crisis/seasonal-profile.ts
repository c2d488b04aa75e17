/**
 * Daily and weekly profiles of a mention series in its local time. Private
 * to the module.
 *
 * @module
 */
import type { RegularSeries } from './mention-series.js';

/** Days a series must cover for a weekly profile (three of each weekday, so that a median resists one odd day). */
export const WEEKLY_PROFILE_DAYS = 21;

/** Days a series must cover for the adaptive method's time-of-day profile. */
export const DAILY_PROFILE_DAYS = 7;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  values.sort((a, b) => a - b);
  const m = values.length;
  return m % 2 === 1 ? (values[m >> 1] as number) : ((values[(m >> 1) - 1] as number) + (values[m >> 1] as number)) / 2;
}

/**
 * The median profile of S-H-ESD's seasonal step: the median count of each
 * slot, a slot being the local weekday and time of day when the series covers
 * three weeks, the local time of day when it covers two days, else the whole
 * series. Filled buckets are left out.
 *
 * @param s - the series
 * @returns the profile value of each bucket, and the kind of profile
 */
export function medianProfile(s: RegularSeries): { profile: Float64Array; kind: 'weekly' | 'daily' | 'none' } {
  const n = s.count.length;
  const days = (s.day[n - 1] as number) - (s.day[0] as number) + 1;
  const kind = days >= WEEKLY_PROFILE_DAYS ? 'weekly' : days >= 2 && !s.daily ? 'daily' : 'none';
  const key = (t: number): number => (kind === 'weekly' ? (s.weekday[t] as number) * s.slotsPerDay + (s.slot[t] as number) : kind === 'daily' ? (s.slot[t] as number) : 0);
  const groups = new Map<number, number[]>();
  for (let t = 0; t < n; t += 1) {
    if (s.filled[t] === 1) continue;
    const k = key(t);
    let g = groups.get(k);
    if (g === undefined) groups.set(k, (g = []));
    g.push(s.count[t] as number);
  }
  const medians = new Map<number, number>();
  for (const [k, g] of groups) medians.set(k, median(g));
  const profile = new Float64Array(n);
  for (let t = 0; t < n; t += 1) profile[t] = medians.get(key(t)) ?? 0;
  return { profile, kind };
}

/**
 * A multiplicative profile with mean about 1: a weekday factor (the median,
 * over the days of that weekday, of the day's mean count over the median
 * day mean of its surrounding week), when the series covers three weeks, times
 * a time-of-day factor (the ratio of sums of the slot's counts to its days'
 * means, days more than twice their expected level and buckets above four
 * times their day's mean left out), when it covers a week of sub-daily buckets.
 *
 * @param s - the series
 * @returns the factor of each bucket
 */
export function multiplicativeProfile(s: RegularSeries): Float64Array {
  const n = s.count.length;
  const day0 = s.day[0] as number;
  const days = (s.day[n - 1] as number) - day0 + 1;
  const total = new Float64Array(days);
  const size = new Float64Array(days);
  for (let t = 0; t < n; t += 1) {
    if (s.filled[t] === 1) continue;
    const d = (s.day[t] as number) - day0;
    total[d] = (total[d] as number) + (s.count[t] as number);
    size[d] = (size[d] as number) + 1;
  }
  const mean = Float64Array.from(total, (v, d) => ((size[d] as number) > 0 ? v / (size[d] as number) : Number.NaN));
  const weekLevel = new Float64Array(days);
  for (let d = 0; d < days; d += 1) {
    const around: number[] = [];
    for (let e = Math.max(0, d - 3); e <= Math.min(days - 1, d + 3); e += 1) if (!Number.isNaN(mean[e])) around.push(mean[e] as number);
    weekLevel[d] = median(around);
  }
  const weekdayFactor = new Float64Array(7).fill(1);
  if (days >= WEEKLY_PROFILE_DAYS) {
    const ratios: number[][] = Array.from({ length: 7 }, () => []);
    for (let t = 0, d = -1; t < n; t += 1) {
      const dd = (s.day[t] as number) - day0;
      if (dd === d) continue;
      d = dd;
      const m = mean[d] as number;
      if (!Number.isNaN(m) && (weekLevel[d] as number) > 0) (ratios[s.weekday[t] as number] as number[]).push(m / (weekLevel[d] as number));
    }
    for (let w = 0; w < 7; w += 1) weekdayFactor[w] = (ratios[w] as number[]).length > 0 ? median(ratios[w] as number[]) : 1;
    const avg = weekdayFactor.reduce((a, b) => a + b, 0) / 7;
    for (let w = 0; w < 7; w += 1) weekdayFactor[w] = avg > 0 && (weekdayFactor[w] as number) > 0 ? (weekdayFactor[w] as number) / avg : 1;
  }
  const slotFactor = new Float64Array(s.slotsPerDay).fill(1);
  if (!s.daily && days >= DAILY_PROFILE_DAYS) {
    const num = new Float64Array(s.slotsPerDay);
    const den = new Float64Array(s.slotsPerDay);
    for (let t = 0; t < n; t += 1) {
      if (s.filled[t] === 1) continue;
      const d = (s.day[t] as number) - day0;
      const m = mean[d] as number;
      const expectedDay = (weekLevel[d] as number) * (weekdayFactor[s.weekday[t] as number] as number);
      if (Number.isNaN(m) || (size[d] as number) < s.slotsPerDay * 0.9 || m > 2 * expectedDay + 1) continue;
      if ((s.count[t] as number) > 4 * m + 4) continue; // a spike's bucket says nothing about the time of day
      const k = s.slot[t] as number;
      num[k] = (num[k] as number) + (s.count[t] as number);
      den[k] = (den[k] as number) + m;
    }
    let sum = 0;
    let used = 0;
    for (let k = 0; k < s.slotsPerDay; k += 1) {
      if ((den[k] as number) > 0) {
        slotFactor[k] = (num[k] as number) / (den[k] as number);
        sum += slotFactor[k] as number;
        used += 1;
      }
    }
    const avg = used > 0 ? sum / used : 1;
    for (let k = 0; k < s.slotsPerDay; k += 1) slotFactor[k] = avg > 0 ? Math.max((slotFactor[k] as number) / avg, 0.02) : 1;
  }
  const profile = new Float64Array(n);
  for (let t = 0; t < n; t += 1) profile[t] = (slotFactor[s.slot[t] as number] as number) * (weekdayFactor[s.weekday[t] as number] as number);
  return profile;
}
