import { type InstantInput } from '../core/index.js';
import { instantRange } from '../core/internal.js';
import { compilePattern, seriesInstants } from './slot-engine.js';
import { parseSlotPattern, type SlotPatternInput } from './slot-pattern.js';

/** The range of instants {@link expandSlots} returns: `from` inclusive, `to` exclusive. */
export interface ExpandSlotsOptions {
  /** The first instant of the range (a `Date` or an ISO 8601 string with an offset). */
  from: InstantInput;
  /** The first instant after the range. */
  to: InstantInput;
}

/**
 * The instants of a slot pattern within a range, in order.
 *
 * Each slot is a local date and a local time in the pattern's zone, turned
 * into an instant with core's `fromLocal` rules: 09:00 Europe/Paris is 09:00
 * on the wall clock on both sides of a DST change; a local time that does not
 * exist (in the spring gap) moves forward by the length of the gap (02:30 on
 * 28 March 2027 in Paris is 03:30 CEST); a local time that exists twice (in
 * the autumn fold) takes its first occurrence (02:30 on 31 October 2027 in
 * Paris is 02:30 CEST, 00:30 UTC). Those are RFC 5545's rules. Two local times
 * that a gap sends to the same instant give it once, and `count` counts
 * distinct instants. Slots exist in local years 0001–9999.
 *
 * @param pattern - the slot pattern (see `SlotPatternSchema`)
 * @param options - `{ from, to }`: instants, `from` inclusive, `to` exclusive
 * @returns new `Date`s, ascending, distinct
 * @throws {ValidationError} for a malformed pattern (naming the field: `start` when `count` or a weekly `interval` lacks it), a bad range, `rangeTooLarge` when the walk covers more than 100 years of local days, `tooManyInstants` beyond a million instants
 * @example
 * expandSlots(
 *   { kind: 'weekly', weekdays: ['sun'], times: ['09:00'], timeZone: 'Europe/Paris' },
 *   { from: '2027-03-21T00:00:00Z', to: '2027-04-01T00:00:00Z' },
 * ).map((d) => d.toISOString());
 * // ['2027-03-21T08:00:00.000Z', '2027-03-28T07:00:00.000Z'] (09:00 CET, then 09:00 CEST)
 */
export function expandSlots(pattern: SlotPatternInput, options: ExpandSlotsOptions): Date[] {
  const parsed = parseSlotPattern(pattern);
  const range = instantRange(options);
  const { ms } = seriesInstants(compilePattern(parsed), { fromMs: range.from.getTime(), toMs: range.to.getTime(), path: ['to'] });
  const out = new Array<Date>(ms.length);
  for (let i = 0; i < ms.length; i += 1) out[i] = new Date(ms[i] as number);
  return out;
}
