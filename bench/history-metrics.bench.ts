import { normalizeMetrics, summarize, type SummaryRecord } from '../src/kpi/index.js';
import { postingWindowsFromHistory } from '../src/persona/index.js';
import { type BenchRow, medianMs } from './types.js';

// A fixed pseudo-random history: no Math.random, so every run measures the same input.
function history(n: number, nullReach: boolean): SummaryRecord[] {
  const records: SummaryRecord[] = [];
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const start = Date.UTC(2027, 0, 1);
  for (let i = 0; i < n; i += 1) {
    const reach = 500 + Math.floor(next() * 5000);
    records.push({
      platform: nullReach && i % 2 === 0 ? 'x' : 'instagram',
      publishedAt: new Date(start + Math.floor(next() * 112 * 86_400_000)),
      impressions: reach + 200,
      reach: nullReach && i % 2 === 0 ? null : reach,
      engagements: Math.floor(reach * 0.04 * next() * 2),
      clicks: Math.floor(next() * 20),
    });
  }
  return records;
}

/**
 * Times postingWindowsFromHistory, normalizeMetrics, and summarize with and without null metrics.
 *
 * @returns the rows for docs/benchmarks.md
 */
export async function run(): Promise<BenchRow[]> {
  const posts = history(10_000, false);
  const windows = await medianMs(() => postingWindowsFromHistory(posts, { timeZone: 'Europe/Paris', slotMinutes: 30 }));
  const rows = Array.from({ length: 10_000 }, (_, i) => ({
    id: String(i),
    created_at: '2027-02-01T09:00:00.000Z',
    public_metrics: { like_count: i % 90, reply_count: 3, retweet_count: 2, quote_count: 1, bookmark_count: 4, impression_count: 4000 + i },
    non_public_metrics: { impression_count: 4100 + i, url_link_clicks: 30 },
  }));
  const normalize = await medianMs(() => normalizeMetrics(rows, { platform: 'x', exportedAt: '2027-02-10' }));
  const full = history(1_000_000, false);
  const withNulls = history(1_000_000, true);
  const plain = await medianMs(() => summarize(full, { by: ['platform'] }), 5);
  const nulls = await medianMs(() => summarize(withNulls, { by: ['platform'] }), 5);
  return [
    { name: 'postingWindowsFromHistory: 10,000 posts, 30-minute slots, Europe/Paris', result: `${windows.toFixed(1)} ms` },
    { name: 'normalizeMetrics: 10,000 X API posts (nested metrics)', result: `${normalize.toFixed(1)} ms` },
    { name: 'summarize by platform: 1,000,000 records, all metrics reported / half with reach null', result: `${plain.toFixed(0)} ms / ${nulls.toFixed(0)} ms` },
  ];
}
