import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, sumMoney, ValidationError } from '../../src/core/index.js';
import { addExactly } from '../../src/core/internal.js';

describe('sumMoney() and addExactly()', () => {
  it('adds exactly where Decimal.plus rounds to 34 digits', () => {
    // 50 significant digits, as computed with Python's decimal module at 100 digits.
    expect(sumMoney([0.1234567, 1e12, '1e3', new Decimal('0.000000001'), '999999999.999999', 1e-20, '123456789012345678901234567.5']).toString()).toBe(
      '123456789012346679901235567.62345570100000000001',
    );
    expect(addExactly(new Decimal('-1e20'), new Decimal('1e-20')).toString()).toBe('-99999999999999999999.99999999999999999999');
    expect(sumMoney(['-0.5', '0.5']).toString()).toBe('0');
    expect(sumMoney(new Set(['1.10', '2'])).toString()).toBe('3.1');
  });

  it('property: equals integer arithmetic on the digits (BigInt oracle)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), fc.integer({ min: 0, max: 20 })), { maxLength: 30 }), (parts) => {
        const scale = parts.reduce((m, [, s]) => Math.max(m, s), 0);
        const oracle = parts.reduce((sum, [u, s]) => sum + u * 10n ** BigInt(scale - s), 0n);
        const amounts = parts.map(([u, s]) => {
          const neg = u < 0n;
          const digits = (neg ? -u : u).toString().padStart(s + 1, '0');
          const text = s === 0 ? digits : `${digits.slice(0, -s)}.${digits.slice(-s)}`;
          return neg ? `-${text}` : text;
        });
        const filtered = amounts.filter((a) => {
          const d = new Decimal(a);
          return d.isZero() || (d.e >= -20 && d.e <= 29);
        });
        if (filtered.length !== amounts.length) return true;
        return BigInt(sumMoney(amounts).toFixed(scale).replace('.', '')) === oracle;
      }),
    );
  });

  it('refuses what is not money, naming the index', () => {
    expect(() => sumMoney(['1', '1,5'])).toThrow(/amounts\[1\]/);
    expect(() => sumMoney(5 as never)).toThrow(ValidationError);
    expect(() => addExactly(1 as never, new Decimal(1))).toThrow(ValidationError);
    expect(() => addExactly(new Decimal(1), new Decimal(Number.NaN))).toThrow(ValidationError);
  });
});
