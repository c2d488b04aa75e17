import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageEngagementRate } from '../../src/kpi/average-engagement-rate.js';
import { deepFreeze, expectSocialKitError, expectValidation } from './helpers.js';

describe('averageEngagementRate', () => {
  it('mean of ratios: Post 1 (3.4 %) + Post 2 (3.5 %) / 2 = 3.45 % (Hootsuite, "Average ERR", https://blog.hootsuite.com/calculate-engagement-rate/)', () => {
    const posts = [
      { engagements: 34, reach: 1000 },
      { engagements: 70, reach: 2000 },
    ];
    const result = averageEngagementRate(posts, { base: 'reach', method: 'meanOfRatios' });
    expect(result.rate).toBeCloseTo(0.0345, 12);
    expect(result).toMatchObject({ included: 2, excluded: 0 });
  });

  it('ratio of sums: Σ engagements / Σ reach, as Later computes the overall Instagram rate (https://help.later.com/hc/en-us/articles/14559714698007-Engagement-Rate-Change-FAQ)', () => {
    const posts = [
      { engagements: 34, reach: 1000 },
      { engagements: 70, reach: 2000 },
    ];
    const result = averageEngagementRate(posts, { base: 'reach', method: 'ratioOfSums' });
    expect(result.rate).toBe(104 / 3000);
    expect(result).toMatchObject({ included: 2, excluded: 0 });
  });

  it('leaves posts with an undefined rate out of the mean of ratios and counts them', () => {
    const posts = [
      { engagements: 10, impressions: 100 },
      { engagements: 0, impressions: 0 },
      { engagements: 30, impressions: 100 },
    ];
    expect(averageEngagementRate(posts, { base: 'impressions', method: 'meanOfRatios' })).toEqual({ rate: 0.2, included: 2, excluded: 1 });
    expect(averageEngagementRate(posts, { base: 'impressions', method: 'ratioOfSums' })).toEqual({ rate: 0.2, included: 3, excluded: 0 });
  });

  it('uses the base it is told: followers and views', () => {
    const posts = [{ engagements: 50, followers: 1000, views: 500 }];
    expect(averageEngagementRate(posts, { base: 'followers', method: 'meanOfRatios' }).rate).toBe(0.05);
    expect(averageEngagementRate(posts, { base: 'views', method: 'ratioOfSums' }).rate).toBe(0.1);
  });

  it('is null, never NaN, for no posts or all-zero bases', () => {
    expect(averageEngagementRate([], { base: 'reach', method: 'meanOfRatios' })).toEqual({ rate: null, included: 0, excluded: 0 });
    expect(averageEngagementRate([], { base: 'reach', method: 'ratioOfSums' })).toEqual({ rate: null, included: 0, excluded: 0 });
    const zero = [{ engagements: 0, reach: 0 }];
    expect(averageEngagementRate(zero, { base: 'reach', method: 'meanOfRatios' })).toEqual({ rate: null, included: 0, excluded: 1 });
    expect(averageEngagementRate(zero, { base: 'reach', method: 'ratioOfSums' })).toEqual({ rate: null, included: 1, excluded: 0 });
  });

  it('requires both options, without default', () => {
    const posts = [{ engagements: 1, reach: 2 }];
    expectValidation(() => averageEngagementRate(posts, undefined as never), 'invalidType', ['options']);
    expectValidation(() => averageEngagementRate(posts, { base: 'reach' } as never), 'invalidOption', ['options', 'method']);
    expectValidation(() => averageEngagementRate(posts, { method: 'ratioOfSums' } as never), 'invalidOption', ['options', 'base']);
    expectValidation(() => averageEngagementRate(posts, { base: 'likes', method: 'ratioOfSums' } as never), 'invalidOption', ['options', 'base']);
  });

  it('names the bad post and field', () => {
    const options = { base: 'reach', method: 'meanOfRatios' } as const;
    expectValidation(() => averageEngagementRate([{ engagements: 1, reach: 2 }, null] as never, options), 'invalidType', ['posts', 1]);
    expectValidation(() => averageEngagementRate([{ engagements: 1 }] as never, options), 'notANumber', ['posts', 0, 'reach']);
    expectValidation(() => averageEngagementRate([{ engagements: -1, reach: 1 }], options), 'negative', ['posts', 0, 'engagements']);
    expectValidation(() => averageEngagementRate('posts' as never, options), 'invalidType', ['posts']);
    // A hole in an array is a missing post, not a skipped one.
    // eslint-disable-next-line no-sparse-arrays -- a hole on purpose: it must read as undefined
    expectValidation(() => averageEngagementRate([, { engagements: 1, reach: 1 }] as never, options), 'invalidType', ['posts', 0]);
  });

  it('accepts any iterable of posts', () => {
    const posts = new Set([{ engagements: 1, reach: 4 }]);
    expect(averageEngagementRate(posts as never, { base: 'reach', method: 'ratioOfSums' }).rate).toBe(0.25);
  });

  it('reports sums that overflow', () => {
    const big = { engagements: Number.MAX_SAFE_INTEGER, reach: 1 };
    expectSocialKitError(() => averageEngagementRate([big, big], { base: 'reach', method: 'ratioOfSums' }), 'overflow');
  });

  it('ratio of sums equals mean of ratios when every base is equal (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 50 }), (base, es) => {
        const posts = es.map((engagements) => ({ engagements, reach: base }));
        const mean = averageEngagementRate(posts, { base: 'reach', method: 'meanOfRatios' }).rate as number;
        const pooled = averageEngagementRate(posts, { base: 'reach', method: 'ratioOfSums' }).rate as number;
        expect(Math.abs(mean - pooled)).toBeLessThanOrEqual(1e-12 * Math.max(1, pooled));
      }),
    );
  });

  it('never returns NaN or Infinity (property)', () => {
    const post = fc.record({ engagements: fc.nat(), reach: fc.nat() });
    fc.assert(
      fc.property(fc.array(post, { maxLength: 30 }), fc.constantFrom('meanOfRatios' as const, 'ratioOfSums' as const), (posts, method) => {
        const { rate } = averageEngagementRate(posts, { base: 'reach', method });
        expect(rate === null || Number.isFinite(rate)).toBe(true);
      }),
    );
  });

  it('does not mutate its input', () => {
    const posts = deepFreeze([{ engagements: 1, reach: 2 }]);
    const options = deepFreeze({ base: 'reach', method: 'meanOfRatios' } as const);
    expect(averageEngagementRate(posts, options).rate).toBe(0.5);
  });
});
