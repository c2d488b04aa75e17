import { describe, expect, it } from 'vitest';
import {
  dailyEngagementRate,
  engagementRateByFollowers,
  engagementRateByImpressions,
  engagementRateByReach,
  engagementRateByViews,
} from '../../src/kpi/engagement-rate.js';
import { deepFreeze, expectValidation } from './helpers.js';

describe('engagementRateByReach', () => {
  it('1,500 engagements on 50,000 reach = 3 % (Apparate, "Engagement Rate", https://www.apparate.com.au/resources/calculators/engagement-rate)', () => {
    expect(engagementRateByReach({ engagements: 1500, reach: 50000 })).toBe(0.03);
  });
  it('DESIGN.md example: 120 / 4,000 = 0.03', () => {
    expect(engagementRateByReach({ engagements: 120, reach: 4000 })).toBe(0.03);
  });
  it('is null, not NaN, when reach is 0', () => {
    expect(engagementRateByReach({ engagements: 0, reach: 0 })).toBeNull();
    expect(engagementRateByReach({ engagements: 5, reach: 0 })).toBeNull();
  });
  it('names the bad field', () => {
    expectValidation(() => engagementRateByReach({ engagements: -1, reach: 10 }), 'negative', ['engagements']);
    expectValidation(() => engagementRateByReach({ engagements: 1, reach: 0.5 }), 'notInteger', ['reach']);
    expectValidation(() => engagementRateByReach(undefined as never), 'invalidType', []);
  });
  it('does not mutate its input', () => {
    expect(engagementRateByReach(deepFreeze({ engagements: 1, reach: 4 }))).toBe(0.25);
  });
});

describe('engagementRateByImpressions', () => {
  it('300 interactions on 20,000 impressions = 1.5 % (https://getmaito.com/tools/social-media-engagement-rate-calculator)', () => {
    expect(engagementRateByImpressions({ engagements: 300, impressions: 20000 })).toBe(0.015);
  });
  it('Ad ONE 30 / 1,000 = 3 %, Ad TWO 275 / 10,000 = 2.75 % (The Online Advertising Guide, http://theonlineadvertisingguide.com/online-advertising-glossary/e/engagement-rate/)', () => {
    expect(engagementRateByImpressions({ engagements: 30, impressions: 1000 })).toBe(0.03);
    expect(engagementRateByImpressions({ engagements: 275, impressions: 10000 })).toBe(0.0275);
  });
  it('is null when impressions is 0, and names bad fields', () => {
    expect(engagementRateByImpressions({ engagements: 0, impressions: 0 })).toBeNull();
    expectValidation(() => engagementRateByImpressions({ engagements: 1, impressions: -3 }), 'negative', ['impressions']);
  });
});

describe('engagementRateByFollowers', () => {
  it('300 interactions, 8,000 followers = 3.75 % (https://getmaito.com/tools/social-media-engagement-rate-calculator)', () => {
    expect(engagementRateByFollowers({ engagements: 300, followers: 8000 })).toBe(0.0375);
  });
  it('575 interactions, 2,000 followers = 28.75 % (https://costcalculator.calculator.city/how-to-calculate-engagement-rate-for-tiktok)', () => {
    expect(engagementRateByFollowers({ engagements: 575, followers: 2000 })).toBe(0.2875);
  });
  it('1,500 engagements, 10,000 followers = 15 %, five times the rate by reach of the same post (Apparate)', () => {
    expect(engagementRateByFollowers({ engagements: 1500, followers: 10000 })).toBe(0.15);
  });
  it('is null when followers is 0, and names bad fields', () => {
    expect(engagementRateByFollowers({ engagements: 3, followers: 0 })).toBeNull();
    expectValidation(() => engagementRateByFollowers({ engagements: 1, followers: Number.POSITIVE_INFINITY }), 'notFinite', ['followers']);
  });
});

describe('engagementRateByViews', () => {
  it('(3,000 + 200 + 100) / 50,000 views = 6.6 % (Schedulala, https://schedulala.com/tools/tiktok-engagement-calculator)', () => {
    expect(engagementRateByViews({ engagements: 3300, views: 50000 })).toBe(0.066);
  });
  it('(800 + 150 + 100) / 25,000 = 4.2 % and (500 + 100 + 50) / 10,000 = 6.5 % (https://www.affairslive.com/read-blog/6050_understand-your-tiktok-impact-use-our-engagement-rate-calculator.html, https://onesdr.com/?p=37910)', () => {
    expect(engagementRateByViews({ engagements: 1050, views: 25000 })).toBe(0.042);
    expect(engagementRateByViews({ engagements: 650, views: 10000 })).toBe(0.065);
  });
  it('is null when views is 0, and names bad fields', () => {
    expect(engagementRateByViews({ engagements: 0, views: 0 })).toBeNull();
    expectValidation(() => engagementRateByViews({ engagements: null as never, views: 3 }), 'notANumber', ['engagements']);
  });
});

describe('dailyEngagementRate', () => {
  it('(5 + 3 + 3) / 10,000 followers in one day = 0.11 % (Lifesight, https://www.lifesight.io/glossary/daily-engagement-rate)', () => {
    expect(dailyEngagementRate({ engagements: 11, followers: 10000, days: 1 })).toBe(0.0011);
  });
  it('spreads engagements over the days: 700 over 7 days for 1,000 followers = 10 % a day (Hootsuite formula, https://blog.hootsuite.com/calculate-engagement-rate/)', () => {
    expect(dailyEngagementRate({ engagements: 700, followers: 1000, days: 7 })).toBe(0.1);
  });
  it('is null when days or followers is 0', () => {
    expect(dailyEngagementRate({ engagements: 5, followers: 0, days: 3 })).toBeNull();
    expect(dailyEngagementRate({ engagements: 5, followers: 10, days: 0 })).toBeNull();
  });
  it('names the bad field', () => {
    expectValidation(() => dailyEngagementRate({ engagements: 5, followers: 10, days: 1.5 }), 'notInteger', ['days']);
  });
  it('does not overflow on huge but valid counts', () => {
    const rate = dailyEngagementRate({ engagements: 1, followers: Number.MAX_SAFE_INTEGER, days: Number.MAX_SAFE_INTEGER });
    expect(rate).toBeGreaterThan(0);
    expect(Number.isFinite(rate)).toBe(true);
  });
});
