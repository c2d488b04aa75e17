import { type CurrencyOptions, currencyCode, currencyOptions, minorUnit } from './currency.js';
import { describeValue } from './describe-value.js';
import { invalid } from './errors.js';
import { finiteNumber } from './finite-number.js';
import { Decimal, type MoneyInput } from './decimal.js';
import { money } from './money.js';
import { readOptions } from './read-options.js';

/** Options for {@link formatPercent}. */
export interface FormatPercentOptions {
  /** A BCP 47 locale such as `'fr-FR'` or `'en-US'`. Default `'en-US'`. */
  locale?: string;
  /** Digits after the decimal mark, shown always (0 to 20). Default 1. */
  digits?: number;
  /** What to show for an undefined ratio (`null`). Default `'—'`. */
  empty?: string;
}

/** Options for {@link formatMoney}. */
export interface FormatMoneyOptions extends CurrencyOptions {
  /** The ISO 4217 code of the amount, such as `'EUR'` (required, as in `Intl.NumberFormat`). */
  currency: string;
  /** A BCP 47 locale such as `'fr-FR'` or `'en-US'`. Default `'en-US'`. */
  locale?: string;
  /**
   * Digits after the decimal mark. Default: the currency's ISO 4217 minor
   * unit (not the locale's habit, which hides cents for some currencies).
   */
  digits?: number;
}

// `Intl.NumberFormat#format` takes a decimal string (ES2023, exact to the last
// digit); TypeScript's lib before 5.5 types it with numbers only, hence the
// cast at the one call site that passes a string.
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    throw invalid('invalidLocale', `locale must be a BCP 47 language tag such as 'fr-FR' or 'en-US', got ${describeValue(locale)}`, 'locale');
  }
}

// BCP 47 tags are short; a longer string is refused before ICU parses it
// (ICU's tag parser is not linear on megabytes of input).
const MAX_LOCALE_LENGTH = 128;

function checkLocale(locale: unknown): string {
  if (typeof locale !== 'string' || locale === '' || locale.length > MAX_LOCALE_LENGTH) {
    throw invalid('invalidLocale', `locale must be a BCP 47 language tag such as 'fr-FR' or 'en-US', got ${describeValue(locale)}`, 'locale');
  }
  return locale;
}

/**
 * Formats a ratio (a fraction) as a percentage for people, with Intl.
 * This is the edge of the library: computations stay in fractions.
 *
 * @param ratio - a fraction such as 0.034, or `null` for an undefined ratio
 * @param options - locale, digits and the text for `null`
 * @returns the text, e.g. `'3.4%'` in en-US or `'3,4 %'` in fr-FR (with a narrow no-break space)
 * @throws {ValidationError} for a non-finite ratio, bad digits or a malformed locale
 * @example
 * formatPercent(0.034, { locale: 'en-US' }); // '3.4%'
 * formatPercent(0.034, { locale: 'fr-FR' }); // '3,4 %' (U+202F before %)
 * formatPercent(null); // '—'
 */
export function formatPercent(ratio: number | null, options: FormatPercentOptions = {}): string {
  const o = readOptions<FormatPercentOptions>(options, 'options', ['locale', 'digits', 'empty']);
  if (ratio === null) {
    if (o.empty !== undefined && typeof o.empty !== 'string') throw invalid('invalidType', `empty must be a string, got ${describeValue(o.empty)}`, 'empty');
    return o.empty ?? '—';
  }
  const value = finiteNumber(ratio, 'ratio');
  const digits = finiteNumber(o.digits ?? 1, 'digits', { min: 0, max: 20 });
  if (!Number.isInteger(digits)) throw invalid('notInteger', `digits must be a whole number, got ${digits}`, 'digits');
  return numberFormat(checkLocale(o.locale ?? 'en-US'), {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/**
 * Formats a money amount for people, with Intl. The amount is first rounded
 * to the shown digits half to even (socialkit's money rounding rule, see
 * {@link roundMoney}) and then handed to Intl as an exact decimal string, so
 * amounts beyond 2^53 keep every digit.
 *
 * @param amount - a number, decimal string or Decimal
 * @param options - `currency` (an ISO 4217 code, required), locale, digits and extra minor units
 * @returns the text, e.g. `'€1,234.50'` in en-US or `'1 234,50 €'` in fr-FR
 * @throws {ValidationError} for a malformed amount, a missing or unknown currency or a malformed locale
 * @example
 * formatMoney('1234.5', { currency: 'EUR', locale: 'en-US' }); // '€1,234.50'
 * formatMoney('1234.5', { currency: 'EUR', locale: 'fr-FR' }); // '1 234,50 €' (U+202F and U+00A0)
 * formatMoney(1234, { currency: 'JPY', locale: 'ja-JP' }); // '￥1,234'
 */
export function formatMoney(amount: MoneyInput, options: FormatMoneyOptions): string {
  const o = readOptions<FormatMoneyOptions>(currencyOptions(options, 'formatMoney'), 'options', ['currency', 'locale', 'digits', 'minorUnits']);
  const code = currencyCode(o.currency, ['options', 'currency'], { minorUnits: o.minorUnits });
  const digits = finiteNumber(o.digits ?? minorUnit(code, { minorUnits: o.minorUnits }), 'digits', { min: 0, max: 20 });
  if (!Number.isInteger(digits)) throw invalid('notInteger', `digits must be a whole number, got ${digits}`, 'digits');
  const rounded = money(amount, { path: 'amount' }).toDecimalPlaces(digits, Decimal.ROUND_HALF_EVEN);
  return numberFormat(checkLocale(o.locale ?? 'en-US'), {
    style: 'currency',
    currency: code,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(rounded.toFixed(digits) as unknown as number);
}
