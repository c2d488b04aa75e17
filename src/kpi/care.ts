import { type Ratio, ratio } from '../core/index.js';
import { finiteNumber } from '../core/internal.js';
import { countArgs, listArg } from './internal/args.js';

/**
 * Response rate of customer care: the share of the messages received that got
 * a reply. Meta's "Very responsive" page badge asks for 90 % or more.
 *
 * Formula: replied / received. Unit: a fraction.
 * Source: https://wf.clearlyrated.com/glossary/response-rate ("(150 / 1,000) × 100 = 15%");
 * Meta's badge rule as quoted by https://icuc.social/resources/uncategorized/facebook-and-customer-service-are-you-responding-fast-enough
 *
 * @param input - messages `replied` to and messages `received` over the same period
 * @returns the rate, or `null` when nothing was received
 * @throws {ValidationError} when a field is not a whole number ≥ 0
 * @example
 * responseRate({ replied: 150, received: 1000 }); // 0.15
 */
export function responseRate(input: { replied: number; received: number }): Ratio {
  const [replied, received] = countArgs(input, 'responseRate', ['replied', 'received']) as [number, number];
  return ratio(replied, received);
}

/** The result of {@link firstResponseTime}, in seconds. */
export interface FirstResponseTime {
  /** The arithmetic mean, or `null` when there is no duration. Pulled up by the few messages answered days later. */
  mean: number | null;
  /** The median (the mean of the two middle values for an even count), or `null` when there is no duration: what practitioners trust. */
  median: number | null;
  /** How many durations were given. */
  count: number;
}

/**
 * Summarizes first response times of customer care: mean, median and count.
 * Report the median: one message answered after a weekend moves the mean by
 * hours and the median not at all.
 *
 * Formulas: mean = Σ tᵢ / n; median = the middle value of the sorted times
 * (the mean of the two middle ones when n is even). Unit: seconds.
 * Source: https://socialrails.com/social-media-terms/average-response-time ("(5 + 10 + 15) ÷ 3 = 10 minutes")
 *
 * @param durations - the time to first response of each conversation, in seconds (finite, ≥ 0)
 * @returns `{ mean, median, count }`, means and medians `null` for an empty list
 * @throws {ValidationError} when durations is not a list or a duration is not a finite number ≥ 0
 * @example
 * firstResponseTime([300, 600, 900]); // { mean: 600, median: 600, count: 3 }
 * firstResponseTime([60, 120, 180, 86400]); // { mean: 21690, median: 150, count: 4 }
 */
export function firstResponseTime(durations: readonly number[]): FirstResponseTime {
  const list = listArg(durations, 'durations');
  const sorted = new Float64Array(list.length);
  let sum = 0;
  let running = 0;
  for (let i = 0; i < list.length; i += 1) {
    const t = finiteNumber(list[i], ['durations', i], { min: 0 });
    sorted[i] = t;
    sum += t;
    // A running mean never overflows, even for durations near Number.MAX_VALUE; used only when the sum does.
    running += (t - running) / (i + 1);
  }
  const n = sorted.length;
  if (n === 0) return { mean: null, median: null, count: 0 };
  const mean = Number.isFinite(sum) ? sum / n : running;
  sorted.sort();
  const middle = n >> 1;
  const median = n % 2 === 1 ? (sorted[middle] as number) : (sorted[middle - 1] as number) / 2 + (sorted[middle] as number) / 2;
  return { mean, median, count: n };
}
