import { describeValue, invalid } from '../core/internal.js';
import { configureSummary, Summarizer } from './internal/summarizer.js';
import { type SummarizeOptions, type SummaryRecord, type SummaryResult } from './summary.js';

/**
 * `summarize` for a stream: reads an async iterable (a Node readable in
 * object mode, an async generator over a paginated API) one record at a time,
 * so a million records are never held in memory, and resolves to the same
 * result. Sync iterables and arrays are accepted too. An item that is an
 * array is a batch of records (a reader that parses a file a chunk at a
 * time yields batches, with no promise per record); records are numbered
 * across batches, so an error names a record's index in the whole stream.
 *
 * Same rules, options and errors as `summarize`; errors arrive as a
 * rejected promise. An error thrown by the source itself is passed on as is.
 *
 * @param source - an async iterable (or iterable) of {@link SummaryRecord}s, or of batches (arrays) of them
 * @param options - `by`, `timeZone`, `currency`, `onInvalid`
 * @returns a promise of `{ rows, skipped, invalid, currency }`
 * @throws {ValidationError} (as a rejection) for malformed options or records (unless skipped)
 * @throws {CurrencyMismatchError} (as a rejection) when currencies disagree (unless skipped)
 * @example
 * async function* stream() {
 *   yield { platform: 'linkedin', publishedAt: '2027-03-01T08:00:00Z', impressions: 500, reach: 400, engagements: 25, clicks: 5 };
 * }
 * const { rows } = await summarizeAsync(stream(), { by: ['platform'] });
 * rows[0].engagementRateByImpressions; // 0.05
 * const batched = await summarizeAsync([[{ platform: 'x', publishedAt: '2027-03-01T08:00:00Z', impressions: 10, reach: 5, engagements: 1, clicks: 1 }]], { by: ['platform'] });
 * batched.rows[0].posts; // 1
 */
export async function summarizeAsync(
  source: AsyncIterable<SummaryRecord | readonly SummaryRecord[]> | Iterable<SummaryRecord | readonly SummaryRecord[]>,
  options?: SummarizeOptions,
): Promise<SummaryResult> {
  const summarizer = new Summarizer(configureSummary(options));
  const isObject = typeof source === 'object' && source !== null;
  const asyncIterator = isObject ? (source as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] : undefined;
  const syncIterator = isObject ? (source as { [Symbol.iterator]?: unknown })[Symbol.iterator] : undefined;
  if (typeof asyncIterator !== 'function' && typeof syncIterator !== 'function') {
    throw invalid('invalidType', `source must be an async iterable, an iterable or an array of posts, got ${describeValue(source)}`, 'source');
  }
  let i = 0;
  for await (const item of source as AsyncIterable<unknown>) {
    if (Array.isArray(item)) {
      for (const record of item as readonly unknown[]) {
        summarizer.add(record, i);
        i += 1;
      }
    } else {
      summarizer.add(item, i);
      i += 1;
    }
  }
  return summarizer.finish();
}
