import * as z from 'zod';
import { LocalDateSchema, LocalTimeSchema, TimeZoneSchema, WeekdaySchema } from '../core/index.js';
import { deepFreeze, describeValue, invalid, parseWithSchema } from '../core/internal.js';

/**
 * The kinds of slot pattern, in a stable order.
 *
 * @example
 * SLOT_PATTERN_KINDS; // ['weekly', 'monthly', 'interval']
 */
export const SLOT_PATTERN_KINDS = /* @__PURE__ */ deepFreeze(['weekly', 'monthly', 'interval'] as const);

/** The kind of a slot pattern: `'weekly'`, `'monthly'` or `'interval'`. */
export type SlotPatternKind = (typeof SLOT_PATTERN_KINDS)[number];

const positiveInt = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

// The local times of a slot: at least one, at most every minute of the day,
// no repeats (a repeat would ask for the same instant twice).
const TimesSchema = z
  .array(LocalTimeSchema)
  .min(1, { error: 'times needs at least one local time such as "09:00"' })
  .max(1440, { error: 'times lists at most 1440 local times (every minute of the day)' })
  .superRefine((times, ctx) => {
    const seen = new Set<string>();
    for (let i = 0; i < times.length; i += 1) {
      const t = times[i] as string;
      if (seen.has(t)) ctx.addIssue({ code: 'custom', message: `times[${i}] repeats ${JSON.stringify(t)}`, path: [i], input: t , params: { code: 'duplicate' } });
      seen.add(t);
    }
  })
  .readonly();

const WeekdaysSchema = z
  .array(WeekdaySchema)
  .min(1, { error: "weekdays needs at least one day such as 'mon'" })
  .max(7)
  .superRefine((days, ctx) => {
    const seen = new Set<string>();
    for (let i = 0; i < days.length; i += 1) {
      const d = days[i] as string;
      if (seen.has(d)) ctx.addIssue({ code: 'custom', message: `weekdays[${i}] repeats '${d}'`, path: [i], input: d , params: { code: 'duplicate' } });
      seen.add(d);
    }
  })
  .readonly();

const common = {
  times: TimesSchema,
  timeZone: TimeZoneSchema,
  start: LocalDateSchema.optional(),
  end: LocalDateSchema.optional(),
  count: positiveInt.optional(),
};

interface CommonFields {
  start?: string | undefined;
  end?: string | undefined;
  count?: number | undefined;
}

// The rules that tie fields together, shared by every variant.
function checkCommon(value: CommonFields & { kind: string; interval?: number | undefined }, ctx: z.RefinementCtx): void {
  if (value.start === undefined) {
    if (value.count !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'start is required with count: the count is counted from start', path: ['start'], input: undefined , params: { code: 'missingStart' } });
    }
    if (value.kind === 'weekly' && value.interval !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'start is required with interval: every other week is counted from the week of start', path: ['start'], input: undefined , params: { code: 'missingStart' } });
    }
  }
  if (value.start !== undefined && value.end !== undefined && value.end < value.start) {
    ctx.addIssue({ code: 'custom', message: `end (${value.end}) is before start (${value.start})`, path: ['end'], input: value.end , params: { code: 'invalidRange' } });
  }
}

/**
 * A weekly slot pattern: every listed weekday at every listed local time, in
 * one IANA zone. `interval: 2` means every other week, counted from the ISO
 * week (Monday to Sunday) of `start`, which it requires.
 *
 * @example
 * WeeklySlotPatternSchema.parse({ kind: 'weekly', weekdays: ['mon', 'thu'], times: ['09:00', '18:30'], timeZone: 'Europe/Paris' }).kind; // 'weekly'
 */
export const WeeklySlotPatternSchema = z
  .strictObject({
    kind: z.literal('weekly'),
    weekdays: WeekdaysSchema,
    interval: positiveInt.optional(),
    ...common,
  })
  .superRefine(checkCommon);

/**
 * A monthly slot pattern on a day of the month (1–31). As in RFC 5545, a
 * month without that day (the 31st in April, the 30th in February) has no slot:
 * the day is skipped, not moved.
 *
 * @example
 * MonthlyDaySlotPatternSchema.parse({ kind: 'monthly', day: 15, times: ['12:00'], timeZone: 'Europe/Paris' }).day; // 15
 */
export const MonthlyDaySlotPatternSchema = z
  .strictObject({
    kind: z.literal('monthly'),
    day: z.number().int().min(1).max(31),
    ...common,
  })
  .superRefine(checkCommon);

/**
 * A monthly slot pattern on the nth weekday of the month: `nth` 1–5 counts
 * from the start (2 with `'tue'`: the second Tuesday), −1…−5 from the end
 * (−1: the last). A month without a fifth such weekday has no slot.
 *
 * @example
 * MonthlyWeekdaySlotPatternSchema.parse({ kind: 'monthly', nth: -1, weekday: 'fri', times: ['17:00'], timeZone: 'Europe/Paris' }).nth; // -1
 */
export const MonthlyWeekdaySlotPatternSchema = z
  .strictObject({
    kind: z.literal('monthly'),
    nth: z
      .number()
      .int()
      .min(-5)
      .max(5)
      .refine((n) => n !== 0, { error: 'nth must be 1 to 5 (from the start of the month) or -1 to -5 (from the end), not 0' }),
    weekday: WeekdaySchema,
    ...common,
  })
  .superRefine(checkCommon);

/**
 * An interval slot pattern: every `everyDays` days from `start` (required), at
 * every listed local time.
 *
 * @example
 * IntervalSlotPatternSchema.parse({ kind: 'interval', everyDays: 3, start: '2027-01-04', times: ['09:00'], timeZone: 'Europe/Paris' }).everyDays; // 3
 */
export const IntervalSlotPatternSchema = z
  .strictObject({
    kind: z.literal('interval'),
    everyDays: positiveInt,
    ...common,
    start: z.string({ error: 'start is required for an interval pattern: the days are counted from it' }).pipe(LocalDateSchema),
  })
  .superRefine(checkCommon);

/**
 * A recurring set of publication slots in an IANA time zone: weekly, monthly
 * (by day of month, or by nth weekday) or every n days. Every variant takes
 * `times` (local `'HH:mm'`), `timeZone`, and optional `start` and `end`
 * (local dates, both included) and `count` (the number of instants — every
 * time of every day — counted from `start`, which it requires).
 *
 * @example
 * SlotPatternSchema.parse({ kind: 'weekly', weekdays: ['mon', 'thu'], times: ['09:00'], timeZone: 'Europe/Paris' }).weekdays; // ['mon', 'thu']
 */
export const SlotPatternSchema = z.union([WeeklySlotPatternSchema, MonthlyDaySlotPatternSchema, MonthlyWeekdaySlotPatternSchema, IntervalSlotPatternSchema]);

/** A slot pattern as parsing returns it (see {@link SlotPatternSchema}). */
export type SlotPattern = z.output<typeof SlotPatternSchema>;

/** A slot pattern as accepted on input (see {@link SlotPatternSchema}). */
export type SlotPatternInput = z.input<typeof SlotPatternSchema>;

/** A weekly slot pattern (see {@link WeeklySlotPatternSchema}). */
export type WeeklySlotPattern = z.output<typeof WeeklySlotPatternSchema>;

/** A monthly slot pattern on a day of the month (see {@link MonthlyDaySlotPatternSchema}). */
export type MonthlyDaySlotPattern = z.output<typeof MonthlyDaySlotPatternSchema>;

/** A monthly slot pattern on the nth weekday (see {@link MonthlyWeekdaySlotPatternSchema}). */
export type MonthlyWeekdaySlotPattern = z.output<typeof MonthlyWeekdaySlotPatternSchema>;

/** An every-n-days slot pattern (see {@link IntervalSlotPatternSchema}). */
export type IntervalSlotPattern = z.output<typeof IntervalSlotPatternSchema>;

/**
 * Checks a slot pattern and returns it parsed. Unlike a bare
 * `SlotPatternSchema.parse`, the error names the field that is wrong in the
 * variant `kind` selects (a union's error could only say that no variant fits).
 *
 * @param input - the candidate pattern
 * @returns the parsed pattern (a new object)
 * @throws {ValidationError} naming the offending field: an unknown `kind`, a bad time, `start` missing with `count`, …
 * @example
 * parseSlotPattern({ kind: 'monthly', nth: 2, weekday: 'tue', times: ['10:00'], timeZone: 'Europe/Paris' }).nth; // 2
 * parseSlotPattern({ kind: 'weekly', weekdays: ['mon'], times: ['09:00'], timeZone: 'Europe/Paris', count: 3 }); // throws ValidationError naming start
 */
export function parseSlotPattern(input: unknown): SlotPattern {
  const base: (string | number)[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalid('invalidType', `The slot pattern must be an object such as { kind: 'weekly', weekdays, times, timeZone }, got ${describeValue(input)}`, base);
  }
  const kind = (input as { kind?: unknown }).kind;
  const options = { name: 'slot pattern', path: base };
  switch (kind) {
    case 'weekly':
      return parseWithSchema(WeeklySlotPatternSchema, input, options);
    case 'interval':
      return parseWithSchema(IntervalSlotPatternSchema, input, options);
    case 'monthly': {
      const hasDay = Object.hasOwn(input, 'day');
      const hasNth = Object.hasOwn(input, 'nth') || Object.hasOwn(input, 'weekday');
      if (hasDay && hasNth) {
        throw invalid('ambiguousMonthly', 'A monthly pattern takes either day (1–31) or nth with weekday, not both', [...base, 'day']);
      }
      return hasDay ? parseWithSchema(MonthlyDaySlotPatternSchema, input, options) : parseWithSchema(MonthlyWeekdaySlotPatternSchema, input, options);
    }
    default:
      throw invalid('invalidKind', `kind must be one of ${SLOT_PATTERN_KINDS.map((k) => `'${k}'`).join(', ')}, got ${describeValue(kind)}`, [...base, 'kind']);
  }
}
