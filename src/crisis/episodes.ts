/**
 * Turning flagged buckets into anomalies and episodes. Private to the module.
 *
 * @module
 */
import type { Anomaly, Episode } from './spike-types.js';

/**
 * Collects the flagged buckets as anomalies, and merges anomalies closer than
 * the cooldown (or consecutive) into episodes.
 *
 * @param at - bucket starts (ms)
 * @param values - the counts to report
 * @param flags - 1 for an anomalous bucket
 * @param expected - the expected counts
 * @param score - the scores
 * @param bucketMs - the bucket length in ms (1-day buckets: a day; the next bucket's start ends an episode)
 * @param cooldownMs - anomalies at most this far after the previous one join its episode
 * @returns anomalies and episodes
 */
export function collectEpisodes(
  at: Float64Array,
  values: Float64Array,
  flags: Uint8Array,
  expected: Float64Array,
  score: Float64Array,
  bucketMs: number,
  cooldownMs: number,
): { anomalies: Anomaly[]; episodes: Episode[] } {
  const anomalies: Anomaly[] = [];
  const episodes: Episode[] = [];
  let current: Episode | null = null;
  let lastMs = Number.NEGATIVE_INFINITY;
  for (let t = 0; t < flags.length; t += 1) {
    if (flags[t] !== 1) continue;
    const ms = at[t] as number;
    const end = t + 1 < at.length ? (at[t + 1] as number) : ms + bucketMs;
    const anomaly: Anomaly = { at: new Date(ms), count: values[t] as number, expected: round(expected[t] as number), score: round(score[t] as number) };
    anomalies.push(anomaly);
    if (current !== null && ms - lastMs <= Math.max(cooldownMs, bucketMs * 1.5)) {
      current.anomalies.push(anomaly);
      current.to = new Date(end);
      if (Math.abs(anomaly.score) > Math.abs(current.peak.score)) current.peak = anomaly;
    } else {
      current = { from: new Date(ms), to: new Date(end), peak: anomaly, anomalies: [anomaly] };
      episodes.push(current);
    }
    lastMs = ms;
  }
  return { anomalies, episodes };
}

// Six significant decimals: results stay readable and stable across platforms.
function round(x: number): number {
  const r = Math.round(x * 1e6) / 1e6;
  return Number.isFinite(r) ? (r === 0 ? 0 : r) : 0;
}
