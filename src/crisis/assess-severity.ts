import { arrayArgument, booleanArgument, count, describeValue, finiteNumber, fraction, invalid, objectArgument } from '../core/internal.js';
import { readOptions } from './read-options.js';

/** A crisis level, from 1 (critical) to 4 (minor). (Core's `Severity` names a finding's severity.) */
export type CrisisLevel = 1 | 2 | 3 | 4;

/** The signals {@link assessSeverity} reads; each is optional. */
export interface SeveritySignals {
  /** Mentions now over the expected count (a spike's `count / expected`), ≥ 0. */
  volumeRatio?: number;
  /** Negative share of the mentions, 0 to 1. */
  negativeShare?: number;
  /** Mentions per hour at the peak, ≥ 0. */
  velocity?: number;
  /** The largest audience (followers) of one author who relays it, a count. */
  authorReach?: number;
  /** Newspapers, radio or TV have picked it up. */
  mediaPickup?: boolean;
  /** Health, safety or legal exposure (injury, contamination, discrimination, a lawsuit). */
  safetyOrLegal?: boolean;
  /** On how many platforms it is discussed, a count. */
  platforms?: number;
}

/** A signal's name. */
export type SeveritySignal = keyof SeveritySignals;

/** The thresholds of a numeric signal: the values from which it reaches levels 1, 2 and 3. */
export type SeverityThresholds = readonly [level1: number, level2: number, level3: number];

/** Options of {@link assessSeverity}. */
export interface AssessSeverityOptions {
  /** Thresholds per numeric signal (see {@link SEVERITY_THRESHOLDS} for the defaults). */
  thresholds?: Partial<Record<'volumeRatio' | 'negativeShare' | 'velocity' | 'authorReach' | 'platforms', SeverityThresholds>>;
  /** Weight per signal, 0 to 1 (default 1): a factor counts `weight × (4 − level)` severity points; 0 ignores the signal. */
  weights?: Partial<Record<SeveritySignal, number>>;
  /** Signals whose value is uncertain (an estimate, a partial count). */
  uncertain?: readonly SeveritySignal[];
  /** The signals the team tracks (default: all seven): one left out is a doubt. */
  tracked?: readonly SeveritySignal[];
}

/** One signal's part in the assessment. */
export interface SeverityFactor {
  /** The signal. */
  signal: SeveritySignal | 'doubt';
  /** Its value, or null when missing. */
  value: number | boolean | null;
  /** The level it alone reaches (4 when it is below every threshold), or null for a missing one. */
  level: CrisisLevel | null;
  /** Why, in words. */
  reason: string;
}

/** What {@link assessSeverity} returns. */
export interface SeverityAssessment {
  /** The crisis level. */
  level: CrisisLevel;
  /** The factors that drove it, most severe first (signals below every threshold are left out). */
  factors: SeverityFactor[];
}

/**
 * The default thresholds, for a small or medium brand (a bakery chain, a
 * regional retailer): from `[level1, level2, level3]` on, a signal reaches
 * that level. Volume ratio ×10 / ×5 / ×2; negative share 70 % / 50 % / 30 %;
 * velocity 1,000 / 200 / 50 mentions an hour; author reach 1,000,000 /
 * 100,000 / 10,000 followers; platforms 5 / 3 / 2. Media pickup reaches
 * level 2, a safety or legal exposure level 1.
 *
 * @example
 * SEVERITY_THRESHOLDS.volumeRatio; // [10, 5, 2]
 */
export const SEVERITY_THRESHOLDS: Readonly<Record<'volumeRatio' | 'negativeShare' | 'velocity' | 'authorReach' | 'platforms', SeverityThresholds>> = Object.freeze({
  volumeRatio: Object.freeze([10, 5, 2] as const),
  negativeShare: Object.freeze([0.7, 0.5, 0.3] as const),
  velocity: Object.freeze([1000, 200, 50] as const),
  authorReach: Object.freeze([1_000_000, 100_000, 10_000] as const),
  platforms: Object.freeze([5, 3, 2] as const),
});

const SIGNALS: readonly SeveritySignal[] = ['volumeRatio', 'negativeShare', 'velocity', 'authorReach', 'mediaPickup', 'safetyOrLegal', 'platforms'];
const NUMERIC = ['volumeRatio', 'negativeShare', 'velocity', 'authorReach', 'platforms'] as const;

function readSignalList(value: unknown, path: readonly (string | number)[], fallback: readonly SeveritySignal[]): readonly SeveritySignal[] {
  if (value === undefined) return fallback;
  const list = arrayArgument(value, path);
  return list.map((v, i) => {
    if (typeof v === 'string' && (SIGNALS as readonly string[]).includes(v)) return v as SeveritySignal;
    throw invalid('unknownSignal', `${[...path, i].join('.')} must be one of ${SIGNALS.join(', ')}, got ${describeValue(v)}`, [...path, i]);
  });
}

/**
 * Assesses a crisis's level from its signals. Each signal reaches a level by
 * its thresholds ({@link SEVERITY_THRESHOLDS}); a factor counts
 * `weight × (4 − level)` severity points and the level is `4 − round(max
 * points)`: the most severe weighted factor decides, as in PagerDuty's
 * incident-response severity table. When a tracked signal is missing or
 * uncertain, the level moves one step toward severe, at most one step
 * whatever the number of doubts (PagerDuty's incident-response guide: "when
 * in doubt, treat it as the higher severity",
 * https://response.pagerduty.com/before/severity_levels/).
 *
 * @param signals - `{ volumeRatio, negativeShare, velocity, authorReach, mediaPickup, safetyOrLegal, platforms }`, each optional
 * @param options - `thresholds`, `weights`, `uncertain`, `tracked`
 * @returns `{ level, factors }`
 * @throws {ValidationError} for a signal or option out of range, `unknownSignal`, `unknownKey`
 * @example
 * const all = { volumeRatio: 6, negativeShare: 0.4, velocity: 120, authorReach: 5000, mediaPickup: false, safetyOrLegal: false, platforms: 2 };
 * assessSeverity(all).level; // 2
 * assessSeverity({ ...all, safetyOrLegal: true }).level; // 1
 * assessSeverity({ volumeRatio: 6 }).level; // 1 (level 2, one step more severe: six signals are missing)
 */
export function assessSeverity(signals: SeveritySignals, options?: AssessSeverityOptions): SeverityAssessment {
  const s = readOptions(objectArgument(signals, 'signals'), 'signals', SIGNALS);
  const o = readOptions(options, 'options', ['thresholds', 'weights', 'uncertain', 'tracked']);
  const thresholdsIn = readOptions(o.thresholds, 'thresholds', NUMERIC);
  const weightsIn = readOptions(o.weights, 'weights', SIGNALS);
  const uncertain = readSignalList(o.uncertain, ['options', 'uncertain'], []);
  const tracked = readSignalList(o.tracked, ['options', 'tracked'], SIGNALS);
  const factors: SeverityFactor[] = [];
  let points = 0;
  const weight = (signal: SeveritySignal): number =>
    weightsIn[signal] === undefined ? 1 : finiteNumber(weightsIn[signal], ['options', 'weights', signal], { min: 0, max: 1 });
  const consider = (signal: SeveritySignal, value: number | boolean, level: CrisisLevel, reason: string): void => {
    points = Math.max(points, weight(signal) * (4 - level));
    if (level < 4) factors.push({ signal, value, level, reason });
  };
  const thresholds = { ...SEVERITY_THRESHOLDS } as Record<(typeof NUMERIC)[number], readonly number[]>;
  for (const signal of NUMERIC) {
    if (thresholdsIn[signal] === undefined) continue;
    const t = arrayArgument(thresholdsIn[signal], ['options', 'thresholds', signal]);
    if (t.length !== 3) throw invalid('invalidThresholds', `options.thresholds.${signal} must be three numbers [level1, level2, level3], got ${describeValue(t)}`, ['options', 'thresholds', signal]);
    const cuts = t.map((v, i) => finiteNumber(v, ['options', 'thresholds', signal, i]));
    if (!((cuts[0] as number) >= (cuts[1] as number) && (cuts[1] as number) >= (cuts[2] as number))) {
      throw invalid('invalidThresholds', `options.thresholds.${signal} must go down from level 1 to level 3, got [${cuts.join(', ')}]`, ['options', 'thresholds', signal]);
    }
    thresholds[signal] = cuts;
  }
  for (const signal of NUMERIC) {
    const raw = s[signal];
    if (raw === undefined) continue;
    const path = ['signals', signal];
    const value =
      signal === 'negativeShare' ? fraction(raw, path) : signal === 'authorReach' || signal === 'platforms' ? count(raw, path) : finiteNumber(raw, path, { min: 0 });
    const cuts = thresholds[signal];
    const level = (value >= (cuts[0] as number) ? 1 : value >= (cuts[1] as number) ? 2 : value >= (cuts[2] as number) ? 3 : 4);
    consider(signal, value, level, level < 4 ? `${signal} ${value} reaches level ${level} (from ${cuts[level - 1]})` : '');
  }
  const mediaPickup = s.mediaPickup === undefined ? undefined : booleanArgument(s.mediaPickup, ['signals', 'mediaPickup'], false);
  if (mediaPickup !== undefined) consider('mediaPickup', mediaPickup, mediaPickup ? 2 : 4, 'the media have picked it up: level 2');
  const safety = s.safetyOrLegal === undefined ? undefined : booleanArgument(s.safetyOrLegal, ['signals', 'safetyOrLegal'], false);
  if (safety !== undefined) consider('safetyOrLegal', safety, safety ? 1 : 4, 'health, safety or legal exposure: level 1');
  factors.sort((a, b) => (a.level ?? 5) - (b.level ?? 5));
  let level = Math.min(4, Math.max(1, 4 - Math.round(points))) as CrisisLevel;
  const missing = tracked.filter((signal) => s[signal] === undefined && weight(signal) > 0);
  const doubts = [...new Set([...missing, ...uncertain.filter((u) => weight(u) > 0)])];
  if (doubts.length > 0) {
    const before = level;
    if (level > 1) level = (level - 1) as CrisisLevel;
    for (const signal of doubts) {
      factors.push({
        signal,
        value: s[signal] === undefined ? null : (s[signal] as number | boolean),
        level: null,
        reason: `${signal} is ${s[signal] === undefined ? 'missing' : 'uncertain'}`,
      });
    }
    factors.push({
      signal: 'doubt',
      value: doubts.length,
      level,
      reason: before === level ? 'in doubt, but already at level 1' : `in doubt (${doubts.join(', ')}): one step more severe, from level ${before} to ${level}`,
    });
  }
  return { level, factors };
}
