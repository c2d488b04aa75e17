/**
 * The synthetic mention benchmark of issue 17: seeded series with the
 * properties of real mention volumes, and the recall / precision of a
 * detector on them.
 *
 * - Counts: negative binomial (a gamma–Poisson mixture) with a mean from 2 to
 *   500 mentions per 5-minute bucket (log-uniform) and a dispersion (the
 *   size r, variance = μ + μ²/r) from 1 to 20 (uniform).
 * - Cycles in the audience's zone (Europe/Paris): a daily sinusoid (peak at
 *   14:00 local) and a weekly one (trough on Sunday), amplitudes 0.3 to 0.8.
 * - Level shifts (half the series): ×1.5 to ×2 from a random day, lasting at
 *   least 7 days. They are not crises: an episode that starts in one is false.
 * - Spikes (two per series, at least two days apart, after the first week):
 *   ×3 to ×10 the expected count, lasting 15 minutes to 48 hours
 *   (log-uniform), of three shapes: step (×F throughout), ramp (rising
 *   linearly from ×1 to ×F over the spike) and decay (×F at once, then
 *   ×(1 + (F − 1)·e^{−3u}) over the spike's fraction u).
 * A spike is found when an episode starts within its window; precision is
 * the share of episodes that start within a spike.
 */
import type { MentionPoint } from '../src/crisis/index.js';

const BUCKET = 5 * 60_000;
const DAY = 86_400_000;

/** A seeded generator (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function normal(rand: () => number): number {
  const u = Math.max(rand(), 1e-300);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

// Marsaglia and Tsang's gamma sampler (shape k, scale 1).
function gamma(rand: () => number, k: number): number {
  if (k < 1) return gamma(rand, k + 1) * rand() ** (1 / k);
  const d = k - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rand);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rand();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

function poisson(rand: () => number, lambda: number): number {
  if (lambda < 40) {
    const l = Math.exp(-lambda);
    let k = 0;
    let p = rand();
    while (p > l) {
      k += 1;
      p *= rand();
    }
    return k;
  }
  return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal(rand)));
}

/** A negative binomial draw with mean mu and size r. */
export function negativeBinomial(rand: () => number, mu: number, r: number): number {
  return poisson(rand, (gamma(rand, r) * mu) / r);
}

/** A spike placed in a series. */
export interface SyntheticSpike {
  from: number;
  to: number;
  factor: number;
  shape: 'step' | 'ramp' | 'decay';
}

/** One synthetic series and what is in it. */
export interface SyntheticSeries {
  series: MentionPoint[];
  spikes: SyntheticSpike[];
  shift: { from: number; to: number; factor: number } | null;
  mean: number;
  dispersion: number;
}

/**
 * Builds one series of `days` days of 5-minute buckets starting on a Monday at local midnight in Paris.
 *
 * @param seed - the seed
 * @param days - its length in days
 * @returns the series and its truth
 */
export function syntheticSeries(seed: number, days = 28): SyntheticSeries {
  const rand = prng(seed);
  const start = Date.UTC(2027, 0, 3, 23); // Monday 4 January 2027, 00:00 in Paris
  const n = (days * DAY) / BUCKET;
  const mean = 2 * 250 ** rand();
  const dispersion = 1 + 19 * rand();
  const dailyAmp = 0.3 + 0.5 * rand();
  const weeklyAmp = 0.3 + 0.5 * rand();
  const shift =
    rand() < 0.5
      ? (() => {
          const from = start + Math.floor(8 + rand() * 12) * DAY + Math.floor(rand() * 288) * BUCKET;
          const length = (7 + rand() * 7) * DAY;
          return { from, to: Math.min(from + length, start + days * DAY), factor: 1.5 + 0.5 * rand() };
        })()
      : null;
  const spikes: SyntheticSpike[] = [];
  const shapes = ['step', 'ramp', 'decay'] as const;
  for (let tries = 0; spikes.length < 2 && tries < 100; tries += 1) {
    const duration = Math.max(3, Math.round(3 * 192 ** rand())) * BUCKET; // 15 minutes to 48 hours
    const from = start + 7 * DAY + Math.floor(rand() * ((days - 9) * 288)) * BUCKET;
    const to = from + duration;
    if (to > start + days * DAY) continue;
    if (spikes.some((s) => from < s.to + 2 * DAY && s.from < to + 2 * DAY)) continue;
    spikes.push({ from, to, factor: 3 + 7 * rand(), shape: shapes[Math.floor(rand() * 3)] as SyntheticSpike['shape'] });
  }
  spikes.sort((a, b) => a.from - b.from);
  const series: MentionPoint[] = new Array(n);
  for (let i = 0; i < n; i += 1) {
    const at = start + i * BUCKET;
    const local = at + (at >= Date.UTC(2027, 2, 28, 1) ? 2 : 1) * 3_600_000;
    const hour = ((local % DAY) + DAY) % DAY / 3_600_000;
    const weekday = Math.floor((local - (start + 3_600_000)) / DAY) % 7; // 0 = Monday
    let mu = mean * (1 + dailyAmp * Math.sin((2 * Math.PI * (hour - 8)) / 24)) * (1 - weeklyAmp * (0.5 + 0.5 * Math.cos((2 * Math.PI * (weekday - 6)) / 7)));
    if (shift !== null && at >= shift.from && at < shift.to) mu *= shift.factor;
    for (const s of spikes) {
      if (at < s.from || at >= s.to) continue;
      const u = (at - s.from) / (s.to - s.from);
      mu *= s.shape === 'step' ? s.factor : s.shape === 'ramp' ? 1 + (s.factor - 1) * u : 1 + (s.factor - 1) * Math.exp(-3 * u);
    }
    series[i] = { at: new Date(at), count: negativeBinomial(rand, Math.max(mu, 0.01), dispersion) };
  }
  return { series, spikes, shift, mean, dispersion };
}

/** Recall and precision of a set of episodes against the truth. */
export function score(truth: SyntheticSeries, episodes: readonly { from: Date }[]): { found: number; spikes: number; trueEpisodes: number; episodes: number; inShift: number } {
  let found = 0;
  for (const s of truth.spikes) if (episodes.some((e) => e.from.getTime() >= s.from && e.from.getTime() < s.to)) found += 1;
  let trueEpisodes = 0;
  let inShift = 0;
  for (const e of episodes) {
    const t = e.from.getTime();
    if (truth.spikes.some((s) => t >= s.from && t < s.to)) trueEpisodes += 1;
    else if (truth.shift !== null && t >= truth.shift.from && t < truth.shift.to) inShift += 1;
  }
  return { found, spikes: truth.spikes.length, trueEpisodes, episodes: episodes.length, inShift };
}
