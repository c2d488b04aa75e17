import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateMoney, Decimal, InfeasibleError, ValidationError } from '../../src/core/index.js';
import { allocateWithBounds } from '../../src/budget/index.js';

const sum = (xs: readonly Decimal[]): Decimal => xs.reduce((a, b) => a.plus(b), new Decimal(0));

/** Random feasible cases: weights, optional bounds in cents, and a total between Σmin and Σmax. */
const cases = fc
  .array(
    fc.record({
      w: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0.001, max: 50, noNaN: true })),
      min: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: undefined }),
      span: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .chain((lines) => {
    const lo = lines.reduce((s, l) => s + (l.min ?? 0), 0);
    const bounded = lines.every((l) => l.span !== undefined);
    const hi = bounded ? lines.reduce((s, l) => s + (l.min ?? 0) + (l.span ?? 0), 0) : lo + 500_000;
    return fc.record({ lines: fc.constant(lines), totalCents: fc.integer({ min: lo, max: hi }) });
  });

describe('allocateWithBounds', () => {
  it('documented examples: a capped line hands its surplus to the others by weight', () => {
    expect(allocateWithBounds('100', [1, 1, 1], { currency: 'EUR', max: [20] }).map(String)).toEqual(['20', '40', '40']);
    const split = allocateWithBounds('1000', { meta: 3, tiktok: 1 }, { currency: 'EUR', min: { tiktok: '300' } });
    expect(split.meta.toString()).toBe('700');
    expect(split.tiktok.toString()).toBe('300');
  });

  it('without bounds it is core\'s allocateMoney exactly (largest remainder, ties to the earlier line)', () => {
    expect(allocateWithBounds('100', [1, 1, 1], { currency: 'EUR' }).map(String)).toEqual(allocateMoney('100', [1, 1, 1], { currency: 'EUR' }).map(String));
    expect(allocateWithBounds('10', [70, 30], { currency: 'JPY' }).map(String)).toEqual(['7', '3']);
  });

  it('clamps repeatedly until stable: the second pass can clamp a line the first left free', () => {
    // Shares 50/30/20 of 100; a is capped at 30, the 20 left go 60/40 to b and c (42 and 28); b is capped at 35,
    // so c takes the rest: 30 / 35 / 35.
    expect(allocateWithBounds('100', [50, 30, 20], { currency: 'EUR', max: ['30', '35'] }).map(String)).toEqual(['30', '35', '35']);
  });

  it('rounds a min up and a max down to the minor unit, and no line leaves its bounds after rounding', () => {
    const out = allocateWithBounds('10', [1, 1, 1], { currency: 'EUR', min: ['3.331'], max: [undefined, '3.339'] });
    expect(out.map(String)).toEqual(['3.34', '3.33', '3.33']);
  });

  it('gives weight-0 lines their min, and the rest when the weighted lines are all at their max', () => {
    expect(allocateWithBounds('100', [1, 0], { currency: 'EUR', min: [0, '10'] }).map(String)).toEqual(['90', '10']);
    expect(allocateWithBounds('100', [1, 0, 0], { currency: 'EUR', max: ['40'] }).map(String)).toEqual(['40', '30', '30']);
  });

  it('Σmin > total and Σmax < total are InfeasibleErrors saying which', () => {
    expect(() => allocateWithBounds('100', [1, 1], { currency: 'EUR', min: ['80', '30'] })).toThrow(/minimums sum to 110/);
    expect(() => allocateWithBounds('100', [1, 1], { currency: 'EUR', max: ['30', '30'] })).toThrow(/maximums sum to 60/);
    expect(() => allocateWithBounds('100', [1, 1], { currency: 'EUR', min: ['50.001'], max: ['50.009'] })).toThrow(InfeasibleError);
  });

  it('refuses a bound key that is not a line, and a misspelt option', () => {
    try {
      allocateWithBounds('100', { a: 1 }, { currency: 'EUR', max: { b: 10 } as never });
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues[0]?.code).toBe('unknownKey');
    }
    expect(() => allocateWithBounds('100', [1], { currency: 'EUR', maxx: [1] } as never)).toThrow(/did you mean `max`/);
  });

  it('property (10,000 random cases): exact sums, every bound respected', () => {
    fc.assert(
      fc.property(cases, ({ lines, totalCents }) => {
        const total = new Decimal(totalCents).div(100);
        const weights = lines.map((l) => l.w);
        const min = lines.map((l) => (l.min === undefined ? undefined : new Decimal(l.min).div(100).toString()));
        const max = lines.map((l) => (l.span === undefined ? undefined : new Decimal((l.min ?? 0) + l.span).div(100).toString()));
        const out = allocateWithBounds(total, weights, { currency: 'EUR', min, max });
        expect(sum(out).equals(total)).toBe(true);
        out.forEach((v, i) => {
          expect(v.decimalPlaces()).toBeLessThanOrEqual(2);
          if (min[i] !== undefined) expect(v.gte(min[i] as string)).toBe(true);
          else expect(v.gte(0)).toBe(true);
          if (max[i] !== undefined) expect(v.lte(max[i] as string)).toBe(true);
        });
      }),
      { numRuns: 10_000, seed: 16 },
    );
  });

  it('property: permuting the lines permutes the result whenever no two remainders tie', () => {
    let ties = 0;
    let runs = 0;
    fc.assert(
      fc.property(cases, fc.integer({ min: 0, max: 1_000_000 }), ({ lines, totalCents }, seed) => {
        const total = new Decimal(totalCents).div(100);
        const weights = lines.map((l) => l.w);
        const min = lines.map((l) => (l.min === undefined ? undefined : new Decimal(l.min).div(100).toString()));
        const max = lines.map((l) => (l.span === undefined ? undefined : new Decimal((l.min ?? 0) + l.span).div(100).toString()));
        const out = allocateWithBounds(total, weights, { currency: 'EUR', min, max });
        // A permutation from the seed.
        const order = lines.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 97) - ((b * 7919 + seed) % 97) || a - b);
        const permuted = allocateWithBounds(total, order.map((i) => weights[i] as number), { currency: 'EUR', min: order.map((i) => min[i]), max: order.map((i) => max[i]) });
        // Compare the unrounded exact shares' fractional parts through the record form: equal results unless two lines tie.
        const same = order.every((i, k) => (permuted[k] as Decimal).equals(out[i] as Decimal));
        if (!same) {
          // Only a tie can tell the orders apart: then the results differ by single minor units handed to
          // the other of two tied lines (each line within ±0.01, the moves summing to 0).
          const diffs = order.map((i, k) => (permuted[k] as Decimal).minus(out[i] as Decimal));
          for (const d of diffs) expect(d.abs().lte('0.01')).toBe(true);
          expect(sum(diffs).isZero()).toBe(true);
        }
        ties += same ? 0 : 1;
        runs += 1;
      }),
      { numRuns: 2000, seed: 17 },
    );
    // Ties are the exception, not the rule.
    expect(ties / runs).toBeLessThan(0.2);
  });
});
