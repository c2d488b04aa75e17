import { type PathInput } from '../core/index.js';
import { describeValue, finiteNumber, formatPath, invalid, pathArgument } from '../core/internal.js';

/**
 * The number of rows of an {@link ActivityMatrix}: one per weekday, Monday first.
 *
 * @example
 * ACTIVITY_DAYS; // 7
 */
export const ACTIVITY_DAYS = 7;

/**
 * The number of columns of an {@link ActivityMatrix}: one per local hour, 00:00–01:00 first.
 *
 * @example
 * ACTIVITY_HOURS; // 24
 */
export const ACTIVITY_HOURS = 24;

/**
 * A weekly activity profile: 7 rows (row 0 is Monday, row 6 is Sunday) of 24
 * finite, non-negative numbers (column 0 is 00:00–01:00 local time, column 23
 * is 23:00–24:00), in the time zone of whoever it describes. The unit is the
 * caller's (a share of people online, an index from 0 to 100, a count of
 * sessions): {@link audienceActivity} reads only the proportions unless told
 * otherwise.
 */
export type ActivityMatrix = readonly (readonly number[])[];

/**
 * Checks that a value is a 7 × 24 matrix of finite, non-negative numbers and
 * returns a fresh copy (the caller's arrays are never kept or changed).
 *
 * @param value - the candidate matrix
 * @param path - the field it came from
 * @returns a new 7 × 24 array of numbers
 * @throws {ValidationError} `invalidType` when it is not an array of 7 arrays of 24 entries (or `path` is not a path);
 *   `notANumber`, `notFinite` or `outOfRange` for a bad cell (the path names the row and the column)
 * @example
 * activityMatrix(Array.from({ length: 7 }, () => new Array(24).fill(1)))[6][23]; // 1
 * activityMatrix([[1, 2, 3]]); // throws ValidationError: 7 rows of 24 hours are needed
 */
export function activityMatrix(value: unknown, path: PathInput = 'activity'): number[][] {
  const base = pathArgument(path);
  const name = base.length === 0 ? 'The activity matrix' : formatPath(base);
  if (!Array.isArray(value) || value.length !== ACTIVITY_DAYS) {
    throw invalid(
      'invalidType',
      `${name} must be an array of 7 rows (Monday first) of 24 hourly values, got ${describeValue(value)}`,
      base,
    );
  }
  const rows: number[][] = [];
  for (let day = 0; day < ACTIVITY_DAYS; day += 1) {
    const row: unknown = value[day];
    if (!Array.isArray(row) || row.length !== ACTIVITY_HOURS) {
      throw invalid(
        'invalidType',
        `${formatPath([...base, day])} must be an array of 24 hourly values (00:00–01:00 first), got ${describeValue(row)}`,
        [...base, day],
      );
    }
    const out: number[] = new Array<number>(ACTIVITY_HOURS);
    for (let hour = 0; hour < ACTIVITY_HOURS; hour += 1) {
      out[hour] = finiteNumber(row[hour], [...base, day, hour], { min: 0 });
    }
    rows.push(out);
  }
  return rows;
}
