import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS } from '../../src/core/index.js';
import { averageEngagementRate, summarize, summarizeAsync, type SummaryRecord } from '../../src/kpi/index.js';
import { expectValidation } from './helpers.js';

// Issue 21: a metric a platform never reports is null in a SummaryRecord (X has no reach, Bluesky neither
// impressions nor reach). null is not 0: the group's total is unknown, and so is every ratio over it.
function post(overrides: Partial<SummaryRecord> = {}): SummaryRecord {
  return { platform: 'x', publishedAt: '2027-02-01T09:00:00Z', impressions: 1000, reach: 800, engagements: 40, clicks: 10, ...overrides };
}

describe('summarize with metrics a platform never reports', () => {
  it('gives null totals and null ratios over them, and keeps the other metrics', () => {
    const records = [
      post({ platform: 'x', reach: null }),
      post({ platform: 'x', reach: null, impressions: 3000, engagements: 60, clicks: 30, cost: '3' }),
      post({ platform: 'bluesky', impressions: null, reach: null, engagements: 7, clicks: 0 }),
      post({ platform: 'linkedin', impressions: 500, reach: 400, engagements: 25, clicks: 5 }),
    ];
    const { rows } = summarize(records, { by: ['platform'] });
    const [bluesky, linkedin, x] = rows;
    expect(x).toMatchObject({ posts: 2, impressions: 4000, reach: null, engagements: 100, clicks: 40, engagementRateByReach: null });
    expect(x!.engagementRateByImpressions).toBe(100 / 4000);
    expect(x!.ctr).toBe(40 / 4000);
    expect(x!.cpm!.toString()).toBe('0.75');
    expect(bluesky).toMatchObject({ impressions: null, reach: null, engagements: 7, engagementRateByReach: null, engagementRateByImpressions: null, ctr: null, cpm: null });
    expect(bluesky!.cpc).toBeNull(); // 0 clicks and no cost: 0 / 0
    expect(linkedin).toMatchObject({ impressions: 500, reach: 400, engagementRateByReach: 25 / 400 });
    // Without grouping, one unknown reach makes the whole total unknown: it is never a partial sum.
    const [all] = summarize(records).rows;
    expect(all).toMatchObject({ posts: 4, reach: null, impressions: null, engagements: 132, clicks: 45, ctr: null, engagementRateByReach: null });
  });

  it('null engagements or clicks make their ratios null (cpc included)', () => {
    const [row] = summarize([post({ engagements: null, clicks: null, cost: 2 })]).rows;
    expect(row).toMatchObject({ engagements: null, clicks: null, engagementRateByReach: null, engagementRateByImpressions: null, ctr: null, cpc: null });
    expect(row!.cpm!.toString()).toBe('2');
  });

  it('still refuses a missing metric (undefined) and a bad value next to a null', () => {
    expectValidation(() => summarize([{ platform: 'x', publishedAt: '2027-02-01T09:00:00Z', impressions: 1, engagements: 1, clicks: 1 } as never]), 'missingField', [
      'records',
      0,
      'reach',
    ]);
    expectValidation(() => summarize([post({ reach: null, impressions: -1 })]), 'negative', ['records', 0, 'impressions']);
    expectValidation(() => summarize([post({ reach: null, clicks: 1.5 })]), 'notInteger', ['records', 0, 'clicks']);
    const skipped = summarize([post({ reach: null, engagements: '4' as never }), post()], { onInvalid: 'skip' });
    expect(skipped.skipped).toBe(1);
    expect(skipped.invalid[0]).toMatchObject({ index: 0, code: 'notANumber', path: ['records', 0, 'engagements'] });
  });

  // The fast path (plain counts) and the null path must agree with a naive model of the rule.
  const metric = fc.oneof({ weight: 3, arbitrary: fc.nat({ max: 1e6 }) }, { weight: 1, arbitrary: fc.constant(null) });
  const record = fc.record({
    platform: fc.constantFrom(...PLATFORM_IDS),
    publishedAt: fc.constantFrom('2027-02-01T09:00:00Z', '2027-03-01T09:00:00+01:00'),
    impressions: metric,
    reach: metric,
    engagements: metric,
    clicks: metric,
  });
  it('totals are the naive sums where every record reports the metric, null otherwise; summarizeAsync agrees', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { maxLength: 40 }), async (records) => {
        const result = summarize(records, { by: ['platform'] });
        for (const row of result.rows) {
          const group = records.filter((r) => r.platform === row.key.platform);
          for (const field of ['impressions', 'reach', 'engagements', 'clicks'] as const) {
            const values = group.map((r) => r[field]);
            expect(row[field]).toBe(values.includes(null) ? null : values.reduce<number>((a, v) => a + (v as number), 0));
          }
          const known = row.reach !== null && row.engagements !== null;
          expect(row.engagementRateByReach).toBe(known && row.reach !== 0 ? row.engagements! / row.reach! : null);
        }
        expect(await summarizeAsync(records, { by: ['platform'] })).toEqual(result);
      }),
      { numRuns: 80 },
    );
  });
});

describe('averageEngagementRate with null metrics', () => {
  it('leaves a post with a null out of the mean of ratios, and makes the ratio of sums null', () => {
    const posts = [
      { engagements: 34, reach: 1000 },
      { engagements: 70, reach: null },
      { engagements: null, reach: 50 },
    ];
    expect(averageEngagementRate(posts, { base: 'reach', method: 'meanOfRatios' })).toEqual({ rate: 0.034, included: 1, excluded: 2 });
    expect(averageEngagementRate(posts, { base: 'reach', method: 'ratioOfSums' })).toEqual({ rate: null, included: 1, excluded: 2 });
  });
});

describe('per-post rates with a count the platform never reports', () => {
  it('amplificationRate, applauseRate and conversationRate are null for a null count, and still check posts', async () => {
    const { amplificationRate, applauseRate, conversationRate } = await import('../../src/kpi/index.js');
    expect(amplificationRate({ shares: null, posts: 4 })).toBeNull();
    expect(applauseRate({ likes: null, posts: 4, followers: 100 })).toBeNull();
    expect(conversationRate({ comments: null, posts: 1 })).toBeNull();
    expect(amplificationRate({ shares: 8, posts: 4 })).toBe(2);
    expectValidation(() => amplificationRate({ shares: null, posts: -1 }), 'negative', ['posts']);
  });
});
