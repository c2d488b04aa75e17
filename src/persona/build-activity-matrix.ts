import { type Weekday, WEEKDAYS } from '../core/index.js';
import { arrayArgument, count, describeValue, finiteNumber, formatPath, invalid, objectArgument, weekday } from '../core/internal.js';
import { ACTIVITY_DAYS, ACTIVITY_HOURS } from './activity-matrix.js';

/** One block of an activity profile: the same value on some weekdays over a span of hours. */
export interface ActivityBlock {
  /** The weekdays the block covers (`'mon'` … `'sun'`). */
  weekdays: readonly Weekday[];
  /** The first hour covered, 0 to 23 (7 means 07:00–08:00). */
  fromHour: number;
  /** The hour after the last one covered, 1 to 24 (9 means the block ends at 09:00). */
  toHour: number;
  /** The activity level added to each covered hour (finite, ≥ 0). */
  value: number;
}

/**
 * Builds a 7 × 24 activity matrix from blocks, which is easier to write and
 * read than 168 numbers. Each block adds its `value` to every hour
 * `fromHour ≤ h < toHour` of each of its weekdays; overlapping blocks add up;
 * hours no block covers are 0.
 *
 * @param blocks - the blocks
 * @returns a new 7 × 24 matrix (row 0 Monday, column 0 = 00:00–01:00)
 * @throws {ValidationError} when `blocks` is not an array, a weekday is unknown,
 *   an hour is not a whole number in range, `toHour ≤ fromHour`, or a value is negative or not finite
 * @example
 * const m = buildActivityMatrix([{ weekdays: ['mon', 'tue'], fromHour: 7, toHour: 9, value: 2 }]);
 * m[0][7]; // 2
 * m[1][8]; // 2
 * m[0][9]; // 0
 */
export function buildActivityMatrix(blocks: readonly ActivityBlock[]): number[][] {
  const list = arrayArgument(blocks, 'blocks');
  const matrix = Array.from({ length: ACTIVITY_DAYS }, () => new Array<number>(ACTIVITY_HOURS).fill(0));
  for (let i = 0; i < list.length; i += 1) {
    const block = objectArgument(list[i], ['blocks', i]);
    const days = arrayArgument(block.weekdays, ['blocks', i, 'weekdays']);
    const from = count(block.fromHour, ['blocks', i, 'fromHour']);
    const to = count(block.toHour, ['blocks', i, 'toHour']);
    if (from > 23) throw invalid('outOfRange', `${formatPath(['blocks', i, 'fromHour'])} must be an hour from 0 to 23, got ${describeValue(from)}`, ['blocks', i, 'fromHour']);
    if (to > 24 || to <= from) {
      throw invalid(
        'outOfRange',
        `${formatPath(['blocks', i, 'toHour'])} must be after fromHour (${from}) and at most 24, got ${describeValue(to)}`,
        ['blocks', i, 'toHour'],
      );
    }
    const value = finiteNumber(block.value, ['blocks', i, 'value'], { min: 0 });
    for (let d = 0; d < days.length; d += 1) {
      const row = matrix[WEEKDAYS.indexOf(weekday(days[d], ['blocks', i, 'weekdays', d]))] as number[];
      for (let h = from; h < to; h += 1) {
        const sum = (row[h] as number) + value;
        if (!Number.isFinite(sum)) throw invalid('notFinite', `${formatPath(['blocks', i, 'value'])} makes an hour's total too large to represent`, ['blocks', i, 'value']);
        row[h] = sum;
      }
    }
  }
  return matrix;
}
