import { DAY_MS, formatDay, formatMinutes, invalid, LAST_DAY } from '../core/internal.js';
import { compilePattern, forEachPatternDay, MAX_SPAN_DAYS, seriesInstants, type CompiledPattern } from './slot-engine.js';
import { parseSlotPattern, type SlotPatternInput } from './slot-pattern.js';

/** One RFC 5545 recurrence as two whole property lines. */
export interface RRuleLines {
  /** `DTSTART;TZID=Europe/Paris:20270104T090000` (or `DTSTART:20270104T090000Z` in UTC): the rule's first instance. */
  dtstart: string;
  /** `RRULE:FREQ=WEEKLY;BYDAY=MO,TH`, with `UNTIL` in UTC when the series ends. */
  rrule: string;
}

const RFC_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

function compact(localDate: string, minutes: number): string {
  return `${localDate.replaceAll('-', '')}T${formatMinutes(minutes).replace(':', '')}00`;
}

function utcStamp(ms: number): string {
  // 'YYYY-MM-DDTHH:mm:ss.sssZ' → 'YYYYMMDDTHHmmssZ'
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

function ruleBody(c: CompiledPattern): string {
  switch (c.kind) {
    case 'weekly': {
      const days = c.weekdays.map((d) => RFC_DAYS[d]).join(',');
      return c.every > 1 ? `FREQ=WEEKLY;INTERVAL=${c.every};BYDAY=${days};WKST=MO` : `FREQ=WEEKLY;BYDAY=${days}`;
    }
    case 'interval':
      return c.every > 1 ? `FREQ=DAILY;INTERVAL=${c.every}` : 'FREQ=DAILY';
    case 'monthlyDay':
      return `FREQ=MONTHLY;BYMONTHDAY=${c.monthDay}`;
    case "monthlyNth":
      return `FREQ=MONTHLY;BYDAY=${c.nth}${RFC_DAYS[c.nthWeekday]}`;
  }
}

/**
 * Writes a slot pattern as RFC 5545 recurrence rules: one `{ dtstart, rrule }`
 * per local time, because one RRULE cannot hold two times of day
 * (`BYHOUR=9,18;BYMINUTE=0,30` means four times). Each DTSTART is that rule's
 * first instance, in the pattern's zone (`TZID=`, or `Z` for `'UTC'`); `count`
 * and `end` become an `UNTIL` at the rule's last occurrence, in UTC as
 * RFC 5545 requires with a TZID. Weekly rules with an interval carry
 * `WKST=MO` (socialkit's weeks run Monday to Sunday). A local time with no
 * occurrence left (a `count` smaller than the number of times) gets no rule,
 * and a pattern with no occurrence at all gives `[]`.
 *
 * @param pattern - the slot pattern; it must have a `start`
 * @returns the rules, ordered by local time
 * @throws {ValidationError} `missingStart` naming `start`; any pattern error; `rangeTooLarge` when `count` runs past 100 years
 * @example
 * toRRule({ kind: 'weekly', weekdays: ['mon', 'thu'], times: ['09:00', '18:30'], timeZone: 'Europe/Paris', start: '2027-01-04' });
 * // [{ dtstart: 'DTSTART;TZID=Europe/Paris:20270104T090000', rrule: 'RRULE:FREQ=WEEKLY;BYDAY=MO,TH' },
 * //  { dtstart: 'DTSTART;TZID=Europe/Paris:20270104T183000', rrule: 'RRULE:FREQ=WEEKLY;BYDAY=MO,TH' }]
 */
export function toRRule(pattern: SlotPatternInput): RRuleLines[] {
  const parsed = parseSlotPattern(pattern);
  if (parsed.start === undefined) {
    throw invalid('missingStart', 'toRRule needs the pattern to have a start: an RRULE begins at its DTSTART, the first instance', ['start']);
  }
  const c = compilePattern(parsed);
  const startDay = c.startDay as number;
  const body = ruleBody(c);
  const prefix = c.zone === 'UTC' ? 'DTSTART:' : `DTSTART;TZID=${c.zone}:`;
  const suffix = c.zone === 'UTC' ? 'Z' : '';
  if (c.count === null && c.endDay === null) {
    let firstDay: number | null = null;
    forEachPatternDay(c, startDay, Math.min(LAST_DAY, startDay + MAX_SPAN_DAYS), (day) => {
      firstDay = day;
      return false;
    });
    if (firstDay === null) return [];
    const date = formatDay(firstDay);
    return c.minutes.map((m) => ({ dtstart: `${prefix}${compact(date, m)}${suffix}`, rrule: `RRULE:${body}` }));
  }
  const series = seriesInstants(c, { fromMs: (startDay - 2) * DAY_MS, toMs: Infinity, path: c.count === null ? ['end'] : ['count'] });
  const first = new Array<number>(c.minutes.length).fill(-1);
  const last = new Array<number>(c.minutes.length).fill(-1);
  for (let k = 0; k < series.ms.length; k += 1) {
    const i = series.timeIndex[k] as number;
    if (first[i] === -1) first[i] = k;
    last[i] = k;
  }
  const out: RRuleLines[] = [];
  for (let i = 0; i < c.minutes.length; i += 1) {
    const f = first[i] as number;
    if (f === -1) continue;
    const date = formatDay(series.day[f] as number);
    out.push({
      dtstart: `${prefix}${compact(date, c.minutes[i] as number)}${suffix}`,
      rrule: `RRULE:${body};UNTIL=${utcStamp(series.ms[last[i] as number] as number)}`,
    });
  }
  return out;
}
