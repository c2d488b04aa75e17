import * as z from 'zod';
import { LocalDateSchema, ObservanceCategorySchema, WeekdaySchema } from '../core/index.js';
import { parseWithSchema } from '../core/internal.js';

/**
 * An observance id: camelCase, a letter first, at most 64 characters (`'blackFriday'`).
 *
 * @example
 * ObservanceIdSchema.parse('blackFriday'); // 'blackFriday'
 */
export const ObservanceIdSchema = z
  .string()
  .max(64)
  // Linear: one class, anchored.
  .regex(/^[a-z][A-Za-z0-9]*$/, { error: "An observance id is camelCase, a letter first, such as 'blackFriday'" });

// Linear: a fixed prefix, then one class.
const SourceUrlSchema = z
  .string()
  .max(2048)
  .regex(/^https?:\/\/[^\s]+$/, { error: 'source must be an http(s) URL' });

const CountrySchema = z.string().superRefine((value, ctx) => {
  // Linear: anchored, fixed length.
  if (/^[A-Z]{2}$/.test(value)) {
    if (value === 'UK') ctx.addIssue({ code: 'custom', message: "The ISO 3166-1 code of the United Kingdom is 'GB', not 'UK'", input: value , params: { code: 'invalidCountry' } });
    return;
  }
  ctx.addIssue({ code: 'custom', message: `A country is an ISO 3166-1 alpha-2 code in capitals such as 'FR', or '*' alone for a worldwide day`, input: value , params: { code: 'invalidCountry' } });
});

const MonthSchema = z.number().int().min(1).max(12);
const OffsetDaysSchema = z.number().int().min(-366).max(366);
const MONTH_LENGTHS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The dates of one occurrence: a day, or a period with its last day. */
export interface ObservanceDates {
  /** The (first) day, `'YYYY-MM-DD'`. */
  date: string;
  /** The last day of a multi-day period (included), when it lasts more than a day. */
  endDate?: string;
}

/** A custom rule: the dates of the observance in a year, or `null` when it does not occur that year. */
export type CustomObservanceRule = (year: number) => ObservanceDates | null;

/**
 * One row of a `table` rule: the dates of one year, with the document that fixes them.
 *
 * @example
 * ObservanceTableRowSchema.parse({ date: '2026-09-01', source: 'https://www.education.gouv.fr/calendrier-scolaire-100148' }).date; // '2026-09-01'
 */
export const ObservanceTableRowSchema = z
  .strictObject({ date: LocalDateSchema, endDate: LocalDateSchema.optional(), source: SourceUrlSchema })
  .superRefine((row, ctx) => {
    if (row.endDate !== undefined && row.endDate < row.date) {
      ctx.addIssue({ code: 'custom', message: `endDate (${row.endDate}) is before date (${row.date})`, path: ['endDate'], input: row.endDate , params: { code: 'invalidRange' } });
    }
  });

/** A row of a `table` rule (see {@link ObservanceTableRowSchema}). */
export type ObservanceTableRow = z.output<typeof ObservanceTableRowSchema>;

/**
 * How an observance's date is found each year:
 * - `fixed`: a month and day (`{ month: 2, day: 14 }`); 29 February occurs in leap years only;
 * - `nthWeekday`: the nth weekday of a month (`nth` 1–5, or −1…−5 from the end);
 * - `month`: the whole month (Movember, Pride Month), from its first to its last day;
 * - `easter`: days after (or before, negative) Easter Sunday, computed;
 * - `relative`: days after another observance's date in the same year (Black Friday: `{ to: 'thanksgivingUs', offsetDays: 1 }`);
 * - `custom`: a function of the year, with `rule` saying in words what it does, for conditional rules;
 * - `table`: dates per year with their source, for what a decree fixes each year.
 *
 * @example
 * ObservanceRuleSchema.parse({ kind: 'nthWeekday', month: 11, nth: 4, weekday: 'thu' }).kind; // 'nthWeekday'
 */
export const ObservanceRuleSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({ kind: z.literal('fixed'), month: MonthSchema, day: z.number().int().min(1).max(31) })
    .superRefine((rule, ctx) => {
      if (rule.day > (MONTH_LENGTHS[rule.month - 1] as number)) {
        ctx.addIssue({ code: 'custom', message: `Month ${rule.month} has no day ${rule.day}`, path: ['day'], input: rule.day , params: { code: 'invalidDate' } });
      }
    }),
  z.strictObject({
    kind: z.literal('nthWeekday'),
    month: MonthSchema,
    nth: z
      .number()
      .int()
      .min(-5)
      .max(5)
      .refine((n) => n !== 0, { error: 'nth is 1 to 5, or -1 to -5 from the end of the month' }),
    weekday: WeekdaySchema,
  }),
  z.strictObject({ kind: z.literal('month'), month: MonthSchema }),
  z.strictObject({ kind: z.literal('easter'), offsetDays: OffsetDaysSchema }),
  z.strictObject({ kind: z.literal('relative'), to: ObservanceIdSchema, offsetDays: OffsetDaysSchema }),
  z.strictObject({
    kind: z.literal('custom'),
    dates: z.custom<CustomObservanceRule>((v) => typeof v === 'function', { error: 'dates must be a function of the year' }),
    rule: z.string().min(1).max(1000),
  }),
  z.strictObject({ kind: z.literal('table'), dates: z.array(ObservanceTableRowSchema).min(1).max(1000) }),
]);

/** An observance rule (see {@link ObservanceRuleSchema}). */
export type ObservanceRule = z.output<typeof ObservanceRuleSchema>;

/**
 * A seasonal or awareness day that brands plan around (a *marronnier*): its
 * id, names in French and English, countries (ISO 3166-1 alpha-2, or `['*']`
 * for a worldwide day such as the UN's), category, rule, optional
 * `durationDays` for a period that a one-day rule starts (`fixed`,
 * `nthWeekday`, `easter`, `relative`), the source of the rule (a URL) and the
 * date it was checked (`asOf`).
 *
 * @example
 * ObservanceSchema.parse({
 *   id: 'valentinesDay', names: { fr: 'Saint-Valentin', en: "Valentine's Day" }, countries: ['FR', 'GB', 'US'],
 *   category: 'commercial', rule: { kind: 'fixed', month: 2, day: 14 },
 *   source: 'https://en.wikipedia.org/wiki/Valentine%27s_Day', asOf: '2026-11-23',
 * }).id; // 'valentinesDay'
 */
export const ObservanceSchema = z
  .strictObject({
    id: ObservanceIdSchema,
    names: z.strictObject({ fr: z.string().min(1).max(200), en: z.string().min(1).max(200) }),
    countries: z.array(z.union([z.literal('*'), CountrySchema])).min(1).max(300),
    category: ObservanceCategorySchema,
    rule: ObservanceRuleSchema,
    durationDays: z.number().int().min(1).max(366).optional(),
    source: SourceUrlSchema,
    asOf: LocalDateSchema,
    note: z.string().max(2000).optional(),
  })
  .superRefine((entry, ctx) => {
    const seen = new Set<string>();
    for (let i = 0; i < entry.countries.length; i += 1) {
      const c = entry.countries[i] as string;
      if (seen.has(c)) ctx.addIssue({ code: 'custom', message: `countries[${i}] repeats '${c}'`, path: ['countries', i], input: c , params: { code: 'duplicate' } });
      seen.add(c);
    }
    if (seen.has('*') && entry.countries.length > 1) {
      ctx.addIssue({ code: 'custom', message: "'*' (worldwide) stands alone in countries", path: ['countries'], input: entry.countries });
    }
    const kind = entry.rule.kind;
    if (entry.durationDays !== undefined && (kind === 'month' || kind === 'custom' || kind === 'table')) {
      ctx.addIssue({ code: 'custom', message: `durationDays does not apply to a '${kind}' rule, which gives its own end`, path: ['durationDays'], input: entry.durationDays });
    }
    if (entry.rule.kind === 'table') {
      const years = new Set<string>();
      for (let i = 0; i < entry.rule.dates.length; i += 1) {
        const year = (entry.rule.dates[i] as ObservanceTableRow).date.slice(0, 4);
        if (years.has(year)) ctx.addIssue({ code: 'custom', message: `The table has two rows for ${year}`, path: ['rule', 'dates', i], input: year , params: { code: 'duplicate' } });
        years.add(year);
      }
    }
  });

/** An observance (see {@link ObservanceSchema}). */
export type Observance = z.output<typeof ObservanceSchema>;

/** An observance as accepted on input (see {@link ObservanceSchema}). */
export type ObservanceInput = z.input<typeof ObservanceSchema>;

/**
 * One occurrence of an observance, as {@link observances} returns it: the
 * id, the (first) day, the last day of a multi-day period (`endDate`, only
 * then), the name in the requested language, the category, the countries
 * (`['*']` for a worldwide day) and the source of the date.
 *
 * @example
 * ObservanceOccurrenceSchema.parse({ id: 'blackFriday', date: '2027-11-26', name: 'Black Friday', category: 'commercial', countries: ['FR', 'GB', 'US'], source: 'https://en.wikipedia.org/wiki/Black_Friday_(shopping)' }).date; // '2027-11-26'
 */
export const ObservanceOccurrenceSchema = z.strictObject({
  id: z.string().min(1).max(300),
  date: LocalDateSchema,
  endDate: LocalDateSchema.optional(),
  name: z.string().min(1),
  category: ObservanceCategorySchema,
  countries: z.array(z.string()),
  source: z.string(),
});

/** An occurrence of an observance (see {@link ObservanceOccurrenceSchema}). */
export type ObservanceOccurrence = z.output<typeof ObservanceOccurrenceSchema>;

/**
 * Parses an observance with {@link ObservanceSchema}, throwing a `ValidationError` (never a
 * raw `ZodError`) that lists every problem (up to 100), each with its path
 * and a socialkit issue code.
 *
 * @param value - the candidate observance
 * @returns the parsed observance (a new value: the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parseObservance(null); // throws ValidationError: observance must be an object
 */
export function parseObservance(value: unknown): Observance {
  return parseWithSchema(ObservanceSchema, value, { name: 'observance' });
}

/**
 * Parses an observance occurrence with {@link ObservanceOccurrenceSchema}, throwing a `ValidationError` (never a
 * raw `ZodError`) that lists every problem (up to 100), each with its path
 * and a socialkit issue code.
 *
 * @param value - the candidate observance occurrence
 * @returns the parsed observance occurrence (a new value: the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parseObservanceOccurrence(null); // throws ValidationError: observance occurrence must be an object
 */
export function parseObservanceOccurrence(value: unknown): ObservanceOccurrence {
  return parseWithSchema(ObservanceOccurrenceSchema, value, { name: 'observance occurrence' });
}

/**
 * Parses an observance rule with {@link ObservanceRuleSchema}, throwing a `ValidationError` (never a
 * raw `ZodError`) that lists every problem (up to 100), each with its path
 * and a socialkit issue code.
 *
 * @param value - the candidate observance rule
 * @returns the parsed observance rule (a new value: the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parseObservanceRule(null); // throws ValidationError: observance rule must be an object
 */
export function parseObservanceRule(value: unknown): ObservanceRule {
  return parseWithSchema(ObservanceRuleSchema, value, { name: 'observance rule' });
}

/**
 * Parses an observance table row with {@link ObservanceTableRowSchema}, throwing a `ValidationError` (never a
 * raw `ZodError`) that lists every problem (up to 100), each with its path
 * and a socialkit issue code.
 *
 * @param value - the candidate observance table row
 * @returns the parsed observance table row (a new value: the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parseObservanceTableRow(null); // throws ValidationError: observance table row must be an object
 */
export function parseObservanceTableRow(value: unknown): ObservanceTableRow {
  return parseWithSchema(ObservanceTableRowSchema, value, { name: 'observance table row' });
}
