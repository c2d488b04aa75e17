import * as z from 'zod';
import { type Decimal, type MoneyInput } from './decimal.js';
import { isCurrencyCode } from './currency.js';
import { SocialKitError, ValidationError } from './errors.js';
import { money } from './money.js';
import { PLATFORM_IDS } from './platform-id.js';
import { instant, type InstantInput } from './instant.js';
import { localDate, localTime, WEEKDAYS } from './local-date.js';
import { isValidTimeZone, timeZone } from './time-zone.js';

/**
 * Marks the socialkit scalar schemas whose JSON form differs from their
 * runtime form (money is a `Decimal` at runtime and a decimal string in
 * JSON; an instant is a `Date` and an ISO 8601 string). {@link toJsonSchema}
 * reads it.
 *
 * @example
 * scalarKinds.get(MoneySchema); // { kind: 'money' }
 */
export const scalarKinds = z.registry<{ kind: 'money' | 'instant' }>();

function fromGuard<T>(guard: (value: unknown) => T) {
  return (value: unknown, ctx: z.RefinementCtx): T => {
    try {
      return guard(value);
    } catch (error) {
      // The guard's own issue code travels in params, so the schema boundary reports the same code as the guard.
      const code = error instanceof ValidationError ? error.issues[0]?.code : undefined;
      ctx.addIssue({ code: 'custom', message: error instanceof SocialKitError ? error.message : 'Invalid value', input: value, params: { code: code ?? 'invalidValue' } });
      return z.NEVER;
    }
  };
}

/**
 * A money amount: a number, a decimal string or a `Decimal` in, a socialkit
 * `Decimal` out (see `money`). In JSON it is a decimal string, so
 * parse → `JSON.stringify` → parse loses nothing.
 *
 * @example
 * MoneySchema.parse('19.99').toString(); // '19.99'
 */
export const MoneySchema: z.ZodType<Decimal, MoneyInput> = z.custom<MoneyInput>().transform(fromGuard((v) => money(v as MoneyInput)));
scalarKinds.add(MoneySchema, { kind: 'money' });

/**
 * An instant: a `Date` or an ISO 8601 string with an offset in, a new `Date` out.
 *
 * @example
 * InstantSchema.parse('2027-03-28T09:00:00+02:00').toISOString(); // '2027-03-28T07:00:00.000Z'
 */
export const InstantSchema: z.ZodType<Date, InstantInput> = z.custom<InstantInput>().transform(fromGuard((v) => instant(v)));
scalarKinds.add(InstantSchema, { kind: 'instant' });

/**
 * An ISO 4217 currency code that socialkit knows.
 *
 * @example
 * CurrencySchema.parse('EUR'); // 'EUR'
 */
export const CurrencySchema = z.string().refine((v) => isCurrencyCode(v), { message: 'Expected an ISO 4217 currency code such as EUR or USD', params: { code: 'invalidCurrency' } });

/**
 * A local date `'YYYY-MM-DD'` that exists in the calendar.
 *
 * @example
 * LocalDateSchema.parse('2027-02-14'); // '2027-02-14'
 */
export const LocalDateSchema = z.string().transform(fromGuard((v) => localDate(v)));

/**
 * A local time `'HH:mm'`.
 *
 * @example
 * LocalTimeSchema.parse('09:00'); // '09:00'
 */
export const LocalTimeSchema = z.string().transform(fromGuard((v) => localTime(v)));

/**
 * A time zone socialkit accepts (see `timeZone`: a location zone, `UTC` or
 * `Etc/*`), returned in its canonical letter case (`'europe/paris'` →
 * `'Europe/Paris'`; `'Asia/Kolkata'` unchanged). A legacy abbreviation zone
 * (`'EST'`) fails with the issue code `legacyTimeZone`, any other bad name
 * with `invalidTimeZone`.
 *
 * @example
 * TimeZoneSchema.parse('Asia/Kolkata'); // 'Asia/Kolkata'
 * TimeZoneSchema.parse('europe/paris'); // 'Europe/Paris'
 */
export const TimeZoneSchema = z
  .string()
  .check((ctx) => {
    try {
      timeZone(ctx.value, []);
    } catch (error) {
      const issue = error instanceof ValidationError ? error.issues[0] : undefined;
      ctx.issues.push({
        code: 'custom',
        message: issue?.message ?? "Expected an IANA time zone such as 'Europe/Paris'",
        input: ctx.value,
        params: { code: issue?.code ?? 'invalidTimeZone' },
      });
    }
  })
  .overwrite((v) => (isValidTimeZone(v) ? timeZone(v) : v));

/**
 * A weekday, `'mon'` … `'sun'`.
 *
 * @example
 * WeekdaySchema.parse('mon'); // 'mon'
 */
export const WeekdaySchema = z.enum(WEEKDAYS);

/**
 * A platform id.
 *
 * @example
 * PlatformIdSchema.parse('x'); // 'x'
 */
export const PlatformIdSchema = z.enum(PLATFORM_IDS);
