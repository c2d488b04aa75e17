import { type Decimal, type MoneyInput, type Path, type PlatformId, type Ratio } from '../core/index.js';

/**
 * The time dimensions `summarize` buckets `publishedAt` into, in the options' time zone.
 *
 * @example
 * TIME_DIMENSIONS; // ['day', 'week', 'month']
 */
export const TIME_DIMENSIONS = Object.freeze(['day', 'week', 'month'] as const);

/** `'day'` (key `'YYYY-MM-DD'`), `'week'` (ISO week, `'YYYY-Www'`) or `'month'` (`'YYYY-MM'`). */
export type TimeDimension = (typeof TIME_DIMENSIONS)[number];

/**
 * A dimension to group by: a time bucket, `'platform'`, or the name of any
 * other string field of the records (`'pillar'`, `'format'`, `'persona'`,
 * `'campaign'`…), in camelCase.
 */
export type SummaryDimension = TimeDimension | 'platform' | 'pillar' | 'format' | 'persona' | (string & Record<never, never>);

/**
 * One post as `summarize` reads it: a row of an analytics export.
 * Optional fields may be absent or `null` (a missing value in the export):
 * counts then add 0, money adds 0, a dimension's key is `null`.
 *
 * The four metrics are required, but each may be `null` when the platform
 * never reports it (X reports no reach, Bluesky neither impressions nor
 * reach: see `platformMetrics`). `null` is not 0: a group with a record
 * whose metric is `null` has `null` for that metric's total, and every ratio
 * over it (`engagementRateByReach`, `ctr`, `cpm`…) is `null`, because the
 * total of the group is not known.
 */
export interface SummaryRecord {
  /** The post's id, when the caller has one (the report matches records to planned posts by it; `summarize` ignores it). */
  id?: string | null;
  /** The platform the post was published on. */
  platform: PlatformId;
  /** When it was published: a `Date` or an ISO 8601 string with an offset. */
  publishedAt: Date | string;
  /** Displays; `null` when the platform never reports it. */
  impressions: number | null;
  /** Unique people reached (summed as given: reach across posts is not deduplicated); `null` when the platform never reports it. */
  reach: number | null;
  /** Interactions (see `engagements` for what to count); `null` when the platform never reports it. */
  engagements: number | null;
  /** Clicks; `null` when the platform never reports it. */
  clicks: number | null;
  /** Conversions attributed to the post. */
  conversions?: number | null;
  /** What the post cost (boost, production), money ≥ 0. */
  cost?: MoneyInput | null;
  /** Revenue attributed to the post, money ≥ 0. */
  revenue?: MoneyInput | null;
  /** The ISO 4217 currency of cost and revenue, when the record carries it. */
  currency?: string | null;
  /** The content pillar, a dimension. */
  pillar?: string | null;
  /** The post format, a dimension. */
  format?: string | null;
  /** The persona targeted, a dimension. */
  persona?: string | null;
  /** Any other field: other dimensions, or ignored. */
  [field: string]: unknown;
}

/** Options for `summarize` and `summarizeAsync`. */
export interface SummarizeOptions {
  /** The dimensions to group by, in key order; default `[]` (one row for everything). */
  by?: readonly SummaryDimension[];
  /** The IANA time zone of the `'day'`, `'week'` and `'month'` buckets; required when `by` names one. */
  timeZone?: string;
  /** The ISO 4217 currency of every money field; records carrying a `currency` must agree with it. */
  currency?: string;
  /** What to do with a malformed record: `'throw'` (default) an error naming its index, or `'skip'` it and list it in `invalid`. */
  onInvalid?: 'throw' | 'skip';
}

/** One group of {@link SummaryResult}: sums and ratio-of-sums KPIs. */
export interface SummaryRow {
  /** The group's value for each dimension of `by`, e.g. `{ platform: 'x', week: '2027-W05' }`; `null` where records lack the field. */
  key: Readonly<Record<string, string | null>>;
  /** How many records are in the group. */
  posts: number;
  /** Σ impressions; `null` when a record of the group has `null` (a platform that never reports it). */
  impressions: number | null;
  /** Σ reach (per-post reach added up, not deduplicated people); `null` when a record of the group has `null`. */
  reach: number | null;
  /** Σ engagements; `null` when a record of the group has `null` (a platform that never reports it). */
  engagements: number | null;
  /** Σ clicks; `null` when a record of the group has `null` (a platform that never reports it). */
  clicks: number | null;
  /** Σ conversions. */
  conversions: number;
  /** Σ cost, the exact decimal sum of the inputs (nothing rounded away). */
  cost: Decimal;
  /** Σ revenue, the exact decimal sum of the inputs. */
  revenue: Decimal;
  /** Σ engagements / Σ reach. */
  engagementRateByReach: Ratio;
  /** Σ engagements / Σ impressions. */
  engagementRateByImpressions: Ratio;
  /** Σ clicks / Σ impressions. */
  ctr: Ratio;
  /** Σ cost / Σ clicks. */
  cpc: Decimal | null;
  /** 1000 × Σ cost / Σ impressions. */
  cpm: Decimal | null;
  /** Σ cost / Σ conversions. */
  cpa: Decimal | null;
  /** Σ revenue / Σ cost. */
  roas: Ratio;
  /** (Σ revenue − Σ cost) / Σ cost. */
  roi: Ratio;
}

/** A record `summarize` left out (with `onInvalid: 'skip'`), and why. */
export interface InvalidRecord {
  /** Its position in the input, from 0. */
  index: number;
  /** The offending field, e.g. `['records', 12, 'impressions']`. */
  path: Path;
  /** A stable code: `invalidType`, `invalidPlatform`, `invalidDate`, `negative`, `currencyMismatch`… */
  code: string;
  /** What is wrong, in words. */
  reason: string;
}

/** What `summarize` returns. */
export interface SummaryResult {
  /** One row per group, sorted by key (dimension by dimension, `null` last). */
  rows: SummaryRow[];
  /** How many records were left out (always 0 with `onInvalid: 'throw'`). */
  skipped: number;
  /** The first {@link MAX_INVALID_LISTED} records left out, with their index and reason. */
  invalid: InvalidRecord[];
  /** The currency of the money totals: the option's, else the one the records carry, else `null`. */
  currency: string | null;
}

/** How many invalid records {@link SummaryResult.invalid} lists at most (all are counted in `skipped`). */
export const MAX_INVALID_LISTED = 1000;
