import { checkYear, formatDay, nthWeekdayOfMonth } from '../core/internal.js';
import { easterDay } from './easter.js';

/**
 * The date of the Fête des mères in France: the last Sunday of May, unless
 * that Sunday is Pentecost (Easter + 49 days), in which case the first Sunday
 * of June (loi n° 50-577 du 24 mai 1950). It happened in 2009, 2012, 2020
 * and 2023 (7 June 2020, 4 June 2023).
 *
 * @param year - a whole number from 1 to 9999
 * @returns `'YYYY-MM-DD'`
 * @throws {ValidationError} `invalidYear`
 * @example
 * frenchMothersDay(2027); // '2027-05-30'
 * frenchMothersDay(2020); // '2020-06-07' (31 May 2020 was Pentecost)
 */
export function frenchMothersDay(year: number): string {
  const y = checkYear(year);
  const lastSundayOfMay = nthWeekdayOfMonth(y, 5, -1, 6) as number;
  const pentecost = easterDay(y) + 49;
  return formatDay(lastSundayOfMay === pentecost ? (nthWeekdayOfMonth(y, 6, 1, 6) as number) : lastSundayOfMay);
}
