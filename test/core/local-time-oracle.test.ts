/**
 * Every local-time helper against an independent oracle: Intl's own reading
 * of an instant in a zone (`Intl.DateTimeFormat#formatToParts`, the ICU
 * copy of tzdb), over random instants from 1900 to 2100 in random zones,
 * including the ones with odd offsets: Monrovia's −00:44:30 (before 1972),
 * Lord Howe's 30-minute DST, Chatham's +12:45, Kathmandu's +05:45, Apia's
 * skipped day (30 December 2011), St John's −03:30 and Dublin's negative
 * "winter time" (tzdb since 2018) and −00:25:21 before 1916. The ISO week is
 * checked with date-fns (`getISOWeek`, `getISOWeekYear`) on the oracle's date.
 */
import { TZDate } from '@date-fns/tz';
import { getISOWeek, getISOWeekYear } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTimeBucketer, fromLocal, InstantSchema, isoWeekKey, monthKey, toLocalDate, toLocalTime, utcOffsetMinutes, weekdayOf, zoneOffsetMinutes } from '../../src/core/index.js';
import { instant, instantRange } from '../../src/core/internal.js';

const NAMED = [
  'Africa/Monrovia',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Asia/Kathmandu',
  'Pacific/Apia',
  'America/St_Johns',
  'Europe/Dublin',
  'Europe/Paris',
  'America/New_York',
  'Asia/Kolkata',
  'Asia/Tehran',
  'Africa/Casablanca',
  'Pacific/Kiritimati',
  'Antarctica/Troll',
  'America/Sao_Paulo',
  'UTC',
  'Etc/GMT+5',
];
const ALL = Intl.supportedValuesOf('timeZone');
const zoneArb = fc.oneof(fc.constantFrom(...NAMED), fc.constantFrom(...ALL));
const FROM = Date.UTC(1900, 0, 1);
const TO = Date.UTC(2100, 11, 31, 23, 59, 59, 999);
const instantArb = fc.integer({ min: FROM, max: TO });
const WEEKDAY: Record<string, string> = { Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun' };

const formats = new Map<string, Intl.DateTimeFormat>();
interface Reading {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: string;
}

// Intl's wall-clock reading of an instant.
function oracle(ms: number, zone: string): Reading {
  let f = formats.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      hourCycle: 'h23',
    });
    formats.set(zone, f);
  }
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(new Date(ms))) parts[p.type] = p.value;
  expect(parts.era).toBe('AD');
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAY[parts.weekday!]!,
  };
}

const p2 = (n: number) => String(n).padStart(2, '0');
const dateOf = (r: Reading) => `${String(r.year).padStart(4, '0')}-${p2(r.month)}-${p2(r.day)}`;
const timeOf = (r: Reading) => `${p2(r.hour)}:${p2(r.minute)}`;
// The wall clock as UTC milliseconds (whole seconds).
const wallOf = (r: Reading) => {
  const d = new Date(Date.UTC(2000, r.month - 1, r.day, r.hour, r.minute, r.second));
  d.setUTCFullYear(r.year);
  return d.getTime();
};
// Intl's offset, in minutes: its wall clock minus the instant (both to the second).
const oracleOffset = (ms: number, zone: string) => (wallOf(oracle(ms, zone)) - Math.floor(ms / 1000) * 1000) / 60_000;
const isoWeekOf = (r: Reading) => {
  // date-fns reads a Date in the machine's zone: build the oracle's date there, at noon.
  const local = new Date(2000, r.month - 1, r.day, 12);
  local.setFullYear(r.year);
  return `${getISOWeekYear(local)}-W${p2(getISOWeek(local))}`;
};

describe('local-time helpers against the Intl formatToParts oracle, 1900–2100, random zones', () => {
  it('the issue 10 case: 1960-06-01T00:20Z in Monrovia (−00:44:30) is 23:35 on Tuesday 31 May', () => {
    const at = '1960-06-01T00:20:00Z';
    expect(toLocalTime(at, 'Africa/Monrovia')).toBe('23:35');
    expect(toLocalDate(at, 'Africa/Monrovia')).toBe('1960-05-31');
    expect(weekdayOf(at, 'Africa/Monrovia')).toBe('tue');
    expect(monthKey(at, 'Africa/Monrovia')).toBe('1960-05');
    expect(isoWeekKey(at, 'Africa/Monrovia')).toBe('1960-W22');
    expect(utcOffsetMinutes(at, 'Africa/Monrovia')).toBe(-44.5);
    const r = oracle(Date.parse(at), 'Africa/Monrovia');
    expect([dateOf(r), timeOf(r), r.weekday]).toEqual(['1960-05-31', '23:35', 'tue']);
  });

  it('property: toLocalDate, toLocalTime, weekdayOf, isoWeekKey, monthKey and zoneOffsetMinutes read what Intl reads', () => {
    fc.assert(
      fc.property(zoneArb, instantArb, (zone, ms) => {
        const r = oracle(ms, zone);
        const at = new Date(ms);
        expect(toLocalDate(at, zone)).toBe(dateOf(r));
        expect(toLocalTime(at, zone)).toBe(timeOf(r));
        expect(weekdayOf(at, zone)).toBe(r.weekday);
        expect(monthKey(at, zone)).toBe(dateOf(r).slice(0, 7));
        expect(isoWeekKey(at, zone)).toBe(isoWeekOf(r));
        expect(zoneOffsetMinutes(ms, zone)).toBeCloseTo(oracleOffset(ms, zone), 9);
      }),
      { numRuns: 1500 },
    );
  });

  it('property: createTimeBucketer gives the day, week and month Intl gives, for many instants in one zone', () => {
    fc.assert(
      fc.property(zoneArb, fc.array(instantArb, { minLength: 1, maxLength: 30 }), (zone, times) => {
        const b = createTimeBucketer(zone);
        for (const ms of times) {
          const r = oracle(ms, zone);
          expect(b.day(ms)).toBe(dateOf(r));
          expect(b.week(ms)).toBe(isoWeekOf(r));
          expect(b.month(ms)).toBe(dateOf(r).slice(0, 7));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('property: the instants near an offset change read what Intl reads, to the minute', () => {
    // Around each change the oracle finds by bisection, every minute of the two hours around it.
    fc.assert(
      fc.property(zoneArb, instantArb, (zone, start) => {
        const a = start;
        const b = start + 200 * 86_400_000;
        if (oracleOffset(a, zone) === oracleOffset(b, zone)) return;
        let lo = a;
        let hi = b;
        while (hi - lo > 1000) {
          const mid = Math.floor((lo + hi) / 2000) * 1000;
          if (mid <= lo || mid >= hi) break;
          if (oracleOffset(mid, zone) === oracleOffset(a, zone)) lo = mid;
          else hi = mid;
        }
        for (let ms = hi - 3_600_000; ms <= hi + 3_600_000; ms += 60_000) {
          const r = oracle(ms, zone);
          expect(toLocalTime(new Date(ms), zone)).toBe(timeOf(r));
          expect(toLocalDate(new Date(ms), zone)).toBe(dateOf(r));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('property: fromLocal gives an instant Intl reads as the wall time asked for (first of a fold; after a gap, moved by its length)', () => {
    const DAY = 86_400_000;
    fc.assert(
      fc.property(zoneArb, instantArb, fc.integer({ min: 0, max: 1439 }), (zone, ms, minutes) => {
        const day = oracle(ms, zone);
        const date = dateOf(day);
        const time = `${p2(Math.floor(minutes / 60))}:${p2(minutes % 60)}`;
        const wall = Date.UTC(2000, 0, 1, 0, minutes) + (Date.parse(`${date}T00:00:00Z`) - Date.UTC(2000, 0, 1));
        const got = fromLocal(date, time, zone).getTime();
        const before = Math.round(oracleOffset(wall - DAY, zone) * 60_000);
        const after = Math.round(oracleOffset(wall + DAY, zone) * 60_000);
        const reads = (t: number) => wallOf(oracle(t, zone)) === wall;
        const candidates = [wall - before, wall - after].filter(reads).sort((x, y) => x - y);
        if (candidates.length > 0) {
          expect(got).toBe(candidates[0]);
        } else {
          // A gap: the wall time does not exist; the instant is the one read with the offset before the gap.
          expect(got).toBe(wall - before);
          expect(wallOf(oracle(got, zone))).toBe(wall + (after - before));
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("a caller's TZDate is an instant like any Date", () => {
  // @date-fns/tz's TZDate is a Date whose getTime() is the real instant; its own zone does not matter.
  it('every helper that takes an instant reads the TZDate as its instant', () => {
    const ms = Date.UTC(2027, 2, 27, 23, 30);
    const tz = new TZDate(ms, 'Asia/Tokyo');
    expect(instant(tz).toISOString()).toBe('2027-03-27T23:30:00.000Z');
    expect(instant(tz)).not.toBe(tz);
    expect(instantRange({ from: tz, to: new TZDate(ms + 1, 'America/New_York') }).to.getTime()).toBe(ms + 1);
    expect(InstantSchema.parse(tz).getTime()).toBe(ms);
    expect(toLocalDate(tz, 'Europe/Paris')).toBe('2027-03-28');
    expect(toLocalTime(tz, 'Europe/Paris')).toBe('00:30');
    expect(weekdayOf(tz, 'Europe/Paris')).toBe('sun');
    expect(isoWeekKey(tz, 'Europe/Paris')).toBe('2027-W12');
    expect(monthKey(tz, 'Europe/Paris')).toBe('2027-03');
    expect(utcOffsetMinutes(tz, 'Europe/Paris')).toBe(60);
  });
});
