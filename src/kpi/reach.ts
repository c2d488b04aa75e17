import { type Ratio } from '../core/index.js';
import { countRatio } from '../core/internal.js';
import { countArgs } from './internal/args.js';

/**
 * Reach rate: the share of the followers who saw a post (organic reach can
 * exceed the follower count when a post is shared, so the rate can exceed 1).
 *
 * Formula: reach / followers. Unit: a fraction.
 * Source: https://thesocialcat.com/glossary/reach-rate
 *
 * @param input - `reach` (unique people who saw the post) and `followers`
 * @returns the rate, or `null` when followers is 0
 * @throws {ValidationError} when a field is not a whole number ≥ 0
 * @example
 * reachRate({ reach: 2500, followers: 10000 }); // 0.25
 */
export function reachRate(input: { reach: number; followers: number }): Ratio {
  const [reach, followers] = countArgs(input, 'reachRate', ['reach', 'followers']) as [number, number];
  return countRatio(reach, followers);
}

/**
 * Average frequency: how many times, on average, each person reached saw the
 * content (Meta's "Frequency").
 *
 * Formula: impressions / reach. Unit: displays per person.
 * Source: Meta Business Help Center, "Frequency", as quoted by
 * https://smartlyiosupport.zendesk.com/hc/en-us/articles/360003580494-Understanding-frequency
 *
 * @param input - `impressions` and `reach`
 * @returns the frequency, or `null` when reach is 0
 * @throws {ValidationError} when a field is not a whole number ≥ 0
 * @example
 * frequency({ impressions: 30000, reach: 10000 }); // 3
 */
export function frequency(input: { impressions: number; reach: number }): Ratio {
  const [impressions, reach] = countArgs(input, 'frequency', ['impressions', 'reach']) as [number, number];
  return countRatio(impressions, reach);
}

/**
 * Click-through rate (CTR): clicks per impression.
 *
 * Formula: clicks / impressions. Unit: a fraction (0.05 = 5 %).
 * Source: Google Ads Help, "Clickthrough rate (CTR)", https://support.google.com/google-ads/answer/2615875
 *
 * @param input - `clicks` and `impressions`
 * @returns the rate, or `null` when impressions is 0
 * @throws {ValidationError} when a field is not a whole number ≥ 0
 * @example
 * ctr({ clicks: 5, impressions: 100 }); // 0.05
 * ctr({ clicks: 0, impressions: 0 }); // null
 */
export function ctr(input: { clicks: number; impressions: number }): Ratio {
  const [clicks, impressions] = countArgs(input, 'ctr', ['clicks', 'impressions']) as [number, number];
  return countRatio(clicks, impressions);
}

/**
 * Virality rate: shares per impression, how much of the audience passed the
 * post on (Hootsuite's "virality rate"; compare `amplificationRate`,
 * which counts shares per post).
 *
 * Formula: shares / impressions. Unit: a fraction.
 * Source: https://bizway.io/kpi/virality-rate
 *
 * @param input - `shares` and `impressions`
 * @returns the rate, or `null` when impressions is 0
 * @throws {ValidationError} when a field is not a whole number ≥ 0
 * @example
 * viralityRate({ shares: 200, impressions: 5000 }); // 0.04
 */
export function viralityRate(input: { shares: number; impressions: number }): Ratio {
  const [shares, impressions] = countArgs(input, 'viralityRate', ['shares', 'impressions']) as [number, number];
  return countRatio(shares, impressions);
}
