import { checkYear, describeValue, formatDay, invalid, nthWeekdayOfMonth } from '../core/internal.js';
import type { ObservanceDates } from './observance.js';

/** Which French sales period {@link frenchSalesPeriod} gives. */
export interface FrenchSalesPeriodOptions {
  /** `'winter'` (January) or `'summer'` (June–July). */
  season: 'winter' | 'summer';
  /** Apply the one-off orders of {@link FRENCH_SALES_EXCEPTIONS} (default `true`); `false` gives the rule alone. */
  exceptions?: boolean;
}

/** A year whose national sales dates a one-off ministerial order moved away from the rule. */
export interface FrenchSalesException {
  /** The year. */
  year: number;
  /** The season moved. */
  season: 'winter' | 'summer';
  /** First day (`YYYY-MM-DD`), 8:00. */
  date: string;
  /** Last day (`YYYY-MM-DD`), included. */
  endDate: string;
  /** The order(s) that set these dates. */
  order: string;
  /** Where the dates are published. */
  source: string;
  /** What the source is, where it is not the Journal officiel itself. */
  note?: string;
}

/**
 * The national sales periods that one-off orders moved away from the rule of
 * the arrêté du 27 mai 2019 (the COVID-19 postponements of 2020–2021, the
 * extension after the riots of 2023), each with its order and source. The
 * départements with their own dates are not covered.
 *
 * @example
 * FRENCH_SALES_EXCEPTIONS.map((e) => `${e.season} ${e.year}`); // ['summer 2020', 'winter 2021', 'summer 2021', 'summer 2023']
 */
export const FRENCH_SALES_EXCEPTIONS: readonly FrenchSalesException[] = Object.freeze(
  [
    {
      year: 2020,
      season: 'summer',
      date: '2020-07-15',
      endDate: '2020-08-11',
      order: 'arrêté du 10 juin 2020 (JO du 12 juin 2020)',
      source: 'https://bizouard.com/blog/2020/06/12/soldes-dete-demarrage-officiellement-reporte-au-15-juillet-2020',
      note: 'Postponed by three weeks after the lockdown; the départements with summer dates of their own were aligned. The source quotes the order; its Légifrance page was not found.',
    },
    {
      year: 2021,
      season: 'winter',
      date: '2021-01-20',
      endDate: '2021-03-02',
      order: 'arrêté du 29 décembre 2020 (20 January – 16 February), extended by the arrêté du 15 février 2021 (JO du 16 février 2021) to 2 March',
      source: 'https://abak.ec/les-soldes-officiellement-reportes-au-20-janvier',
      note: 'The extension by two weeks: https://cpga-asso.com/les-soldes-dhiver-prolonges-de-2-semaines-2. Both sources quote the orders; their Légifrance pages were not found.',
    },
    {
      year: 2021,
      season: 'summer',
      date: '2021-06-30',
      endDate: '2021-07-27',
      order: "arrêté de 2021 (Légifrance JORFARTI000043684545): « par dérogation aux dispositions de l'article 1er de l'arrêté du 27 mai 2019 », 30 June 2021 at 8:00",
      source: 'https://legal.tricoteuses.fr/articles/JORFARTI000043684545',
      note: 'A mirror of the Légifrance article; the end (four weeks, 27 July) from https://pkf-arsilon.com/les-soldes-dete-reportes-dune-semaine. The rule gives 23 June (the last Wednesday, the 30th, falls after the 28th).',
    },
    {
      year: 2023,
      season: 'summer',
      date: '2023-06-28',
      endDate: '2023-08-01',
      order: 'arrêté du 6 juillet 2023: five weeks instead of four, after the riots',
      source: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047792782',
    },
  ].map((e) => Object.freeze(e as FrenchSalesException)),
);

/**
 * The national dates of the French sales (*soldes*) in a year. The rule is
 * the arrêté du 27 mai 2019, taken under article L310-3 of the Code de
 * commerce (in force since 1 January 2020): the winter sales start at 8:00
 * on the second Wednesday of January, moved to the first Wednesday when the
 * second falls after the 12th; the summer sales start on the last Wednesday
 * of June, moved to the one before when the last falls after the 28th; each
 * period lasts four weeks, so it ends on the Tuesday four weeks later. The
 * years in {@link FRENCH_SALES_EXCEPTIONS}, where a one-off order moved the
 * dates, give the order's dates instead (unless `exceptions: false`). Some
 * départements (Meurthe-et-Moselle, Meuse, Moselle, Vosges in winter;
 * Corsica in summer; the overseas territories)
 * have other dates, which this function does not give.
 *
 * @param year - a whole number from 1 to 9999; the rule is given from 2020 (earlier years return `null`)
 * @param options - `season`: `'winter'` or `'summer'`; `exceptions`: `false` for the rule alone
 * @returns `{ date, endDate }` (both included), or `null` before 2020
 * @throws {ValidationError} `invalidYear`, `invalidSeason`, `invalidType` (an `exceptions` that is not a boolean)
 * @example
 * frenchSalesPeriod(2027, { season: 'winter' }); // { date: '2027-01-06', endDate: '2027-02-02' }
 * frenchSalesPeriod(2023, { season: 'summer' }); // { date: '2023-06-28', endDate: '2023-08-01' }
 * frenchSalesPeriod(2023, { season: 'summer', exceptions: false }); // { date: '2023-06-28', endDate: '2023-07-25' }
 */
export function frenchSalesPeriod(year: number, options: FrenchSalesPeriodOptions): ObservanceDates | null {
  const y = checkYear(year);
  const opts = typeof options === 'object' && options !== null ? (options as { season?: unknown; exceptions?: unknown }) : {};
  const season = opts.season;
  if (season !== 'winter' && season !== 'summer') {
    throw invalid('invalidSeason', `season must be 'winter' or 'summer', got ${describeValue(season)}`, ['season']);
  }
  const useExceptions = opts.exceptions ?? true;
  if (typeof useExceptions !== 'boolean') {
    throw invalid('invalidType', `exceptions must be true or false, got ${describeValue(useExceptions)}`, ['exceptions']);
  }
  if (y < 2020) return null;
  if (useExceptions) {
    const exception = FRENCH_SALES_EXCEPTIONS.find((e) => e.year === y && e.season === season);
    if (exception !== undefined) return { date: exception.date, endDate: exception.endDate };
  }
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
