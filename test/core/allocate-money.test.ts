import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateMoney, Decimal, InfeasibleError, ValidationError } from '../../src/core/index.js';

const sum = (parts: Decimal[]) => parts.reduce((a, b) => a.plus(b), new Decimal(0));

describe('allocateMoney() — largest remainder at the minor unit', () => {
  it("Foemmel's conundrum (Fowler, Patterns of Enterprise Application Architecture, 'Money'): 0.05 split 70/30 is 0.04 and 0.01", () => {
    expect(allocateMoney('0.05', [70, 30], { currency: 'USD' }).map(String)).toEqual(['0.04', '0.01']);
  });

  it("dinero.js's allocate tests (dinerojs/dinero.js, allocate.test.ts): $10.03 by [50, 50] is $5.02 and $5.01; $1 by [1, 3] is $0.25 and $0.75", () => {
    expect(allocateMoney('10.03', [50, 50], { currency: 'USD' }).map(String)).toEqual(['5.02', '5.01']);
    expect(allocateMoney('1', [1, 3], { currency: 'USD' }).map(String)).toEqual(['0.25', '0.75']);
  });

  it('gives leftover units to the largest remainders, ties to the earlier part', () => {
    expect(allocateMoney('100', [1, 1, 1], { currency: 'EUR' }).map(String)).toEqual(['33.34', '33.33', '33.33']);
    expect(allocateMoney('10', [1, 2, 3], { currency: 'EUR' }).map(String)).toEqual(['1.67', '3.33', '5']);
    expect(allocateMoney('10', [70, 30], { currency: 'JPY' }).map(String)).toEqual(['7', '3']);
  });

  it('splits negatives symmetrically and handles zero weights', () => {
    expect(allocateMoney('-0.05', [1, 1], { currency: 'EUR' }).map(String)).toEqual(['-0.03', '-0.02']);
    expect(allocateMoney('1', [0, 1, 0], { currency: 'EUR' }).map(String)).toEqual(['0', '1', '0']);
  });

  it('accepts fractional weights exactly', () => {
    expect(allocateMoney('1', [0.1, 0.2], { currency: 'EUR' }).map(String)).toEqual(['0.33', '0.67']);
  });

  it('refuses impossible or malformed requests', () => {
    expect(() => allocateMoney('1', [], { currency: 'EUR' })).toThrow(InfeasibleError);
    expect(() => allocateMoney('1', [0, 0], { currency: 'EUR' })).toThrow(InfeasibleError);
    expect(() => allocateMoney('1.005', [1], { currency: 'EUR' })).toThrow(/more decimals than EUR/);
    expect(() => allocateMoney('1', [-1, 2], { currency: 'EUR' })).toThrow(ValidationError);
    expect(() => allocateMoney('1', [Number.NaN], { currency: 'EUR' })).toThrow(ValidationError);
    expect(() => allocateMoney('1', 'abc' as unknown as number[], { currency: 'EUR' })).toThrow(ValidationError);
    expect(() => allocateMoney('1', [1], { currency: 'XYZ' })).toThrow(ValidationError);
  });

  it('property: parts sum exactly to the total and each is within one unit of its exact share', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 20 }).filter((w) => w.some((x) => x > 0)),
        fc.constantFrom('EUR', 'JPY', 'KWD'),
        (units, weights, currency) => {
          const digits = currency === 'EUR' ? 2 : currency === 'JPY' ? 0 : 3;
          const total = new Decimal(units.toString()).div(new Decimal(10).pow(digits));
          const parts = allocateMoney(total, weights, { currency });
          if (!sum(parts).equals(total)) return false;
          const unit = new Decimal(10).pow(-digits);
          const w = weights.reduce((a, b) => a + b, 0);
          return parts.every((p, i) => p.minus(total.times(weights[i]!).div(w)).abs().lessThan(unit));
        },
      ),
    );
  });
});
