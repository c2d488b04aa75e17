import { describe, expect, it } from 'vitest';
import { fitLinearTrend, predictTrend } from '../../src/strategy/linear-trend.js';
import { HYDROCARBON, PURITY } from './montgomery.js';

describe('fitLinearTrend and predictTrend', () => {
  it('reproduce the oxygen-purity example of Montgomery & Runger (Tables 11-1 and 11-2)', () => {
    const fit = fitLinearTrend(HYDROCARBON, PURITY);
    expect(fit.intercept).toBeCloseTo(74.283, 3);
    expect(fit.slope).toBeCloseTo(14.947, 3);
    expect(fit.sxx).toBeCloseTo(0.68088, 5);
    expect(Math.sqrt(fit.sse / fit.df)).toBeCloseTo(1.087, 3);
    expect(fit.sse).toBeCloseTo(21.25, 2);
    const p95 = predictTrend(fit, 1.0, 0.95);
    expect(p95.value).toBeCloseTo(89.231, 3);
    expect(p95.lower).toBeCloseTo(86.83, 3);
    expect(p95.upper).toBeCloseTo(91.632, 3);
    expect(p95.multiplier).toBeCloseTo(2.101, 3);
    // The 80 % interval from the same fit: 89.231 ± t(0.9, 18) · se, with t(0.9, 18) = 1.330 (NIST table)
    // and se = (91.632 − 86.830) / (2 × 2.101) = 1.1428 from the printed 95 % interval.
    const p80 = predictTrend(fit, 1.0, 0.8);
    expect(p80.multiplier).toBeCloseTo(1.3304, 4);
    expect(p80.lower).toBeCloseTo(89.231 - 1.3304 * 1.1428, 2);
    expect(p80.upper).toBeCloseTo(89.231 + 1.3304 * 1.1428, 2);
  });

  it('gives no interval with two points, and a zero-width one for a perfect line', () => {
    const two = fitLinearTrend([0, 10], [5, 25]);
    expect(two.slope).toBe(2);
    expect(predictTrend(two, 20, 0.8)).toEqual({ value: 45, standardError: null, lower: null, upper: null, multiplier: null });
    const exact = predictTrend(fitLinearTrend([0, 1, 2, 3], [1, 3, 5, 7]), 10, 0.8);
    expect(exact.value).toBeCloseTo(21, 12);
    expect(exact.standardError).toBe(0);
    expect(exact.lower).toBeCloseTo(21, 12);
  });
});
