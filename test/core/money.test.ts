import fc from 'fast-check';
import { Decimal as GlobalDecimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Decimal, isMoneyInput, money, MoneySchema, roundMoney, ValidationError } from '../../src/core/index.js';

describe('Decimal (the library clone)', () => {
  it('has 34 significant digits and half-even rounding, never exponent notation', () => {
    expect(Decimal.precision).toBe(34);
    expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_EVEN);
    expect(new Decimal(1).div(3).toString()).toBe('0.3333333333333333333333333333333333');
    expect(new Decimal('1e-9').toString()).toBe('0.000000001');
    expect(new Decimal('1e25').toJSON()).toBe('10000000000000000000000000');
  });

  it('does not read or change the global decimal.js settings', () => {
    const before = { precision: GlobalDecimal.precision, rounding: GlobalDecimal.rounding };
    GlobalDecimal.set({ precision: 5, rounding: GlobalDecimal.ROUND_UP });
    try {
      expect(new Decimal(1).div(3).toString()).toHaveLength(36);
      expect(money('2.5').toDecimalPlaces(0).toString()).toBe('2');
    } finally {
      GlobalDecimal.set(before);
    }
    expect(GlobalDecimal.precision).toBe(before.precision);
  });
});

describe('money()', () => {
  it('reads numbers through their shortest decimal form: 0.1 + 0.2 is exactly 0.3', () => {
    expect(money(0.1).plus(money(0.2)).toString()).toBe('0.3');
    expect(money(19.99).toString()).toBe('19.99');
  });

  it('accepts plain decimal strings, signs and exponents', () => {
    expect(money('19.99').toString()).toBe('19.99');
    expect(money('-0.5').toString()).toBe('-0.5');
    expect(money('+3').toString()).toBe('3');
    expect(money('.5').toString()).toBe('0.5');
    expect(money('5.').toString()).toBe('5');
    expect(money('1e3').toString()).toBe('1000');
    expect(money('12345678901234567890.123456789').toString()).toBe('12345678901234567890.123456789');
  });

  it('accepts any decimal.js Decimal, including the caller’s own constructor, and returns the library clone', () => {
    const theirs = new GlobalDecimal('12.5');
    const ours = money(theirs);
    expect(ours.toString()).toBe('12.5');
    expect(ours).toBeInstanceOf(Decimal);
  });

  it('normalizes -0 to 0 so JSON never shows "-0"', () => {
    expect(JSON.stringify(money(-0))).toBe('"0"');
    expect(JSON.stringify(money('-0.000'))).toBe('"0"');
  });

  it.each([
    [Number.NaN, 'notANumber'],
    [Number.POSITIVE_INFINITY, 'notFinite'],
    [Number.NEGATIVE_INFINITY, 'notFinite'],
    ['1,5', 'invalidFormat'],
    ['1 000', 'invalidFormat'],
    ['0x10', 'invalidFormat'],
    ['', 'invalidFormat'],
    ['NaN', 'invalidFormat'],
    ['Infinity', 'invalidFormat'],
    ['1e99999999999999999', 'notFinite'],
    ['1e40', 'outOfRange'],
    [null, 'notANumber'],
    [undefined, 'notANumber'],
    [{}, 'notANumber'],
    [10n, 'notANumber'],
    [new GlobalDecimal(Number.NaN), 'notANumber'],
    [new GlobalDecimal(Number.POSITIVE_INFINITY), 'notFinite'],
  ])('refuses %s with a ValidationError (%s)', (value, code) => {
    try {
      money(value as never, { path: ['budget', 'total'] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const e = error as ValidationError;
      expect(e.issues[0]?.code).toBe(code);
      expect(e.path).toEqual(['budget', 'total']);
      expect(e.message).toContain('budget.total');
    }
  });

  it('refuses amounts too large or too small to print (MONEY_EXPONENT_RANGE)', () => {
    expect(() => money('1e999999999', { path: 'cost' })).toThrow(/cost must be 0 or between 1e-20 and 1e30 in size/);
    expect(() => money('-1e999999999', { nonNegative: true })).toThrow(/between 1e-20 and 1e30/);
    expect(() => money(1e308)).toThrow(ValidationError);
    expect(() => money('1e-21')).toThrow(ValidationError);
    expect(() => money(new GlobalDecimal('1e40'))).toThrow(/a Decimal of that size/);
    expect(money('9.99e29').toString()).toBe('999000000000000000000000000000');
    expect(money('1e-20').toString()).toBe('0.00000000000000000001');
    expect(money('0e999999999').toString()).toBe('0');
    expect(isMoneyInput('1e40')).toBe(false);
  });

  it('explains the comma decimal mark', () => {
    expect(() => money('12,50')).toThrow(/use a dot as the decimal mark/);
    expect(() => money('1 000')).toThrow(/remove spaces/);
  });

  it('refuses negatives when asked', () => {
    expect(() => money('-1', { nonNegative: true, path: 'cost' })).toThrow(/cost must not be negative/);
    expect(money('0', { nonNegative: true }).toString()).toBe('0');
  });

  it('isMoneyInput tells without throwing', () => {
    expect(isMoneyInput('12.50')).toBe(true);
    expect(isMoneyInput('12,50')).toBe(false);
    expect(isMoneyInput(Number.NaN)).toBe(false);
    expect(isMoneyInput(new GlobalDecimal(1))).toBe(true);
    expect(isMoneyInput('1e99999999999999999')).toBe(false);
    expect(isMoneyInput(null)).toBe(false);
  });

  it('property: any finite number survives money → JSON → MoneySchema exactly', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e28, max: 1e28, noNaN: true }).filter((x) => x === 0 || Math.abs(x) >= 1e-19), (n) => {
        const m = money(n);
        const back = MoneySchema.parse(JSON.parse(JSON.stringify({ m })).m);
        return back.equals(m) && back.toString() === m.toString();
      }),
    );
  });

  it('property: decimal strings survive a round trip digit for digit', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 28n), max: 10n ** 28n }), fc.integer({ min: 0, max: 12 }), (units, scale) => {
        const text = new Decimal(units.toString()).div(new Decimal(10).pow(scale)).toFixed(scale);
        const back = MoneySchema.parse(JSON.parse(JSON.stringify(money(text))));
        return back.equals(new Decimal(text));
      }),
    );
  });
});

describe('roundMoney() — half to even at the minor unit', () => {
  // Banker's rounding as documented for .NET's MidpointRounding.ToEven:
  // https://learn.microsoft.com/en-us/dotnet/api/system.midpointrounding — 2.5 → 2, 3.5 → 4.
  it('rounds midpoints to the even neighbour (MidpointRounding.ToEven examples)', () => {
    expect(roundMoney('2.5', { currency: 'JPY' }).toString()).toBe('2');
    expect(roundMoney('3.5', { currency: 'JPY' }).toString()).toBe('4');
    expect(roundMoney('-2.5', { currency: 'JPY' }).toString()).toBe('-2');
    expect(roundMoney('0.125', { currency: 'EUR' }).toString()).toBe('0.12');
    expect(roundMoney('0.135', { currency: 'EUR' }).toString()).toBe('0.14');
    expect(roundMoney('1.0005', { currency: 'KWD' }).toString()).toBe('1');
    expect(roundMoney('1.0015', { currency: 'KWD' }).toString()).toBe('1.002');
  });

  it('keeps non-midpoints at the nearest unit and never returns -0', () => {
    expect(roundMoney('0.126', { currency: 'EUR' }).toString()).toBe('0.13');
    expect(roundMoney('-0.001', { currency: 'EUR' }).toString()).toBe('0');
    expect(Object.is(roundMoney('-0.001', { currency: 'EUR' }).toNumber(), 0)).toBe(true);
  });

  it('refuses an unknown currency', () => {
    expect(() => roundMoney('1', { currency: 'EURO' })).toThrow(ValidationError);
  });
});
