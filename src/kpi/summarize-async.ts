import { describeValue, invalid } from '../core/internal.js';
import { configureSummary, Summarizer } from './internal/summarizer.js';
import { type SummarizeOptions, type SummaryRecord, type SummaryResult } from './summary.js';

/**
 * `summarize` for a stream: reads an async iterable (a Node readable in
 * object mode, an async generator over a paginated API) one record at a time,
 * so a million records are never held in memory, and resolves to the same
 * result. Sync iterables and arrays are accepted too.
 *
 * Same rules, options and errors as `summarize`; errors arrive as a
 * rejected promise. An error thrown by the source itself is passed on as is.
 *
 * @param source - an async iterable (or iterable) of {@link SummaryRecord}s
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
 */
export async function summarizeAsync(
  source: AsyncIterable<SummaryRecord> | Iterable<SummaryRecord>,
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
  for await (const record of source as AsyncIterable<unknown>) {
    summarizer.add(record, i);
    i += 1;
  }
  return summarizer.finish();
}
