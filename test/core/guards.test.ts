import { describe, expect, it } from 'vitest';
import { ratio, SocialKitError, ValidationError } from '../../src/core/index.js';
import { count, describeValue, finiteNumber, fraction } from '../../src/core/internal.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof ValidationError ? e.issues[0]?.code : 'not a ValidationError';
  }
  return undefined;
}

describe('count()', () => {
  it('accepts non-negative safe integers', () => {
    expect(count(0, 'reach')).toBe(0);
    expect(count(120, 'engagements')).toBe(120);
    expect(count(Number.MAX_SAFE_INTEGER, 'impressions')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each([
    [-1, 'negative'],
    [1.5, 'notInteger'],
    [Number.MAX_SAFE_INTEGER + 1, 'notInteger'],
    [1e308, 'notInteger'],
    [Number.NaN, 'notANumber'],
    [Number.POSITIVE_INFINITY, 'notFinite'],
    ['5', 'notANumber'],
    [null, 'notANumber'],
    [undefined, 'notANumber'],
  ])('refuses %s (%s) and names the field', (value, code) => {
    expect(codeOf(() => count(value, ['posts', 2, 'reach']))).toBe(code);
    expect(() => count(value, ['posts', 2, 'reach'])).toThrow(/posts\[2\]\.reach/);
  });

  it('speaks of "The value" when there is no path', () => {
    expect(() => count(-1, [])).toThrow(/^The value must be a count \(a whole number from 0 to 9007199254740991\), got -1$/);
  });
});

describe('finiteNumber() and fraction()', () => {
  it('checks bounds, inclusive or exclusive', () => {
    expect(finiteNumber(0.5, 'x', { min: 0, max: 1 })).toBe(0.5);
    expect(finiteNumber(-0, 'x')).toBe(0);
    expect(Object.is(finiteNumber(-0, 'x'), 0)).toBe(true);
    expect(codeOf(() => finiteNumber(0, 'x', { min: 0, minExclusive: true }))).toBe('outOfRange');
    expect(codeOf(() => finiteNumber(1, 'x', { max: 1, maxExclusive: true }))).toBe('outOfRange');
    expect(codeOf(() => finiteNumber(-1, 'x', { min: 0 }))).toBe('outOfRange');
    expect(codeOf(() => finiteNumber(2, 'x', { max: 1 }))).toBe('outOfRange');
    expect(codeOf(() => finiteNumber(Number.NaN, 'x'))).toBe('notANumber');
    expect(codeOf(() => finiteNumber(Number.NEGATIVE_INFINITY, 'x'))).toBe('notFinite');
    expect(codeOf(() => finiteNumber('1', 'x'))).toBe('notANumber');
    expect(() => finiteNumber(2, [], { max: 1 })).toThrow(/^The value must be at most 1/);
  });

  it('fraction() accepts 0…1', () => {
    expect(fraction(0, 'r')).toBe(0);
    expect(fraction(1, 'r')).toBe(1);
    expect(() => fraction(25, 'retention')).toThrow(/retention must be at most 1, got 25/);
  });
});

describe('ratio()', () => {
  it('divides, and is null on a zero denominator', () => {
    expect(ratio(120, 4000)).toBe(0.03);
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(5, 0)).toBeNull();
    expect(Object.is(ratio(-0, 5), 0)).toBe(true);
  });

  it('throws overflow rather than return Infinity', () => {
    try {
      ratio(1e308, 1e-308);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SocialKitError);
      expect((e as SocialKitError).code).toBe('overflow');
    }
  });
});

describe('describeValue()', () => {
  it('describes any value without calling into it', () => {
    expect(describeValue(-1)).toBe('-1');
    expect(describeValue(-0)).toBe('0');
    expect(describeValue(10n)).toBe('10');
    expect(describeValue('abc')).toBe('"abc"');
    expect(describeValue('x'.repeat(100))).toBe('"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" (100 characters)');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(true)).toBe('true');
    expect(describeValue(Symbol('s'))).toBe('a symbol');
    expect(describeValue(() => 1)).toBe('a function');
    expect(describeValue([1, 2])).toBe('an array of 2');
    expect(describeValue(new Date(Number.NaN))).toBe('an invalid Date');
    expect(describeValue(new Date(0))).toBe('a Date');
    const hostile = {
      toString() {
        throw new Error('never called');
      },
    };
    expect(describeValue(hostile)).toBe('an object');
  });
});
