import { allocateMoney, Decimal, money, ObjectiveTypeSchema, type MoneyInput, type ObjectiveType, type PlatformId } from '../core/index.js';
import { arrayArgument, describeValue, finiteNumber, instant, invalid, objectArgument, readOptions } from '../core/internal.js';
import { relativeToPlatformMedian, type RelativeRateMetric } from '../kpi/index.js';

/** Options for {@link recommendBoosts}. */
export interface RecommendBoostsOptions {
  /** The boost budget (money), split among the posts kept. */
  budget: MoneyInput;
  /** The ISO 4217 code of the budget. */
  currency: string;
  /** What the boost is for: `'acquisition'` and `'conversion'` score by CTR, the others by engagement rate by reach (default `'engagement'`). */
  objective?: ObjectiveType;
  /** Posts whose rate is below this fraction are left out (default 0). */
  minEngagementRate?: number;
  /** When the recommendation is made: the age of each post is counted from here. */
  now: Date | string;
  /** The half-life of a post's score, in days (default 7). */
  halfLifeDays?: number;
  /** How many posts to keep (default 5). */
  maxPosts?: number;
  /** Extra or corrected minor units by currency code. */
  minorUnits?: Readonly<Record<string, number>>;
}

/** One recommended boost. */
export interface BoostRecommendation {
  /** The post's `id`. */
  id: string;
  /** The post's platform. */
  platform: PlatformId;
  /** relative × 0.5^(ageDays / halfLifeDays). */
  score: number;
  /** The post's rate ÷ its platform's median (kpi's `relativeToPlatformMedian`). */
  relative: number;
  /** The post's own rate. */
  rate: number;
  /** Days since the post was published, at `now`. */
  ageDays: number;
  /** The post's share of the budget (core's `allocateMoney` with the scores as weights). */
  amount: Decimal;
  /** Why it is recommended, in words. */
  reason: string;
}

/**
 * Which organic posts are worth boosting, and with how much. Score = the
 * post's rate (engagement rate by reach, or CTR for acquisition and
 * conversion objectives) ÷ the median rate of its platform's posts in the
 * records (kpi's `relativeToPlatformMedian`) × 0.5^(ageDays / halfLifeDays);
 * posts without an `id`, without a rate or below `minEngagementRate` are
 * left out; the top `maxPosts` are kept (ties to the earlier record) and the
 * budget is split by `allocateMoney` with the scores as weights.
 *
 * @param records - kpi records (`SummaryRecord`s with an `id`, `platform`, `publishedAt`, `engagements`, `reach`…)
 * @param options - `{ budget, currency, now, objective?, minEngagementRate?, halfLifeDays?, maxPosts? }`
 * @returns the recommended boosts, best first (empty when no post qualifies)
 * @throws {ValidationError} for malformed records or options
 * @example
 * const boosts = recommendBoosts([
 *   { id: 'a', platform: 'instagram', publishedAt: '2027-03-01T10:00:00Z', engagements: 60, reach: 1000 },
 *   { id: 'b', platform: 'instagram', publishedAt: '2027-03-08T10:00:00Z', engagements: 30, reach: 1000 },
 *   { id: 'c', platform: 'instagram', publishedAt: '2027-03-08T10:00:00Z', engagements: 10, reach: 1000 },
 * ], { budget: 300, currency: 'EUR', now: '2027-03-08T10:00:00Z', maxPosts: 2 });
 * boosts.map((b) => [b.id, b.amount.toString()]); // [['a', '150'], ['b', '150']]
 */
export function recommendBoosts(records: readonly unknown[], options: RecommendBoostsOptions): BoostRecommendation[] {
  const list = arrayArgument(records, 'records');
  const o = readOptions(options, 'options', ['budget', 'currency', 'objective', 'minEngagementRate', 'now', 'halfLifeDays', 'maxPosts', 'minorUnits']);
  if (typeof o.currency !== 'string') throw invalid('required', `options.currency must be the ISO 4217 code of the budget, got ${describeValue(o.currency)}`, ['options', 'currency']);
  const budget = money(o.budget as MoneyInput, { path: ['options', 'budget'], nonNegative: true });
  const now = instant(o.now, ['options', 'now']).getTime();
  const objective = o.objective === undefined ? 'engagement' : ObjectiveTypeSchema.safeParse(o.objective).data;
  if (objective === undefined) throw invalid('invalidObjectiveType', `options.objective must be an objective type, got ${describeValue(o.objective)}`, ['options', 'objective']);
  const minRate = o.minEngagementRate === undefined ? 0 : finiteNumber(o.minEngagementRate, ['options', 'minEngagementRate'], { min: 0, max: 1 });
  const halfLife = o.halfLifeDays === undefined ? 7 : finiteNumber(o.halfLifeDays, ['options', 'halfLifeDays'], { min: 1e-6, max: 36500 });
  const maxPosts = o.maxPosts === undefined ? 5 : finiteNumber(o.maxPosts, ['options', 'maxPosts'], { min: 1, max: 10_000 });
  if (!Number.isInteger(maxPosts)) throw invalid('notInteger', `options.maxPosts must be a whole number, got ${maxPosts}`, ['options', 'maxPosts']);
  const metric: RelativeRateMetric = objective === 'acquisition' || objective === 'conversion' ? 'ctr' : 'engagementRateByReach';
  const rows = relativeToPlatformMedian(list, { metric });
  const scored: Omit<BoostRecommendation, 'amount'>[] = [];
  rows.forEach((row, i) => {
    if (row.id === null || row.rate === null || row.relative === null || row.rate < minRate) return;
    const record = objectArgument(list[i], ['records', i]);
    const at = instant(record.publishedAt, ['records', i, 'publishedAt']).getTime();
    const ageDays = Math.max(0, (now - at) / 86_400_000);
    const score = row.relative * 0.5 ** (ageDays / halfLife);
    if (!(score > 0)) return;
    const what = metric === 'ctr' ? 'CTR' : 'engagement rate by reach';
    scored.push({
      id: row.id,
      platform: row.platform,
      score,
      relative: row.relative,
      rate: row.rate,
      ageDays,
      reason: `${what} ${(row.rate * 100).toFixed(2)} % is ${row.relative.toFixed(2)}× the median of its ${row.platformPosts} ${row.platform} posts; ${ageDays.toFixed(1)} days old (score halves every ${halfLife} days)`,
    });
  });
  const kept = scored
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.score - a.s.score || a.i - b.i)
    .slice(0, maxPosts)
    .map((x) => x.s);
  if (kept.length === 0) return [];
  const minorUnits = o.minorUnits as Readonly<Record<string, number>> | undefined;
  const amounts = allocateMoney(budget, kept.map((k) => k.score), { currency: o.currency, ...(minorUnits === undefined ? {} : { minorUnits }) });
  return kept.map((k, i) => ({ ...k, amount: amounts[i] ?? new Decimal(0) }));
}
