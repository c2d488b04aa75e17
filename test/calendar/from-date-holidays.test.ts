import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { fromDateHolidays, type DateHolidaysHoliday, type DateHolidaysLike } from '../../src/calendar/index.js';
import { ValidationError } from '../../src/core/index.js';

function errorOf(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return e as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

function fake(byYear: Record<number, unknown>): DateHolidaysLike {
  return { getHolidays: (year: number) => (byYear[year] ?? []) as readonly DateHolidaysHoliday[] };
}

describe('fromDateHolidays with date-holidays', () => {
  it('reads the French holidays of May 2027', () => {
    const list = fromDateHolidays(new Holidays('FR'), { from: '2027-05-01', to: '2027-05-31', country: 'FR' });
    expect(list.map((h) => `${h.date} ${h.name}`)).toEqual([
      '2027-05-01 Fête du travail',
      '2027-05-06 Ascension',
      '2027-05-08 Fête de la Victoire 1945',
      '2027-05-16 Pentecôte',
      '2027-05-17 Lundi de Pentecôte',
      '2027-05-30 Fête des Mères',
    ]);
    expect(list[0]).toEqual({
      id: 'dateHolidays:05-01',
      date: '2027-05-01',
      name: 'Fête du travail',
      category: 'holiday',
      countries: ['FR'],
      source: 'https://github.com/commenthol/date-holidays',
    });
    expect(list.find((h) => h.name === 'Fête des Mères')?.category).toBe('cultural');
  });

  it('reads UK bank holidays in another language, across a year boundary', () => {
    const list = fromDateHolidays(new Holidays('GB'), { from: '2026-12-20', to: '2027-01-05', locale: 'en' });
    expect(list.map((h) => h.date)).toEqual(expect.arrayContaining(['2026-12-25', '2026-12-26', '2027-01-01']));
    expect(list.every((h) => h.countries.length === 0)).toBe(true);
    const sorted = list.map((h) => h.date);
    expect(sorted).toEqual([...sorted].sort());
  });

  it('keeps substitute days apart from the holiday they replace (US, 4 July 2027 is a Sunday)', () => {
    const list = fromDateHolidays(new Holidays('US', { types: ['public'] }), { from: '2027-07-01', to: '2027-07-31', country: 'US' });
    expect(list.map((h) => `${h.date} ${h.id}`)).toEqual([
      '2027-07-04 dateHolidays:07-04 and if sunday then next monday if saturday then previous friday',
      '2027-07-05 dateHolidays:07-04 and if sunday then next monday if saturday then previous friday (substitute)',
    ]);
  });
});

describe('fromDateHolidays with a hand-made instance', () => {
  const day = (date: string, hours = 24): Pick<DateHolidaysHoliday, 'date' | 'start' | 'end'> => {
    const start = new Date(`${date}T00:00:00Z`);
    return { date: `${date} 00:00:00`, start, end: new Date(start.getTime() + hours * 3_600_000) };
  };

  it('turns a multi-day holiday into date and endDate, counting 23- and 25-hour days as days', () => {
    const instance = fake({
      2027: [
        { ...day('2027-03-27', 71), name: 'Long weekend', type: 'school', rule: 'x' }, // 3 days, one of 23 hours
        { ...day('2027-10-30', 25), name: 'Autumn', type: 'bank', rule: 'y' },
        { ...day('2027-10-31', 6), name: 'Evening', type: 'observance' },
      ],
    });
    expect(fromDateHolidays(instance, { from: '2027-01-01', to: '2027-12-31' })).toEqual([
      { id: 'dateHolidays:x', date: '2027-03-27', endDate: '2027-03-29', name: 'Long weekend', category: 'holiday', countries: [], source: 'https://github.com/commenthol/date-holidays' },
      { id: 'dateHolidays:y', date: '2027-10-30', name: 'Autumn', category: 'holiday', countries: [], source: 'https://github.com/commenthol/date-holidays' },
      { id: 'dateHolidays:Evening', date: '2027-10-31', name: 'Evening', category: 'cultural', countries: [], source: 'https://github.com/commenthol/date-holidays' },
    ]);
    expect(fromDateHolidays(instance, { from: '2027-03-29', to: '2027-03-29' }).map((h) => h.name)).toEqual(['Long weekend']);
  });

  it('passes the locale to getHolidays', () => {
    const calls: unknown[][] = [];
    const instance: DateHolidaysLike = {
      getHolidays: (...args: unknown[]) => {
        calls.push(args);
        return [];
      },
    };
    fromDateHolidays(instance, { from: '2027-01-01', to: '2027-01-31', locale: 'fr' });
    expect(calls).toEqual([
      [2026, 'fr'],
      [2027, 'fr'],
    ]);
  });

  it('names what is wrong in what the instance returns', () => {
    const range = { from: '2027-01-01', to: '2027-12-31' };
    const good = { ...day('2027-05-01'), name: 'x', type: 'public', rule: 'r' };
    const cases: [unknown, string][] = [
      [null, '(item)'],
      [{ ...good, date: '1 May 2027' }, 'date'],
      [{ ...good, date: '2027-02-30 00:00:00' }, 'date'],
      [{ ...good, start: 'today' }, 'start'],
      [{ ...good, end: new Date(Number.NaN) }, 'end'],
      [{ ...good, end: new Date(0) }, 'end'],
      [{ ...good, name: '' }, 'name'],
      [{ ...good, type: 3 }, 'type'],
      [{ ...good, rule: 'r'.repeat(301) }, 'rule'],
    ];
    for (const [item, field] of cases) {
      const e = errorOf(() => fromDateHolidays(fake({ 2027: [item] }), range));
      expect(e.path.at(-1), field).toBe(field);
      expect(e.path.slice(0, 2)).toEqual(['instance', 'getHolidays(2027)']);
    }
    expect(errorOf(() => fromDateHolidays(fake({ 2027: 'nope' }), range)).issues[0]?.code).toBe('invalidHolidays');
    const throwing: DateHolidaysLike = {
      getHolidays: () => {
        throw new TypeError('boom');
      },
    };
    expect(errorOf(() => fromDateHolidays(throwing, range)).message).toMatch(/threw: boom/);
  });

  it('rejects bad arguments', () => {
    const range = { from: '2027-01-01', to: '2027-12-31' };
    expect(errorOf(() => fromDateHolidays(null as never, range)).path).toEqual(['instance']);
    expect(errorOf(() => fromDateHolidays({} as never, range)).path).toEqual(['instance']);
    expect(errorOf(() => fromDateHolidays(fake({}), null as never)).path).toEqual([]);
    expect(errorOf(() => fromDateHolidays(fake({}), { from: '2027-01-01', to: '1999-01-01' })).path).toEqual(['to']);
    expect(errorOf(() => fromDateHolidays(fake({}), { from: '1900-01-01', to: '2027-01-01' })).issues[0]?.code).toBe('rangeTooLarge');
    expect(errorOf(() => fromDateHolidays(fake({}), { ...range, country: 'UK ' })).path).toEqual(['country']);
    expect(errorOf(() => fromDateHolidays(fake({}), { ...range, locale: 'x'.repeat(100) })).path).toEqual(['locale']);
  });
});
