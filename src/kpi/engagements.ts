import { count, describeValue, invalid } from '../core/internal.js';
import { type Fields, formulaArgs, optionsArg, safeTotal } from './internal/args.js';

/**
 * A kind of interaction counted as an engagement. The named ones are the
 * usual fields of platform exports; any other camelCase field name of the
 * counts object (`'profileVisits'`, `'votes'`) may be included too.
 */
export type EngagementKind =
  | 'likes'
  | 'comments'
  | 'shares'
  | 'saves'
  | 'clicks'
  | 'reposts'
  | 'replies'
  | 'reactions'
  | 'quotes'
  | 'bookmarks'
  | 'mentions'
  | (string & Record<never, never>);

/**
 * The interactions counted when `include` is not given: likes, comments,
 * shares and saves. Clicks, reposts, replies and the rest are opt-in, because
 * vendors disagree on them (Hootsuite counts clicks on some networks, Later
 * counts none).
 *
 * @example
 * DEFAULT_ENGAGEMENT_KINDS; // ['likes', 'comments', 'shares', 'saves']
 */
export const DEFAULT_ENGAGEMENT_KINDS: readonly EngagementKind[] = Object.freeze(['likes', 'comments', 'shares', 'saves']);

/** The interaction counts of a post (or of a period), as platform exports name them. */
export interface EngagementCounts {
  /** Likes, hearts, favourites. */
  likes?: number;
  /** Comments. */
  comments?: number;
  /** Shares. */
  shares?: number;
  /** Saves (Instagram, TikTok, Pinterest). */
  saves?: number;
  /** Link and media clicks. */
  clicks?: number;
  /** Reposts and retweets (X, Bluesky, Threads). */
  reposts?: number;
  /** Replies (X, Threads, Bluesky). */
  replies?: number;
  /** Any other interaction, counted only when named in `include`. */
  [kind: string]: number | undefined;
}

/** Options for {@link engagements}. */
export interface EngagementsOptions {
  /** Which counts to add up; default {@link DEFAULT_ENGAGEMENT_KINDS} (likes, comments, shares, saves). */
  include?: readonly EngagementKind[];
}

// camelCase field names only: no '__proto__', no spaces; bounded, so linear.
const KIND = /^[a-z][A-Za-z0-9]{0,63}$/;

function includeList(value: unknown): readonly string[] {
  if (value === undefined) return DEFAULT_ENGAGEMENT_KINDS;
  if (!Array.isArray(value) || value.length === 0) {
    throw invalid('invalidOption', `options.include must be a non-empty array of count names such as ['likes', 'comments'], got ${describeValue(value)}`, [
      'options',
      'include',
    ]);
  }
  const seen = new Set<string>();
  for (let i = 0; i < value.length; i += 1) {
    const kind: unknown = value[i];
    if (typeof kind !== 'string' || !KIND.test(kind)) {
      throw invalid('invalidOption', `options.include[${i}] must be a camelCase count name such as 'likes', got ${describeValue(kind)}`, [
        'options',
        'include',
        i,
      ]);
    }
    if (seen.has(kind)) {
      throw invalid('duplicate', `options.include lists '${kind}' twice: it would be counted twice`, ['options', 'include', i]);
    }
    seen.add(kind);
  }
  return value as readonly string[];
}

/**
 * Adds up the interactions of a post: the numerator of every engagement rate.
 *
 * Formula: Σ counts[k] for k in `include` (default likes + comments + shares
 * + saves). A count that is absent from `counts` adds 0 (not every platform
 * has saves); but at least one of the included counts must be present, so a
 * misspelt field is not read as zero engagement. Unit: interactions.
 *
 * Source: Hootsuite, "Engagement rate calculator", https://blog.hootsuite.com/calculate-engagement-rate/
 * (what counts varies by network; name it with `include`).
 *
 * @param counts - the interaction counts `{ likes, comments, shares, saves, clicks, ... }`
 * @param options - `include`: which counts to add
 * @returns the number of engagements
 * @throws {ValidationError} when a count is not a whole number ≥ 0, `include` is malformed, or none of the included counts is present
 * @throws {SocialKitError} `overflow` when the total exceeds `Number.MAX_SAFE_INTEGER`
 * @example
 * engagements({ likes: 5, comments: 3, shares: 3 }); // 11
 * engagements({ likes: 500, comments: 50, shares: 25, clicks: 40 }, { include: ['likes', 'comments', 'shares', 'clicks'] }); // 615
 */
export function engagements(counts: EngagementCounts, options?: EngagementsOptions): number {
  const fields: Fields = formulaArgs(counts, 'engagements({ likes, comments, shares, saves, ... })');
  const include = includeList(optionsArg(options, ['include']).include);
  let total = 0;
  let present = 0;
  for (let i = 0; i < include.length; i += 1) {
    const kind = include[i] as string;
    const value = Object.hasOwn(fields, kind) ? fields[kind] : undefined;
    if (value === undefined) continue;
    total += count(value, kind);
    present += 1;
  }
  if (present === 0) {
    throw invalid(
      'missingField',
      `engagements needs at least one of ${include.join(', ')}; none was given (add the counts, or name other fields in options.include)`,
      [],
    );
  }
  return safeTotal(total, 'engagements');
}
