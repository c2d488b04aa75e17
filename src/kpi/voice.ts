import { type Ratio, ratio } from '../core/index.js';
import { count, describeValue, invalid } from '../core/internal.js';
import { formulaArgs, listArg, oneOf, safeTotal } from './internal/args.js';

/**
 * Share of voice: the brand's share of the conversation among a set of
 * competitors (mentions, or any other common measure such as posts or ad
 * spend, as long as every count uses the same one).
 *
 * Formula: brand / (brand + Σ competitors). Unit: a fraction.
 * Source: https://shno.co/startup-metrics/social-share-of-voice ("50 / 200 × 100 = 25%")
 *
 * @param input - the `brand`'s count and the list of the `competitors`' counts
 * @returns the share, or `null` when every count is 0
 * @throws {ValidationError} when a count is not a whole number ≥ 0 or competitors is not a list
 * @throws {SocialKitError} `overflow` when the total exceeds `Number.MAX_SAFE_INTEGER`
 * @example
 * shareOfVoice({ brand: 50, competitors: [100, 10, 40] }); // 0.25
 */
export function shareOfVoice(input: { brand: number; competitors: readonly number[] }): Ratio {
  const args = formulaArgs(input, 'shareOfVoice({ brand, competitors })', ['brand', 'competitors']);
  const brand = count(args.brand, 'brand');
  const competitors = listArg(args.competitors, 'competitors');
  let total = brand;
  for (let i = 0; i < competitors.length; i += 1) total += count(competitors[i], ['competitors', i]);
  return ratio(brand, safeTotal(total, 'mentions'));
}

/**
 * How {@link netSentiment} treats neutral mentions.
 *
 * @example
 * NET_SENTIMENT_METHODS; // ['includeNeutral', 'excludeNeutral']
 */
export const NET_SENTIMENT_METHODS = Object.freeze(['includeNeutral', 'excludeNeutral'] as const);

/**
 * `'includeNeutral'`: (P − N) / (P + N + neutral), the share-of-all-mentions
 * form (Symanto, Black Box Intelligence, Allears); `'excludeNeutral'`: (P − N) / (P + N),
 * the polarity of the opinionated mentions only.
 */
export type NetSentimentMethod = (typeof NET_SENTIMENT_METHODS)[number];

/** Mention counts by sentiment. */
export interface SentimentCounts {
  /** Positive mentions. */
  positive: number;
  /** Negative mentions. */
  negative: number;
  /** Neutral mentions (required with `'includeNeutral'`). */
  neutral?: number;
}

/** Options for {@link netSentiment}: the method is required, because the two give different numbers. */
export interface NetSentimentOptions {
  /** Whether neutral mentions count in the denominator. */
  method: NetSentimentMethod;
}

/**
 * Net sentiment: the balance of positive over negative mentions, from −1
 * (all negative) to 1 (all positive).
 *
 * Formulas: `'includeNeutral'` (P − N) / (P + N + neutral);
 * `'excludeNeutral'` (P − N) / (P + N). Unit: a fraction from −1 to 1.
 * Source: Black Box Intelligence, "What is Net Sentiment", https://help.blackboxintelligence.com/hc/en-us/articles/360003715274-What-is-Net-Sentiment-and-what-are-the-other-sentiment-options-
 *
 * @param counts - `{ positive, negative, neutral }` mention counts
 * @param options - `method`, required
 * @returns the net sentiment, or `null` when the denominator is 0
 * @throws {ValidationError} when a count is not a whole number ≥ 0, `neutral` is missing under `'includeNeutral'`, or the method is missing or unknown
 * @example
 * netSentiment({ positive: 80, negative: 20, neutral: 100 }, { method: 'includeNeutral' }); // 0.3
 * netSentiment({ positive: 80, negative: 20, neutral: 100 }, { method: 'excludeNeutral' }); // 0.6
 */
export function netSentiment(counts: SentimentCounts, options: NetSentimentOptions): Ratio {
  const args = formulaArgs(counts, 'netSentiment({ positive, negative, neutral }, { method })');
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalid(
      'invalidType',
      `netSentiment needs options { method: 'includeNeutral' | 'excludeNeutral' }, got ${describeValue(options)}`,
      'options',
    );
  }
  const method = oneOf((options as { method?: unknown }).method, NET_SENTIMENT_METHODS, ['options', 'method']);
  const positive = count(args.positive, 'positive');
  const negative = count(args.negative, 'negative');
  const neutral = method === 'includeNeutral' || args.neutral !== undefined ? count(args.neutral, 'neutral') : 0;
  const denominator = method === 'includeNeutral' ? positive + negative + neutral : positive + negative;
  return ratio(positive - negative, denominator);
}

/**
 * Net Promoter Score (NPS): the percentage of promoters (9–10 on "how likely
 * are you to recommend…") minus the percentage of detractors (0–6), on the
 * conventional −100 … 100 scale. Passives (7–8) count in the total only.
 *
 * Formula: 100 × (promoters − detractors) / (promoters + passives + detractors). Unit: points.
 * Sources: Reichheld, "The One Number You Need to Grow", Harvard Business Review (2003);
 * Bain & Company, "P − D = NPS", http://www.theultimatequestion.com/theultimatequestion/measuring_netpromoter.asp
 *
 * @param input - respondent counts `{ promoters, passives, detractors }`
 * @returns the score, or `null` when there is no respondent
 * @throws {ValidationError} when a count is not a whole number ≥ 0
 * @example
 * nps({ promoters: 30, passives: 50, detractors: 20 }); // 10
 */
export function nps(input: { promoters: number; passives: number; detractors: number }): Ratio {
  const args = formulaArgs(input, 'nps({ promoters, passives, detractors })', ['promoters', 'passives', 'detractors']);
  const promoters = count(args.promoters, 'promoters');
  const passives = count(args.passives, 'passives');
  const detractors = count(args.detractors, 'detractors');
  return ratio(100 * (promoters - detractors), promoters + passives + detractors);
}
