import { describeValue } from './describe-value.js';
import { CurrencyMismatchError, invalid, type PathInput, formatPath, toPath } from './errors.js';
import { readOptions } from './read-options.js';
import { deepFreeze } from './deep-freeze.js';

/**
 * Where the minor units come from: ISO 4217 list one, as published by its
 * maintenance agency (SIX). `asOf` is the date of the amendment checked.
 *
 * @example
 * CURRENCY_SOURCE.asOf; // '2026-01-01'
 */
export const CURRENCY_SOURCE = /* @__PURE__ */ deepFreeze({
  source: 'https://www.six-group.com/en/products-services/financial-information/data-standards.html',
  asOf: '2026-01-01',
} as const);

/**
 * Active ISO 4217 currency codes with their minor unit: the number of digits
 * after the decimal mark (EUR 2, JPY 0, KWD 3, CLF 4). Precious metals and
 * testing codes (XAU, XTS, …), which have no minor unit, are not listed.
 * Note that ISO's minor unit can differ from the digits a locale displays
 * (CLDR shows HUF and IDR without decimals): socialkit rounds and splits
 * money at ISO's minor unit.
 *
 * @example
 * currencies.EUR; // 2
 * currencies.JPY; // 0
 */
export const currencies = /* @__PURE__ */ deepFreeze({
  AED: 2,
  AFN: 2,
  ALL: 2,
  AMD: 2,
  AOA: 2,
  ARS: 2,
  AUD: 2,
  AWG: 2,
  AZN: 2,
  BAM: 2,
  BBD: 2,
  BDT: 2,
  BHD: 3,
  BIF: 0,
  BMD: 2,
  BND: 2,
  BOB: 2,
  BOV: 2,
  BRL: 2,
  BSD: 2,
  BTN: 2,
  BWP: 2,
  BYN: 2,
  BZD: 2,
  CAD: 2,
  CDF: 2,
  CHE: 2,
  CHF: 2,
  CHW: 2,
  CLF: 4,
  CLP: 0,
  CNY: 2,
  COP: 2,
  COU: 2,
  CRC: 2,
  CUP: 2,
  CVE: 2,
  CZK: 2,
  DJF: 0,
  DKK: 2,
  DOP: 2,
  DZD: 2,
  EGP: 2,
  ERN: 2,
  ETB: 2,
  EUR: 2,
  FJD: 2,
  FKP: 2,
  GBP: 2,
  GEL: 2,
  GHS: 2,
  GIP: 2,
  GMD: 2,
  GNF: 0,
  GTQ: 2,
  GYD: 2,
  HKD: 2,
  HNL: 2,
  HTG: 2,
  HUF: 2,
  IDR: 2,
  ILS: 2,
  INR: 2,
  IQD: 3,
  IRR: 2,
  ISK: 0,
  JMD: 2,
  JOD: 3,
  JPY: 0,
  KES: 2,
  KGS: 2,
  KHR: 2,
  KMF: 0,
  KPW: 2,
  KRW: 0,
  KWD: 3,
  KYD: 2,
  KZT: 2,
  LAK: 2,
  LBP: 2,
  LKR: 2,
  LRD: 2,
  LSL: 2,
  LYD: 3,
  MAD: 2,
  MDL: 2,
  MGA: 2,
  MKD: 2,
  MMK: 2,
  MNT: 2,
  MOP: 2,
  MRU: 2,
  MUR: 2,
  MVR: 2,
  MWK: 2,
  MXN: 2,
  MXV: 2,
  MYR: 2,
  MZN: 2,
  NAD: 2,
  NGN: 2,
  NIO: 2,
  NOK: 2,
  NPR: 2,
  NZD: 2,
  OMR: 3,
  PAB: 2,
  PEN: 2,
  PGK: 2,
  PHP: 2,
  PKR: 2,
  PLN: 2,
  PYG: 0,
  QAR: 2,
  RON: 2,
  RSD: 2,
  RUB: 2,
  RWF: 0,
  SAR: 2,
  SBD: 2,
  SCR: 2,
  SDG: 2,
  SEK: 2,
  SGD: 2,
  SHP: 2,
  SLE: 2,
  SOS: 2,
  SRD: 2,
  SSP: 2,
  STN: 2,
  SVC: 2,
  SYP: 2,
  SZL: 2,
  THB: 2,
  TJS: 2,
  TMT: 2,
  TND: 3,
  TOP: 2,
  TRY: 2,
  TTD: 2,
  TWD: 2,
  TZS: 2,
  UAH: 2,
  UGX: 0,
  USD: 2,
  USN: 2,
  UYI: 0,
  UYU: 2,
  UYW: 4,
  UZS: 2,
  VED: 2,
  VES: 2,
  VND: 0,
  VUV: 0,
  WST: 2,
  XAF: 0,
  XCD: 2,
  XCG: 2,
  XOF: 0,
  XPF: 0,
  YER: 2,
  ZAR: 2,
  ZMW: 2,
  ZWG: 2,
} as const satisfies Readonly<Record<string, number>>);

/**
 * Codes ISO 4217 has withdrawn recently, still accepted so that historical
 * exports can be read (HRK before the euro, BGN before 2026, ANG before XCG,
 * SLL before SLE, ZWL before ZWG, CUC).
 *
 * @example
 * withdrawnCurrencies.HRK; // 2
 */
export const withdrawnCurrencies = /* @__PURE__ */ deepFreeze({
  ANG: 2,
  BGN: 2,
  CUC: 2,
  HRK: 2,
  SLL: 2,
  ZWL: 2,
} as const satisfies Readonly<Record<string, number>>);

/** An ISO 4217 code in socialkit's table, active or recently withdrawn. */
export type KnownCurrencyCode = keyof typeof currencies | keyof typeof withdrawnCurrencies;

/**
 * A currency code: one of the known ISO 4217 codes (offered by autocompletion),
 * or another three-letter code whose minor unit the caller supplies.
 */
export type CurrencyCode = KnownCurrencyCode | (string & Record<never, never>);

/** Options for the currency helpers: minor units for codes the table lacks or that a caller must correct. */
export interface CurrencyOptions {
  /** Extra or corrected minor units by code, e.g. `{ XAU: 4 }`. They win over the built-in table. */
  minorUnits?: Readonly<Record<string, number>>;
}

const CODE_PATTERN = /^[A-Z]{3}$/;

/**
 * The options argument of `formatMoney` and `roundMoney`, checked before it is
 * read: the currency is an option (as in `Intl.NumberFormat`), so the former
 * positional form gets its migration in the message. Private to core.
 *
 * @param options - the options argument as given
 * @param fn - the calling function's name, for the message
 * @returns the options, unchanged
 * @internal
 */
export function currencyOptions(options: unknown, fn: string): unknown {
  if (typeof options === 'string') {
    throw invalid('invalidType', `${fn} takes the currency as an option: ${fn}(amount, { currency: ${JSON.stringify(options)} })`, 'options');
  }
  if (options === undefined) {
    throw invalid('missingField', `${fn} needs the currency: ${fn}(amount, { currency: 'EUR' })`, ['options', 'currency']);
  }
  return options;
}

function lookup(code: string, options: CurrencyOptions): number | undefined {
  const custom = readOptions<CurrencyOptions>(options, 'options', ['minorUnits']).minorUnits;
  if (custom !== undefined) {
    if (typeof custom !== 'object' || custom === null) {
      throw invalid('invalidType', `minorUnits must be an object such as { XAU: 4 }, got ${describeValue(custom)}`, ['options', 'minorUnits']);
    }
    if (Object.hasOwn(custom, code)) return custom[code];
  }
  if (Object.hasOwn(currencies, code)) return currencies[code as keyof typeof currencies];
  if (Object.hasOwn(withdrawnCurrencies, code)) return withdrawnCurrencies[code as keyof typeof withdrawnCurrencies];
  return undefined;
}

/**
 * Tells whether a string is an ISO 4217 code socialkit knows (or one given in `options.minorUnits`).
 *
 * @param code - the candidate code
 * @param options - extra minor units
 * @returns true for `'EUR'`, false for `'eur'` or `'EURO'`
 * @example
 * isCurrencyCode('EUR'); // true
 * isCurrencyCode('EURO'); // false
 */
export function isCurrencyCode(code: unknown, options: CurrencyOptions = {}): code is CurrencyCode {
  return typeof code === 'string' && CODE_PATTERN.test(code) && lookup(code, options) !== undefined;
}

/**
 * Checks a currency code and returns it.
 *
 * @param code - the candidate code
 * @param path - the field it came from
 * @param options - extra minor units
 * @returns the code
 * @throws {ValidationError} `invalidCurrency` when the code is not a known ISO 4217 code
 * @example
 * currencyCode('EUR', 'currency'); // 'EUR'
 * currencyCode('eur', 'currency'); // throws ValidationError: write currency codes in upper case
 */
export function currencyCode(code: unknown, path: PathInput = 'currency', options: CurrencyOptions = {}): CurrencyCode {
  if (isCurrencyCode(code, options)) return code;
  const label = toPath(path).length === 0 ? 'The currency' : formatPath(path);
  const hint =
    typeof code === 'string' && isCurrencyCode(code.toUpperCase(), options)
      ? `: write currency codes in upper case ('${code.toUpperCase()}')`
      : ': use an ISO 4217 code such as EUR, USD or JPY (or pass its minor unit in options.minorUnits)';
  throw invalid('invalidCurrency', `${label} is not a known ISO 4217 currency code, got ${describeValue(code)}${hint}`, path);
}

/**
 * The minor unit of a currency: how many digits follow the decimal mark.
 *
 * @param code - an ISO 4217 code
 * @param options - extra or corrected minor units
 * @returns 2 for EUR, 0 for JPY, 3 for KWD, 4 for CLF
 * @throws {ValidationError} `invalidCurrency` for an unknown code
 * @example
 * minorUnit('EUR'); // 2
 * minorUnit('JPY'); // 0
 * minorUnit('KWD'); // 3
 */
export function minorUnit(code: string, options: CurrencyOptions = {}): number {
  const checked = currencyCode(code, 'currency', options);
  const digits = lookup(checked, options);
  if (digits === undefined || !Number.isSafeInteger(digits) || digits < 0 || digits > 10) {
    throw invalid('invalidCurrency', `The minor unit of ${checked} must be a whole number from 0 to 10, got ${describeValue(digits)}`, [
      'minorUnits',
      checked,
    ]);
  }
  return digits;
}

/**
 * Returns the one currency shared by every code given, or throws when two differ.
 * `undefined` entries (amounts that carry no currency) are ignored.
 *
 * @param codes - the currencies of the amounts being combined
 * @returns the shared currency, or `undefined` when none was given
 * @throws {CurrencyMismatchError} when two codes differ
 * @example
 * sameCurrency(['EUR', undefined, 'EUR']); // 'EUR'
 * sameCurrency(['EUR', 'USD']); // throws CurrencyMismatchError
 */
export function sameCurrency(codes: Iterable<string | undefined>): string | undefined {
  if (typeof codes !== 'object' || codes === null || typeof (codes as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') {
    throw invalid('invalidType', `codes must be an iterable of currency codes, got ${describeValue(codes)}`, 'codes');
  }
  let shared: string | undefined;
  let index = 0;
  for (const code of codes) {
    if (code !== undefined && typeof code !== 'string') {
      throw invalid('invalidCurrency', `codes[${index}] must be a currency code or undefined, got ${describeValue(code)}`, ['codes', index]);
    }
    if (code !== undefined) {
      if (shared === undefined) shared = code;
      else if (code !== shared) throw new CurrencyMismatchError(shared, code, { path: [index] });
    }
    index += 1;
  }
  return shared;
}
