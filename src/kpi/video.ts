import { type Ratio, ratio } from '../core/index.js';
import { count, countRatio, finiteNumber } from '../core/internal.js';
import { countArgs, formulaArgs } from './internal/args.js';

/**
 * View rate of a video ad: views per impression (Google Ads / YouTube).
 *
 * Formula: views / impressions. Unit: a fraction.
 * Source: Google Ads Help, "View rate" ("if you had 5 views and 1000 impressions, then your view rate would be 0.5%"),
 * https://support.google.com/google-ads/answer/6293479
 *
 * @param input - `views` and `impressions`
 * @returns the rate, or `null` when impressions is 0
 * @throws {ValidationError} when a field is not a whole number ≥ 0
 * @example
 * viewRate({ views: 5, impressions: 1000 }); // 0.005
 */
export function viewRate(input: { views: number; impressions: number }): Ratio {
  const [views, impressions] = countArgs(input, 'viewRate', ['views', 'impressions']) as [number, number];
  return countRatio(views, impressions);
}

/**
 * Video completion rate (VCR): the share of plays that reached the end.
 *
 * Formula: completions / starts. Unit: a fraction.
 * Source: https://bidscube.com/blog/glossary/video-completion-rate-vcr/ ("1,000 … 700 … 70%")
 *
 * @param input - `completions` (plays to 100 %) and `starts` (plays started)
 * @returns the rate, or `null` when nothing started
 * @throws {ValidationError} when a field is not a whole number ≥ 0
 * @example
 * completionRate({ completions: 700, starts: 1000 }); // 0.7
 */
export function completionRate(input: { completions: number; starts: number }): Ratio {
  const [completions, starts] = countArgs(input, 'completionRate', ['completions', 'starts']) as [number, number];
  return countRatio(completions, starts);
}

/**
 * Average watch time per view (YouTube's "average view duration").
 *
 * Formula: totalWatchTime / views. Unit: seconds per view.
 * Source: https://www.tella.tv/definition/average-view-duration ("dividing the total watch time of a video by the total number of views")
 *
 * @param input - `totalWatchTime` in seconds (finite, ≥ 0) and `views`
 * @returns the seconds per view, or `null` when views is 0
 * @throws {ValidationError} when totalWatchTime is not a finite number ≥ 0 or views is not a whole number ≥ 0
 * @example
 * averageWatchTime({ totalWatchTime: 900000, views: 500 }); // 1800
 */
export function averageWatchTime(input: { totalWatchTime: number; views: number }): Ratio {
  const args = formulaArgs(input, 'averageWatchTime({ totalWatchTime, views })', ['totalWatchTime', 'views']);
  const total = finiteNumber(args.totalWatchTime, 'totalWatchTime', { min: 0 });
  return ratio(total, count(args.views, 'views'));
}
