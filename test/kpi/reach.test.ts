import { describe, expect, it } from 'vitest';
import { ctr, frequency, reachRate, viralityRate } from '../../src/kpi/reach.js';
import { deepFreeze, expectValidation } from './helpers.js';

describe('reachRate', () => {
  it('2,500 of 10,000 followers = 25 %; 1,500 of 5,000 = 30 % (The Social Cat, https://thesocialcat.com/glossary/reach-rate)', () => {
    expect(reachRate({ reach: 2500, followers: 10000 })).toBe(0.25);
    expect(reachRate({ reach: 1500, followers: 5000 })).toBe(0.3);
  });
  it('can exceed 1 when a post travels beyond the followers, is null for 0 followers, names bad fields', () => {
    expect(reachRate({ reach: 50000, followers: 10000 })).toBe(5);
    expect(reachRate({ reach: 10, followers: 0 })).toBeNull();
    expectValidation(() => reachRate({ reach: -1, followers: 10 }), 'negative', ['reach']);
  });
});

describe('frequency', () => {
  it('30,000 impressions / 10,000 reach = 3.0 (https://www.adadvisor.ai/docs/learn/frequency); 10,000 / 5,000 = 2 (https://idx.marketing/what-is-facebook-ad-frequency/)', () => {
    expect(frequency({ impressions: 30000, reach: 10000 })).toBe(3);
    expect(frequency({ impressions: 10000, reach: 5000 })).toBe(2);
  });
  it('is null for 0 reach, names bad fields', () => {
    expect(frequency({ impressions: 0, reach: 0 })).toBeNull();
    expectValidation(() => frequency({ impressions: 1, reach: 'a' as never }), 'notANumber', ['reach']);
  });
});

describe('ctr', () => {
  it('5 clicks on 100 impressions = 5 % (Google Ads Help, "Clickthrough rate (CTR)", https://support.google.com/google-ads/answer/2615875)', () => {
    expect(ctr({ clicks: 5, impressions: 100 })).toBe(0.05);
  });
  it('5 clicks on 1,000 impressions = 0.5 % (http://purpleclick.freshdesk.com/support/solutions/articles/1000074539-what-is-clickthrough-rate-ctr-)', () => {
    expect(ctr({ clicks: 5, impressions: 1000 })).toBe(0.005);
  });
  it('is null, not NaN, for 0 impressions', () => {
    expect(ctr({ clicks: 0, impressions: 0 })).toBeNull();
  });
  it('names the bad field, including a missing argument', () => {
    expectValidation(() => ctr({ clicks: 1.2, impressions: 10 }), 'notInteger', ['clicks']);
    expectValidation(() => ctr({ clicks: 1, impressions: Number.NaN }), 'notANumber', ['impressions']);
    expectValidation(() => ctr(null as never), 'invalidType', []);
  });
  it('does not mutate its input', () => {
    expect(ctr(deepFreeze({ clicks: 1, impressions: 4 }))).toBe(0.25);
  });
});

describe('viralityRate', () => {
  it('200 shares on 5,000 impressions = 4 % (https://bizway.io/kpi/virality-rate); 240 / 12,000 = 2 % (https://socialk.it/en/blog/virality-rate-and-amplification-explained)', () => {
    expect(viralityRate({ shares: 200, impressions: 5000 })).toBe(0.04);
    expect(viralityRate({ shares: 240, impressions: 12000 })).toBe(0.02);
  });
  it('is null for 0 impressions, names bad fields', () => {
    expect(viralityRate({ shares: 0, impressions: 0 })).toBeNull();
    expectValidation(() => viralityRate({ shares: -2, impressions: 3 }), 'negative', ['shares']);
  });
});
