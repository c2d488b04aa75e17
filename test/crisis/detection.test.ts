import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { detectSentimentDips, detectSpikes, type MentionPoint } from '../../src/crisis/index.js';
import { ewmaHalfWidth } from '../../src/crisis/ewma-limits.js';
import { generalizedEsd } from '../../src/crisis/generalized-esd.js';

const HOUR = 3_600_000;
const START = Date.UTC(2027, 2, 1);

function hourly(counts: readonly number[], start = START): MentionPoint[] {
  return counts.map((count, i) => ({ at: new Date(start + i * HOUR), count }));
}

function issue(fn: () => unknown): { code: string; message: string; path: readonly (string | number)[] } {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    const first = (error as ValidationError).issues[0];
    if (first === undefined) throw new Error('no issue');
    return first;
  }
  throw new Error('did not throw');
}

describe('EWMA limits (Montgomery; Lucas and Saccucci 1990)', () => {
  // NIST/SEMATECH e-Handbook §6.3.2.4, https://www.itl.nist.gov/div898/handbook/pmc/section3/pmc324.htm:
  // EWMA₀ = 50, s = 2.0539, λ = 0.3, k = 3 give the limits 47.4115 and 52.5884.
  it('reaches the NIST/SEMATECH steady state 47.4115 / 52.5884 at large t', () => {
    const h = ewmaHalfWidth(2.0539, 0.3, 3, Number.POSITIVE_INFINITY);
    expect(50 - h).toBeCloseTo(47.4115, 3);
    expect(50 + h).toBeCloseTo(52.5884, 3);
    expect(50 + ewmaHalfWidth(2.0539, 0.3, 3, 50)).toBeCloseTo(52.5884, 3);
  });
  it('is k·σ·λ at t = 1, by hand: √(λ/(2−λ)·(1−(1−λ)²)) = √(0.3/1.7 · 0.51) = 0.3', () => {
    expect(ewmaHalfWidth(2.0539, 0.3, 3, 1)).toBeCloseTo(3 * 2.0539 * 0.3, 12);
    // t = 2: √(0.3/1.7 · (1 − 0.7⁴)) = √(0.176470… · 0.7599) = 0.366199…
    expect(ewmaHalfWidth(1, 0.3, 1, 2)).toBeCloseTo(Math.sqrt((0.3 / 1.7) * (1 - 0.7 ** 4)), 12);
  });
  it('detectSpikes flags the first monitored bucket exactly beyond μ₀ + k·σ·λ', () => {
    // Baseline: 24 buckets alternating 40 and 60: μ₀ = 50, σ = √(24·100/23) = 10.2150… (above √50 and 1).
    const base = Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? 40 : 60));
    const sigma = Math.sqrt((24 * 100) / 23);
    // z₁ = 0.3·x + 0.7·50 > 50 + 3·σ·0.3 ⇔ x > 50 + 3σ = 80.645…
    const above = detectSpikes(hourly([...base, 81]), { method: 'ewma', baselineBuckets: 24 });
    const below = detectSpikes(hourly([...base, 80]), { method: 'ewma', baselineBuckets: 24 });
    expect(above.params.mu0).toBe(50);
    expect(above.params.sigma).toBeCloseTo(sigma, 5);
    expect(above.anomalies.map((a) => a.count)).toEqual([81]);
    expect(above.anomalies[0]?.score).toBeCloseTo((0.3 * 81 + 0.7 * 50 - 50) / (sigma * 0.3), 5);
    expect(below.anomalies).toEqual([]);
  });
  it('a fixed-baseline EWMA alarms through a whole level shift', () => {
    const counts = [...Array.from({ length: 48 }, (_, i) => 100 + (i % 5)), ...Array.from({ length: 72 }, (_, i) => 200 + (i % 5))];
    const r = detectSpikes(hourly(counts), { method: 'ewma', baselineBuckets: 48 });
    expect(r.episodes).toHaveLength(1);
    expect(r.anomalies.length).toBeGreaterThan(70);
  });
});

describe('generalized ESD (Rosner 1983)', () => {
  // NIST/SEMATECH e-Handbook §1.3.5.17, https://www.itl.nist.gov/div898/handbook/eda/section3/eda35h3.htm
  const rosner = [
    -0.25, 0.68, 0.94, 1.15, 1.2, 1.26, 1.26, 1.34, 1.38, 1.43, 1.49, 1.49, 1.55, 1.56, 1.58, 1.65, 1.69, 1.7, 1.76, 1.77, 1.81, 1.91, 1.94, 1.96, 1.99, 2.06,
    2.09, 2.1, 2.14, 2.15, 2.23, 2.24, 2.26, 2.35, 2.37, 2.4, 2.47, 2.54, 2.62, 2.64, 2.9, 2.92, 2.92, 2.93, 3.21, 3.26, 3.3, 3.59, 3.68, 4.3, 4.64, 5.34,
    5.42, 6.01,
  ];
  const statistics = [3.118, 2.942, 3.179, 2.81, 2.815, 2.848, 2.279, 2.31, 2.101, 2.067];
  const critical = [3.158, 3.151, 3.143, 3.136, 3.128, 3.12, 3.111, 3.103, 3.094, 3.085];
  it('finds Rosner’s 3 outliers with the handbook’s statistics and critical values (α = 0.05, up to 10)', () => {
    const r = generalizedEsd(rosner, { alpha: 0.05, maxOutliers: 10, center: 'classical', direction: 'both' });
    expect(r.outliers).toBe(3);
    expect(r.steps.map((s) => rosner[s.index])).toEqual([6.01, 5.42, 5.34, 4.64, -0.25, 4.3, 3.68, 3.59, 0.68, 3.3]);
    // The handbook prints three decimals, cut rather than rounded: within 0.0015.
    r.steps.forEach((s, i) => {
      expect(Math.abs(s.statistic - (statistics[i] as number))).toBeLessThan(0.0015);
      expect(Math.abs(s.critical - (critical[i] as number))).toBeLessThan(0.0015);
    });
  });
  it('robust centre: the median and MAD × 1.4826 of the remaining values', () => {
    const r = generalizedEsd(rosner, { alpha: 0.05, maxOutliers: 3, center: 'robust', direction: 'up' });
    expect(r.steps[0]?.center).toBeCloseTo(2.095, 10);
    // MAD of the 54 values around 2.095, by brute force.
    const dev = rosner.map((v) => Math.abs(v - 2.095)).sort((a, b) => a - b);
    expect(r.steps[0]?.scale).toBeCloseTo(1.4826 * (((dev[26] as number) + (dev[27] as number)) / 2), 10);
  });
  it('falls back to the mean absolute deviation × 1.2533 when the MAD is 0', () => {
    const values = [5, 5, 5, 5, 5, 5, 5, 9, 1, 13];
    const r = generalizedEsd(values, { alpha: 0.05, maxOutliers: 1, center: 'robust', direction: 'up' });
    expect(r.steps[0]?.scale).toBeCloseTo((1.2533 * (4 + 4 + 8)) / 10, 10);
  });
});

describe('detectSpikes: methods', () => {
  it('zscore: the trailing window excludes the current bucket', () => {
    const counts = Array.from({ length: 48 }, (_, i) => (i === 40 ? 90 : 10 + (i % 3)));
    const r = detectSpikes(hourly(counts), { method: 'zscore', windowBuckets: 24 });
    expect(r.method).toBe('zscore');
    expect(r.episodes.map((e) => e.from.getTime())).toEqual([START + 40 * HOUR]);
    const window = counts.slice(16, 40);
    const mean = window.reduce((a, b) => a + b, 0) / 24;
    expect(r.anomalies[0]?.expected).toBeCloseTo(mean, 5);
  });
  it('every method floors its scale: a flat series never divides by zero', () => {
    const flat = hourly(Array.from({ length: 24 * 15 }, () => 0));
    for (const method of ['adaptive', 'zscore', 'ewma', 'esd'] as const) {
      const r = detectSpikes(flat, { method });
      expect(r.anomalies).toEqual([]);
    }
    const one = hourly(Array.from({ length: 24 * 15 }, (_, i) => (i === 300 ? 20 : 0)));
    for (const method of ['adaptive', 'zscore', 'ewma', 'esd'] as const) {
      const r = detectSpikes(one, { method });
      // The EWMA statistic decays over a few buckets after the spike: one episode that starts at it.
      expect(r.episodes.map((e) => e.from.getTime())).toEqual([START + 300 * HOUR]);
      if (method !== 'ewma') expect(r.anomalies).toHaveLength(1);
      expect(Number.isFinite(r.anomalies[0]?.score)).toBe(true);
    }
  });
  it('esd: a spike on a daily cycle, against the median profile', () => {
    const counts = Array.from({ length: 24 * 21 }, (_, i) => 50 + 30 * Math.round(Math.sin((2 * Math.PI * (i % 24)) / 24) * 10) / 10 + (i % 7));
    counts[400] = 400;
    const r = detectSpikes(hourly(counts), { method: 'esd' });
    expect(r.params.profile).toBe('weekly');
    expect(r.anomalies.map((a) => a.at.getTime())).toEqual([START + 400 * HOUR]);
  });
  it('adaptive (the default): finds a spike, then adapts to a level shift without alarming', () => {
    const counts = Array.from({ length: 24 * 21 }, (_, i) => (i < 24 * 8 ? 100 : 200) + ((i * 7) % 11));
    counts[24 * 4] = 500;
    const r = detectSpikes(hourly(counts));
    expect(r.method).toBe('adaptive');
    expect(r.episodes.map((e) => e.from.getTime())).toEqual([START + 24 * 4 * HOUR]);
    const ewma = detectSpikes(hourly(counts), { method: 'ewma' });
    expect(ewma.episodes.length).toBeGreaterThan(0);
    expect(ewma.anomalies.some((a) => a.at.getTime() > START + 24 * 20 * HOUR)).toBe(true);
  });
  it("direction 'down' finds a drop, 'up' ignores it, 'both' sees it", () => {
    const counts = Array.from({ length: 24 * 10 }, (_, i) => 100 + (i % 4));
    counts[200] = 2;
    const series = hourly(counts);
    for (const method of ['adaptive', 'zscore', 'esd'] as const) {
      expect(detectSpikes(series, { method, direction: 'down' }).anomalies.map((a) => a.count)).toEqual([2]);
      expect(detectSpikes(series, { method }).anomalies).toEqual([]);
      expect(detectSpikes(series, { method, direction: 'both' }).anomalies.map((a) => a.count)).toEqual([2]);
    }
  });
  it('cooldownMinutes merges anomalies closer than it into one episode', () => {
    const counts = Array.from({ length: 48 }, (_, i) => (i === 40 || i === 42 ? 90 : 10 + (i % 3)));
    const merged = detectSpikes(hourly(counts), { method: 'zscore', windowBuckets: 24, cooldownMinutes: 120 });
    expect(merged.episodes).toHaveLength(1);
    expect(merged.episodes[0]?.anomalies).toHaveLength(2);
    expect(merged.episodes[0]?.to.getTime()).toBe(START + 43 * HOUR);
    const split = detectSpikes(hourly(counts), { method: 'zscore', windowBuckets: 24, cooldownMinutes: 0 });
    expect(split.episodes).toHaveLength(2);
  });
});

describe('detectSpikes: buckets', () => {
  it('infers 5-minute buckets', () => {
    const series = Array.from({ length: 600 }, (_, i) => ({ at: new Date(START + i * 300_000).toISOString(), count: 3 }));
    expect(detectSpikes(series).params.bucketMinutes).toBe(5);
  });
  it('1-day buckets are local midnights: a DST day lasts 23 hours in Europe/Paris', () => {
    // 2027-03-28 is 23 hours long in Paris; the midnights are 23:00Z before it and 22:00Z after.
    const days = Array.from({ length: 40 }, (_, i) => {
      const date = new Date(Date.UTC(2027, 2, 10 + i));
      const summer = date.getTime() >= Date.UTC(2027, 2, 29);
      return { at: new Date(date.getTime() - (summer ? 2 : 1) * HOUR), count: i === 30 ? 400 : 100 + (i % 3) };
    });
    const r = detectSpikes(days, { timeZone: 'Europe/Paris', method: 'zscore' });
    expect(r.params.bucketMinutes).toBe(1440);
    expect(r.anomalies.map((a) => a.count)).toEqual([400]);
    // The same instants are not UTC midnights: refused, with the reason.
    const e = issue(() => detectSpikes(days));
    expect(e.code).toBe('irregularSeries');
    expect(e.message).toContain("local midnights in options.timeZone, 'UTC'");
  });
  it('1-day buckets across the autumn change (a 25-hour day), with a missing day filled at its local midnight', () => {
    // Paris midnights: 22:00Z in summer time, 23:00Z from 1 November 2027 (31 October lasts 25 hours).
    const midnight = (day: number): Date => new Date(Date.UTC(2027, 9, day) - (day <= 31 ? 2 : 1) * HOUR);
    const days = Array.from({ length: 30 }, (_, i) => ({ at: midnight(10 + i), count: i === 26 ? 500 : 100 + (i % 3) }));
    const gappy = days.filter((_, i) => i !== 21); // 31 October missing
    expect(issue(() => detectSpikes(gappy, { timeZone: 'Europe/Paris' })).message).toContain('between 2027-10-29T22:00:00.000Z and 2027-10-31T23:00:00.000Z');
    const r = detectSpikes(gappy, { timeZone: 'Europe/Paris', fill: 'interpolate', method: 'zscore' });
    expect(r.params.bucketMinutes).toBe(1440);
    expect(r.anomalies.map((a) => a.at.toISOString())).toEqual([midnight(36).toISOString()]);
  });
  it('a gap is an error naming it, or filled with zero or by interpolation', () => {
    const series = hourly([10, 12, 11, 13]).filter((_, i) => i !== 2);
    const e = issue(() => detectSpikes(series));
    expect(e.code).toBe('gapInSeries');
    expect(e.message).toContain('1 missing bucket between 2027-03-01T01:00:00.000Z and 2027-03-01T03:00:00.000Z');
    expect(e.path).toEqual(['series', 2, 'at']);
    expect(detectSpikes(series, { fill: 'zero', method: 'zscore' }).anomalies).toEqual([]);
    const gappy = hourly(Array.from({ length: 48 }, (_, i) => (i === 40 ? 90 : 10))).filter((_, i) => i !== 41);
    expect(detectSpikes(gappy, { fill: 'interpolate', method: 'zscore', windowBuckets: 24 }).anomalies.map((a) => a.count)).toEqual([90]);
  });
  it('refuses what is not a regular, increasing series of counts', () => {
    expect(issue(() => detectSpikes(hourly([1]))).code).toBe('seriesTooShort');
    expect(issue(() => detectSpikes([...hourly([1, 2]), ...hourly([3])])).code).toBe('notIncreasing');
    const odd = [...hourly([1, 2]), { at: new Date(START + 2.5 * HOUR), count: 3 }];
    expect(issue(() => detectSpikes(odd)).code).toBe('irregularSeries');
    expect(issue(() => detectSpikes([{ at: new Date(START), count: 1 }, { at: new Date(START + 60_000), count: 1 }])).code).toBe('bucketOutOfRange');
    expect(issue(() => detectSpikes([{ at: new Date(START), count: 1, negative: 2 }, { at: new Date(START + HOUR), count: 1 }])).code).toBe('negativeAboveCount');
    expect(issue(() => detectSpikes(hourly([1, -2]))).path).toEqual(['series', 1, 'count']);
    expect(issue(() => detectSpikes(hourly([1, 2]), { methd: 'ewma' } as never)).code).toBe('unknownKey');
    const e = issue(() => detectSpikes(hourly([1, 2]), { method: 'zscore', lambda: 0.2 }));
    expect(e.code).toBe('notForMethod');
    expect(e.message).toContain("'ewma'");
    expect(issue(() => detectSpikes(hourly([1, 2]), { method: 'stl' } as never)).code).toBe('invalidOption');
    expect(issue(() => detectSpikes(hourly([1, 2]), { timeZone: 'Mars/Olympus' })).path).toEqual(['options', 'timeZone']);
  });
});

describe('detectSentimentDips', () => {
  const base = (negative: (i: number) => number, count: (i: number) => number = () => 100) =>
    Array.from({ length: 72 }, (_, i) => ({ at: new Date(START + i * HOUR), count: count(i), negative: negative(i) }));
  it('finds a rise of the negative share', () => {
    const r = detectSentimentDips(base((i) => (i === 60 ? 45 : 10)));
    expect(r.method).toBe('binomial');
    expect(r.episodes.map((e) => e.from.getTime())).toEqual([START + 60 * HOUR]);
    expect(r.anomalies[0]).toMatchObject({ count: 45, expected: 10 });
  });
  it('a share of 3 mentions is not a share of 3,000: few mentions are not tested alone', () => {
    // 3 negative out of 4 (75 %) where the usual share is 10 %: below minCount, and not significant.
    const small = detectSentimentDips(base((i) => (i === 60 ? 3 : 10), (i) => (i === 60 ? 4 : 100)));
    expect(small.anomalies).toEqual([]);
    const large = detectSentimentDips(base((i) => (i === 60 ? 2250 : 300), (i) => 3000 + 0 * i));
    expect(large.anomalies.map((a) => a.count)).toEqual([2250]);
  });
  it('needs negative counts', () => {
    expect(issue(() => detectSentimentDips(hourly([1, 2, 3]))).code).toBe('noNegativeCounts');
    expect(issue(() => detectSentimentDips(base(() => 1), { minCount: 0 })).code).toBe('outOfRange');
  });
});

describe('detectSpikes: invariants', () => {
  it('property: every method is deterministic, finite, and its episodes partition its anomalies in time order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 500 }), { minLength: 2, maxLength: 24 * 9 }),
        fc.constantFrom('adaptive', 'zscore', 'ewma', 'esd'),
        fc.constantFrom('up', 'down', 'both'),
        (counts, method, direction) => {
          const series = hourly(counts);
          const a = detectSpikes(series, { method, direction });
          const b = detectSpikes(series.map((p) => ({ ...p, at: (p.at as Date).toISOString() })), { method, direction });
          expect(b).toEqual(a);
          expect(a.episodes.flatMap((e) => e.anomalies)).toEqual(a.anomalies);
          for (let i = 1; i < a.anomalies.length; i += 1) expect(a.anomalies[i]!.at.getTime()).toBeGreaterThan(a.anomalies[i - 1]!.at.getTime());
          for (const x of a.anomalies) {
            expect(Number.isFinite(x.score) && Number.isFinite(x.expected)).toBe(true);
            expect(counts).toContain(x.count);
          }
          for (const e of a.episodes) expect(e.to.getTime()).toBeGreaterThan(e.from.getTime());
        },
      ),
      { numRuns: 60 },
    );
  });
});
