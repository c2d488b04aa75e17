import { type Weekday, WEEKDAYS } from '../core/index.js';
import { arrayArgument, finiteNumber, fraction, invalid, localTime, objectArgument, readOptions, weekday as checkWeekday } from '../core/internal.js';
import type { PostingWindow } from './best-posting-windows.js';

/** Options of {@link blendPostingWindows}. */
export interface BlendPostingWindowsOptions {
  /** History's share of the blend, from 0 (audience activity only) to 1 (history only). */
  weight: number;
}

/**
 * Blends the windows learnt from the account's history with those of its
 * personas' audience activity, for an account with little history: each
 * list's scores are divided by that list's largest score (so both run from
 * 0 to 1 whatever their units), and a window's blended score is
 * `weight × history + (1 − weight) × audience`, a window missing from one
 * list counting 0 there. Windows are matched on weekday and time; the
 * result lists every window of either list with a blended score above 0,
 * best first (ties by position in the week).
 *
 * @param fromHistory - windows from `postingWindowsFromHistory` (its `windows`)
 * @param fromAudience - windows from `bestPostingWindows` over an `audienceActivity`
 * @param options - `weight`, history's share, from 0 to 1 (required)
 * @returns the blended windows, best first
 * @throws {ValidationError} when a list is not an array of windows (`weekday`, `time` 'HH:mm', `score` finite ≥ 0), a list names a window twice, or `weight` is not in [0, 1]
 * @example
 * const history = [{ weekday: 'tue', time: '09:00', score: 0.06 }, { weekday: 'thu', time: '18:00', score: 0.03 }];
 * const audience = [{ weekday: 'thu', time: '18:00', score: 5 }, { weekday: 'sat', time: '10:00', score: 4 }];
 * blendPostingWindows(history, audience, { weight: 0.5 });
 * // [{ weekday: 'thu', time: '18:00', score: 0.75 }, { weekday: 'tue', time: '09:00', score: 0.5 }, { weekday: 'sat', time: '10:00', score: 0.4 }]
 */
export function blendPostingWindows(fromHistory: readonly PostingWindow[], fromAudience: readonly PostingWindow[], options: BlendPostingWindowsOptions): PostingWindow[] {
  const history = readWindows(fromHistory, 'fromHistory');
  const audience = readWindows(fromAudience, 'fromAudience');
  const opts = readOptions<BlendPostingWindowsOptions>(options, 'options', ['weight']);
  if (opts.weight === undefined) throw invalid('missingField', "options.weight is required: history's share of the blend, from 0 to 1", ['options', 'weight']);
  const weight = fraction(opts.weight, ['options', 'weight']);
  const blended = new Map<string, { weekday: Weekday; time: string; score: number; order: number }>();
  for (const [list, share] of [
    [history, weight],
    [audience, 1 - weight],
  ] as const) {
    let max = 0;
    for (const w of list) if (w.score > max) max = w.score;
    if (max === 0) continue;
    for (const w of list) {
      const key = `${w.weekday} ${w.time}`;
      const entry = blended.get(key) ?? { weekday: w.weekday, time: w.time, score: 0, order: WEEKDAYS.indexOf(w.weekday) * 1440 + minutes(w.time) };
      entry.score += share * (w.score / max);
      blended.set(key, entry);
    }
  }
  return [...blended.values()]
    .filter((w) => w.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((w) => ({ weekday: w.weekday, time: w.time, score: w.score }));
}

interface Window {
  weekday: Weekday;
  time: string;
  score: number;
}

function readWindows(value: unknown, name: string): Window[] {
  const list = arrayArgument(value, name);
  const seen = new Set<string>();
  const windows: Window[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const w = objectArgument(list[i], [name, i]);
    const day = checkWeekday(w.weekday, [name, i, 'weekday']);
    const time = localTime(w.time, [name, i, 'time']);
    const score = finiteNumber(w.score, [name, i, 'score'], { min: 0 });
    const key = `${day} ${time}`;
    if (seen.has(key)) throw invalid('duplicate', `${name} lists ${day} ${time} twice: give each weekday and time once`, [name, i]);
    seen.add(key);
    windows.push({ weekday: day, time, score });
  }
  return windows;
}

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}
