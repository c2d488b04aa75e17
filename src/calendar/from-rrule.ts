import { toLocalDate, type Weekday, WEEKDAYS } from '../core/index.js';
import { DAY_MS, daysInMonth, describeValue, formatDay, formatMinutes, invalid, MINUTE_MS, parseDay, timeZone as checkZone, weekdayIndex } from '../core/internal.js';
import { compilePattern, createWallResolver, forEachPatternDay } from './slot-engine.js';
import { parseSlotPattern, type SlotPattern } from './slot-pattern.js';
import type { RRuleLines } from './to-rrule.js';

/** Options for {@link fromRRule}. */
export interface FromRRuleOptions {
  /** The IANA zone of a floating DTSTART (one with neither `TZID` nor `Z`). A `TZID` wins over it. */
  timeZone?: string;
}

const RFC_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const SUPPORTED = ['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'BYHOUR', 'BYMINUTE', 'COUNT', 'UNTIL', 'WKST'] as const;
const MAX_LINE = 1000;

// Linear: fixed-width digit groups, an optional T-part and an optional Z.
const DATE_TIME = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2}))?(Z?)$/;
// Linear: an optional signed one- or two-digit ordinal, then a two-letter day.
const BYDAY_ITEM = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;
const INTEGER = /^[+-]?\d{1,16}$/;

interface DateTimeValue {
  date: string;
  hour: number;
  minute: number;
  second: number;
  utc: boolean;
  hasTime: boolean;
}

function readDateTime(value: string, field: string, path: string): DateTimeValue {
  const m = DATE_TIME.exec(value);
  if (m === null) throw invalid('invalidRRule', `${field} must be a date-time such as 20270104T090000 (or …Z in UTC), got ${describeValue(value)}`, [path]);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || year < 1 || hour > 23 || minute > 59 || second > 59) {
    throw invalid('invalidRRule', `${field} is not a real date and time, got ${describeValue(value)}`, [path]);
  }
  return { date: `${m[1]}-${m[2]}-${m[3]}`, hour, minute, second, utc: m[7] === 'Z', hasTime: m[4] !== undefined };
}

function readInteger(value: string, part: string, min: number, max: number): number {
  const n = INTEGER.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw invalid('invalidRRule', `RRULE ${part} must be a whole number from ${min} to ${max}, got ${describeValue(value)}`, ['rrule']);
  }
  return n;
}

function readIntegerList(value: string, part: string, min: number, max: number): number[] {
  return value.split(',').map((v) => readInteger(v, part, min, max));
}

interface ParsedDtstart {
  value: DateTimeValue;
  tzid: string | null;
}

function readDtstart(line: string): ParsedDtstart {
  const upper = line.slice(0, 7).toUpperCase();
  if (upper !== 'DTSTART' || (line[7] !== ';' && line[7] !== ':')) {
    throw invalid('invalidRRule', `dtstart must be a whole DTSTART property line such as 'DTSTART;TZID=Europe/Paris:20270104T090000', got ${describeValue(line)}`, ['dtstart']);
  }
  let i = 7;
  let tzid: string | null = null;
  while (line[i] === ';') {
    const eq = line.indexOf('=', i);
    if (eq === -1) throw invalid('invalidRRule', `dtstart has a parameter without a value: ${describeValue(line)}`, ['dtstart']);
    const name = line.slice(i + 1, eq).toUpperCase();
    let end: number;
    let value: string;
    if (line[eq + 1] === '"') {
      end = line.indexOf('"', eq + 2);
      if (end === -1) throw invalid('invalidRRule', `dtstart has an unclosed quoted parameter: ${describeValue(line)}`, ['dtstart']);
      value = line.slice(eq + 2, end);
      end += 1;
    } else {
      end = eq + 1;
      while (end < line.length && line[end] !== ';' && line[end] !== ':') end += 1;
      value = line.slice(eq + 1, end);
    }
    if (name === 'TZID') tzid = value;
    else if (name === 'VALUE') {
      if (value.toUpperCase() !== 'DATE-TIME') {
        throw invalid('unsupportedRRule', `DTSTART;VALUE=${value} is not supported: a slot pattern needs a date-time DTSTART`, ['dtstart']);
      }
    } else throw invalid('unsupportedRRule', `The DTSTART parameter ${name} is not supported (only TZID and VALUE=DATE-TIME)`, ['dtstart']);
    i = end;
  }
  if (line[i] !== ':') throw invalid('invalidRRule', `dtstart must have a ':' before its value, got ${describeValue(line)}`, ['dtstart']);
  const value = readDateTime(line.slice(i + 1), 'DTSTART', 'dtstart');
  if (!value.hasTime) throw invalid('unsupportedRRule', 'A date-only DTSTART is not supported: a slot pattern needs a time of day', ['dtstart']);
  if (value.second !== 0) throw invalid('unsupportedRRule', `DTSTART has seconds (${value.second}); slot times are whole minutes`, ['dtstart']);
  if (value.utc && tzid !== null) throw invalid('invalidRRule', 'DTSTART has both a TZID and a UTC value (Z); RFC 5545 forbids it', ['dtstart']);
  return { value, tzid };
}

function readParts(line: string): Map<string, string> {
  const body = line.slice(0, 6).toUpperCase() === 'RRULE:' ? line.slice(6) : line;
  const parts = new Map<string, string>();
  for (const item of body.split(';')) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw invalid('invalidRRule', `RRULE parts are NAME=VALUE separated by ';', got ${describeValue(item)}`, ['rrule']);
    const name = item.slice(0, eq).toUpperCase();
    const value = item.slice(eq + 1).toUpperCase();
    if (!(SUPPORTED as readonly string[]).includes(name)) {
      throw invalid('unsupportedRRule', `The RRULE part ${name} is not supported; slot patterns cover ${SUPPORTED.join(', ')}`, ['rrule']);
    }
    if (parts.has(name)) throw invalid('invalidRRule', `The RRULE part ${name} appears twice`, ['rrule']);
    parts.set(name, value);
  }
  return parts;
}

interface ByDay {
  ordinal: number | null;
  weekday: Weekday;
}

function readByDay(value: string): ByDay[] {
  return value.split(',').map((item) => {
    const m = BYDAY_ITEM.exec(item);
    if (m === null) throw invalid('invalidRRule', `RRULE BYDAY items are like MO, 2TU or -1FR, got ${describeValue(item)}`, ['rrule']);
    const ordinal = m[1] === undefined ? null : Number(m[1]);
    if (ordinal === 0) throw invalid('invalidRRule', 'RRULE BYDAY ordinals cannot be 0', ['rrule']);
    return { ordinal, weekday: WEEKDAYS[RFC_DAYS.indexOf(m[2] as (typeof RFC_DAYS)[number])] as Weekday };
  });
}

function unsupported(message: string): never {
  throw invalid('unsupportedRRule', message, ['rrule']);
}

/**
 * Reads one RFC 5545 recurrence (as {@link toRRule} writes it) back into a
 * slot pattern. The supported subset: FREQ DAILY, WEEKLY or MONTHLY,
 * INTERVAL, BYDAY (with ordinals in monthly rules: `2TU`, `-1FR`), BYMONTHDAY,
 * BYHOUR, BYMINUTE, COUNT, UNTIL, and WKST=MO. Every other part, and every
 * combination a slot pattern cannot express (a monthly INTERVAL, several
 * BYMONTHDAY values, BYDAY on a daily rule with an interval), is an error that
 * names it. The zone is DTSTART's TZID, `'UTC'` for a `Z` value, or the
 * `timeZone` option for a floating one. The pattern starts on DTSTART's date,
 * which must be an occurrence of the rule at its earliest time (RFC 5545
 * leaves other recurrence sets undefined); UNTIL becomes `end`, the last local
 * date it lets in.
 *
 * @param lines - `{ dtstart, rrule }`: whole property lines (the `RRULE:` name may be left out)
 * @param options - `timeZone` for a floating DTSTART
 * @returns the slot pattern
 * @throws {ValidationError} `invalidRRule` for malformed lines, `unsupportedRRule` naming the unsupported part, `invalidTimeZone` for an unknown TZID
 * @example
 * fromRRule({ dtstart: 'DTSTART;TZID=Europe/Paris:20270104T090000', rrule: 'RRULE:FREQ=WEEKLY;BYDAY=MO,TH' });
 * // { kind: 'weekly', weekdays: ['mon', 'thu'], times: ['09:00'], timeZone: 'Europe/Paris', start: '2027-01-04' }
 */
export function fromRRule(lines: RRuleLines, options: FromRRuleOptions = {}): SlotPattern {
  if (typeof lines !== 'object' || lines === null) {
    throw invalid('invalidType', `fromRRule takes { dtstart, rrule }, got ${describeValue(lines)}`, []);
  }
  if (typeof options !== 'object' || options === null) {
    throw invalid('invalidType', `The options must be an object such as { timeZone: 'Europe/Paris' }, got ${describeValue(options)}`, []);
  }
  const optionZone = options.timeZone === undefined ? undefined : checkZone(options.timeZone, 'timeZone');
  const { dtstart, rrule } = lines as { dtstart?: unknown; rrule?: unknown };
  for (const [field, value] of [['dtstart', dtstart], ['rrule', rrule]] as const) {
    if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LINE) {
      throw invalid('invalidRRule', `${field} must be a property line of 1 to ${MAX_LINE} characters, got ${describeValue(value)}`, [field]);
    }
  }
  const start = readDtstart(dtstart as string);
  let zone: string;
  if (start.tzid !== null) zone = checkZone(start.tzid, 'dtstart');
  else if (start.value.utc) zone = 'UTC';
  else if (optionZone !== undefined) zone = optionZone;
  else throw invalid('missingTimeZone', 'DTSTART is floating (no TZID, no Z): pass the zone it is in as options.timeZone', ['timeZone']);

  const parts = readParts(rrule as string);
  const freq = parts.get('FREQ');
  if (freq === undefined) throw invalid('invalidRRule', 'The RRULE has no FREQ', ['rrule']);
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY') unsupported(`RRULE FREQ=${freq} is not supported; slot patterns cover DAILY, WEEKLY and MONTHLY`);
  const wkst = parts.get('WKST');
  if (wkst !== undefined && wkst !== 'MO') unsupported(`RRULE WKST=${wkst} is not supported: socialkit's weeks start on Monday (WKST=MO)`);
  const interval = parts.has('INTERVAL') ? readInteger(parts.get('INTERVAL') as string, 'INTERVAL', 1, Number.MAX_SAFE_INTEGER) : 1;
  const byDay = parts.has('BYDAY') ? readByDay(parts.get('BYDAY') as string) : null;
  const byMonthDay = parts.has('BYMONTHDAY') ? readIntegerList(parts.get('BYMONTHDAY') as string, 'BYMONTHDAY', -31, 31) : null;
  const hours = parts.has('BYHOUR') ? readIntegerList(parts.get('BYHOUR') as string, 'BYHOUR', 0, 23) : [start.value.hour];
  const minutes = parts.has('BYMINUTE') ? readIntegerList(parts.get('BYMINUTE') as string, 'BYMINUTE', 0, 59) : [start.value.minute];
  const count = parts.has('COUNT') ? readInteger(parts.get('COUNT') as string, 'COUNT', 1, Number.MAX_SAFE_INTEGER) : undefined;
  if (count !== undefined && parts.has('UNTIL')) throw invalid('invalidRRule', 'The RRULE has both COUNT and UNTIL; RFC 5545 allows one or the other', ['rrule']);

  const times = [...new Set(hours.flatMap((h) => minutes.map((m) => h * 60 + m)))].sort((a, b) => a - b).map(formatMinutes);
  const common = { times, timeZone: zone, start: start.value.date, ...(count === undefined ? {} : { count }) };
  const startWeekday = WEEKDAYS[weekdayIndex(parseDay(start.value.date))] as Weekday;

  let pattern: Record<string, unknown>;
  if (freq === 'MONTHLY') {
    if (interval !== 1) unsupported('RRULE INTERVAL on a MONTHLY rule is not supported: monthly slot patterns repeat every month');
    if (byDay !== null && byMonthDay !== null) unsupported('RRULE BYDAY with BYMONTHDAY is not supported: a monthly pattern is by day of month or by nth weekday');
    if (byDay !== null) {
      const first = byDay[0] as ByDay;
      if (byDay.length !== 1) unsupported('RRULE BYDAY with several days on a MONTHLY rule is not supported: one nth weekday per pattern');
      if (first.ordinal === null || first.ordinal < -5 || first.ordinal > 5) {
        unsupported('RRULE BYDAY on a MONTHLY rule needs an ordinal from -5 to 5 (2TU, -1FR): every weekday of a month is not a monthly pattern');
      }
      pattern = { kind: 'monthly', nth: first.ordinal, weekday: first.weekday, ...common };
    } else {
      const days = byMonthDay ?? [Number(start.value.date.slice(8, 10))];
      if (days.length !== 1) unsupported('RRULE BYMONTHDAY with several days is not supported: one day of the month per pattern');
      if ((days[0] as number) < 1) unsupported('RRULE BYMONTHDAY counted from the end of the month (negative) is not supported');
      pattern = { kind: 'monthly', day: days[0], ...common };
    }
  } else {
    if (byMonthDay !== null) unsupported(`RRULE BYMONTHDAY on a ${freq} rule is not supported`);
    if (byDay !== null && byDay.some((d) => d.ordinal !== null)) unsupported(`RRULE BYDAY ordinals (2TU) are only supported on MONTHLY rules`);
    const weekdays = byDay === null ? null : [...new Set(byDay.map((d) => d.weekday))];
    if (freq === 'DAILY' && weekdays === null) {
      pattern = { kind: 'interval', everyDays: interval, ...common };
    } else if (freq === 'DAILY') {
      if (interval !== 1) unsupported('RRULE BYDAY on a DAILY rule with an INTERVAL is not supported: use a WEEKLY rule');
      pattern = { kind: 'weekly', weekdays, ...common };
    } else {
      pattern = { kind: 'weekly', weekdays: weekdays ?? [startWeekday], ...(interval === 1 ? {} : { interval }), ...common };
    }
  }

  const parsed = parseSlotPattern(pattern);
  const c = compilePattern(parsed);
  const startDay = parseDay(start.value.date);
  let isOccurrence = false;
  forEachPatternDay(c, startDay, startDay, () => {
    isOccurrence = true;
    return false;
  });
  const startMinute = start.value.hour * 60 + start.value.minute;
  if (!isOccurrence || c.minutes[0] !== startMinute) {
    throw invalid(
      'invalidRRule',
      `DTSTART (${start.value.date} ${formatMinutes(startMinute)}) must be the rule's first instance: an occurrence at its earliest time of day (RFC 5545 leaves other recurrence sets undefined)`,
      ['dtstart'],
    );
  }
  if (!parts.has('UNTIL')) return parsed;

  // UNTIL → end: the last local date whose slots UNTIL lets in.
  const until = readDateTime(parts.get('UNTIL') as string, 'RRULE UNTIL', 'rrule');
  if (!until.hasTime) throw invalid('unsupportedRRule', 'A date-only UNTIL is not supported with a date-time DTSTART (RFC 5545 wants the same value type)', ['rrule']);
  const resolve = createWallResolver(zone);
  const untilWall = parseDay(until.date) * DAY_MS + (until.hour * 3600 + until.minute * 60 + until.second) * 1000;
  const untilMs = until.utc ? untilWall : resolve(untilWall);
  const untilDay = parseDay(toLocalDate(new Date(untilMs), zone));
  let endDay = untilDay;
  let onPatternDay = false;
  forEachPatternDay(c, untilDay, untilDay, () => {
    onPatternDay = true;
    return false;
  });
  if (onPatternDay) {
    const instants = c.minutes.map((m) => resolve(untilDay * DAY_MS + m * MINUTE_MS));
    const after = instants.filter((ms) => ms > untilMs).length;
    if (after === instants.length) endDay = untilDay - 1;
    else if (after > 0) unsupported(`RRULE UNTIL falls between two times of ${formatDay(untilDay)}; a slot pattern ends after a whole day`);
  }
  if (endDay < startDay) throw invalid('invalidRRule', 'RRULE UNTIL is before the first instance (DTSTART)', ['rrule']);
  return parseSlotPattern({ ...pattern, end: formatDay(endDay) });
}
