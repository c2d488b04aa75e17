import { type Decimal, ValidationError } from '../core/index.js';
import { cpa, cpc, cpm, ctr, engagementRateByImpressions, engagementRateByReach, roas, roi, summarize, type SummaryRecord, type SummaryResult, type SummaryRow } from '../kpi/index.js';
import { readRecords, type ReadOptions, type ReadState } from './read-records.js';

/** Options of {@link summarizeFile}: kpi's `summarize` options and the reader's. */
export interface SummarizeFileOptions extends ReadOptions {
  /** The dimensions. */
  by: string[];
  /** The zone of time buckets. */
  timeZone?: string;
  /** The currency of money. */
  currency?: string;
}

const plus = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a + b);

interface Sums {
  key: Record<string, string | null>;
  values: (string | null)[];
  posts: number;
  impressions: number | null;
  reach: number | null;
  engagements: number | null;
  clicks: number | null;
  conversions: number;
  cost: Decimal;
  revenue: Decimal;
}

/**
 * Moves a ValidationError's `records[i]` paths by `offset`, so they name the record's index in the file.
 *
 * @param error - what summarize threw on a batch
 * @param offset - the batch's first index in the file
 * @returns the error with file indexes
 */
function shift(error: unknown, offset: number): unknown {
  if (!(error instanceof ValidationError) || offset === 0) return error;
  const issues = error.issues.map((i) => (i.path[0] === 'records' && typeof i.path[1] === 'number' ? { ...i, path: ['records', i.path[1] + offset, ...i.path.slice(2)], message: i.message.replace(/^records\[(\d+)\]/, (_, n: string) => `records[${String(Number(n) + offset)}]`) } : i));
  return new ValidationError(issues);
}

/**
 * Summarizes a file a batch at a time: kpi's `summarize` on each batch of
 * records (no promise per row), the groups' sums added up across batches,
 * then the ratio-of-sums rates from kpi's formulas, so the result is the
 * one `summarize` gives on the whole file (same keys, order, sums and rates).
 *
 * @param path - the CSV, NDJSON or JSON file
 * @param options - `by`, `timeZone`, `currency`, the column map, `skipInvalid`, `batchSize`
 * @param state - the reader's state (lines, columns, progress)
 * @returns the summary, `invalid` listing the first 1000 skipped records with their index in the file
 */
export async function summarizeFile(path: string, options: SummarizeFileOptions, state: ReadState): Promise<SummaryResult> {
  const groups = new Map<string, Sums>();
  let currency: string | null = options.currency ?? null;
  let offset = 0;
  let skipped = 0;
  const invalid: SummaryResult['invalid'] = [];
  for await (const batch of readRecords(path, options, state)) {
    let result: SummaryResult;
    try {
      result = summarize(batch as SummaryRecord[], {
        by: options.by,
        ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
        ...(currency === null ? {} : { currency }),
        onInvalid: options.skipInvalid ? 'skip' : 'throw',
      });
    } catch (error) {
      throw shift(error, offset);
    }
    currency ??= result.currency;
    skipped += result.skipped;
    for (const i of result.invalid) if (invalid.length < 1000) invalid.push({ ...i, index: i.index + offset, path: ['records', i.index + offset, ...i.path.slice(2)] });
    for (const row of result.rows) {
      const values = options.by.map((d) => row.key[d] ?? null);
      const id = JSON.stringify(values);
      const g = groups.get(id);
      if (g === undefined) {
        groups.set(id, { key: { ...row.key }, values, posts: row.posts, impressions: row.impressions, reach: row.reach, engagements: row.engagements, clicks: row.clicks, conversions: row.conversions, cost: row.cost, revenue: row.revenue });
      } else {
        g.posts += row.posts;
        // A count is null once a record of the group has null (as summarize does).
        g.impressions = plus(g.impressions, row.impressions);
        g.reach = plus(g.reach, row.reach);
        g.engagements = plus(g.engagements, row.engagements);
        g.clicks = plus(g.clicks, row.clicks);
        g.conversions += row.conversions;
        g.cost = g.cost.plus(row.cost);
        g.revenue = g.revenue.plus(row.revenue);
      }
    }
    offset += batch.length;
  }
  const order = (a: Sums, b: Sums): number => {
    for (let d = 0; d < a.values.length; d += 1) {
      const x = a.values[d] ?? null;
      const y = b.values[d] ?? null;
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      return x < y ? -1 : 1;
    }
    return 0;
  };
  const rows: SummaryRow[] = [...groups.values()].sort(order).map((g) => ({
    key: g.key,
    posts: g.posts,
    impressions: g.impressions,
    reach: g.reach,
    engagements: g.engagements,
    clicks: g.clicks,
    conversions: g.conversions,
    cost: g.cost,
    revenue: g.revenue,
    engagementRateByReach: g.engagements === null || g.reach === null ? null : engagementRateByReach({ engagements: g.engagements, reach: g.reach }),
    engagementRateByImpressions: g.engagements === null || g.impressions === null ? null : engagementRateByImpressions({ engagements: g.engagements, impressions: g.impressions }),
    ctr: g.clicks === null || g.impressions === null ? null : ctr({ clicks: g.clicks, impressions: g.impressions }),
    cpc: g.clicks === null ? null : cpc({ cost: g.cost, clicks: g.clicks }),
    cpm: g.impressions === null ? null : cpm({ cost: g.cost, impressions: g.impressions }),
    cpa: cpa({ cost: g.cost, conversions: g.conversions }),
    roas: roas({ revenue: g.revenue, adSpend: g.cost }),
    roi: roi({ revenue: g.revenue, cost: g.cost }),
  }));
  return { rows, skipped, invalid, currency };
}
