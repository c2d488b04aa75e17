import { detectSpikes, type SpikeMethod } from '../src/crisis/index.js';
import { score, syntheticSeries } from './crisis-synthetic.js';
import { type BenchRow, medianMs } from './types.js';

const METHODS: readonly SpikeMethod[] = ['adaptive', 'zscore', 'ewma', 'esd'];
const SERIES = 60;

/**
 * The synthetic mention benchmark (bench/crisis-synthetic.ts): recall and
 * precision of each method over 60 seeded 4-week series of 5-minute buckets
 * (120 spikes), and the time of each method on a year of 5-minute buckets.
 *
 * @returns the rows for docs/benchmarks.md
 */
export async function run(): Promise<BenchRow[]> {
  const truths = Array.from({ length: SERIES }, (_, i) => syntheticSeries(i + 1));
  const rows: BenchRow[] = [];
  for (const method of METHODS) {
    let found = 0;
    let spikes = 0;
    let trueEpisodes = 0;
    let episodes = 0;
    let inShift = 0;
    for (const truth of truths) {
      const r = detectSpikes(truth.series, { method, timeZone: 'Europe/Paris' });
      const s = score(truth, r.episodes);
      found += s.found;
      spikes += s.spikes;
      trueEpisodes += s.trueEpisodes;
      episodes += s.episodes;
      inShift += s.inShift;
    }
    const recall = found / spikes;
    const precision = episodes === 0 ? 1 : trueEpisodes / episodes;
    const isDefault = method === 'adaptive';
    rows.push({
      name: `crisis: detectSpikes '${method}'${isDefault ? ' (default)' : ''}, synthetic mentions (${SERIES} series, ${spikes} spikes)`,
      result: `recall ${recall.toFixed(3)} (${found}/${spikes}), precision ${precision.toFixed(3)} (${trueEpisodes}/${episodes} episodes; ${inShift} false in level shifts)`,
      ...(isDefault ? { target: 'recall ≥ 0.9, precision ≥ 0.8', pass: recall >= 0.9 && precision >= 0.8 } : {}),
    });
  }
  const year = syntheticSeries(2027, 365).series;
  for (const method of METHODS) {
    const ms = await medianMs(() => detectSpikes(year, { method, timeZone: 'Europe/Paris' }), 3, 1);
    rows.push({ name: `crisis: detectSpikes '${method}' on a year of 5-minute buckets (105,120 points)`, result: `${ms.toFixed(0)} ms`, target: '< 1 s', pass: ms < 1000 });
  }
  return rows;
}
