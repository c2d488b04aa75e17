import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../src/core/internal.js';

// Published percentage points of the standard normal distribution.
// NIST/SEMATECH e-Handbook of Statistical Methods, 1.3.6.7.1 "Cumulative Distribution Function of the
// Standard Normal Distribution" (https://www.itl.nist.gov/div898/handbook/eda/section3/eda3671.htm):
// the critical values 1.282 (α = 0.10), 1.645 (0.05), 1.960 (0.025), 2.326 (0.01), 2.576 (0.005), 3.090 (0.001).
const NIST_UPPER: readonly [number, number][] = [
  [0.1, 1.282],
  [0.05, 1.645],
  [0.025, 1.96],
  [0.01, 2.326],
  [0.005, 2.576],
  [0.001, 3.09],
];

// The same points to 16 significant digits as R's qnorm() prints them (R's nmath/qnorm.c is an independent
// implementation of AS 241; the first three agree with Abramowitz & Stegun, table 26.5, to its 9 decimals:
// 1.959963985, 2.575829304, 3.290526731).
const TEN_DIGITS: readonly [number, number][] = [
  [0.975, 1.959963984540054],
  [0.995, 2.5758293035489004],
  [0.9995, 3.2905267314918945],
  [0.75, 0.6744897501960817],
  [0.9, 1.2815515655446004],
  [1e-10, -6.361340902404056],
  [1e-20, -9.262340089798409],
];

describe('normalQuantile (Wichura AS 241)', () => {
  it('matches the NIST critical values to their three decimals', () => {
    for (const [alpha, z] of NIST_UPPER) {
      expect(normalQuantile(1 - alpha)).toBeCloseTo(z, 3);
      expect(normalQuantile(alpha)).toBeCloseTo(-z, 3);
    }
  });

  it('matches the published points to 1e-13 relative error, both tails and the centre', () => {
    for (const [p, z] of TEN_DIGITS) expect(Math.abs(normalQuantile(p) - z) / Math.abs(z)).toBeLessThan(1e-13);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('is antisymmetric and monotone', () => {
    let previous = Number.NEGATIVE_INFINITY;
    for (let i = 1; i < 1000; i += 1) {
      const p = i / 1000;
      const z = normalQuantile(p);
      expect(z).toBeGreaterThan(previous);
      expect(z + normalQuantile(1 - p)).toBeCloseTo(0, 12);
      previous = z;
    }
  });

  it('gives the infinities at 0 and 1 and NaN outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalQuantile(Number.NaN)).toBeNaN();
  });
});
