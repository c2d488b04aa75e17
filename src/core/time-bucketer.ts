/**
 * Bucketing many instants into local day, ISO week and month keys of one zone, fast and cached.
 *
 * @module
 */
import { timeZone } from './time-zone.js';
import { zoneClock } from './zone-clock.js';

/** Fast, cached bucketing of instants into local day, ISO week and month keys in one zone. */
export interface TimeBucketer {
  /** The zone this bucketer works in. */
  readonly timeZone: string;
  /** `'YYYY-MM-DD'` of an instant given in milliseconds since the epoch. */
  day(ms: number): string;
  /** `'YYYY-Www'` (ISO week-numbering year and week) of an instant in milliseconds. */
  week(ms: number): string;
  /** `'YYYY-MM'` of an instant in milliseconds. */
  month(ms: number): string;
}

/**
 * Creates a bucketer for bulk work (a million posts): it caches the zone's
 * offset per UTC hour and the keys per local day, so each instant costs two
 * map lookups. It gives the same keys as {@link toLocalDate},
 * {@link isoWeekKey} and {@link monthKey} (a property test checks this). An
 * hour whose start and end have different offsets (a DST change) is never
 * cached, so transitions at any minute are exact.
 *
 * @param zone - an IANA time zone
 * @returns the bucketer
 * @throws {ValidationError} for an invalid zone
 * @example
 * const b = createTimeBucketer('Europe/Paris');
 * b.week(Date.parse('2027-01-01T12:00:00Z')); // '2026-W53'
 */
export function createTimeBucketer(zone: string): TimeBucketer {
  const clock = zoneClock(timeZone(zone));
  return {
    timeZone: clock.zone,
    day: (ms) => clock.keys(ms).day,
    week: (ms) => clock.keys(ms).week,
    month: (ms) => clock.keys(ms).month,
  };
}

