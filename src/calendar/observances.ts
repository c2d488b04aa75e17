import * as z from 'zod';
import { type LocalDate, type ObservanceCategory, ObservanceCategorySchema, SocialKitError } from '../core/index.js';
import { checkYear, civilFromDays, daysFromCivil, daysInMonth, describeValue, formatDay, invalid, localDateRange, nthWeekdayOfMonth, parseDay, parseWithSchema } from '../core/internal.js';
import { easterDay } from './easter.js';
import { builtInObservances } from './marronniers.js';
import {
  ObservanceSchema,
  type Observance,
  type ObservanceInput,
  type ObservanceOccurrence,
  type ObservanceTableRow,
} from './observance.js';

/** What {@link observances} looks for. */
export interface ObservancesOptions {
  /** The first local date, `'YYYY-MM-DD'` (included). */
  from: LocalDate;
  /** The last local date (included). At most 100 years after `from`. */
  to: LocalDate;
  /** Keep observances of these countries (ISO 3166-1 alpha-2); worldwide days (`['*']`) come with every country. All when left out. */
  countries?: readonly string[];
  /** Keep observances of these categories. All when left out. */
  categories?: readonly ObservanceCategory[];
  /** The language of `name`: `'fr'` or `'en'` (or a tag such as `'fr-CA'`); `'en'` when left out. */
  locale?: string;
  /** Your own entries: an entry with a built-in's id replaces it, the others are added. */
  entries?: readonly ObservanceInput[];
  /** Whether to start from the built-in `builtInObservances` (default true); false uses only `entries`. */
  builtIn?: boolean;
}

const MAX_YEARS = 100;
// Linear: a fixed prefix, then dash-separated runs of one class.
const LOCALE = /^(fr|en)(?:-[A-Za-z0-9]{1,8})*$/i;
const COUNTRY = /^[A-Z]{2}$/;

interface Span {
  start: number;
  end: number;
  source: string;
}

type Resolver = (entry: Observance, year: number) => Span | null;

function readCountries(value: unknown): Set<string> | null {
  if (value === undefined) return null;
  if (!Array.isArray(value) || value.length === 0 || value.length > 300) {
    throw invalid('invalidCountries', `countries must be a non-empty array of ISO 3166-1 alpha-2 codes such as ['FR'], got ${describeValue(value)}`, ['countries']);
  }
  const out = new Set<string>();
  for (let i = 0; i < value.length; i += 1) {
    const c: unknown = value[i];
    if (typeof c !== 'string' || !COUNTRY.test(c) || c === 'UK') {
      const hint = c === 'UK' ? ": the United Kingdom is 'GB'" : c === '*' ? ': leave countries out to get every country' : '';
      throw invalid('invalidCountry', `countries[${i}] must be an ISO 3166-1 alpha-2 code in capitals such as 'FR', got ${describeValue(c)}${hint}`, ['countries', i]);
    }
    out.add(c);
  }
  return out;
}

function readCategories(value: unknown): Set<ObservanceCategory> | null {
  if (value === undefined) return null;
  const list = parseWithSchema(z.array(ObservanceCategorySchema).min(1).max(100), value, { name: 'categories', path: ['categories'] });
  return new Set(list);
}

function readLocale(value: unknown): 'fr' | 'en' {
  if (value === undefined) return 'en';
  if (typeof value === 'string' && value.length <= 35 && LOCALE.test(value)) return value.slice(0, 2).toLowerCase() as 'fr' | 'en';
  throw invalid('invalidLocale', `locale must be 'fr' or 'en' (or a tag such as 'fr-CA'), got ${describeValue(value)}`, ['locale']);
}

function readEntries(value: unknown): Observance[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > 10_000) {
    throw invalid('invalidEntries', `entries must be an array of observances (at most 10,000), got ${describeValue(value)}`, ['entries']);
  }
  const out: Observance[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < value.length; i += 1) {
    const entry = parseWithSchema(ObservanceSchema, value[i], { name: 'observance', path: ['entries', i] });
    if (ids.has(entry.id)) throw invalid('duplicateId', `entries[${i}] repeats the id '${entry.id}'`, ['entries', i, 'id']);
    ids.add(entry.id);
    out.push(entry);
  }
  return out;
}

function callCustom(entry: Observance, year: number, fn: (year: number) => unknown): Span | null {
  let result: unknown;
  try {
    result = fn(year);
  } catch (error) {
    if (error instanceof SocialKitError) throw error;
    throw invalid('customRuleFailed', `The custom rule of '${entry.id}' threw for ${year}: ${error instanceof Error ? error.message : describeValue(error)}`, ['entries', entry.id, 'rule']);
  }
  if (result === null) return null;
  const path = ['entries', entry.id, 'rule'];
  const dates = result as { date?: unknown; endDate?: unknown };
  if (typeof result !== 'object' || typeof dates.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(dates.date)) {
    throw invalid('invalidCustomRule', `The custom rule of '${entry.id}' must return { date, endDate? } or null, got ${describeValue(result)} for ${year}`, path);
  }
  const { from, to } = localDateRange({ from: dates.date, to: dates.endDate ?? dates.date }, path);
  const start = parseDay(from);
  const end = parseDay(to);
  if (civilFromDays(start).year !== year || end - start > 366) {
    throw invalid('invalidCustomRule', `The custom rule of '${entry.id}' gave ${from}…${to} for ${year}: an occurrence starts in its own year and lasts at most 367 days`, path);
  }
  return { start, end, source: entry.source };
}

function ruleSpan(entry: Observance, year: number, resolve: Resolver, byId: ReadonlyMap<string, Observance>): Span | null {
  const rule = entry.rule;
  let start: number | null;
  switch (rule.kind) {
    case 'fixed':
      start = rule.day <= daysInMonth(year, rule.month) ? daysFromCivil(year, rule.month, rule.day) : null;
      break;
    case 'nthWeekday':
      start = nthWeekdayOfMonth(year, rule.month, rule.nth, ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(rule.weekday));
      break;
    case 'month': {
      const first = daysFromCivil(year, rule.month, 1);
      return { start: first, end: first + daysInMonth(year, rule.month) - 1, source: entry.source };
    }
    case 'easter':
      start = easterDay(year) + rule.offsetDays;
      break;
    case 'relative': {
      const base = byId.get(rule.to);
      if (base === undefined) {
        throw invalid('unknownObservance', `'${entry.id}' is relative to '${rule.to}', which is not among the observances`, ['entries', entry.id, 'rule', 'to']);
      }
      const span = resolve(base, year);
      start = span === null ? null : span.start + rule.offsetDays;
      break;
    }
    case 'custom':
      return callCustom(entry, year, rule.dates);
    case "table": {
      const row = rule.dates.find((r: ObservanceTableRow) => r.date.startsWith(String(year).padStart(4, '0')));
      if (row === undefined) return null;
      const first = parseDay(row.date);
      return { start: first, end: row.endDate === undefined ? first : parseDay(row.endDate), source: row.source };
    }
  }
  if (start === null) return null;
  return { start, end: start + (entry.durationDays ?? 1) - 1, source: entry.source };
}

/**
 * The occurrences of the *marronniers* (and your own entries) that overlap
 * a range of local dates, sorted by date (then id). An observance matches
 * the `countries` filter when it lists one of them or is worldwide
 * (`countries: ['*']`); `name` is in the requested language; multi-day
 * periods (the sales, Movember) carry `endDate` and are returned when any of
 * their days falls in the range. Each rule is evaluated per year: Easter is
 * computed (see `easterSunday`), relative rules follow their base (Black
 * Friday is the day after US Thanksgiving, even when Thanksgiving is filtered
 * out), `custom` rules are called with the year, and `table` rules give
 * nothing for a year they do not list (the rentrée of a school year whose
 * calendar is not published).
 *
 * @param options - `from`, `to` (local dates, both included, at most 100 years apart), optional `countries`, `categories`, `locale`, `entries`, `builtIn`
 * @returns `{ id, date, endDate?, name, category, countries, source }[]`
 * @throws {ValidationError} for a bad range, country, category, locale or entry, `rangeTooLarge`, `unknownObservance` for a relative rule whose base is missing, `cyclicObservance`, or a custom rule that fails
 * @example
 * observances({ from: '2027-11-20', to: '2027-11-30', countries: ['FR'], categories: ['commercial'], locale: 'fr' }).map((o) => `${o.date} ${o.name}`);
 * // ['2027-11-26 Black Friday', '2027-11-29 Cyber Monday']
 */
export function observances(options: ObservancesOptions): ObservanceOccurrence[] {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalid('invalidType', `observances takes an options object { from, to, countries?, categories?, locale? }, got ${describeValue(options)}`, []);
  }
  const range = localDateRange({ from: options.from, to: options.to });
  const fromDay = parseDay(range.from);
  const toDay = parseDay(range.to);
  const fromYear = civilFromDays(fromDay).year;
  const toYear = civilFromDays(toDay).year;
  if (toYear - fromYear > MAX_YEARS) {
    throw invalid('rangeTooLarge', `observances covers at most ${MAX_YEARS} years at once, got ${range.from} to ${range.to}`, ['to']);
  }
  const countries = readCountries(options.countries);
  const categories = readCategories(options.categories);
  const locale = readLocale(options.locale);
  const own = readEntries(options.entries);
  if (options.builtIn !== undefined && typeof options.builtIn !== 'boolean') {
    throw invalid('invalidType', `builtIn must be true or false, got ${describeValue(options.builtIn)}`, ['builtIn']);
  }
  const byId = new Map<string, Observance>();
  if (options.builtIn !== false) for (const entry of builtInObservances) byId.set(entry.id, entry);
  for (const entry of own) byId.set(entry.id, entry);

  const memo = new Map<string, Span | null>();
  const open = new Set<string>();
  const resolve: Resolver = (entry, year) => {
    const key = `${entry.id}@${year}`;
    if (memo.has(key)) return memo.get(key) ?? null;
    if (open.has(entry.id)) throw invalid('cyclicObservance', `The relative rules of '${entry.id}' lead back to it`, ['entries', entry.id, 'rule', 'to']);
    open.add(entry.id);
    try {
      const span = year >= 1 && year <= 9999 ? ruleSpan(entry, checkYear(year), resolve, byId) : null;
      memo.set(key, span);
      return span;
    } finally {
      open.delete(entry.id);
    }
  };

  const out: ObservanceOccurrence[] = [];
  for (const entry of byId.values()) {
    if (categories !== null && !categories.has(entry.category)) continue;
    if (countries !== null && !entry.countries.includes('*') && !entry.countries.some((c) => countries.has(c))) continue;
    // An occurrence of year y may start in y − 1 or end in y + 1 (relative offsets, long periods).
    for (let year = fromYear - 1; year <= toYear + 1; year += 1) {
      const span = resolve(entry, year);
      if (span === null || span.end < fromDay || span.start > toDay) continue;
      out.push({
        id: entry.id,
        date: formatDay(span.start),
        ...(span.end > span.start ? { endDate: formatDay(span.end) } : {}),
        name: entry.names[locale],
        category: entry.category,
        countries: [...entry.countries],
        source: span.source,
      });
    }
  }
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return out;
}
