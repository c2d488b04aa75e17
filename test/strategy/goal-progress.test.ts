import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SocialKitError, ValidationError } from '../../src/core/index.js';
import { goalProgress, type GoalProgressInput, type GoalStatus } from '../../src/strategy/index.js';
import { studentTCdf } from '../../src/core/student-t.js';
import { sweep } from '../support/hostile.js';
import { HYDROCARBON, PURITY } from './montgomery.js';

const DAY = 86_400_000;
const base = {
  baseline: 1000,
  target: 2000,
  current: 1300,
  start: '2027-01-01T00:00:00Z',
  end: '2027-01-11T00:00:00Z',
  now: '2027-01-04T00:00:00Z',
} satisfies GoalProgressInput;

function codeOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues[0]!.code;
  }
  throw new Error('expected a ValidationError');
}

describe('goalProgress', () => {
  it('measures attainment against the linear expectation', () => {
    const p = goalProgress(base);
    expect(p.direction).toBe('increase');
    expect(p.attainment).toBeCloseTo(0.3, 12);
    expect(p.elapsed).toBeCloseTo(0.3, 12);
    expect(p.expectedShare).toBeCloseTo(0.3, 12);
    expect(p.expectedValue).toBeCloseTo(1300, 9);
    expect(p.gap).toBeCloseTo(0, 12);
    expect(p.remaining).toBe(700);
    expect(p.status).toBe('onTrack');
    expect(p.achieved).toBe(false);
    expect(p.forecast).toBeNull();
  });

  it('works for a goal that goes down (a CPA from 12 to 8)', () => {
    const p = goalProgress({ ...base, baseline: 12, target: 8, current: 10 });
    expect(p.direction).toBe('decrease');
    expect(p.attainment).toBeCloseTo(0.5, 12);
    expect(p.remaining).toBe(-2);
    expect(p.status).toBe('ahead');
    expect(goalProgress({ ...base, baseline: 12, target: 8, current: 13 }).attainment).toBeCloseTo(-0.25, 12);
    expect(goalProgress({ ...base, baseline: 12, target: 8, current: 7.5 }).achieved).toBe(true);
  });

  it('gives each status by the margins, and takes custom thresholds', () => {
    const at = (current: number, thresholds?: GoalProgressInput['thresholds']): GoalStatus => goalProgress({ ...base, current, thresholds }).status;
    // Expected share 0.3: gap = (current − 1000)/1000 − 0.3.
    expect(at(1360)).toBe('ahead'); // gap 0.06
    expect(at(1350)).toBe('onTrack'); // gap 0.05: not above the margin
    expect(at(1250)).toBe('onTrack'); // gap −0.05
    expect(at(1240)).toBe('behind'); // gap −0.06
    expect(at(1100)).toBe('behind'); // gap −0.2
    expect(at(1090)).toBe('atRisk'); // gap −0.21
    expect(at(1240, { behindMargin: 0.1 })).toBe('onTrack');
    expect(at(1150, { behindMargin: 0.1, atRiskMargin: 0.1 })).toBe('atRisk');
    expect(at(1310, { aheadMargin: 0 })).toBe('ahead');
    expect(at(1090, { behindMargin: 0.3 })).toBe('onTrack');
  });

  it('clamps the elapsed share before start and after the deadline', () => {
    expect(goalProgress({ ...base, now: '2026-12-01T00:00:00Z' }).expectedShare).toBe(0);
    const late = goalProgress({ ...base, now: '2027-02-01T00:00:00Z', current: 2000 });
    expect(late.expectedShare).toBe(1);
    expect(late.status).toBe('onTrack');
    expect(late.achieved).toBe(true);
  });

  it('follows a seasonal curve, interpolated linearly between its points', () => {
    const curve = [
      { at: '2027-01-03T00:00:00Z', share: 0.1 },
      { at: '2027-01-05T00:00:00Z', share: 0.7 },
    ];
    expect(goalProgress({ ...base, curve, now: '2027-01-02T00:00:00Z' }).expectedShare).toBeCloseTo(0.05, 12);
    expect(goalProgress({ ...base, curve, now: '2027-01-04T00:00:00Z' }).expectedShare).toBeCloseTo(0.4, 12);
    expect(goalProgress({ ...base, curve, now: '2027-01-08T00:00:00Z' }).expectedShare).toBeCloseTo(0.7 + 0.3 * (3 / 6), 12);
    expect(goalProgress({ ...base, curve, now: '2027-02-01T00:00:00Z' }).expectedShare).toBe(1);
    expect(goalProgress({ ...base, curve, now: '2026-01-01T00:00:00Z' }).expectedShare).toBe(0);
    const anchored = [{ at: base.start, share: 0 }, ...curve, { at: base.end, share: 1 }];
    expect(goalProgress({ ...base, curve: anchored }).expectedShare).toBeCloseTo(0.4, 12);
    expect(goalProgress({ ...base, curve: [] }).expectedShare).toBeCloseTo(0.3, 12);
  });

  it('forecasts with least squares and its prediction interval: Montgomery & Runger’s oxygen-purity example (95 % PI 86.830 to 91.632 at x = 1.00)', () => {
    const start = Date.UTC(2027, 0, 1);
    const series = HYDROCARBON.map((x, i) => ({ at: new Date(start + Math.round(x * DAY)), value: PURITY[i]! }));
    const p = goalProgress({
      baseline: 85,
      target: 95,
      current: 90,
      start: new Date(start),
      end: new Date(start + DAY),
      now: new Date(start + DAY / 2),
      series,
      predictionLevel: 0.95,
    });
    const trend = p.forecast!.trend;
    expect(p.forecast!.points).toBe(20);
    expect(p.forecast!.at.toISOString()).toBe('2027-01-02T00:00:00.000Z');
    expect(trend.value).toBeCloseTo(89.231, 3);
    expect(trend.lower).toBeCloseTo(86.83, 3);
    expect(trend.upper).toBeCloseTo(91.632, 3);
    expect(trend.slopePerDay).toBeCloseTo(14.947, 3);
    expect(trend.degreesOfFreedom).toBe(18);
    expect(trend.level).toBe(0.95);
    expect(trend.attainment).toBeCloseTo((89.231 - 85) / 10, 3);
    // P(Y ≥ 95) under the model: 1 − T₁₈((95 − ŷ) / se), se = (91.632 − 86.830) / (2 · 2.1009).
    const se = (trend.upper! - trend.lower!) / (2 * 2.100922);
    expect(trend.chanceOfTarget).toBeCloseTo(1 - studentTCdf((95 - trend.value) / se, 18), 6);
    expect(trend.chanceOfTarget).toBeLessThan(0.001);
    // The run rate from the first (x = 0.87, 87.59) to the last (x = 1.55, 99.42) measurement.
    const pace = (99.42 - 87.59) / 0.68;
    expect(p.forecast!.runRate.pacePerDay).toBeCloseTo(pace, 9);
    expect(p.forecast!.runRate.value).toBeCloseTo(99.42 + pace * (1 - 1.55), 9);
    // The default 80 % interval is narrower.
    const p80 = goalProgress({ baseline: 85, target: 95, current: 90, start: new Date(start), end: new Date(start + DAY), now: new Date(start), series });
    expect(p80.forecast!.trend.level).toBe(0.8);
    expect(p80.forecast!.trend.upper! - p80.forecast!.trend.lower!).toBeCloseTo(2 * 1.330391 * se, 3);
  });

  it('gives no interval with two points, a sure chance for a perfect line, and averages measurements at the same instant for the run rate', () => {
    const two = goalProgress({
      ...base,
      series: [
        { at: '2027-01-01T00:00:00Z', value: 1000 },
        { at: '2027-01-03T00:00:00Z', value: 1200 },
      ],
    });
    expect(two.forecast!.trend).toMatchObject({ value: 2000, lower: null, upper: null, chanceOfTarget: null, degreesOfFreedom: 0 });
    expect(two.forecast!.runRate).toEqual({ value: 2000, pacePerDay: 100, attainment: 1 });
    const line = [0, 1, 2, 3].map((d) => ({ at: new Date(Date.UTC(2027, 0, 1 + d)), value: 1000 + 50 * d }));
    expect(goalProgress({ ...base, series: line }).forecast!.trend.chanceOfTarget).toBe(0);
    expect(goalProgress({ ...base, target: 1400, series: line }).forecast!.trend.chanceOfTarget).toBe(1);
    expect(goalProgress({ ...base, baseline: 2000, target: 1000, series: line.map((p) => ({ ...p, value: 3000 - p.value })) }).forecast!.trend.chanceOfTarget).toBe(0);
    const dup = goalProgress({
      ...base,
      series: [
        { at: '2027-01-01T00:00:00Z', value: 1000 },
        { at: '2027-01-01T00:00:00Z', value: 1100 },
        { at: '2027-01-02T00:00:00Z', value: 1150 },
      ],
    });
    expect(dup.forecast!.runRate.pacePerDay).toBeCloseTo(100, 12);
  });

  it('refuses bad input with a ValidationError naming the problem', () => {
    expect(codeOf(() => goalProgress({ ...base, end: base.start }))).toBe('invalidRange');
    expect(codeOf(() => goalProgress({ ...base, target: 1000 }))).toBe('targetEqualsBaseline');
    expect(codeOf(() => goalProgress({ ...base, current: Number.NaN }))).toBe('notANumber');
    expect(codeOf(() => goalProgress({ ...base, now: '2027-01-04' }))).toBe('invalidDate');
    expect(codeOf(() => goalProgress({ ...base, series: [{ at: base.start, value: 1 }] }))).toBe('insufficientSeries');
    expect(codeOf(() => goalProgress({ ...base, series: [{ at: base.start, value: 1 }, { at: base.start, value: 2 }] }))).toBe('insufficientSeries');
    expect(codeOf(() => goalProgress({ ...base, series: [{ at: base.start, value: Number.POSITIVE_INFINITY }, { at: base.end, value: 2 }] }))).toBe('notFinite');
    expect(codeOf(() => goalProgress({ ...base, curve: [{ at: '2026-01-01T00:00:00Z', share: 0.5 }] }))).toBe('invalidCurve');
    expect(codeOf(() => goalProgress({ ...base, curve: [{ at: base.start, share: 0.5 }] }))).toBe('invalidCurve');
    expect(codeOf(() => goalProgress({ ...base, curve: [{ at: base.end, share: 0.5 }] }))).toBe('invalidCurve');
    expect(
      codeOf(() =>
        goalProgress({
          ...base,
          curve: [
            { at: '2027-01-05T00:00:00Z', share: 0.5 },
            { at: '2027-01-04T00:00:00Z', share: 0.6 },
          ],
        }),
      ),
    ).toBe('invalidCurve');
    expect(
      codeOf(() =>
        goalProgress({
          ...base,
          curve: [
            { at: '2027-01-04T00:00:00Z', share: 0.5 },
            { at: '2027-01-05T00:00:00Z', share: 0.4 },
          ],
        }),
      ),
    ).toBe('invalidCurve');
    expect(codeOf(() => goalProgress({ ...base, curve: [{ at: '2027-01-05T00:00:00Z', share: 1.5 }] }))).toBe('outOfRange');
    expect(codeOf(() => goalProgress({ ...base, thresholds: { behindMargin: 0.3, atRiskMargin: 0.1 } }))).toBe('invalidThresholds');
    expect(codeOf(() => goalProgress({ ...base, thresholds: { aheadMargin: -1 } }))).toBe('outOfRange');
    expect(codeOf(() => goalProgress({ ...base, thresholds: 'strict' as never }))).toBe('invalidType');
    expect(codeOf(() => goalProgress({ ...base, predictionLevel: 1 }))).toBe('outOfRange');
    expect(codeOf(() => goalProgress(null as never))).toBe('invalidType');
  });

  it('throws overflow instead of returning Infinity', () => {
    expect(() => goalProgress({ ...base, baseline: -1e308, target: 1e308 })).toThrow(SocialKitError);
    expect(() =>
      goalProgress({ ...base, series: [{ at: base.start, value: -1e308 }, { at: '2027-01-02T00:00:00Z', value: 1e308 }, { at: '2027-01-03T00:00:00Z', value: 1e308 }] }),
    ).toThrow(SocialKitError);
  });

  it('does not mutate its input', () => {
    const input = {
      ...base,
      start: new Date(Date.UTC(2027, 0, 1)),
      curve: [{ at: '2027-01-05T00:00:00Z', share: 0.5 }],
      series: [
        { at: '2027-01-01T00:00:00Z', value: 1000 },
        { at: '2027-01-03T00:00:00Z', value: 1200 },
        { at: '2027-01-04T00:00:00Z', value: 1250 },
      ],
      thresholds: { aheadMargin: 0.1 },
    };
    const before = JSON.stringify(input);
    goalProgress(Object.freeze(input));
    expect(JSON.stringify(input)).toBe(before);
  });

  it('survives hostile input', () => {
    const valid = { ...base, series: [{ at: base.start, value: 1000 }, { at: base.now, value: 1300 }, { at: base.end, value: 1900 }], curve: [{ at: base.now, share: 0.2 }] };
    sweep(goalProgress, [valid], ['baseline', 'target', 'current', 'start', 'end', 'now', 'curve', 'series', 'thresholds', 'predictionLevel']);
  });

  describe('properties', () => {
    const RANK: Record<GoalStatus, number> = { atRisk: 0, behind: 1, onTrack: 2, ahead: 3 };
    it('is monotonic in current: a better current never lowers attainment or status, for goals up and down', () => {
      fc.assert(
        fc.property(
          fc.double({ min: -1e6, max: 1e6, noNaN: true }),
          fc.double({ min: -1e6, max: 1e6, noNaN: true }),
          fc.double({ min: -2e6, max: 2e6, noNaN: true }),
          fc.double({ min: -2e6, max: 2e6, noNaN: true }),
          fc.integer({ min: -5, max: 15 }),
          (baseline, target, c1, c2, day) => {
            fc.pre(Math.abs(baseline - target) > 1e-6);
            const up = target > baseline;
            const [worse, better] = (up ? c1 <= c2 : c1 >= c2) ? [c1, c2] : [c2, c1];
            const now = new Date(Date.UTC(2027, 0, 1) + day * DAY);
            const a = goalProgress({ ...base, baseline, target, current: worse, now });
            const b = goalProgress({ ...base, baseline, target, current: better, now });
            expect(b.attainment).toBeGreaterThanOrEqual(a.attainment);
            expect(RANK[b.status]).toBeGreaterThanOrEqual(RANK[a.status]);
          },
        ),
        { numRuns: 300 },
      );
    });

    it('a one-point curve at (midpoint, ½) is the linear expectation', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 10 * 24 }), (hours) => {
          const now = new Date(Date.UTC(2027, 0, 1) + hours * 3_600_000);
          const linear = goalProgress({ ...base, now }).expectedShare;
          const curved = goalProgress({ ...base, now, curve: [{ at: '2027-01-06T00:00:00Z', share: 0.5 }] }).expectedShare;
          expect(curved).toBeCloseTo(linear, 12);
        }),
      );
    });
  });
});

describe('goalProgress with the period as local dates (issue 12)', () => {
  const local = { baseline: 0, target: 100, current: 50, start: '2027-03-01', deadline: '2027-03-31', timeZone: 'Europe/Paris' } as const;

  it('runs from local midnight of start to the local midnight after the deadline, across the spring change', () => {
    // Paris: 2027-03-01 00:00 is 2027-02-28T23:00Z (UTC+1); the midnight after 2027-03-31 is
    // 2027-03-31T22:00Z (UTC+2, after the change of 2027-03-28): 31 days less one hour = 743 hours.
    // now = 2027-03-15T23:00Z is 15 days (360 h) after the start: 360 / 743.
    const p = goalProgress({ ...local, now: '2027-03-15T23:00:00Z' });
    expect(p.expectedShare).toBeCloseTo(360 / 743, 12);
    const same = goalProgress({ ...local, start: '2027-02-28T23:00:00Z', deadline: undefined, timeZone: undefined, end: '2027-03-31T22:00:00Z', now: '2027-03-15T23:00:00Z' });
    expect(same.expectedShare).toBe(p.expectedShare);
    expect(goalProgress({ ...local, now: '2027-03-31T21:59:00Z' }).expectedShare).toBeLessThan(1);
    expect(goalProgress({ ...local, now: '2027-03-31T22:00:00Z' }).expectedShare).toBe(1);
  });

  it('refuses a mixture of the two forms, and says what is missing', () => {
    expect(codeOf(() => goalProgress({ ...local, end: '2027-03-31T22:00:00Z', now: '2027-03-02T00:00:00Z' }))).toBe('invalidValue');
    expect(codeOf(() => goalProgress({ ...local, timeZone: undefined, now: '2027-03-02T00:00:00Z' }))).toBe('missingField');
    expect(codeOf(() => goalProgress({ ...local, deadline: undefined, now: '2027-03-02T00:00:00Z' }))).toBe('missingField');
    expect(codeOf(() => goalProgress({ ...local, start: '2027-03-01T00:00:00Z', now: '2027-03-02T00:00:00Z' }))).toBe('invalidType');
    expect(codeOf(() => goalProgress({ ...base, start: '2027-01-01' }))).toBe('invalidType');
    expect(codeOf(() => goalProgress({ ...local, timeZone: '+01:00', now: '2027-03-02T00:00:00Z' }))).not.toBe('');
  });
});
