import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { relativeToPlatformMedian } from '../../src/kpi/index.js';

describe('relativeToPlatformMedian', () => {
  // Hand-computed: instagram rates 0.05, 0.01, 0.03, 0.02 → sorted 0.01 0.02 0.03 0.05,
  // median (0.02 + 0.03) / 2 = 0.025; linkedin rates 0.004, 0.006, 0.002 → median 0.004.
  const records = [
    { id: 'i1', platform: 'instagram', engagements: 50, reach: 1000, impressions: 2000, clicks: 10 },
    { id: 'i2', platform: 'instagram', engagements: 10, reach: 1000, impressions: 2000, clicks: 20 },
    { id: 'l1', platform: 'linkedin', engagements: 2, reach: 500, impressions: 1000, clicks: 5 },
    { id: 'i3', platform: 'instagram', engagements: 30, reach: 1000, impressions: 2000, clicks: 30 },
    { id: 'l2', platform: 'linkedin', engagements: 6, reach: 1000, impressions: 1000, clicks: 5 },
    { id: 'i4', platform: 'instagram', engagements: 20, reach: 1000, impressions: 2000, clicks: 40 },
    { platform: 'linkedin', engagements: 1, reach: 500, impressions: 1000, clicks: 5 },
  ];

  it('divides each post rate by the median of its own platform (even and odd counts)', () => {
    const rows = relativeToPlatformMedian(records);
    expect(rows.map((r) => r.id)).toEqual(['i1', 'i2', 'l1', 'i3', 'l2', 'i4', null]);
    expect(rows[0]?.platformMedian).toBeCloseTo(0.025, 15);
    expect(rows[0]?.relative).toBeCloseTo(2, 12);
    expect(rows[1]?.relative).toBeCloseTo(0.4, 12);
    expect(rows[2]?.platformMedian).toBeCloseTo(0.004, 15);
    expect(rows[2]?.relative).toBeCloseTo(1, 12);
    expect(rows[4]?.relative).toBeCloseTo(1.5, 12);
    expect(rows[6]?.relative).toBeCloseTo(0.5, 12);
    expect(rows[0]?.platformPosts).toBe(4);
    expect(rows[6]?.platformPosts).toBe(3);
  });

  it('takes the ctr or the rate by impressions when asked', () => {
    // ctr instagram: 0.005, 0.01, 0.015, 0.02 → median 0.0125; i4 → 0.02 / 0.0125 = 1.6
    const rows = relativeToPlatformMedian(records, { metric: 'ctr' });
    expect(rows[5]?.relative).toBeCloseTo(1.6, 12);
    const byImpressions = relativeToPlatformMedian(records, { metric: 'engagementRateByImpressions' });
    expect(byImpressions[0]?.rate).toBeCloseTo(0.025, 15);
  });

  it('gives null where a post has no rate, and leaves it out of its platform median', () => {
    const rows = relativeToPlatformMedian([
      { platform: 'x', engagements: 5, reach: 0 },
      { platform: 'x', engagements: 5, reach: null },
      { platform: 'x', engagements: 5, reach: 100 },
    ]);
    expect(rows.map((r) => r.rate)).toEqual([null, null, 0.05]);
    expect(rows.map((r) => r.relative)).toEqual([null, null, 1]);
    expect(rows[2]?.platformPosts).toBe(1);
    expect(relativeToPlatformMedian([{ platform: 'x', engagements: 0, reach: 10 }, { platform: 'x', engagements: 3, reach: 10 }])[0]?.relative).toBe(0);
    expect(relativeToPlatformMedian([{ platform: 'x', engagements: 0, reach: 10 }])[0]?.relative).toBeNull();
    expect(relativeToPlatformMedian([])).toEqual([]);
  });

  it('refuses what it cannot read, naming the field', () => {
    expect(() => relativeToPlatformMedian('x' as never)).toThrow(ValidationError);
    expect(() => relativeToPlatformMedian([{ platform: 'twitter', engagements: 1, reach: 1 }])).toThrow(/records\[0\]\.platform.*use 'x'/);
    expect(() => relativeToPlatformMedian([{ platform: 'x', engagements: -1, reach: 1 }])).toThrow(/records\[0\]\.engagements/);
    expect(() => relativeToPlatformMedian([{ platform: 'x', engagements: 1, reach: 1, id: 3 }])).toThrow(/id must be a string/);
    expect(() => relativeToPlatformMedian([], { metrc: 'ctr' } as never)).toThrow(/metric/);
    expect(() => relativeToPlatformMedian([], { metric: 'reach' } as never)).toThrow(/options\.metric/);
  });
});
