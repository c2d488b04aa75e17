import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandSlots, type SlotPatternInput } from '../../src/calendar/index.js';
import { fromLocal, toLocalDate, toLocalTime, ValidationError, WEEKDAYS } from '../../src/core/index.js';

const iso = (dates: Date[]): string[] => dates.map((d) => d.toISOString());

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function errorOf(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return e as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

const sundays = (zone: string, times: string[]): SlotPatternInput => ({ kind: 'weekly', weekdays: ['sun'], times, timeZone: zone });

describe('expandSlots: DST transitions', () => {
  // Offsets from the IANA tz database: Paris CET +01 / CEST +02, switching on the last
  // Sundays of March (02:00 → 03:00) and October (03:00 → 02:00).
  it('Europe/Paris: 09:00 stays 09:00 local across the spring change (28 March 2027)', () => {
    expect(iso(expandSlots(sundays('Europe/Paris', ['09:00']), { from: '2027-03-21T00:00:00Z', to: '2027-04-05T00:00:00Z' }))).toEqual([
      '2027-03-21T08:00:00.000Z',
      '2027-03-28T07:00:00.000Z',
      '2027-04-04T07:00:00.000Z',
    ]);
  });

  it('Europe/Paris: 02:30 in the spring gap moves forward by the gap, to 03:30 CEST', () => {
    const [gap] = expandSlots(sundays('Europe/Paris', ['02:30']), { from: '2027-03-28T00:00:00Z', to: '2027-03-29T00:00:00Z' });
    expect(gap?.toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(toLocalTime(gap!, 'Europe/Paris')).toBe('03:30');
  });

  it('Europe/Paris: 02:30 in the autumn fold takes its first occurrence (CEST), and 09:00 stays 09:00', () => {
    expect(iso(expandSlots(sundays('Europe/Paris', ['02:30', '09:00']), { from: '2027-10-31T00:00:00Z', to: '2027-11-01T00:00:00Z' }))).toEqual([
      '2027-10-31T00:30:00.000Z',
      '2027-10-31T08:00:00.000Z',
    ]);
  });

  it('America/New_York: second Sunday of March and first Sunday of November 2027', () => {
    const pattern = sundays('America/New_York', ['01:30', '02:30', '09:00']);
    expect(iso(expandSlots(pattern, { from: '2027-03-07T00:00:00Z', to: '2027-03-15T00:00:00Z' }))).toEqual([
      '2027-03-07T06:30:00.000Z', // 01:30 EST
      '2027-03-07T07:30:00.000Z', // 02:30 EST
      '2027-03-07T14:00:00.000Z', // 09:00 EST
      '2027-03-14T06:30:00.000Z', // 01:30 EST, before the change
      '2027-03-14T07:30:00.000Z', // 02:30 does not exist: 03:30 EDT
      '2027-03-14T13:00:00.000Z', // 09:00 EDT
    ]);
    expect(iso(expandSlots(pattern, { from: '2027-11-07T00:00:00Z', to: '2027-11-08T00:00:00Z' }))).toEqual([
      '2027-11-07T05:30:00.000Z', // 01:30 happens twice: the first, EDT
      '2027-11-07T07:30:00.000Z', // 02:30 EST
      '2027-11-07T14:00:00.000Z', // 09:00 EST
    ]);
  });

  it('Australia/Sydney (southern hemisphere): the fold on 4 April and the gap on 3 October 2027', () => {
    const pattern = sundays('Australia/Sydney', ['02:30', '09:00']);
    expect(iso(expandSlots(pattern, { from: '2027-03-27T00:00:00Z', to: '2027-04-05T00:00:00Z' }))).toEqual([
      '2027-03-27T15:30:00.000Z', // 02:30 AEDT (+11)
      '2027-03-27T22:00:00.000Z', // 09:00 AEDT
      '2027-04-03T15:30:00.000Z', // 02:30 twice: the first, AEDT
      '2027-04-03T23:00:00.000Z', // 09:00 AEST (+10)
    ]);
    expect(iso(expandSlots(pattern, { from: '2027-10-02T00:00:00Z', to: '2027-10-03T12:00:00Z' }))).toEqual([
      '2027-10-02T16:30:00.000Z', // 02:30 does not exist: 03:30 AEDT
      '2027-10-02T22:00:00.000Z', // 09:00 AEDT
    ]);
  });

  it('Asia/Kolkata (no DST, +05:30): 09:00 is 03:30 UTC all year', () => {
    const days = expandSlots({ kind: 'interval', everyDays: 30, start: '2027-01-01', times: ['09:00'], timeZone: 'Asia/Kolkata' }, { from: '2027-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' });
    expect(days).toHaveLength(13);
    for (const d of days) expect(d.toISOString().slice(11)).toBe('03:30:00.000Z');
  });

  it('Pacific/Apia skipped 30 December 2011: its slots move onto the 31st and are kept once', () => {
    const daily: SlotPatternInput = { kind: 'interval', everyDays: 1, start: '2011-12-28', times: ['09:00'], timeZone: 'Pacific/Apia' };
    const got = expandSlots(daily, { from: '2011-12-27T00:00:00Z', to: '2012-01-01T12:00:00Z' });
    expect(got.map((d) => toLocalDate(d, 'Pacific/Apia'))).toEqual(['2011-12-28', '2011-12-29', '2011-12-31', '2012-01-01']);
    expect(expandSlots({ ...daily, count: 3 }, { from: '2011-12-27T00:00:00Z', to: '2012-01-01T12:00:00Z' }).map((d) => toLocalDate(d, 'Pacific/Apia'))).toEqual([
      '2011-12-28',
      '2011-12-29',
      '2011-12-31',
    ]);
  });
});

describe('expandSlots: patterns', () => {
  const year2027 = { from: '2027-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' };

  it('weekly: every listed weekday at every listed time, in order', () => {
    const got = expandSlots({ kind: 'weekly', weekdays: ['thu', 'mon'], times: ['18:30', '09:00'], timeZone: 'Europe/Paris' }, { from: '2027-01-04T00:00:00+01:00', to: '2027-01-11T00:00:00+01:00' });
    expect(iso(got)).toEqual(['2027-01-04T08:00:00.000Z', '2027-01-04T17:30:00.000Z', '2027-01-07T08:00:00.000Z', '2027-01-07T17:30:00.000Z']);
  });

  it('weekly interval: every other week counted from the week of start', () => {
    // start is a Wednesday: its week's Monday is before start, so the first slot is Thursday.
    const got = expandSlots(
      { kind: 'weekly', weekdays: ['mon', 'thu'], interval: 2, start: '2027-01-06', times: ['09:00'], timeZone: 'Europe/Paris' },
      { from: '2027-01-01T00:00:00Z', to: '2027-02-01T00:00:00Z' },
    );
    expect(got.map((d) => toLocalDate(d, 'Europe/Paris'))).toEqual(['2027-01-07', '2027-01-18', '2027-01-21']);
  });

  it('monthly day 31 skips the months without one (RFC 5545)', () => {
    const got = expandSlots({ kind: 'monthly', day: 31, times: ['12:00'], timeZone: 'Europe/Paris' }, year2027);
    expect(got.map((d) => toLocalDate(d, 'Europe/Paris'))).toEqual(['2027-01-31', '2027-03-31', '2027-05-31', '2027-07-31', '2027-08-31', '2027-10-31', '2027-12-31']);
  });

  it('monthly day 29: February only in leap years', () => {
    const got = expandSlots({ kind: 'monthly', day: 29, times: ['12:00'], timeZone: 'UTC', start: '2027-01-01', end: '2028-03-31' }, { from: '2027-01-01T00:00:00Z', to: '2029-01-01T00:00:00Z' });
    expect(got.map((d) => d.toISOString().slice(0, 10)).filter((d) => d.slice(5, 7) === '02')).toEqual(['2028-02-29']);
  });

  it('monthly nth weekday: second Tuesday, last Friday, fifth Monday', () => {
    const dates = (nth: number, weekday: 'tue' | 'fri' | 'mon') =>
      expandSlots({ kind: 'monthly', nth, weekday, times: ['10:00'], timeZone: 'America/New_York' }, year2027).map((d) => toLocalDate(d, 'America/New_York'));
    expect(dates(2, 'tue').slice(0, 3)).toEqual(['2027-01-12', '2027-02-09', '2027-03-09']);
    expect(dates(-1, 'fri').slice(0, 3)).toEqual(['2027-01-29', '2027-02-26', '2027-03-26']);
    expect(dates(5, 'mon')).toEqual(['2027-03-29', '2027-05-31', '2027-08-30', '2027-11-29']);
    expect(dates(-5, 'mon')).toEqual(['2027-03-01', '2027-05-03', '2027-08-02', '2027-11-01']);
  });

  it('interval: every n days from start, never before it', () => {
    const got = expandSlots({ kind: 'interval', everyDays: 3, start: '2027-01-04', times: ['09:00'], timeZone: 'Europe/Paris' }, { from: '2026-12-01T00:00:00Z', to: '2027-01-14T00:00:00Z' });
    expect(got.map((d) => toLocalDate(d, 'Europe/Paris'))).toEqual(['2027-01-04', '2027-01-07', '2027-01-10', '2027-01-13']);
  });

  it('start and end are local dates, both included', () => {
    const got = expandSlots(
      { kind: 'weekly', weekdays: WEEKDAYS.slice(), times: ['23:30'], timeZone: 'America/New_York', start: '2027-01-04', end: '2027-01-06' },
      { from: '2027-01-01T00:00:00Z', to: '2027-02-01T00:00:00Z' },
    );
    expect(iso(got)).toEqual(['2027-01-05T04:30:00.000Z', '2027-01-06T04:30:00.000Z', '2027-01-07T04:30:00.000Z']);
  });

  it('count counts instants (every time of every day) from start, then the range cuts', () => {
    const pattern: SlotPatternInput = { kind: 'weekly', weekdays: ['mon', 'thu'], times: ['09:00', '18:30'], timeZone: 'Europe/Paris', start: '2027-01-05', count: 5 };
    const all = expandSlots(pattern, year2027);
    expect(all.map((d) => `${toLocalDate(d, 'Europe/Paris')} ${toLocalTime(d, 'Europe/Paris')}`)).toEqual([
      '2027-01-07 09:00',
      '2027-01-07 18:30',
      '2027-01-11 09:00',
      '2027-01-11 18:30',
      '2027-01-14 09:00',
    ]);
    expect(iso(expandSlots(pattern, { from: '2027-01-11T12:00:00Z', to: '2027-12-31T00:00:00Z' }))).toEqual(['2027-01-11T17:30:00.000Z', '2027-01-14T08:00:00.000Z']);
    expect(expandSlots(pattern, { from: '2027-02-01T00:00:00Z', to: '2027-03-01T00:00:00Z' })).toEqual([]);
  });

  it('count far beyond the range start walks from start (and lets go of what is before the range)', () => {
    const pattern: SlotPatternInput = { kind: 'weekly', weekdays: WEEKDAYS.slice(), times: ['00:00', '06:00', '12:00', '18:00'], timeZone: 'Europe/Paris', start: '2020-01-01', count: 20_000 };
    const got = expandSlots(pattern, { from: '2027-01-01T00:00:00Z', to: '2027-01-02T00:00:00Z' });
    expect(got.map((d) => toLocalTime(d, 'Europe/Paris'))).toEqual(['06:00', '12:00', '18:00', '00:00']);
    // 20,000 instants at 4 a day from 2020-01-01 end on 2033-09-08.
    const tail = expandSlots(pattern, { from: '2033-09-01T00:00:00Z', to: '2034-01-01T00:00:00Z' });
    expect(toLocalDate(tail.at(-1)!, 'Europe/Paris')).toBe('2033-09-08');
  });

  it('two times sent to one instant by the gap give it once, and count counts it once', () => {
    const pattern: SlotPatternInput = { kind: 'weekly', weekdays: ['sun'], times: ['02:30', '03:30'], timeZone: 'Europe/Paris', start: '2027-03-28', count: 2 };
    expect(iso(expandSlots(pattern, { from: '2027-03-01T00:00:00Z', to: '2027-05-01T00:00:00Z' }))).toEqual(['2027-03-28T01:30:00.000Z', '2027-04-04T00:30:00.000Z']);
  });

  it('takes from inclusive and to exclusive, as Dates or ISO strings with offsets', () => {
    const pattern = sundays('UTC', ['09:00']);
    expect(iso(expandSlots(pattern, { from: new Date('2027-01-03T09:00:00Z'), to: '2027-01-10T09:00:00Z' }))).toEqual(['2027-01-03T09:00:00.000Z']);
    expect(expandSlots(pattern, { from: '2027-01-03T09:00:00Z', to: '2027-01-03T09:00:00Z' })).toEqual([]);
    expect(iso(expandSlots(pattern, { from: '2027-01-03T10:00:00+01:00', to: '2027-01-03T10:00:01+01:00' }))).toEqual(['2027-01-03T09:00:00.000Z']);
  });

  it('returns new Dates and does not mutate its (deep-frozen) input', () => {
    const pattern = deepFreeze({ kind: 'weekly', weekdays: ['mon'], times: ['09:00'], timeZone: 'Europe/Paris' } as const);
    const range = deepFreeze({ from: new Date('2027-01-04T00:00:00Z'), to: new Date('2027-01-05T00:00:00Z') });
    const a = expandSlots(pattern, range);
    const b = expandSlots(pattern, range);
    expect(a).toEqual(b);
    expect(a[0]).not.toBe(b[0]);
    expect(range.from.toISOString()).toBe('2027-01-04T00:00:00.000Z');
  });
});

describe('expandSlots: errors', () => {
  const range = { from: '2027-01-01T00:00:00Z', to: '2027-02-01T00:00:00Z' };
  const base = { kind: 'weekly', weekdays: ['mon'], times: ['09:00'], timeZone: 'Europe/Paris' } as const;

  it('names start when count or a weekly interval lacks it, and for an interval pattern', () => {
    expect(errorOf(() => expandSlots({ ...base, count: 3 }, range)).path).toEqual(['start']);
    expect(errorOf(() => expandSlots({ ...base, interval: 2 }, range)).path).toEqual(['start']);
    expect(errorOf(() => expandSlots({ kind: 'interval', everyDays: 2, times: ['09:00'], timeZone: 'UTC' } as unknown as SlotPatternInput, range)).path).toEqual(['start']);
    expect(errorOf(() => expandSlots({ kind: 'monthly', day: 1, times: ['09:00'], timeZone: 'UTC', count: 2 }, range)).message).toMatch(/start is required with count/);
  });

  it('names the field of a malformed pattern', () => {
    const cases: [unknown, (string | number)[]][] = [
      [null, []],
      [[], []],
      [{ ...base, kind: 'daily' }, ['kind']],
      [{ ...base, times: [] }, ['times']],
      [{ ...base, times: ['9:00'] }, ['times', 0]],
      [{ ...base, times: ['09:00', '09:00'] }, ['times', 1]],
      [{ ...base, weekdays: ['monday'] }, ['weekdays', 0]],
      [{ ...base, weekdays: ['mon', 'mon'] }, ['weekdays', 1]],
      [{ ...base, timeZone: 'CEST' }, ['timeZone']],
      [{ ...base, start: '2027-02-30' }, ['start']],
      [{ ...base, start: '2027-02-01', end: '2027-01-01' }, ['end']],
      [{ ...base, count: 0 }, ['count']],
      [{ ...base, count: 1.5, start: '2027-01-01' }, ['count']],
      [{ ...base, interval: Number.NaN, start: '2027-01-01' }, ['interval']],
      [{ ...base, extra: true }, ['extra']],
      [{ kind: 'monthly', day: 32, times: ['09:00'], timeZone: 'UTC' }, ['day']],
      [{ kind: 'monthly', nth: 0, weekday: 'mon', times: ['09:00'], timeZone: 'UTC' }, ['nth']],
      [{ kind: 'monthly', nth: 6, weekday: 'mon', times: ['09:00'], timeZone: 'UTC' }, ['nth']],
      [{ kind: 'monthly', day: 1, nth: 1, weekday: 'mon', times: ['09:00'], timeZone: 'UTC' }, ['day']],
      [{ kind: 'interval', everyDays: 0, start: '2027-01-01', times: ['09:00'], timeZone: 'UTC' }, ['everyDays']],
    ];
    for (const [pattern, path] of cases) {
      expect(errorOf(() => expandSlots(pattern as SlotPatternInput, range)).path, JSON.stringify(pattern)).toEqual(path);
    }
  });

  it('rejects a bad range', () => {
    expect(errorOf(() => expandSlots(base, null as never)).path).toEqual([]);
    expect(errorOf(() => expandSlots(base, { from: '2027-01-01', to: '2027-02-01T00:00:00Z' })).path).toEqual(['from']);
    expect(errorOf(() => expandSlots(base, { from: '2027-02-01T00:00:00Z', to: '2027-01-01T00:00:00Z' })).path).toEqual(['to']);
  });

  it('refuses walks beyond 100 years of local days and more than a million instants', () => {
    expect(errorOf(() => expandSlots(base, { from: '1900-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' })).issues[0]?.code).toBe('rangeTooLarge');
    expect(errorOf(() => expandSlots({ ...base, start: '1800-01-01', count: 1_000_000 }, { from: '2027-01-01T00:00:00Z', to: '2027-01-02T00:00:00Z' })).issues[0]?.code).toBe(
      'rangeTooLarge',
    );
    const everyMinute = Array.from({ length: 1440 }, (_, i) => `${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`);
    expect(
      errorOf(() => expandSlots({ kind: 'weekly', weekdays: WEEKDAYS.slice(), times: everyMinute, timeZone: 'UTC' }, { from: '2027-01-01T00:00:00Z', to: '2029-01-01T00:00:00Z' })).issues[0]
        ?.code,
    ).toBe('tooManyInstants');
  });

  it('gives nothing outside local years 0001–9999, and works across a pattern bounded by start and end', () => {
    const bounded = { ...base, start: '2027-01-04', end: '2027-01-04' };
    expect(iso(expandSlots(bounded, { from: '0001-01-01T00:00:00Z', to: '9999-12-31T23:59:59.999Z' }))).toEqual(['2027-01-04T08:00:00.000Z']);
    expect(() => expandSlots(bounded, { from: new Date(-8.64e15), to: new Date(8.64e15) })).toThrow(ValidationError);
  });
});

describe('expandSlots: properties', () => {
  const zones = [...Intl.supportedValuesOf('timeZone'), 'UTC', 'Asia/Kolkata'];
  const timeArb = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

  it('every instant is core fromLocal of its local date and time (gap and fold rules), in random zones and years', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 1970, max: 2037 }),
        fc.integer({ min: 0, max: 330 }),
        fc.uniqueArray(timeArb, { minLength: 1, maxLength: 4 }),
        (zone, year, dayOfYear, times) => {
          const from = new Date(Date.UTC(year, 0, 1 + dayOfYear));
          const to = new Date(from.getTime() + 35 * 86_400_000);
          const got = expandSlots({ kind: 'weekly', weekdays: WEEKDAYS.slice(), times, timeZone: zone }, { from, to }).map((d) => d.getTime());
          const want = new Set<number>();
          for (let ms = from.getTime() - 2 * 86_400_000; ms < to.getTime() + 2 * 86_400_000; ms += 86_400_000) {
            const date = new Date(ms).toISOString().slice(0, 10);
            for (const t of times) {
              const at = fromLocal(date, t, zone).getTime();
              if (at >= from.getTime() && at < to.getTime()) want.add(at);
            }
          }
          expect(got).toEqual([...want].sort((a, b) => a - b));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps local wall time across DST: each instant shows its pattern time, unless that time did not exist that day', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 1990, max: 2037 }), timeArb, (zone, year, time) => {
        const got = expandSlots({ kind: 'weekly', weekdays: ['sun'], times: [time], timeZone: zone }, { from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)) });
        expect(got.length).toBeGreaterThanOrEqual(51);
        for (const d of got) {
          const local = toLocalTime(d, zone);
          if (local !== time) {
            // Only in a spring gap: the time moved forward, and the day is a Sunday whose wall clock skipped it.
            expect(local > time || toLocalDate(d, zone) !== toLocalDate(new Date(d.getTime() - 86_400_000), zone)).toBe(true);
            expect(fromLocal(toLocalDate(d, zone), time, zone).getTime()).toBe(d.getTime());
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('expandSlots: long series', () => {
  it('expands 20 years of hourly slots in order, one instant lost per spring gap (02:30 joins 03:30)', () => {
    const times = Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}:30`);
    const got = expandSlots({ kind: 'weekly', weekdays: WEEKDAYS.slice(), times, timeZone: 'Europe/Paris' }, { from: '2000-01-01T00:00:00+01:00', to: '2020-01-01T00:00:00+01:00' });
    for (let i = 1; i < got.length; i += 1) if (got[i]!.getTime() <= got[i - 1]!.getTime()) throw new Error(`not increasing at ${i}`);
    const days = (Date.UTC(2020, 0, 1) - Date.UTC(2000, 0, 1)) / 86_400_000;
    expect(got).toHaveLength(days * 24 - 20);
  });
});
