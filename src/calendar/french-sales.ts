import { checkYear, describeValue, formatDay, invalid, nthWeekdayOfMonth } from '../core/internal.js';
import type { ObservanceDates } from './observance.js';

/** Which French sales period {@link frenchSalesPeriod} gives. */
export interface FrenchSalesPeriodOptions {
  /** `'winter'` (January) or `'summer'` (June–July). */
  season: 'winter' | 'summer';
}

/**
 * The legal national dates of the French sales (*soldes*) in a year, from
 * article D310-15-2 of the Code de commerce: the winter sales start at 8:00
 * on the second Wednesday of January, moved to the first Wednesday when the
 * second falls after the 12th; the summer sales start on the last Wednesday
 * of June, moved to the one before when the last falls after the 28th. Since
 * 2020 (loi PACTE) each period lasts four weeks, so it ends on the Tuesday
 * four weeks later. Some départements (Meurthe-et-Moselle, Meuse, Moselle,
 * Vosges, overseas territories, and Corsica and the Alpes-Maritimes in
 * summer) have other dates, which this function does not give.
 *
 * @param year - a whole number from 1 to 9999; the rule is given from 2020 (earlier years return `null`)
 * @param options - `season`: `'winter'` or `'summer'`
 * @returns `{ date, endDate }` (both included), or `null` before 2020
 * @throws {ValidationError} `invalidYear`, `invalidSeason`
 * @example
 * frenchSalesPeriod(2027, { season: 'winter' }); // { date: '2027-01-06', endDate: '2027-02-02' }
 * frenchSalesPeriod(2023, { season: 'summer' }); // { date: '2023-06-28', endDate: '2023-07-25' }
 */
export function frenchSalesPeriod(year: number, options: FrenchSalesPeriodOptions): ObservanceDates | null {
  const y = checkYear(year);
  const season = typeof options === 'object' && options !== null ? (options as { season?: unknown }).season : undefined;
  if (season !== 'winter' && season !== 'summer') {
    throw invalid('invalidSeason', `season must be 'winter' or 'summer', got ${describeValue(season)}`, ['season']);
  }
  if (y < 2020) return null;
  let start: number;
  if (season === 'winter') {
    start = nthWeekdayOfMonth(y, 1, 2, 2) as number;
    if (Number(formatDay(start).slice(8, 10)) > 12) start -= 7;
  } else {
    start = nthWeekdayOfMonth(y, 6, -1, 2) as number;
    if (Number(formatDay(start).slice(8, 10)) > 28) start -= 7;
  }
  return { date: formatDay(start), endDate: formatDay(start + 27) };
}
