import { type Ratio, ratio } from '../core/index.js';
import { countRatio, finiteResult } from '../core/internal.js';
import { countArgs } from './internal/args.js';

/**
 * Engagement rate by reach (ERR): the share of the people who saw a post who
 * engaged with it. The most common definition (Hootsuite's "most commonly
 * used", Later's for Instagram, Metricool's except on X and LinkedIn).
 *
 * Formula: engagements / reach. Unit: a fraction (0.03 = 3 %).
 * Source: https://blog.hootsuite.com/calculate-engagement-rate/
 *
 * @param input - `engagements` (interactions) and `reach` (unique people who saw the post)
 * @returns the rate, or `null` when reach is 0
 * @throws {ValidationError} when a field is not a whole number ≥ 0
 * @example
 * engagementRateByReach({ engagements: 1500, reach: 50000 }); // 0.03
 * engagementRateByReach({ engagements: 0, reach: 0 }); // null
 */
export function engagementRateByReach(input: { engagements: number; reach: number }): Ratio {
  const [engagements, reach] = countArgs(input, 'engagementRateByReach', ['engagements', 'reach']) as [number, number];
  return countRatio(engagements, reach);
}

/**
 * Engagement rate by impressions: engagements per display of the post. What
 * X (Twitter) analytics, Sprout Social and LinkedIn report, and Metricool on
 * X and LinkedIn. Lower than the rate by reach, since one person can see a
 * post several times.
 *
 * Formula: engagements / impressions. Unit: a fraction.
 * Source: https://help.metricool.com/en/article/how-engagement-is-calculated-in-metricool-1cmd48v
 *
 * @param input - `engagements` and `impressions` (displays)
 * @returns the rate, or `null` when impressions is 0
 * @throws {ValidationError} when a field is not a whole number ≥ 0
 * @example
 * engagementRateByImpressions({ engagements: 300, impressions: 20000 }); // 0.015
 */
export function engagementRateByImpressions(input: { engagements: number; impressions: number }): Ratio {
  const [engagements, impressions] = countArgs(input, 'engagementRateByImpressions', ['engagements', 'impressions']) as [number, number];
  return countRatio(engagements, impressions);
}

/**
 * Engagement rate by followers ("ER post" at Hootsuite): engagements relative
 * to the audience size when the post went out. Comparable across posts of one
 * account; it exceeds 1 when a post travels far beyond the followers.
 *
 * Formula: engagements / followers. Unit: a fraction.
 * Source: https://blog.hootsuite.com/calculate-engagement-rate/
 *
 * @param input - `engagements` and `followers` (at the time of the post)
 * @returns the rate, or `null` when followers is 0
 * @throws {ValidationError} when a field is not a whole number ≥ 0
 * @example
 * engagementRateByFollowers({ engagements: 300, followers: 8000 }); // 0.0375
 */
export function engagementRateByFollowers(input: { engagements: number; followers: number }): Ratio {
  const [engagements, followers] = countArgs(input, 'engagementRateByFollowers', ['engagements', 'followers']) as [number, number];
  return countRatio(engagements, followers);
}

/**
 * Engagement rate by views: engagements per video view, the usual rate for
 * TikTok, Reels and YouTube, where most viewers do not follow the account.
 *
 * Formula: engagements / views. Unit: a fraction.
 * Source: https://schedulala.com/tools/tiktok-engagement-calculator
 *
 * @param input - `engagements` and `views`
 * @returns the rate, or `null` when views is 0
 * @throws {ValidationError} when a field is not a whole number ≥ 0
 * @example
 * engagementRateByViews({ engagements: 3300, views: 50000 }); // 0.066
 */
export function engagementRateByViews(input: { engagements: number; views: number }): Ratio {
  const [engagements, views] = countArgs(input, 'engagementRateByViews', ['engagements', 'views']) as [number, number];
  return countRatio(engagements, views);
}

/**
 * Average daily engagement rate: how much of the audience engages on an
 * average day of a period, whatever the number of posts.
 *
 * Formula: engagements / (days × followers). Unit: a fraction per day.
 * Source: Hootsuite, "Average Daily ER = total engagements for X days / (X days × followers)",
 * https://blog.hootsuite.com/calculate-engagement-rate/
 *
 * @param input - `engagements` over the period, `followers`, and the period's length in `days`
 * @returns the rate, or `null` when days or followers is 0
 * @throws {ValidationError} when a field is not a whole number ≥ 0
 * @example
 * dailyEngagementRate({ engagements: 11, followers: 10000, days: 1 }); // 0.0011
 * dailyEngagementRate({ engagements: 700, followers: 1000, days: 7 }); // 0.1
 */
export function dailyEngagementRate(input: { engagements: number; followers: number; days: number }): Ratio {
  const [engagements, followers, days] = countArgs(input, 'dailyEngagementRate', ['engagements', 'followers', 'days']) as [number, number, number];
  return ratio(engagements, finiteResult(days * followers, 'days × followers'));
}
