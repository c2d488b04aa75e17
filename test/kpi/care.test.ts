import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstResponseTime, responseRate } from '../../src/kpi/care.js';
import { deepFreeze, expectValidation } from './helpers.js';

describe('responseRate', () => {
  it('150 responses to 1,000 messages = 15 % (ClearlyRated, https://wf.clearlyrated.com/glossary/response-rate)', () => {
    expect(responseRate({ replied: 150, received: 1000 })).toBe(0.15);
  });
  it("9 of 10 messages = 90 %, Meta's \"Very responsive\" threshold (https://icuc.social/resources/uncategorized/facebook-and-customer-service-are-you-responding-fast-enough)", () => {
    expect(responseRate({ replied: 9, received: 10 })).toBe(0.9);
  });
  it('is null with nothing received; names bad fields', () => {
    expect(responseRate({ replied: 0, received: 0 })).toBeNull();
    expectValidation(() => responseRate({ replied: -1, received: 3 }), 'negative', ['replied']);
  });
});

describe('firstResponseTime', () => {
  it('5, 10 and 15 minutes → 10 minutes (SocialRails, https://socialrails.com/social-media-terms/average-response-time)', () => {
    expect(firstResponseTime([300, 600, 900])).toEqual({ mean: 600, median: 600, count: 3 });
  });
  it('reports the median, which one weekend reply does not move', () => {
    expect(firstResponseTime([60, 120, 180, 86400])).toEqual({ mean: 21690, median: 150, count: 4 });
    expect(firstResponseTime([900, 60, 300])).toEqual({ mean: 420, median: 300, count: 3 });
  });
  it('is null for an empty list', () => {
    expect(firstResponseTime([])).toEqual({ mean: null, median: null, count: 0 });
  });
  it('does not overflow for durations near Number.MAX_VALUE', () => {
    const big = Number.MAX_VALUE;
    const result = firstResponseTime([big, big]);
    expect(result.mean).toBe(big);
    expect(result.median).toBe(big);
  });
  it('names bad durations', () => {
    expectValidation(() => firstResponseTime([1, -1]), 'outOfRange', ['durations', 1]);
    expectValidation(() => firstResponseTime([1, Number.NaN]), 'notANumber', ['durations', 1]);
    // eslint-disable-next-line no-sparse-arrays -- a hole on purpose: it must read as undefined
    expectValidation(() => firstResponseTime([, 1] as never), 'notANumber', ['durations', 0]);
    expectValidation(() => firstResponseTime('abc' as never), 'invalidType', ['durations']);
  });
  it('median lies between min and max, mean too (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 40 }), (times) => {
        const { mean, median, count } = firstResponseTime(times);
        const min = Math.min(...times);
        const max = Math.max(...times);
        expect(count).toBe(times.length);
        expect(median).toBeGreaterThanOrEqual(min);
        expect(median).toBeLessThanOrEqual(max);
        expect(mean as number).toBeGreaterThanOrEqual(min - 1e-9 * max);
        expect(mean as number).toBeLessThanOrEqual(max + 1e-9 * max);
      }),
    );
  });
  it('does not mutate (or sort) its input', () => {
    const times = deepFreeze([900, 60, 300]);
    firstResponseTime(times);
    expect(times).toEqual([900, 60, 300]);
  });
});
