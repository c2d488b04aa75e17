import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTimeBucketer, fromLocal, isoWeekKey, isValidTimeZone, monthKey, toLocalDate, toLocalTime, utcOffsetMinutes, ValidationError, weekdayOf } from '../../src/core/index.js';
import { instant, instantRange, localDate, localDateRange, localTime, timeZone, wallToInstant, weekday } from '../../src/core/internal.js';

const iso = (d: Date) => d.toISOString();

describe('time zones', () => {
  it('accepts what Intl accepts, including UTC and Asia/Kolkata (missing from supportedValuesOf on Node 20)', () => {
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Asia/Kolkata')).toBe(true);
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('Europe/Lyon')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(42)).toBe(false);
    expect(isValidTimeZone('x'.repeat(1_000_000))).toBe(false);
    expect(timeZone('America/New_York')).toBe('America/New_York');
    expect(() => timeZone('CEST', 'brand.timeZone')).toThrow(/brand\.timeZone must be an IANA time zone/);
  });
});

describe('instants', () => {
  it('accepts Dates and ISO 8601 strings with an offset, returning a new Date', () => {
    const d = new Date('2027-03-28T07:00:00Z');
    const out = instant(d);
    expect(out).not.toBe(d);
    expect(iso(out)).toBe('2027-03-28T07:00:00.000Z');
    expect(iso(instant('2027-03-28T09:00:00+02:00'))).toBe('2027-03-28T07:00:00.000Z');
    expect(iso(instant('2027-03-28T09:00+0530'))).toBe('2027-03-28T03:30:00.000Z');
    expect(iso(instant('2027-03-28T09:00:00.123456Z'))).toBe('2027-03-28T09:00:00.123Z');
    expect(iso(instant('2027-03-28 09:00:00-05'))).toBe('2027-03-28T14:00:00.000Z');
  });

  it.each([
    ['2027-03-28T09:00:00', 'no offset'],
    ['2027-02-30T09:00:00Z', 'no 30 February'],
    ['2027-13-01T00:00:00Z', 'month 13'],
    ['2027-01-01T24:00:00Z', 'hour 24'],
    ['2027-01-01T00:00:00+25:00', 'offset 25 h'],
    ['yesterday', 'words'],
    ['', 'empty'],
  ])('refuses %s (%s)', (value) => {
    expect(() => instant(value, 'publishedAt')).toThrow(ValidationError);
  });

  it('reads years 0001–0099 as written (Date.UTC would make them 1900–1999)', () => {
    expect(iso(instant('0050-06-15T12:00:00Z'))).toBe('0050-06-15T12:00:00.000Z');
    expect(iso(instant('0004-02-29T00:00:00Z'))).toBe('0004-02-29T00:00:00.000Z');
    expect(() => instant('1900-02-29T00:00:00Z')).toThrow(ValidationError);
    expect(localDate('2000-02-29')).toBe('2000-02-29');
    expect(() => localDate('2100-02-29')).toThrow(ValidationError);
  });

  it('refuses invalid Dates and other types', () => {
    expect(() => instant(new Date(Number.NaN), 'at')).toThrow(/at is an invalid Date/);
    expect(() => instant(0, 'at')).toThrow(ValidationError);
    expect(() => instant('2'.repeat(1_000_000), 'at')).toThrow(ValidationError);
  });

  it('checks ranges: from inclusive, to exclusive, to not before from', () => {
    const r = instantRange({ from: '2027-01-01T00:00:00Z', to: '2027-02-01T00:00:00Z' });
    expect(iso(r.from)).toBe('2027-01-01T00:00:00.000Z');
    expect(() => instantRange({ from: '2027-02-01T00:00:00Z', to: '2027-01-01T00:00:00Z' }, 'period')).toThrow(/period\.to/);
    expect(() => instantRange(null)).toThrow(ValidationError);
    expect(() => instantRange({ from: 'x', to: 'y' }, ['q'])).toThrow(/q\.from/);
  });
});

describe('local dates and times', () => {
  it('checks calendar dates, leap years included', () => {
    expect(localDate('2028-02-29')).toBe('2028-02-29');
    expect(() => localDate('2027-02-29')).toThrow(/not a day of the calendar/);
    expect(() => localDate('2027-1-1')).toThrow(ValidationError);
    expect(() => localDate(20270101)).toThrow(ValidationError);
    expect(localDateRange({ from: '2027-01-01', to: '2027-01-01' })).toEqual({ from: '2027-01-01', to: '2027-01-01' });
    expect(() => localDateRange({ from: '2027-02-01', to: '2027-01-01' })).toThrow(/before from/);
    expect(() => localDateRange('2027')).toThrow(ValidationError);
  });

  it('checks HH:mm times and weekdays', () => {
    expect(localTime('00:00')).toBe('00:00');
    expect(localTime('23:59')).toBe('23:59');
    expect(() => localTime('24:00')).toThrow(ValidationError);
    expect(() => localTime('9:30')).toThrow(/two digits/);
    expect(weekday('sun')).toBe('sun');
    expect(() => weekday('Monday')).toThrow(/mon, tue/);
  });
});

describe('DST-correct conversions', () => {
  // EU summer time 2027: from 28 March 01:00 UTC to 31 October 01:00 UTC (last Sundays of March and October).
  // US 2027: 14 March and 7 November. Sydney: summer time ends 4 April 2027, starts 3 October 2027.
  it('keeps 09:00 Paris at 09:00 local on both sides of the spring change', () => {
    expect(iso(fromLocal('2027-03-27', '09:00', 'Europe/Paris'))).toBe('2027-03-27T08:00:00.000Z');
    expect(iso(fromLocal('2027-03-28', '09:00', 'Europe/Paris'))).toBe('2027-03-28T07:00:00.000Z');
  });

  it('moves a time in the spring gap forward by the gap', () => {
    expect(iso(fromLocal('2027-03-28', '02:30', 'Europe/Paris'))).toBe('2027-03-28T01:30:00.000Z');
    expect(toLocalTime(fromLocal('2027-03-28', '02:30', 'Europe/Paris'), 'Europe/Paris')).toBe('03:30');
    expect(iso(fromLocal('2027-03-14', '02:15', 'America/New_York'))).toBe('2027-03-14T07:15:00.000Z');
    expect(toLocalTime(fromLocal('2027-10-03', '02:00', 'Australia/Sydney'), 'Australia/Sydney')).toBe('03:00');
  });

  it('takes the first occurrence of a time in the autumn fold', () => {
    expect(iso(fromLocal('2027-10-31', '02:30', 'Europe/Paris'))).toBe('2027-10-31T00:30:00.000Z');
    expect(iso(fromLocal('2027-11-07', '01:30', 'America/New_York'))).toBe('2027-11-07T05:30:00.000Z');
    expect(iso(fromLocal('2027-04-04', '02:30', 'Australia/Sydney'))).toBe('2027-04-03T15:30:00.000Z');
  });

  it('reads historical offsets with seconds and the right sign (Dublin Mean Time, -00:25:21)', () => {
    expect(utcOffsetMinutes('1900-06-01T12:00:00Z', 'Europe/Dublin')).toBeCloseTo(-(25 + 21 / 60), 10);
    expect(iso(fromLocal('1900-06-01', '12:00', 'Europe/Dublin'))).toBe('1900-06-01T12:25:21.000Z');
    expect(iso(fromLocal('0050-03-01', '12:00', 'UTC'))).toBe('0050-03-01T12:00:00.000Z');
    expect(isoWeekKey('0050-01-01T12:00:00Z', 'UTC')).toBe(createTimeBucketer('UTC').week(Date.parse('0050-01-01T12:00:00Z')));
  });

  it('handles half-hour zones without DST', () => {
    expect(iso(fromLocal('2027-06-01', '09:00', 'Asia/Kolkata'))).toBe('2027-06-01T03:30:00.000Z');
    expect(utcOffsetMinutes('2027-01-01T12:00:00Z', 'Asia/Kolkata')).toBe(330);
    expect(utcOffsetMinutes('2027-07-01T12:00:00Z', 'Europe/Paris')).toBe(120);
    expect(utcOffsetMinutes('2027-01-01T12:00:00Z', 'UTC')).toBe(0);
  });

  it('wallToInstant is the millisecond form of fromLocal', () => {
    expect(wallToInstant(Date.UTC(2027, 2, 28, 9, 0), 'Europe/Paris')).toBe(Date.UTC(2027, 2, 28, 7, 0));
  });

  it('refuses bad parts', () => {
    expect(() => fromLocal('2027-02-30', '09:00', 'Europe/Paris')).toThrow(ValidationError);
    expect(() => fromLocal('2027-02-01', '9:00', 'Europe/Paris')).toThrow(ValidationError);
    expect(() => fromLocal('2027-02-01', '09:00', 'Paris')).toThrow(ValidationError);
  });

  it('property: fromLocal gives back the same wall time outside gaps, in random zones and years', () => {
    const zones = ['Europe/Paris', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'America/Santiago', 'Asia/Tokyo', 'Pacific/Chatham', 'UTC'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (zone, day, h, m) => {
          const date = day.toISOString().slice(0, 10);
          const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          const at = fromLocal(date, time, zone);
          const back = `${toLocalDate(at, zone)} ${toLocalTime(at, zone)}`;
          // Either the wall time exists and is found again, or it was in a gap and moved forward by under 2 hours.
          if (back === `${date} ${time}`) return true;
          const wall = Date.parse(`${date}T${time}:00Z`);
          const got = Date.parse(`${back.replace(' ', 'T')}:00Z`);
          return got > wall && got - wall <= 2 * 3_600_000;
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('buckets', () => {
  it('puts instants into local days, ISO weeks and months', () => {
    expect(toLocalDate('2027-03-27T23:30:00Z', 'Europe/Paris')).toBe('2027-03-28');
    expect(toLocalDate('2027-03-27T23:30:00Z', 'UTC')).toBe('2027-03-27');
    expect(weekdayOf('2027-03-28T07:00:00Z', 'Europe/Paris')).toBe('sun');
    expect(monthKey('2027-01-31T23:30:00Z', 'Europe/Paris')).toBe('2027-02');
  });

  // ISO 8601 week dates: 1 January 2027 (a Friday) is in week 53 of 2026; 4 January 2027 starts 2027-W01;
  // 31 December 2029 (a Monday) is in 2030-W01.
  it('uses the ISO week-numbering year', () => {
    expect(isoWeekKey('2027-01-01T12:00:00Z', 'Europe/Paris')).toBe('2026-W53');
    expect(isoWeekKey('2027-01-04T12:00:00Z', 'Europe/Paris')).toBe('2027-W01');
    expect(isoWeekKey('2029-12-31T12:00:00Z', 'UTC')).toBe('2030-W01');
    expect(isoWeekKey('2027-01-03T23:30:00Z', 'Europe/Paris')).toBe('2027-W01');
  });

  it('property: the cached bucketer agrees with the one-call helpers in random zones', () => {
    const zones = ['Europe/Paris', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns', 'UTC'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.array(fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2045, 0, 1) }), { minLength: 1, maxLength: 40 }), (zone, times) => {
        const b = createTimeBucketer(zone);
        return times.every((ms) => {
          const d = new Date(ms);
          return b.day(ms) === toLocalDate(d, zone) && b.week(ms) === isoWeekKey(d, zone) && b.month(ms) === monthKey(d, zone);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('the bucketer is exact at a transition minute (Lord Howe shifts by 30 minutes at 02:00 local)', () => {
    const b = createTimeBucketer('Australia/Lord_Howe');
    // 2027-04-04 02:00 LHDT (+11) → 01:30 LHST (+10:30): 2027-04-03T15:00Z.
    const t = Date.UTC(2027, 3, 3, 15, 0);
    for (const ms of [t - 60_000, t, t + 60_000, t - 12 * 3_600_000, t + 10 * 3_600_000]) {
      expect(b.day(ms)).toBe(toLocalDate(new Date(ms), 'Australia/Lord_Howe'));
    }
    expect(b.timeZone).toBe('Australia/Lord_Howe');
    expect(() => createTimeBucketer('Mars/Olympus')).toThrow(ValidationError);
  });
});
