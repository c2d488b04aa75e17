import { type Ratio, ratio } from '../core/index.js';
import { count, describeValue, invalid } from '../core/internal.js';
import { listArg, oneOf, safeTotal } from './internal/args.js';

/**
 * The denominators an engagement rate can be taken over.
 *
 * @example
 * ENGAGEMENT_BASES.includes('views'); // true
 */
export const ENGAGEMENT_BASES = Object.freeze(['reach', 'impressions', 'followers', 'views'] as const);

/** What an engagement rate is divided by: `'reach'`, `'impressions'`, `'followers'` or `'views'`. */
export type EngagementBase = (typeof ENGAGEMENT_BASES)[number];

/**
 * How rates of several posts are combined.
 *
 * @example
 * AVERAGING_METHODS; // ['meanOfRatios', 'ratioOfSums']
 */
export const AVERAGING_METHODS = Object.freeze(['meanOfRatios', 'ratioOfSums'] as const);

/**
 * `'meanOfRatios'`: the plain mean of each post's own rate (Hootsuite's
 * "average ERR"; every post weighs the same). `'ratioOfSums'`: total
 * engagements over the total base (Later's overall rate; big posts weigh more).
 */
export type AveragingMethod = (typeof AVERAGING_METHODS)[number];

/** One post's figures for {@link averageEngagementRate}: its engagements and the chosen base. */
export interface EngagementRatePost {
  /** Interactions on the post; `null` when the platform never reports them. */
  engagements: number | null;
  /** Unique people who saw the post (needed when `base` is `'reach'`); `null` when the platform never reports it (X). */
  reach?: number | null;
  /** Displays of the post (needed when `base` is `'impressions'`); `null` when the platform never reports them (Bluesky). */
  impressions?: number | null;
  /** Followers when the post went out (needed when `base` is `'followers'`). */
  followers?: number;
  /** Video views (needed when `base` is `'views'`). */
  views?: number;
}

/** Options for {@link averageEngagementRate}; both are required, because the two methods give different numbers. */
export interface AverageEngagementRateOptions {
  /** The denominator. */
  base: EngagementBase;
  /** How the posts are combined. */
  method: AveragingMethod;
}

/** The result of {@link averageEngagementRate}. */
export interface AverageEngagementRate {
  /** The combined rate, or `null` when it is undefined (no post, or every base 0). */
  rate: Ratio;
  /** How many posts the rate is computed over. */
  included: number;
  /**
   * How many posts were left out: under `'meanOfRatios'`, those whose base is 0
   * or whose engagements or base is `null` (their own rate is undefined); under
   * `'ratioOfSums'`, those with a `null` (and then `rate` is `null`: the sums are not known).
   */
  excluded: number;
}

/**
 * The engagement rate of several posts, with the averaging method named.
 *
 * Formulas: `'meanOfRatios'` = (Σ eᵢ / bᵢ) / n over the posts whose base bᵢ
 * is not 0 (the others are counted in `excluded`); `'ratioOfSums'` = Σ eᵢ / Σ bᵢ
 * over every post. The two agree when all bases are equal; otherwise the mean
 * of ratios lets small posts weigh as much as big ones. Unit: a fraction.
 * A `null` count (a metric the platform never reports, as `normalizeMetrics`
 * emits it) leaves the post out of the mean of ratios, and makes the ratio of
 * sums `null`.
 *
 * Sources: Hootsuite (mean of ratios: "Post 1 (3.4 %) + Post 2 (3.5 %) / 2 = 3.45 %"),
 * https://blog.hootsuite.com/calculate-engagement-rate/ ; Later (ratio of sums:
 * "(Likes+Comments+Saves+Shares) ÷ (Reach for Reels + Reach for static posts)"),
 * https://help.later.com/hc/en-us/articles/14559714698007-Engagement-Rate-Change-FAQ
 *
 * @param posts - the posts, each `{ engagements, reach | impressions | followers | views }`
 * @param options - `base` and `method`, both required
 * @returns `{ rate, included, excluded }`
 * @throws {ValidationError} when `posts` is not a list, a post is not an object, a count is not a whole number ≥ 0, or an option is missing or unknown
 * @throws {SocialKitError} `overflow` when a sum exceeds `Number.MAX_SAFE_INTEGER`
 * @example
 * const posts = [{ engagements: 34, reach: 1000 }, { engagements: 70, reach: 2000 }];
 * averageEngagementRate(posts, { base: 'reach', method: 'meanOfRatios' }); // { rate: 0.0345, included: 2, excluded: 0 }
 * averageEngagementRate(posts, { base: 'reach', method: 'ratioOfSums' }).rate; // 0.034666…
 */
export function averageEngagementRate(posts: readonly EngagementRatePost[], options: AverageEngagementRateOptions): AverageEngagementRate {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalid(
      'invalidType',
      `averageEngagementRate needs options { base, method }, e.g. { base: 'reach', method: 'meanOfRatios' }, got ${describeValue(options)}`,
      'options',
    );
  }
  const base = oneOf((options as { base?: unknown }).base, ENGAGEMENT_BASES, ['options', 'base']);
  const method = oneOf((options as { method?: unknown }).method, AVERAGING_METHODS, ['options', 'method']);
  const list = listArg(posts, 'posts');
  let sumOfRatios = 0;
  let sumEngagements = 0;
  let sumBase = 0;
  let included = 0;
  let excluded = 0;
  let unknown = false;
  for (let i = 0; i < list.length; i += 1) {
    const post: unknown = list[i];
    if (typeof post !== 'object' || post === null) {
      throw invalid('invalidType', `posts[${i}] must be an object { engagements, ${base} }, got ${describeValue(post)}`, ['posts', i]);
    }
    const rawE = (post as { engagements?: unknown }).engagements;
    const rawB = (post as Record<string, unknown>)[base];
    const e = rawE === null ? null : count(rawE, ['posts', i, 'engagements']);
    const b = rawB === null ? null : count(rawB, ['posts', i, base]);
    if (e === null || b === null) {
      excluded += 1;
      if (method === 'ratioOfSums') unknown = true;
    } else if (method === 'ratioOfSums') {
      sumEngagements += e;
      sumBase += b;
      included += 1;
    } else if (b === 0) {
      excluded += 1;
    } else {
      sumOfRatios += e / b;
      included += 1;
    }
  }
  if (method === 'ratioOfSums') {
    if (unknown) return { rate: null, included, excluded };
    return { rate: ratio(safeTotal(sumEngagements, 'engagements'), safeTotal(sumBase, base)), included, excluded };
  }
  return { rate: included === 0 ? null : ratio(sumOfRatios, included), included, excluded };
}
