import { summarizeAsync, type SummaryRecord, type SummaryResult } from '../kpi/index.js';
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

/**
 * Summarizes a file a batch at a time: the reader's batches of records go
 * to kpi's `summarizeAsync` (no promise per row), so the result is the one
 * `summarize` gives on the whole file (same keys, order, sums and rates),
 * and an error or a skipped record names its index in the file.
 *
 * @param path - the CSV, NDJSON or JSON file
 * @param options - `by`, `timeZone`, `currency`, the column map, `skipInvalid`, `batchSize`
 * @param state - the reader's state (lines, columns, progress)
 * @returns the summary, `invalid` listing the first skipped records with their index in the file
 */
export async function summarizeFile(path: string, options: SummarizeFileOptions, state: ReadState): Promise<SummaryResult> {
  return summarizeAsync(readRecords(path, options, state) as AsyncIterable<SummaryRecord[]>, {
    by: options.by,
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
    ...(options.currency === undefined ? {} : { currency: options.currency }),
    onInvalid: options.skipInvalid ? 'skip' : 'throw',
  });
}
