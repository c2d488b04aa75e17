// Every @example in src/kpi, checked.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import * as kpi from '../../src/kpi/index.js';

describe('@example lines of the kpi module', () => {
  it('engagements', () => {
    expect(kpi.engagements({ likes: 5, comments: 3, shares: 3 })).toBe(11);
    expect(kpi.engagements({ likes: 500, comments: 50, shares: 25, clicks: 40 }, { include: ['likes', 'comments', 'shares', 'clicks'] })).toBe(615);
  });
  it('engagement rates', () => {
    expect(kpi.engagementRateByReach({ engagements: 1500, reach: 50000 })).toBe(0.03);
    expect(kpi.engagementRateByReach({ engagements: 0, reach: 0 })).toBeNull();
    expect(kpi.engagementRateByImpressions({ engagements: 300, impressions: 20000 })).toBe(0.015);
    expect(kpi.engagementRateByFollowers({ engagements: 300, followers: 8000 })).toBe(0.0375);
    expect(kpi.engagementRateByViews({ engagements: 3300, views: 50000 })).toBe(0.066);
    expect(kpi.dailyEngagementRate({ engagements: 11, followers: 10000, days: 1 })).toBe(0.0011);
    expect(kpi.dailyEngagementRate({ engagements: 700, followers: 1000, days: 7 })).toBe(0.1);
  });
  it('averageEngagementRate', () => {
    const posts = [
      { engagements: 34, reach: 1000 },
      { engagements: 70, reach: 2000 },
    ];
    const mean = kpi.averageEngagementRate(posts, { base: 'reach', method: 'meanOfRatios' });
    expect(mean.rate).toBeCloseTo(0.0345, 15);
    expect(mean).toMatchObject({ included: 2, excluded: 0 });
    expect(kpi.averageEngagementRate(posts, { base: 'reach', method: 'ratioOfSums' }).rate).toBeCloseTo(0.0346667, 7);
  });
  it('reach, frequency, ctr, virality', () => {
    expect(kpi.reachRate({ reach: 2500, followers: 10000 })).toBe(0.25);
    expect(kpi.frequency({ impressions: 30000, reach: 10000 })).toBe(3);
    expect(kpi.ctr({ clicks: 5, impressions: 100 })).toBe(0.05);
    expect(kpi.ctr({ clicks: 0, impressions: 0 })).toBeNull();
    expect(kpi.viralityRate({ shares: 200, impressions: 5000 })).toBe(0.04);
  });
  it('costs', () => {
    expect(kpi.cpc({ cost: 200, clicks: 100 })?.toString()).toBe('2');
    expect(kpi.cpc({ cost: '10', clicks: 3 })?.toString()).toBe('3.333333333333333333333333333333333');
    expect(kpi.cpm({ cost: 50, impressions: 10000 })?.toString()).toBe('5');
    expect(kpi.cpa({ cost: 15000, conversions: 60 })?.toString()).toBe('250');
    expect(kpi.cpl({ cost: 500, leads: 50 })?.toString()).toBe('10');
    expect(kpi.cpe({ cost: 700, engagements: 1400 })?.toString()).toBe('0.5');
    expect(kpi.cpv({ cost: 1500, views: 3000 })?.toString()).toBe('0.5');
  });
  it('conversionRate', () => {
    expect(kpi.conversionRate({ conversions: 50, interactions: 1000 })).toBe(0.05);
    expect(kpi.conversionRate({ conversions: 1, clicks: 25 })).toBe(0.04);
    expect(() => kpi.conversionRate({ conversions: 1, clicks: 25, sessions: 30 } as never)).toThrow(ValidationError);
  });
  it('roi, roas, breakEvenRoas', () => {
    expect(kpi.roi({ revenue: 5000, cost: 3000 })).toBe(0.6666666666666666);
    expect(kpi.roi({ revenue: 0, cost: 100 })).toBe(-1);
    expect(kpi.roas({ revenue: 5000, adSpend: 1000 })).toBe(5);
    expect(kpi.breakEvenRoas({ grossMargin: 0.25 })).toBe(4);
    expect(kpi.breakEvenRoas({ grossMargin: 0 })).toBeNull();
  });
  it('customer', () => {
    expect(kpi.cac({ spend: 15000, newCustomers: 30 })?.toString()).toBe('500');
    expect(kpi.customerLifetimeValue({ marginPerPeriod: '18.95', retention: 0.788, discountRate: 0.01 })?.toFixed(4)).toBe('67.2640');
    expect(kpi.customerLifetimeValue({ marginPerPeriod: '17.95', retention: 0.995, discountRate: 0.01, timing: 'start' })?.toFixed(2)).toBe('1208.63');
    expect(kpi.paybackPeriod({ cac: 600, revenuePerPeriod: 100, grossMargin: 0.75 })).toBe(8);
    expect(kpi.paybackPeriod({ cac: 600, revenuePerPeriod: 100, grossMargin: 0 })).toBeNull();
  });
  it('audience', () => {
    expect(kpi.audienceGrowthRate({ followersAtStart: 5000, followersAtEnd: 5750 })).toBe(0.15);
    expect(kpi.audienceGrowthRate({ followersAtStart: 1000, followersAtEnd: 900 })).toBe(-0.1);
    expect(kpi.followerChurn({ lost: 500, start: 10000 })).toBe(0.05);
    expect(kpi.netFollowerGrowth({ gained: 45, lost: 30 })).toBe(15);
  });
  it('per-post rates', () => {
    expect(kpi.amplificationRate({ shares: 100, posts: 20 })).toBe(5);
    expect(kpi.amplificationRate({ shares: 50, posts: 1, followers: 10000 })).toBe(0.005);
    expect(kpi.applauseRate({ likes: 15000, posts: 1, followers: 100000 })).toBe(0.15);
    expect(kpi.conversationRate({ comments: 9, posts: 5 })).toBe(1.8);
  });
  it('voice', () => {
    expect(kpi.shareOfVoice({ brand: 50, competitors: [100, 10, 40] })).toBe(0.25);
    expect(kpi.netSentiment({ positive: 80, negative: 20, neutral: 100 }, { method: 'includeNeutral' })).toBe(0.3);
    expect(kpi.netSentiment({ positive: 80, negative: 20, neutral: 100 }, { method: 'excludeNeutral' })).toBe(0.6);
    expect(kpi.nps({ promoters: 30, passives: 50, detractors: 20 })).toBe(10);
  });
  it('care', () => {
    expect(kpi.responseRate({ replied: 150, received: 1000 })).toBe(0.15);
    expect(kpi.firstResponseTime([300, 600, 900])).toEqual({ mean: 600, median: 600, count: 3 });
    expect(kpi.firstResponseTime([60, 120, 180, 86400])).toEqual({ mean: 21690, median: 150, count: 4 });
  });
  it('video', () => {
    expect(kpi.viewRate({ views: 5, impressions: 1000 })).toBe(0.005);
    expect(kpi.completionRate({ completions: 700, starts: 1000 })).toBe(0.7);
    expect(kpi.averageWatchTime({ totalWatchTime: 900000, views: 500 })).toBe(1800);
  });
  it('media', () => {
    expect(kpi.grp({ reachRate: 0.6, frequency: 4 })).toBe(240);
    expect(kpi.grp({ impressions: 1000000, population: 10000000 })).toBe(10);
    expect(kpi.trp({ impressions: 1000000, targetPopulation: 10000000 })).toBe(10);
    expect(kpi.combinedReach([0.5, 0.4])).toBeCloseTo(0.7, 15);
    expect(kpi.combinedReach(Array(400).fill(0.001))).toBeCloseTo(0.3298, 4);
    expect(kpi.earnedMediaValue({ impressions: 8000000, cpm: 9 }).toString()).toBe('72000');
  });
  it('summarize', () => {
    const posts = [
      { platform: 'x', publishedAt: '2027-02-01T09:00:00+01:00', impressions: 1000, reach: 800, engagements: 40, clicks: 10, cost: '2.50' },
      { platform: 'x', publishedAt: '2027-02-03T18:00:00+01:00', impressions: 3000, reach: 2200, engagements: 60, clicks: 30, cost: '7.505' },
    ] as const;
    const { rows } = kpi.summarize(posts, { by: ['platform', 'week'], timeZone: 'Europe/Paris', currency: 'EUR' });
    expect(rows[0]!.key).toEqual({ platform: 'x', week: '2027-W05' });
    expect(rows[0]!.cost.toString()).toBe('10.005');
    expect(rows[0]!.ctr).toBe(0.01);
  });
  it('summarizeAsync', async () => {
    async function* stream() {
      yield { platform: 'linkedin', publishedAt: '2027-03-01T08:00:00Z', impressions: 500, reach: 400, engagements: 25, clicks: 5 } as const;
    }
    const { rows } = await kpi.summarizeAsync(stream(), { by: ['platform'] });
    expect(rows[0]!.engagementRateByImpressions).toBe(0.05);
  });
});
