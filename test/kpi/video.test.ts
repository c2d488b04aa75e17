import { describe, expect, it } from 'vitest';
import { averageWatchTime, completionRate, viewRate } from '../../src/kpi/video.js';
import { expectValidation } from './helpers.js';

describe('viewRate', () => {
  it('5 views, 1,000 impressions = 0.5 % (Google Ads Help, "View rate", https://support.google.com/google-ads/answer/6293479)', () => {
    expect(viewRate({ views: 5, impressions: 1000 })).toBe(0.005);
  });
  it('1,000 views, 10,000 impressions = 10 % (https://blobr.io/how-to-guides/what-is-the-view-rate-in-google-ads-and-how-does-it-impact-your-campaigns)', () => {
    expect(viewRate({ views: 1000, impressions: 10000 })).toBe(0.1);
  });
  it('is null with no impression; names bad fields', () => {
    expect(viewRate({ views: 0, impressions: 0 })).toBeNull();
    expectValidation(() => viewRate({ views: 1, impressions: -1 }), 'negative', ['impressions']);
  });
});

describe('completionRate', () => {
  it('700 of 1,000 starts watched to the end = 70 % (https://bidscube.com/blog/glossary/video-completion-rate-vcr/)', () => {
    expect(completionRate({ completions: 700, starts: 1000 })).toBe(0.7);
  });
  it('1 completion of 2 starts = 50 % (https://support.majoritystrategiesdigital.com/hc/en-us/articles/6040937520667)', () => {
    expect(completionRate({ completions: 1, starts: 2 })).toBe(0.5);
  });
  it('is null with no start; names bad fields', () => {
    expect(completionRate({ completions: 0, starts: 0 })).toBeNull();
    expectValidation(() => completionRate({ completions: 0.5, starts: 2 }), 'notInteger', ['completions']);
  });
});

describe('averageWatchTime', () => {
  it('500 views at 0.5 h make 250 watch hours, so 250 h over 500 views = 1,800 s per view (https://www.yescalculator.com/en/tool/views-to-watch-hours-calculator.html)', () => {
    expect(averageWatchTime({ totalWatchTime: 250 * 3600, views: 500 })).toBe(1800);
  });
  it('accepts fractional seconds; null with no view; names bad fields', () => {
    expect(averageWatchTime({ totalWatchTime: 7.5, views: 3 })).toBe(2.5);
    expect(averageWatchTime({ totalWatchTime: 10, views: 0 })).toBeNull();
    expectValidation(() => averageWatchTime({ totalWatchTime: -1, views: 3 }), 'outOfRange', ['totalWatchTime']);
    expectValidation(() => averageWatchTime({ totalWatchTime: 1, views: 1e308 }), 'notInteger', ['views']);
  });
});
