import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandSlots, fromRRule, toRRule, type SlotPatternInput } from '../../src/calendar/index.js';
import { ValidationError, WEEKDAYS } from '../../src/core/index.js';

function errorOf(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return e as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

const paris = { timeZone: 'Europe/Paris' } as const;

describe('toRRule', () => {
  it('writes one rule per local time, DTSTART at the first instance (the issue’s example)', () => {
    expect(toRRule({ kind: 'weekly', weekdays: ['mon', 'thu'], times: ['18:30', '09:00'], ...paris, start: '2027-01-04' })).toEqual([
      { dtstart: 'DTSTART;TZID=Europe/Paris:20270104T090000', rrule: 'RRULE:FREQ=WEEKLY;BYDAY=MO,TH' },
      { dtstart: 'DTSTART;TZID=Europe/Paris:20270104T183000', rrule: 'RRULE:FREQ=WEEKLY;BYDAY=MO,TH' },
    ]);
  });

  it('moves DTSTART to the first day the pattern matches', () => {
    expect(toRRule({ kind: 'weekly', weekdays: ['thu'], times: ['09:00'], ...paris, start: '2027-01-04' })[0]?.dtstart).toBe('DTSTART;TZID=Europe/Paris:20270107T090000');
    expect(toRRule({ kind: 'monthly', day: 31, times: ['09:00'], ...paris, start: '2027-02-01' })[0]).toEqual({
      dtstart: 'DTSTART;TZID=Europe/Paris:20270331T090000',
      rrule: 'RRULE:FREQ=MONTHLY;BYMONTHDAY=31',
    });
  });

  it('writes each kind', () => {
    expect(toRRule({ kind: 'monthly', nth: -1, weekday: 'fri', times: ['17:00'], timeZone: 'UTC', start: '2027-01-01' })).toEqual([
      { dtstart: 'DTSTART:20270129T170000Z', rrule: 'RRULE:FREQ=MONTHLY;BYDAY=-1FR' },
    ]);
    expect(toRRule({ kind: 'monthly', nth: 2, weekday: 'tue', times: ['10:00'], ...paris, start: '2027-01-01' })[0]?.rrule).toBe('RRULE:FREQ=MONTHLY;BYDAY=2TU');
    expect(toRRule({ kind: 'interval', everyDays: 3, start: '2027-01-04', times: ['09:00'], ...paris })[0]?.rrule).toBe('RRULE:FREQ=DAILY;INTERVAL=3');
    expect(toRRule({ kind: 'interval', everyDays: 1, start: '2027-01-04', times: ['09:00'], ...paris })[0]?.rrule).toBe('RRULE:FREQ=DAILY');
    expect(toRRule({ kind: 'weekly', weekdays: ['tue', 'mon'], interval: 2, start: '2027-01-04', times: ['09:00'], ...paris })[0]?.rrule).toBe(
      'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TU;WKST=MO',
    );
  });

  it('turns count into an UTC UNTIL at each rule’s last occurrence, and drops a time left with none', () => {
    expect(toRRule({ kind: 'weekly', weekdays: ['mon', 'thu'], times: ['09:00', '18:30'], ...paris, start: '2027-01-04', count: 5 })).toEqual([
      { dtstart: 'DTSTART;TZID=Europe/Paris:20270104T090000', rrule: 'RRULE:FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20270111T080000Z' },
      { dtstart: 'DTSTART;TZID=Europe/Paris:20270104T183000', rrule: 'RRULE:FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20270107T173000Z' },
    ]);
    expect(toRRule({ kind: 'weekly', weekdays: ['mon'], times: ['09:00', '18:30'], ...paris, start: '2027-01-04', count: 1 })).toEqual([
      { dtstart: 'DTSTART;TZID=Europe/Paris:20270104T090000', rrule: 'RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20270104T080000Z' },
    ]);
  });

  it('turns end into an UNTIL too, and gives [] for a pattern with no occurrence', () => {
    expect(toRRule({ kind: 'weekly', weekdays: ['mon'], times: ['09:00'], ...paris, start: '2027-03-01', end: '2027-03-31' })[0]?.rrule).toBe(
      'RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20270329T070000Z',
    );
    expect(toRRule({ kind: 'weekly', weekdays: ['mon'], times: ['09:00'], ...paris, start: '2027-03-02', end: '2027-03-07' })).toEqual([]);
  });

  it('needs start, and names it', () => {
    const e = errorOf(() => toRRule({ kind: 'weekly', weekdays: ['mon'], times: ['09:00'], ...paris }));
    expect(e.path).toEqual(['start']);
    expect(e.issues[0]?.code).toBe('missingStart');
    expect(errorOf(() => toRRule(null as never)).path).toEqual([]);
    expect(errorOf(() => toRRule({ kind: 'weekly', weekdays: ['mon'], times: ['09:00'], ...paris, start: '1900-01-01', count: 10_000_000 })).issues[0]?.code).toBe('rangeTooLarge');
  });
});

describe('fromRRule', () => {
  it('reads the issue’s example back', () => {
    expect(fromRRule({ dtstart: 'DTSTART;TZID=Europe/Paris:20270104T090000', rrule: 'RRULE:FREQ=WEEKLY;BYDAY=MO,TH' })).toEqual({
      kind: 'weekly',
      weekdays: ['mon', 'thu'],
      times: ['09:00'],
      timeZone: 'Europe/Paris',
      start: '2027-01-04',
    });
  });

  it('takes the zone from TZID (it wins), Z, or the option for a floating DTSTART', () => {
    const rrule = 'FREQ=DAILY;INTERVAL=2';
    expect(fromRRule({ dtstart: 'DTSTART;TZID="America/New_York":20270104T090000', rrule }, { timeZone: 'Asia/Tokyo' }).timeZone).toBe('America/New_York');
    expect(fromRRule({ dtstart: 'DTSTART:20270104T090000Z', rrule }).timeZone).toBe('UTC');
    expect(fromRRule({ dtstart: 'DTSTART:20270104T090000', rrule }, { timeZone: 'Asia/Tokyo' })).toEqual({
      kind: 'interval',
      everyDays: 2,
      times: ['09:00'],
      timeZone: 'Asia/Tokyo',
      start: '2027-01-04',
    });
    expect(errorOf(() => fromRRule({ dtstart: 'DTSTART:20270104T090000', rrule })).path).toEqual(['timeZone']);
    expect(errorOf(() => fromRRule({ dtstart: 'DTSTART;TZID=Mars/Olympus:20270104T090000', rrule })).issues[0]?.code).toBe('invalidTimeZone');
  });

  it('reads BYHOUR and BYMINUTE as the cross product of times, and DTSTART fills what is missing', () => {
    expect(fromRRule({ dtstart: 'DTSTART;TZID=Europe/Paris:20270104T090000', rrule: 'RRULE:FREQ=WEEKLY;BYDAY=MO;BYHOUR=9,18;BYMINUTE=0,30' }).times).toEqual([
      '09:00',
      '09:30',
      '18:00',
      '18:30',
    ]);
    expect(fromRRule({ dtstart: 'DTSTART;TZID=Europe/Paris:20270104T091500', rrule: 'RRULE:FREQ=WEEKLY;BYHOUR=9,12' }).times).toEqual(['09:15', '12:15']);
    expect(fromRRule({ dtstart: 'DTSTART;TZID=Europe/Paris:20270104T091500', rrule: 'RRULE:FREQ=WEEKLY' })).toMatchObject({ weekdays: ['mon'] });
  });

  it('reads monthly rules, COUNT and INTERVAL', () => {
    expect(fromRRule({ dtstart: 'DTSTART;TZID=Europe/Paris:20270112T100000', rrule: 'RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=6' })).toEqual({
      kind: 'monthly',
      nth: 2,
      weekday: 'tue',
      times: ['10:00'],
      timeZone: 'Europe/Paris',
      start: '2027-01-12',
      count: 6,
    });
    expect(fromRRule({ dtstart: 'DTSTART;TZID=Europe/Paris:20270115T100000', rrule: 'FREQ=MONTHLY' })).toMatchObject({ kind: 'monthly', day: 15 });
    expect(fromRRule({ dtstart: 'DTSTART;TZID=Europe/Paris:20270104T100000', rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;WKST=MO' })).toMatchObject({ interval: 2 });
    expect(fromRRule({ dtstart: 'DTSTART;TZID=Europe/Paris:20270104T100000', rrule: 'FREQ=DAILY;BYDAY=MO,TH' })).toMatchObject({ kind: 'weekly', weekdays: ['mon', 'thu'] });
    expect(fromRRule({ dtstart: 'dtstart;value=date-time;tzid=Europe/Paris:20270104T100000', rrule: 'rrule:freq=daily' })).toMatchObject({ kind: 'interval', everyDays: 1 });
  });

  it('reads UNTIL as the last local date it lets in', () => {
    const dtstart = 'DTSTART;TZID=Europe/Paris:20270104T090000';
    expect(fromRRule({ dtstart, rrule: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20270329T070000Z' }).end).toBe('2027-03-29');
    expect(fromRRule({ dtstart, rrule: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20270329T065959Z' }).end).toBe('2027-03-28');
    expect(fromRRule({ dtstart, rrule: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20270331T000000Z' }).end).toBe('2027-03-31');
    expect(fromRRule({ dtstart, rrule: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20270329T090000' }).end).toBe('2027-03-29');
    expect(errorOf(() => fromRRule({ dtstart, rrule: 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9,18;UNTIL=20270329T120000Z' })).message).toMatch(/between two times/);
    expect(errorOf(() => fromRRule({ dtstart, rrule: 'FREQ=WEEKLY;UNTIL=20261231T000000Z' })).message).toMatch(/before the first instance/);
    expect(errorOf(() => fromRRule({ dtstart, rrule: 'FREQ=WEEKLY;UNTIL=20270329' })).message).toMatch(/date-only UNTIL/);
  });

  it('names every unsupported part or combination', () => {
    const dtstart = 'DTSTART;TZID=Europe/Paris:20270104T090000';
    const cases: [string, RegExp][] = [
      ['FREQ=YEARLY', /FREQ=YEARLY/],
      ['FREQ=HOURLY', /FREQ=HOURLY/],
      ['FREQ=WEEKLY;BYSETPOS=1', /BYSETPOS/],
      ['FREQ=WEEKLY;BYMONTH=1', /BYMONTH /],
      ['FREQ=WEEKLY;BYSECOND=0', /BYSECOND/],
      ['FREQ=WEEKLY;WKST=SU', /WKST=SU/],
      ['FREQ=MONTHLY;INTERVAL=2', /INTERVAL on a MONTHLY/],
      ['FREQ=MONTHLY;BYMONTHDAY=4,18', /several days/],
      ['FREQ=MONTHLY;BYMONTHDAY=-1', /negative/],
      ['FREQ=MONTHLY;BYDAY=MO', /ordinal/],
      ['FREQ=MONTHLY;BYDAY=1MO,3MO', /several days/],
      ['FREQ=MONTHLY;BYDAY=1MO;BYMONTHDAY=4', /BYDAY with BYMONTHDAY/],
      ['FREQ=WEEKLY;BYDAY=1MO', /ordinals/],
      ['FREQ=WEEKLY;BYMONTHDAY=4', /BYMONTHDAY on a WEEKLY/],
      ['FREQ=DAILY;INTERVAL=2;BYDAY=MO', /use a WEEKLY rule/],
    ];
    for (const [rrule, message] of cases) {
      const e = errorOf(() => fromRRule({ dtstart, rrule }));
      expect(e.message, rrule).toMatch(message);
      expect(e.issues[0]?.code, rrule).toBe('unsupportedRRule');
    }
    expect(errorOf(() => fromRRule({ dtstart: 'DTSTART;VALUE=DATE:20270104', rrule: 'FREQ=DAILY' })).issues[0]?.code).toBe('unsupportedRRule');
    expect(errorOf(() => fromRRule({ dtstart: 'DTSTART;X-FOO=1:20270104T090000Z', rrule: 'FREQ=DAILY' })).message).toMatch(/X-FOO/);
  });

  it('refuses malformed lines, naming dtstart or rrule', () => {
    const dtstart = 'DTSTART;TZID=Europe/Paris:20270104T090000';
    const bad: [unknown, unknown, string][] = [
      ['20270104T090000', 'FREQ=DAILY', 'dtstart'],
      ['DTSTART;TZID=Europe/Paris:20270230T090000', 'FREQ=DAILY', 'dtstart'],
      ['DTSTART;TZID=Europe/Paris:20270104T090030', 'FREQ=DAILY', 'dtstart'],
      ['DTSTART;TZID=Europe/Paris:20270104', 'FREQ=DAILY', 'dtstart'],
      ['DTSTART;TZID=Europe/Paris:20270104T090000Z', 'FREQ=DAILY', 'dtstart'],
      ['DTSTART;TZID="Europe/Paris:20270104T090000', 'FREQ=DAILY', 'dtstart'],
      ['DTSTART;TZID:20270104T090000', 'FREQ=DAILY', 'dtstart'],
      ['DTSTART;TZID=Europe/Paris', 'FREQ=DAILY', 'dtstart'],
      ['DTSTART;TZID=Europe/Paris:2027', 'FREQ=DAILY', 'dtstart'],
      [dtstart.repeat(100), 'FREQ=DAILY', 'dtstart'],
      [42, 'FREQ=DAILY', 'dtstart'],
      [dtstart, '', 'rrule'],
      [dtstart, 'BYDAY=MO', 'rrule'],
      [dtstart, 'FREQ=DAILY;FREQ=DAILY', 'rrule'],
      [dtstart, 'FREQ=DAILY;INTERVAL=0', 'rrule'],
      [dtstart, 'FREQ=DAILY;INTERVAL=x', 'rrule'],
      [dtstart, 'FREQ=DAILY;;', 'rrule'],
      [dtstart, 'FREQ=WEEKLY;BYDAY=XX', 'rrule'],
      [dtstart, 'FREQ=MONTHLY;BYDAY=0MO', 'rrule'],
      [dtstart, 'FREQ=WEEKLY;BYHOUR=24', 'rrule'],
      [dtstart, 'FREQ=WEEKLY;COUNT=3;UNTIL=20270329T070000Z', 'rrule'],
      [dtstart, 'FREQ=WEEKLY;UNTIL=2027-03-29', 'rrule'],
      [dtstart, 'FREQ=WEEKLY;BYDAY=TU', 'dtstart'],
      [dtstart, 'FREQ=WEEKLY;BYHOUR=8,9', 'dtstart'],
    ];
    for (const [d, r, field] of bad) {
      expect(errorOf(() => fromRRule({ dtstart: d, rrule: r } as never)).path[0], `${String(d).slice(0, 60)} ${String(r)}`).toBe(field);
    }
    expect(errorOf(() => fromRRule(null as never)).path).toEqual([]);
    expect(errorOf(() => fromRRule({ dtstart, rrule: 'FREQ=DAILY' }, null as never)).path).toEqual([]);
    expect(errorOf(() => fromRRule({ dtstart, rrule: 'FREQ=DAILY' }, { timeZone: 'CEST' })).path).toEqual(['timeZone']);
  });
});

describe('toRRule → fromRRule round trip', () => {
  const zones = ['Europe/Paris', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC', 'America/Sao_Paulo', 'Pacific/Auckland'];
  const timeArb = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const dateArb = fc.integer({ min: 0, max: 3 * 365 }).map((d) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
  const common = fc.record({
    times: fc.uniqueArray(timeArb, { minLength: 1, maxLength: 3 }),
    timeZone: fc.constantFrom(...zones),
    start: dateArb,
    limit: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 400 })),
    useCount: fc.boolean(),
  });
  const patternArb = fc
    .tuple(
      common,
      fc.oneof(
        fc.record({ kind: fc.constant('weekly' as const), weekdays: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 }), interval: fc.integer({ min: 1, max: 3 }) }),
        fc.record({ kind: fc.constant('monthly' as const), day: fc.integer({ min: 1, max: 31 }) }),
        fc.record({ kind: fc.constant('monthly' as const), nth: fc.constantFrom(-2, -1, 1, 2, 3, 4, 5), weekday: fc.constantFrom(...WEEKDAYS) }),
        fc.record({ kind: fc.constant('interval' as const), everyDays: fc.integer({ min: 1, max: 10 }) }),
      ),
    )
    .map(([c, k]): SlotPatternInput => {
      const bound =
        c.limit === null ? {} : c.useCount ? { count: Math.max(1, c.limit) } : { end: new Date(Date.parse(`${c.start}T00:00:00Z`) + c.limit * 86_400_000).toISOString().slice(0, 10) };
      return { ...k, times: c.times, timeZone: c.timeZone, start: c.start, ...bound } as SlotPatternInput;
    });

  it('the rules read back expand to the same instants as the pattern', () => {
    fc.assert(
      fc.property(patternArb, (pattern) => {
        const range = { from: '2025-12-01T00:00:00Z', to: '2030-06-01T00:00:00Z' };
        const want = expandSlots(pattern, range).map((d) => d.getTime());
        const got = new Set<number>();
        for (const lines of toRRule(pattern)) {
          const back = fromRRule(lines);
          for (const d of expandSlots(back, range)) got.add(d.getTime());
        }
        expect([...got].sort((a, b) => a - b)).toEqual(want);
      }),
      { numRuns: 200 },
    );
  });
});
