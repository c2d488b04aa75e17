import { describe, expect, it } from 'vitest';
import { currencies, currencyCode, CurrencyMismatchError, CurrencySchema, isCurrencyCode, minorUnit, sameCurrency, ValidationError, withdrawnCurrencies } from '../../src/core/index.js';

describe('ISO 4217 minor units', () => {
  // Values from ISO 4217 list one (SIX): https://www.six-group.com/dam/download/financial-information/data-center/iso-currrency/lists/list-one.xml
  it.each([
    ['EUR', 2],
    ['USD', 2],
    ['GBP', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['ISK', 0],
    ['CLP', 0],
    ['XOF', 0],
    ['KWD', 3],
    ['BHD', 3],
    ['TND', 3],
    ['IQD', 3],
    ['CLF', 4],
    ['UYW', 4],
    ['HUF', 2],
    ['IDR', 2],
  ])('%s has %i digits', (code, digits) => {
    expect(minorUnit(code)).toBe(digits);
  });

  it('every code is three upper-case letters that Intl can format', () => {
    for (const code of [...Object.keys(currencies), ...Object.keys(withdrawnCurrencies)]) {
      expect(code).toMatch(/^[A-Z]{3}$/);
      expect(() => new Intl.NumberFormat('en', { style: 'currency', currency: code })).not.toThrow();
    }
    expect(Object.keys(currencies).length).toBeGreaterThanOrEqual(150);
  });

  it('accepts extra or corrected minor units from the caller', () => {
    expect(minorUnit('XAU', { minorUnits: { XAU: 4 } })).toBe(4);
    expect(minorUnit('HUF', { minorUnits: { HUF: 0 } })).toBe(0);
    expect(() => minorUnit('XAU', { minorUnits: { XAU: 1.5 } })).toThrow(ValidationError);
    expect(() => minorUnit('XAU', { minorUnits: { XAU: 11 } })).toThrow(ValidationError);
  });

  it('keeps recently withdrawn codes for historical data', () => {
    expect(minorUnit('HRK')).toBe(2);
    expect(isCurrencyCode('BGN')).toBe(true);
  });
});

describe('currency codes', () => {
  it('recognises known codes only', () => {
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('eur')).toBe(false);
    expect(isCurrencyCode('EURO')).toBe(false);
    expect(isCurrencyCode('XYZ')).toBe(false);
    expect(isCurrencyCode(42)).toBe(false);
    expect(isCurrencyCode('__proto__')).toBe(false);
    expect(isCurrencyCode('constructor')).toBe(false);
  });

  it('tells the person how to fix a lower-case code', () => {
    expect(() => currencyCode('eur', 'budget.currency')).toThrow(/write currency codes in upper case \('EUR'\)/);
    expect(() => currencyCode('EURO')).toThrow(/ISO 4217/);
    try {
      currencyCode('eur', ['budget', 'currency']);
    } catch (e) {
      expect((e as ValidationError).path).toEqual(['budget', 'currency']);
    }
  });

  it('CurrencySchema agrees', () => {
    expect(CurrencySchema.parse('JPY')).toBe('JPY');
    expect(CurrencySchema.safeParse('jpy').success).toBe(false);
  });
});

describe('sameCurrency()', () => {
  it('returns the shared currency and ignores amounts without one', () => {
    expect(sameCurrency(['EUR', undefined, 'EUR'])).toBe('EUR');
    expect(sameCurrency([])).toBeUndefined();
    expect(sameCurrency([undefined])).toBeUndefined();
  });

  it('throws CurrencyMismatchError naming both currencies and the index', () => {
    try {
      sameCurrency(['EUR', 'EUR', 'USD']);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CurrencyMismatchError);
      const err = e as CurrencyMismatchError;
      expect(err.code).toBe('currencyMismatch');
      expect(err.expected).toBe('EUR');
      expect(err.actual).toBe('USD');
      expect(err.path).toEqual([2]);
      expect(err.message).toBe('Cannot combine amounts in EUR and USD: convert them to one currency first.');
    }
  });
});
