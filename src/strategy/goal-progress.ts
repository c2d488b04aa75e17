import * as z from 'zod';
import { fromLocal, InstantSchema, LocalDateSchema, TimeZoneSchema } from '../core/index.js';
import { arrayArgument, DAY_MS, finiteNumber, finiteResult, formatDay, fraction, instant, invalid, objectArgument, parseDay, parseWithSchema, studentTCdf } from '../core/internal.js';
import { fitLinearTrend, predictTrend } from './linear-trend.js';
import { metricObservations } from './metric-observation.js';

/** Where a goal stands against where it should be: `'ahead'`, `'onTrack'`, `'behind'` or `'atRisk'`. */
export type GoalStatus = 'ahead' | 'onTrack' | 'behind' | 'atRisk';

/**
 * A point of a seasonal progress curve: by `at` (a `Date` or an ISO 8601
 * string with an offset, from `start` to `end`), `share` (0 to 1) of the way
 * from baseline to target is expected.
 *
 * @example
 * ProgressCurvePointSchema.parse({ at: '2027-06-30T22:00:00Z', share: 0.3 }).share; // 0.3
 */
export const ProgressCurvePointSchema = z.strictObject({ at: InstantSchema, share: z.number() });

/** A point of a progress curve (see {@link ProgressCurvePointSchema}). */
export type ProgressCurvePoint = z.input<typeof ProgressCurvePointSchema>;

/**
 * Status thresholds of {@link goalProgress}, as margins of `gap = attainment −
 * expectedShare` (shares of the way from baseline to target: 0.05 is 5
 * points): `'ahead'` when the gap is above `aheadMargin` (default 0.05),
 * `'onTrack'` while it is at least −`behindMargin` (default 0.05), `'behind'`
 * while it is at least −`atRiskMargin` (default 0.2; not below
 * `behindMargin`), `'atRisk'` below.
 *
 * @example
 * GoalStatusThresholdsSchema.parse({ aheadMargin: 0.1 }); // { aheadMargin: 0.1 }
 */
export const GoalStatusThresholdsSchema = z.strictObject({
  aheadMargin: z.number().optional(),
  behindMargin: z.number().optional(),
  atRiskMargin: z.number().optional(),
});

/** Status thresholds (see {@link GoalStatusThresholdsSchema}). */
export type GoalStatusThresholds = z.input<typeof GoalStatusThresholdsSchema>;

const ObservationSchema = z.strictObject({ at: InstantSchema, value: z.number() });

/**
 * The input of {@link goalProgress}: the KPI's `baseline` when the goal
 * started, the `target` to reach by `end` (below `baseline` for a goal that
 * goes down), its `current` value, `start`, `end` and `now` (the moment of the
 * report: socialkit reads no clock). The period is given in one of two forms:
 * `start` and `end` as instants, or, as an `Objective` carries it, `start` and
 * `deadline` as local dates `'YYYY-MM-DD'` with their `timeZone` (from local
 * midnight of `start` to the local midnight after `deadline`: the deadline day
 * is included); giving both forms is `invalidValue`. Optionally a seasonal `curve` (points in
 * increasing `at`, shares not decreasing; `(start, 0)` and `(end, 1)` are
 * implied; linear when absent), a `series` of measurements (two or more, at
 * two different instants at least) for the forecast, status `thresholds`, and
 * the `predictionLevel` of the forecast's interval (0 < level < 1, default 0.8).
 *
 * @example
 * GoalProgressInputSchema.parse({ baseline: 1000, target: 2000, current: 1400, start: '2027-01-01T00:00:00Z', end: '2027-12-31T00:00:00Z', now: '2027-06-01T00:00:00Z' }).current; // 1400
 */
export const GoalProgressInputSchema = z.strictObject({
  baseline: z.number(),
  target: z.number(),
  current: z.number(),
  start: z.union([LocalDateSchema, InstantSchema]),
  end: InstantSchema.optional(),
  deadline: LocalDateSchema.optional(),
  timeZone: TimeZoneSchema.optional(),
  now: InstantSchema,
  curve: z.array(ProgressCurvePointSchema).max(10_000).readonly().optional(),
  series: z.array(ObservationSchema).max(1_000_000).readonly().optional(),
  thresholds: GoalStatusThresholdsSchema.optional(),
  predictionLevel: z.number().optional(),
});

/** The input of {@link goalProgress} (see {@link GoalProgressInputSchema}). */
export type GoalProgressInput = z.input<typeof GoalProgressInputSchema>;

/**
 * Parses a {@link GoalProgressInput}, listing every problem of its shape (up to 100) with its path.
 *
 * @param input - the candidate
 * @returns the parsed input (instants as new `Date`s)
 * @throws {ValidationError} with every problem found
 * @example
 * parseGoalProgressInput({ baseline: 1 }); // throws ValidationError: target, current, start, end and now are required
 */
export function parseGoalProgressInput(input: unknown): z.output<typeof GoalProgressInputSchema> {
  return parseWithSchema(GoalProgressInputSchema, input, { name: 'goalProgress input' });
}

/** The least-squares forecast of {@link GoalForecast}. */
export interface TrendForecast {
  /** The trend's value at the deadline. */
  value: number;
  /** Lower end of the prediction interval at the deadline (null with only two points). */
  lower: number | null;
  /** Upper end of the prediction interval at the deadline (null with only two points). */
  upper: number | null;
  /** The interval's coverage (0.8 by default). */
  level: number;
  /** The trend's slope, per day. */
  slopePerDay: number;
  /** Degrees of freedom of the interval, `points − 2`. */
  degreesOfFreedom: number;
  /** `value`'s attainment: `(value − baseline) / (target − baseline)`. */
  attainment: number;
  /**
   * Under the linear model with normal errors, the probability that the
   * KPI at the deadline is at or beyond the target (null with only two points).
   */
  chanceOfTarget: number | null;
}

/** The run-rate forecast of {@link GoalForecast}. */
export interface RunRateForecast {
  /** The value at the deadline if the pace between the first and the last measurement goes on. */
  value: number;
  /** That pace, per day. */
  pacePerDay: number;
  /** `value`'s attainment. */
  attainment: number;
}

/** Where the KPI is heading at the deadline. */
export interface GoalForecast {
  /** The deadline. */
  at: Date;
  /** How many measurements the forecast rests on. */
  points: number;
  /** The least-squares trend with its prediction interval. */
  trend: TrendForecast;
  /** The plain run rate. */
  runRate: RunRateForecast;
}

/** The result of {@link goalProgress}. */
export interface GoalProgress {
  /** `'increase'` when the target is above the baseline, `'decrease'` when below. */
  direction: 'increase' | 'decrease';
  /** The share of the way from baseline to target covered: `(current − baseline) / (target − baseline)`; not clamped (above 1 is beyond the target, below 0 is backwards). */
  attainment: number;
  /** `target − current`: what remains, in the KPI's unit (signed). */
  remaining: number;
  /** The share of the time from `start` to `end` elapsed at `now`, from 0 to 1. */
  elapsed: number;
  /** The share of the way expected by `now` (the elapsed share, or the curve at `now`). */
  expectedShare: number;
  /** The value expected by `now`: `baseline + expectedShare × (target − baseline)`. */
  expectedValue: number;
  /** `attainment − expectedShare`. */
  gap: number;
  /** The status, from `gap` and the thresholds. */
  status: GoalStatus;
  /** Whether the target is reached (`attainment ≥ 1`). */
  achieved: boolean;
  /** The forecast at the deadline, or null without `series`. */
  forecast: GoalForecast | null;
}

/**
 * The period of a goal in milliseconds, from either form of {@link GoalProgressInput}.
 *
 * @param args - the parsed input
 * @returns the start and the end, in milliseconds
 */
function goalPeriod(args: z.output<typeof GoalProgressInputSchema>): [number, number] {
  const { start, end, deadline, timeZone } = args;
  if (end !== undefined) {
    if (deadline !== undefined || timeZone !== undefined) {
      const extra = deadline !== undefined ? 'deadline' : 'timeZone';
      throw invalid('invalidValue', `give the period either as instants (start, end) or as local dates (start, deadline, timeZone), not both: remove ${extra} or end`, extra);
    }
    if (typeof start === 'string') {
      throw invalid('invalidType', `start is a local date (${start}) but end is an instant: give start as an instant with its offset, or the deadline as a local date with a timeZone`, 'start');
    }
    return [start.getTime(), end.getTime()];
  }
  if (deadline === undefined) throw invalid('missingField', 'the period needs its end: end (an instant), or deadline (a local date) with a timeZone', 'end');
  if (timeZone === undefined) throw invalid('missingField', `deadline ${deadline} is a local date: give its timeZone (an IANA name such as 'Europe/Paris')`, 'timeZone');
  if (typeof start !== 'string') {
    throw invalid('invalidType', 'with a deadline, start is a local date too (YYYY-MM-DD, as an Objective carries it)', 'start');
  }
  const from = fromLocal(start, '00:00', timeZone).getTime();
  const to = fromLocal(formatDay(parseDay(deadline) + 1), '00:00', timeZone).getTime();
  return [from, to];
}

/**
 * Reports a goal's progress: how far it has come, how far it should have
 * come, its status, and where it is heading.
 *
 * - `attainment = (current − baseline) / (target − baseline)`: it works the
 *   same for a goal that goes down (a CPA from 12 € to 8 €: at 10 €, 0.5).
 * - `expectedShare`: the elapsed share of `[start, end]` at `now`
 *   (`(now − start) / (end − start)`, clamped to 0…1), or, with `curve`, the
 *   curve through `(start, 0)`, its points and `(end, 1)`, interpolated
 *   linearly at `now`.
 * - `status` from `gap = attainment − expectedShare`: `'ahead'` when
 *   `gap > aheadMargin`, `'onTrack'` when `gap ≥ −behindMargin`, `'behind'`
 *   when `gap ≥ −atRiskMargin`, `'atRisk'` otherwise (defaults 0.05, 0.05, 0.2).
 *   A better `current` never gives a worse status.
 * - `forecast`, with `series`: x is days since `start`, y the values.
 *   Ordinary least squares `y = b₀ + b₁x` predicts the deadline,
 *   `ŷ = b₀ + b₁x_end`, with the prediction interval of a new observation
 *   `ŷ ± t(1 − α/2, n − 2) · s · √(1 + 1/n + (x_end − x̄)² / Sxx)`,
 *   `s² = Σ(y − ŷᵢ)² / (n − 2)`, `α = 1 − predictionLevel`, t being Student's
 *   quantile (no interval with two points). The run rate carries on the pace
 *   between the first and the last measurement:
 *   `v_last + (v_last − v_first) / (t_last − t_first) × (end − t_last)`.
 *
 * @param input - `baseline`, `target`, `current`, `start` and `end` (instants) or `start`, `deadline` and `timeZone` (local dates), `now`, and optionally `curve`, `series`, `thresholds`, `predictionLevel`
 * @returns the progress report
 * @throws {ValidationError} for a non-finite number, a bad instant, `end` not after `start` (`invalidRange`),
 *   `target` equal to `baseline` (`targetEqualsBaseline`), a bad curve (`invalidCurve`), a series of fewer than two
 *   points or all at one instant (`insufficientSeries`), thresholds out of order (`invalidThresholds`)
 * @throws {SocialKitError} `overflow` when the numbers are too large to compute with
 * @example
 * const p = goalProgress({ baseline: 1000, target: 2000, current: 1300,
 *   start: '2027-01-01T00:00:00+01:00', end: '2027-07-01T00:00:00+02:00', now: '2027-03-01T00:00:00+01:00' });
 * p.attainment; // 0.3
 * p.expectedShare.toFixed(3); // '0.326' (59 days of 181)
 * p.status; // 'onTrack'
 * const local = goalProgress({ baseline: 1000, target: 2000, current: 1300,
 *   start: '2027-01-01', deadline: '2027-06-30', timeZone: 'Europe/Paris', now: '2027-03-01T00:00:00+01:00' });
 * local.expectedShare === p.expectedShare; // true
 */
export function goalProgress(input: GoalProgressInput): GoalProgress {
  const args = parseGoalProgressInput(input);
  const { baseline, target, current } = args;
  const [start, end] = goalPeriod(args);
  const now = args.now.getTime();
  if (end <= start) throw invalid('invalidRange', `end (${new Date(end).toISOString()}) must be after start (${new Date(start).toISOString()})`, 'end');
  if (target === baseline) {
    throw invalid(
      'targetEqualsBaseline',
      `target equals baseline (${target}): progress is measured from one to the other, so they must differ`,
      'target',
    );
  }
  const curve = args.curve === undefined ? null : readCurve(args.curve, start, end);
  const thresholds = readThresholds(args.thresholds);
  const level = args.predictionLevel === undefined ? 0.8 : finiteNumber(args.predictionLevel, 'predictionLevel', { min: 0, max: 1, minExclusive: true, maxExclusive: true });
  const series = args.series === undefined ? null : metricObservations(args.series, 'series');

  const span = finiteResult(target - baseline, 'distance from baseline to target');
  const attainmentOf = (value: number): number => finiteResult((value - baseline) / span, 'attainment');
  const attainment = attainmentOf(current);
  const elapsed = Math.min(1, Math.max(0, (now - start) / (end - start)));
  const expectedShare = curve === null ? elapsed : curveShare(curve, now);
  const expectedValue = finiteResult(baseline + expectedShare * span, 'expected value');
  const gap = finiteResult(attainment - expectedShare, 'gap');
  const status: GoalStatus =
    gap > thresholds.ahead ? 'ahead' : gap >= -thresholds.behind ? 'onTrack' : gap >= -thresholds.atRisk ? 'behind' : 'atRisk';

  let forecast: GoalForecast | null = null;
  if (series !== null) {
    if (series.length < 2) throw invalid('insufficientSeries', `series needs two measurements or more for a forecast, got ${series.length}`, 'series');
    const xs = series.map((p) => (p.at.getTime() - start) / DAY_MS);
    const ys = series.map((p) => p.value);
    let firstX = Infinity;
    let lastX = -Infinity;
    for (const x of xs) {
      firstX = Math.min(firstX, x);
      lastX = Math.max(lastX, x);
    }
    if (firstX === lastX) throw invalid('insufficientSeries', 'series needs measurements at two different instants at least', 'series');
    const xEnd = (end - start) / DAY_MS;
    const fit = fitLinearTrend(xs, ys);
    const prediction = predictTrend(fit, xEnd, level);
    const value = finiteResult(prediction.value, 'trend forecast');
    let chanceOfTarget: number | null = null;
    if (prediction.standardError !== null) {
      const se = finiteResult(prediction.standardError, 'standard error of the forecast');
      if (se === 0) chanceOfTarget = (span > 0 ? value >= target : value <= target) ? 1 : 0;
      else {
        const below = studentTCdf((target - value) / se, fit.df);
        chanceOfTarget = span > 0 ? 1 - below : below;
      }
    }
    const firstValue = mean(ys.filter((_, i) => xs[i] === firstX));
    const lastValue = mean(ys.filter((_, i) => xs[i] === lastX));
    const pacePerDay = finiteResult((lastValue - firstValue) / (lastX - firstX), 'run rate');
    const runValue = finiteResult(lastValue + pacePerDay * (xEnd - lastX), 'run-rate forecast');
    forecast = {
      at: new Date(end),
      points: series.length,
      trend: {
        value,
        lower: prediction.lower === null ? null : finiteResult(prediction.lower, 'prediction interval'),
        upper: prediction.upper === null ? null : finiteResult(prediction.upper, 'prediction interval'),
        level,
        slopePerDay: finiteResult(fit.slope, 'trend slope'),
        degreesOfFreedom: fit.df,
        attainment: attainmentOf(value),
        chanceOfTarget,
      },
      runRate: { value: runValue, pacePerDay, attainment: attainmentOf(runValue) },
    };
  }

  return {
    direction: span > 0 ? 'increase' : 'decrease',
    attainment,
    remaining: finiteResult(target - current, 'remaining distance'),
    elapsed,
    expectedShare,
    expectedValue,
    gap,
    status,
    achieved: attainment >= 1,
    forecast,
  };
}

function mean(values: readonly number[]): number {
  let m = 0;
  for (let i = 0; i < values.length; i += 1) m += ((values[i] as number) - m) / (i + 1);
  return m;
}

interface CurvePoint {
  at: number;
  share: number;
}

function readCurve(value: unknown, start: number, end: number): CurvePoint[] {
  const list = arrayArgument(value, 'curve');
  const points: CurvePoint[] = [{ at: start, share: 0 }];
  for (let i = 0; i < list.length; i += 1) {
    const point = objectArgument(list[i], ['curve', i]);
    const at = instant(point.at, ['curve', i, 'at']).getTime();
    const share = fraction(point.share, ['curve', i, 'share']);
    if (at < start || at > end) throw invalid('invalidCurve', `curve[${i}].at must lie between start and end`, ['curve', i, 'at']);
    const previous = points[points.length - 1] as CurvePoint;
    if (at === start) {
      if (share !== 0) throw invalid('invalidCurve', `curve[${i}]: the share at start must be 0, got ${share}`, ['curve', i, 'share']);
      continue;
    }
    if (at <= previous.at) throw invalid('invalidCurve', `curve[${i}].at must come after the previous point`, ['curve', i, 'at']);
    if (share < previous.share) throw invalid('invalidCurve', `curve[${i}].share must not be below the previous share (${previous.share}): the curve is cumulative`, ['curve', i, 'share']);
    if (at === end && share !== 1) throw invalid('invalidCurve', `curve[${i}]: the share at end must be 1, got ${share}`, ['curve', i, 'share']);
    points.push({ at, share });
  }
  if ((points[points.length - 1] as CurvePoint).at !== end) points.push({ at: end, share: 1 });
  return points;
}

function curveShare(points: readonly CurvePoint[], now: number): number {
  const first = points[0] as CurvePoint;
  if (now <= first.at) return 0;
  for (let i = 1; i < points.length; i += 1) {
    const b = points[i] as CurvePoint;
    if (now <= b.at) {
      const a = points[i - 1] as CurvePoint;
      return a.share + ((b.share - a.share) * (now - a.at)) / (b.at - a.at);
    }
  }
  return 1;
}

function readThresholds(value: unknown): { ahead: number; behind: number; atRisk: number } {
  if (value === undefined) return { ahead: 0.05, behind: 0.05, atRisk: 0.2 };
  const t = objectArgument(value, 'thresholds');
  const ahead = t.aheadMargin === undefined ? 0.05 : finiteNumber(t.aheadMargin, ['thresholds', 'aheadMargin'], { min: 0 });
  const behind = t.behindMargin === undefined ? 0.05 : finiteNumber(t.behindMargin, ['thresholds', 'behindMargin'], { min: 0 });
  const atRisk = t.atRiskMargin === undefined ? Math.max(0.2, behind) : finiteNumber(t.atRiskMargin, ['thresholds', 'atRiskMargin'], { min: 0 });
  if (atRisk < behind) {
    throw invalid('invalidThresholds', `thresholds.atRiskMargin (${atRisk}) must not be below thresholds.behindMargin (${behind})`, ['thresholds', 'atRiskMargin']);
  }
  return { ahead, behind, atRisk };
}
