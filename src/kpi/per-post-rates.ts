import { type Ratio, ratio } from '../core/index.js';
import { count } from '../core/internal.js';
import { type Fields, formulaArgs } from './internal/args.js';

// A null count is a metric the platform never reports (normalizeMetrics emits it so): the rate is unknown, null.
function perPost(args: Fields, field: string): Ratio {
  if (args[field] === null) {
    count(args.posts, 'posts');
    return null;
  }
  const actions = count(args[field], field);
  const posts = count(args.posts, 'posts');
  const followers = args.followers === undefined ? undefined : count(args.followers, 'followers');
  const rate = ratio(actions, posts);
  if (followers === undefined || rate === null) return rate;
  return ratio(rate, followers);
}

/**
 * Amplification rate, as Avinash Kaushik defined it (2011): shares (retweets,
 * reposts) per post. With `followers`, the per-follower variant many tools
 * report: shares per post divided by followers.
 *
 * Formula: shares / posts, or (shares / posts) / followers. Unit: shares per
 * post, or a fraction of the audience per post.
 * Source: Kaushik, "Best Social Media Metrics: Conversation, Amplification, Applause, Economic Value",
 * https://www.kaushik.net/avinash/best-social-media-metrics-conversation-amplification-applause-economic-value/
 *
 * @param input - `shares` and `posts` over the same period, and optionally `followers`
 * @returns the rate, or `null` when posts (or the given followers) is 0, or the count is `null` (never reported)
 * @throws {ValidationError} when a field is not a whole number ≥ 0
 * @example
 * amplificationRate({ shares: 100, posts: 20 }); // 5
 * amplificationRate({ shares: 50, posts: 1, followers: 10000 }); // 0.005
 */
export function amplificationRate(input: { shares: number | null; posts: number; followers?: number }): Ratio {
  return perPost(formulaArgs(input, 'amplificationRate({ shares, posts, followers? })'), 'shares');
}

/**
 * Applause rate, as Avinash Kaushik defined it (2011): likes (favourites,
 * +1s) per post. With `followers`, the per-follower variant: likes per post
 * divided by followers.
 *
 * Formula: likes / posts, or (likes / posts) / followers. Unit: likes per
 * post, or a fraction of the audience per post.
 * Source: https://www.kaushik.net/avinash/best-social-media-metrics-conversation-amplification-applause-economic-value/
 *
 * @param input - `likes` and `posts` over the same period, and optionally `followers`
 * @returns the rate, or `null` when posts (or the given followers) is 0, or the count is `null` (never reported)
 * @throws {ValidationError} when a field is not a whole number ≥ 0
 * @example
 * applauseRate({ likes: 15000, posts: 1, followers: 100000 }); // 0.15
 */
export function applauseRate(input: { likes: number | null; posts: number; followers?: number }): Ratio {
  return perPost(formulaArgs(input, 'applauseRate({ likes, posts, followers? })'), 'likes');
}

/**
 * Conversation rate, as Avinash Kaushik defined it (2011): comments (replies)
 * per post. Not to be confused with `conversionRate`. With `followers`, the
 * per-follower variant: comments per post divided by followers.
 *
 * Formula: comments / posts, or (comments / posts) / followers. Unit:
 * comments per post, or a fraction of the audience per post.
 * Source: https://www.kaushik.net/avinash/best-social-media-metrics-conversation-amplification-applause-economic-value/
 *
 * @param input - `comments` and `posts` over the same period, and optionally `followers`
 * @returns the rate, or `null` when posts (or the given followers) is 0, or the count is `null` (never reported)
 * @throws {ValidationError} when a field is not a whole number ≥ 0
 * @example
 * conversationRate({ comments: 9, posts: 5 }); // 1.8
 */
export function conversationRate(input: { comments: number | null; posts: number; followers?: number }): Ratio {
  return perPost(formulaArgs(input, 'conversationRate({ comments, posts, followers? })'), 'comments');
}
