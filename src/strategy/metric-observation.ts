import { type InstantInput, type PathInput } from '../core/index.js';
import { arrayArgument, finiteNumber, instant, objectArgument, pathArgument } from '../core/internal.js';

/** One measurement of a metric: its value at an instant. */
export interface MetricObservation {
  /** When it was measured. */
  at: Date;
  /** The measured value (finite). */
  value: number;
}

/** A {@link MetricObservation} as accepted on input: `at` may be an ISO 8601 string with an offset. */
export interface MetricObservationInput {
  /** When it was measured: a `Date` or an ISO 8601 string with `Z` or an offset. */
  at: InstantInput;
  /** The measured value (finite). */
  value: number;
}

/**
 * Checks a list of observations and returns new ones, in input order.
 *
 * @param value - the candidate list
 * @param path - the field it came from
 * @returns the observations, with `at` as new `Date`s
 * @throws {ValidationError} for a list that is not an array, an entry that is not an object, a bad instant or a non-finite value
 * @example
 * metricObservations([{ at: '2027-01-31T00:00:00Z', value: 1200 }])[0].value; // 1200
 */
export function metricObservations(value: unknown, path: PathInput = 'series'): MetricObservation[] {
  const base = pathArgument(path);
  const list = arrayArgument(value, base);
  const out: MetricObservation[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const point = objectArgument(list[i], [...base, i]);
    out.push({ at: instant(point.at, [...base, i, 'at']), value: finiteNumber(point.value, [...base, i, 'value']) });
  }
  return out;
}
