import { type PlatformId, type Ratio, ratio } from '../core/index.js';
import { arrayArgument, count, describeValue, invalid, objectArgument, platformId, readOptions } from '../core/internal.js';

/** The per-post rate {@link relativeToPlatformMedian} compares: engagements by reach (default), by impressions, or clicks by impressions. */
export type RelativeRateMetric = 'engagementRateByReach' | 'engagementRateByImpressions' | 'ctr';

/** Options for {@link relativeToPlatformMedian}. */
export interface RelativeToPlatformMedianOptions {
  /** The per-post rate: `'engagementRateByReach'` (default), `'engagementRateByImpressions'` or `'ctr'`. */
  metric?: RelativeRateMetric;
}

/** One record's rate against the median of its platform's posts, as {@link relativeToPlatformMedian} returns it. */
export interface RelativeToPlatformMedian {
  /** The record's index in the input. */
  index: number;
  /** The record's `id`, or `null` when it has none. */
  id: string | null;
  /** The record's platform. */
  platform: PlatformId;
  /** The post's own rate, or `null` when its denominator is 0 or not reported. */
  rate: Ratio;
  /** The median rate of the platform's posts in the records (those with a rate), or `null` when none has one. */
  platformMedian: Ratio;
  /** `rate / platformMedian`: 1 is a typical post of its platform, 2 twice as good; `null` when either is `null` or the median is 0. */
  relative: Ratio;
  /** How many posts of the platform the median was taken over. */
  platformPosts: number;
}

const METRICS: Readonly<Record<RelativeRateMetric, readonly [string, string]>> = {
  engagementRateByReach: ['engagements', 'reach'],
  engagementRateByImpressions: ['engagements', 'impressions'],
  ctr: ['clicks', 'impressions'],
};

function countOrNull(value: unknown, path: (string | number)[]): number | null {
  return value === null ? null : count(value, path);
}

function median(sorted: readonly number[]): Ratio {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = n >> 1;
  const upper = sorted[mid] as number;
  return n % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/**
 * Each post's rate divided by the median rate of its platform's posts in
 * the same records: how a post did against what is usual on its platform,
 * since engagement rates differ several-fold between platforms (a 2 %
 * engagement rate by reach is strong on one network and weak on another).
 * The median, not the mean, so that one viral post does not move the bar.
 * The report's top and bottom posts and the budget module's boost
 * recommendations use it.
 *
 * Formula: relative = rateᵢ / median{rateⱼ : platformⱼ = platformᵢ, rateⱼ ≠ null};
 * the median of an even count is the mean of the two middle rates. Unit:
 * a multiple of the platform's median (dimensionless).
 *
 * @param records - kpi records (`SummaryRecord`s: `platform`, `engagements`, `reach`, `impressions`, `clicks`, optional `id`)
 * @param options - `metric`: the per-post rate compared (default `'engagementRateByReach'`)
 * @returns one entry per record, in input order
 * @throws {ValidationError} when `records` is not an array, a record is not an object, its platform is unknown or a count is not a whole number ≥ 0
 * @example
 * const rows = relativeToPlatformMedian([
 *   { id: 'a', platform: 'instagram', engagements: 40, reach: 1000 },
 *   { id: 'b', platform: 'instagram', engagements: 10, reach: 1000 },
 *   { id: 'c', platform: 'instagram', engagements: 20, reach: 1000 },
 * ]);
 * rows[0].relative; // 2
 * rows[0].platformMedian; // 0.02
 */
export function relativeToPlatformMedian(records: readonly unknown[], options?: RelativeToPlatformMedianOptions): RelativeToPlatformMedian[] {
  const list = arrayArgument(records, 'records');
  const opts = readOptions<RelativeToPlatformMedianOptions>(options, 'options', ['metric']);
  const metric = opts.metric ?? 'engagementRateByReach';
  if (!Object.hasOwn(METRICS, metric)) {
    throw invalid('invalidValue', `options.metric must be 'engagementRateByReach', 'engagementRateByImpressions' or 'ctr', got ${describeValue(metric)}`, ['options', 'metric']);
  }
  const [numeratorField, denominatorField] = METRICS[metric];
  const rows: Omit<RelativeToPlatformMedian, 'platformMedian' | 'relative' | 'platformPosts'>[] = [];
  const byPlatform = new Map<PlatformId, number[]>();
  for (let index = 0; index < list.length; index += 1) {
    const record = objectArgument(list[index], ['records', index]);
    const platform = platformId(record.platform, ['records', index, 'platform']);
    const numerator = countOrNull(record[numeratorField], ['records', index, numeratorField]);
    const denominator = countOrNull(record[denominatorField], ['records', index, denominatorField]);
    const id = record.id;
    if (id !== undefined && id !== null && typeof id !== 'string') {
      throw invalid('invalidType', `records[${String(index)}].id must be a string, got ${describeValue(id)}`, ['records', index, 'id']);
    }
    const rate = numerator === null || denominator === null ? null : ratio(numerator, denominator);
    rows.push({ index, id: id ?? null, platform, rate });
    if (rate !== null) {
      const rates = byPlatform.get(platform);
      if (rates === undefined) byPlatform.set(platform, [rate]);
      else rates.push(rate);
    }
  }
  const medians = new Map<PlatformId, [Ratio, number]>();
  for (const [platform, rates] of byPlatform) medians.set(platform, [median(rates.sort((a, b) => a - b)), rates.length]);
  return rows.map((row) => {
    const [platformMedian, platformPosts] = medians.get(row.platform) ?? [null, 0];
    const relative = row.rate === null || platformMedian === null ? null : ratio(row.rate, platformMedian);
    return { ...row, platformMedian, relative, platformPosts };
  });
}
