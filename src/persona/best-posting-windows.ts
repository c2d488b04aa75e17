import { type LocalTime, type Weekday, WEEKDAYS } from '../core/index.js';
import { count, finiteNumber, objectArgument, readOptions } from '../core/internal.js';
import { ACTIVITY_HOURS, activityMatrix, type ActivityMatrix } from './activity-matrix.js';
import type { AudienceActivity } from './audience-activity.js';
import { pickWindows } from './pick-windows.js';

/**
 * A posting window: a weekday and the start of a slot, local to the
 * activity's (or the history's) zone.
 */
export interface PostingWindow {
  /** The weekday, `'mon'` … `'sun'`. */
  weekday: Weekday;
  /**
   * The start of the slot, `'HH:mm'`: on the hour from `bestPostingWindows`
   * (`'07:00'`); from `postingWindowsFromHistory` with `slotMinutes: 30`, it
   * may fall on the half hour (`'07:30'`).
   */
  time: LocalTime;
  /** The score: the activity of that weekday-hour (the matrix cell), or the shrunk rate estimate from history. */
  score: number;
}

/** Options of {@link bestPostingWindows}. */
export interface BestPostingWindowsOptions {
  /** How many windows to return at most (a count; default 3). */
  count?: number;
  /**
   * The smallest distance between the starts of two returned windows, in
   * hours, measured around the week (Sunday 23:00 and Monday 01:00 are 2 hours
   * apart). Finite, from 0 to 168; default 3.
   */
  minGapHours?: number;
}

const WEEK_HOURS = 7 * ACTIVITY_HOURS;

/**
 * Picks the best hours to post from a weekly heat map, spread apart.
 *
 * The rule: every weekday-hour with a score above 0 is a candidate; candidates
 * are taken in decreasing order of score, ties broken by position in the week
 * (Monday 00:00 first); a candidate is kept when its start is at least
 * `minGapHours` away, around the week, from every window already kept; the
 * walk stops after `count` windows. The result is in that order (best first)
 * and may be shorter than `count` when too few hours have activity or the gap
 * rules them out. Times are local to the activity's zone (for an
 * {@link AudienceActivity}, its `timeZone`).
 *
 * @param activity - an {@link AudienceActivity} or a bare 7 × 24 matrix
 * @param options - `count` (default 3) and `minGapHours` (default 3)
 * @returns the windows, best first
 * @throws {ValidationError} when the matrix is not 7 × 24 finite non-negative numbers, `count` is not a count,
 *   or `minGapHours` is not a finite number from 0 to 168
 * @example
 * const m = buildActivityMatrix([
 *   { weekdays: ['tue'], fromHour: 7, toHour: 8, value: 5 },
 *   { weekdays: ['tue'], fromHour: 8, toHour: 9, value: 4 },
 *   { weekdays: ['sat'], fromHour: 10, toHour: 11, value: 3 },
 * ]);
 * bestPostingWindows(m, { count: 2, minGapHours: 3 });
 * // [{ weekday: 'tue', time: '07:00', score: 5 }, { weekday: 'sat', time: '10:00', score: 3 }]
 */
export function bestPostingWindows(activity: AudienceActivity | ActivityMatrix, options: BestPostingWindowsOptions = {}): PostingWindow[] {
  const matrix = Array.isArray(activity)
    ? activityMatrix(activity, 'activity')
    : activityMatrix(objectArgument(activity, 'activity').matrix, ['activity', 'matrix']);
  const opts = readOptions<BestPostingWindowsOptions>(options, 'options', ['count', 'minGapHours']);
  const wanted = opts.count === undefined ? 3 : count(opts.count, ['options', 'count']);
  const minGap = opts.minGapHours === undefined ? 3 : finiteNumber(opts.minGapHours, ['options', 'minGapHours'], { min: 0, max: WEEK_HOURS });

  const scores = Array.from({ length: WEEK_HOURS }, (_, i) => score(matrix, i));
  const kept = pickWindows(scores, 1, wanted, minGap);
  return kept.map((i) => {
    const hour = i % ACTIVITY_HOURS;
    return {
      weekday: WEEKDAYS[Math.floor(i / ACTIVITY_HOURS)] as Weekday,
      time: `${String(hour).padStart(2, '0')}:00`,
      score: score(matrix, i),
    };
  });
}

function score(matrix: readonly (readonly number[])[], index: number): number {
  return (matrix[Math.floor(index / ACTIVITY_HOURS)] as readonly number[])[index % ACTIVITY_HOURS] as number;
}
