import { type LocalDate, type ObservanceCategory, SocialKitError } from '../core/index.js';
import { civilFromDays, DAY_MS, describeValue, formatDay, invalid, localDate, localDateRange, parseDay } from '../core/internal.js';
import type { ObservanceOccurrence } from './observance.js';

/** One holiday as the `date-holidays` library returns it (the fields socialkit reads). */
export interface DateHolidaysHoliday {
  /** The local start, `'YYYY-MM-DD hh:mm:ss'` (possibly followed by an offset). */
  date: string;
  /** The start instant. */
  start: Date;
  /** The end instant (exclusive). */
  end: Date;
  /** The name, in the instance's language. */
  name: string;
  /** `'public'`, `'bank'`, `'school'`, `'optional'` or `'observance'`. */
  type: string;
  /** The library's rule (`'12-25'`, `'easter 1'`), stable across languages. */
  rule?: string;
  /** Whether the day substitutes for a holiday falling on a weekend. */
  substitute?: boolean;
}

/**
 * What {@link fromDateHolidays} needs of a `date-holidays` instance: its
 * `getHolidays(year, lang?)` method. socialkit never imports the library;
 * you construct the instance (`new Holidays('FR')`) and pass it in.
 */
export interface DateHolidaysLike {
  /** The holidays of a year, optionally in a language. */
  getHolidays(year: number, lang?: string): readonly DateHolidaysHoliday[];
}

/** The range to read, and how to label what is read. */
export interface FromDateHolidaysOptions {
  /** The first local date, `'YYYY-MM-DD'` (included). */
  from: LocalDate;
  /** The last local date (included), at most 100 years after `from`. */
  to: LocalDate;
  /** The country the instance was built for (ISO 3166-1 alpha-2), copied into `countries`: the instance does not expose it. */
  country?: string;
  /** A language for the names, passed to `getHolidays` (`'fr'`, `'en'`); the instance's own when left out. */
  locale?: string;
}

const SOURCE = 'https://github.com/commenthol/date-holidays';
// Linear: a fixed-width date prefix; the rest is not read.
const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})(?:[ T]|$)/;
const COUNTRY = /^[A-Z]{2}$/;
// Linear: one class.
const LANGUAGE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

function category(type: string): ObservanceCategory {
  return type === 'observance' ? 'cultural' : 'holiday';
}

/**
 * Turns the holidays of a `date-holidays` instance into observance
 * occurrences (the shape {@link observances} returns), so that public
 * holidays come from that well-kept library rather than from a table of
 * socialkit's own. For each year the range touches it calls
 * `instance.getHolidays(year)` and keeps the holidays whose days overlap
 * `[from, to]`: `id` is `'dateHolidays:'` followed by the library's rule
 * (`'dateHolidays:easter 1'`), `date` the local day of the start, `endDate`
 * the last local day when the holiday lasts more than a day, `category`
 * `'cultural'` for the library's `observance` type and `'holiday'` for the
 * others (public, bank, school, optional), `countries` `[country]` when you
 * give it (else `[]`), `source` the library's repository. Sorted by date.
 *
 * @param instance - a `date-holidays` instance, or anything with the same `getHolidays(year)`
 * @param options - `from`, `to` (local dates, both included), optional `country` and `locale`
 * @returns the occurrences
 * @throws {ValidationError} for a bad range or option, an instance without `getHolidays`, a result of another shape (naming the year and index), or a `getHolidays` that throws
 * @example
 * // Holidays: the default export of the date-holidays package, imported by your code.
 * fromDateHolidays(new Holidays('FR'), { from: '2027-05-01', to: '2027-05-31', country: 'FR' }).map((h) => `${h.date} ${h.name}`);
 * // ['2027-05-01 Fête du travail', '2027-05-06 Ascension', '2027-05-08 Fête de la Victoire 1945',
 * //  '2027-05-16 Pentecôte', '2027-05-17 Lundi de Pentecôte', '2027-05-30 Fête des Mères']
 */
export function fromDateHolidays(instance: DateHolidaysLike, options: FromDateHolidaysOptions): ObservanceOccurrence[] {
  if (typeof instance !== 'object' || instance === null || typeof (instance as { getHolidays?: unknown }).getHolidays !== 'function') {
    throw invalid('invalidType', `instance must be a date-holidays instance (an object with getHolidays(year)), got ${describeValue(instance)}`, ['instance']);
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalid('invalidType', `The options must be an object { from, to, country?, locale? }, got ${describeValue(options)}`, []);
  }
  const range = localDateRange({ from: options.from, to: options.to });
  const fromDay = parseDay(range.from);
  const toDay = parseDay(range.to);
  const fromYear = civilFromDays(fromDay).year;
  const toYear = civilFromDays(toDay).year;
  if (toYear - fromYear > 100) throw invalid('rangeTooLarge', `fromDateHolidays covers at most 100 years at once, got ${range.from} to ${range.to}`, ['to']);
  const { country, locale } = options;
  if (country !== undefined && (typeof country !== 'string' || !COUNTRY.test(country))) {
    throw invalid('invalidCountry', `country must be an ISO 3166-1 alpha-2 code in capitals such as 'FR', got ${describeValue(country)}`, ['country']);
  }
  if (locale !== undefined && (typeof locale !== 'string' || locale.length > 35 || !LANGUAGE.test(locale))) {
    throw invalid('invalidLocale', `locale must be a language tag such as 'fr' or 'en-GB', got ${describeValue(locale)}`, ['locale']);
  }
  const countries = country === undefined ? [] : [country];
  const out: ObservanceOccurrence[] = [];
  for (let year = Math.max(1, fromYear - 1); year <= Math.min(9999, toYear); year += 1) {
    let list: unknown;
    try {
      list = locale === undefined ? instance.getHolidays(year) : instance.getHolidays(year, locale);
    } catch (error) {
      if (error instanceof SocialKitError) throw error;
      throw invalid('holidaysFailed', `instance.getHolidays(${year}) threw: ${error instanceof Error ? error.message : describeValue(error)}`, ['instance']);
    }
    if (!Array.isArray(list)) throw invalid('invalidHolidays', `instance.getHolidays(${year}) must return an array, got ${describeValue(list)}`, ['instance']);
    for (let i = 0; i < list.length; i += 1) {
      const h: unknown = list[i];
      const path = ['instance', `getHolidays(${year})`, i];
      const bad = (field: string, value: unknown): never => {
        throw invalid('invalidHolidays', `instance.getHolidays(${year})[${i}].${field} is not what date-holidays returns, got ${describeValue(value)}`, [...path, field]);
      };
      if (typeof h !== 'object' || h === null) bad('(item)', h);
      const { date, start, end, name, type, rule, substitute } = h as Partial<Record<keyof DateHolidaysHoliday, unknown>>;
      const m = typeof date === 'string' ? DATE_PREFIX.exec(date.slice(0, 20)) : null;
      if (m === null) return bad('date', date);
      const first = parseDay(localDate(m[1], [...path, 'date']));
      if (!(start instanceof Date) || Number.isNaN(start.getTime())) return bad('start', start);
      if (!(end instanceof Date) || Number.isNaN(end.getTime()) || end.getTime() < start.getTime()) return bad('end', end);
      if (typeof name !== 'string' || name.length === 0 || name.length > 1000) return bad('name', name);
      if (typeof type !== 'string') return bad('type', type);
      if (rule !== undefined && (typeof rule !== 'string' || rule.length > 300)) return bad('rule', rule);
      // Whole days, rounded: a day across a DST change lasts 23 or 25 hours.
      const days = Math.max(1, Math.round((end.getTime() - start.getTime()) / DAY_MS));
      const last = first + days - 1;
      if (last < fromDay || first > toDay) continue;
      out.push({
        id: `dateHolidays:${rule ?? name}${substitute === true ? ' (substitute)' : ''}`,
        date: formatDay(first),
        ...(days > 1 ? { endDate: formatDay(last) } : {}),
        name,
        category: category(type),
        countries: [...countries],
        source: SOURCE,
      });
    }
  }
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return out;
}
