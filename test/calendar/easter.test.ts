import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { easterSunday, FRENCH_SALES_EXCEPTIONS, frenchMothersDay, frenchSalesPeriod } from '../../src/calendar/index.js';
import { ValidationError } from '../../src/core/index.js';

describe('easterSunday', () => {
  it('matches the worked examples of Meeus, Astronomical Algorithms (2nd ed., 1998), ch. 8', () => {
    expect(easterSunday(1991)).toBe('1991-03-31');
    expect(easterSunday(1992)).toBe('1992-04-19');
    expect(easterSunday(1993)).toBe('1993-04-11');
    expect(easterSunday(1954)).toBe('1954-04-18');
    expect(easterSunday(2000)).toBe('2000-04-23');
    expect(easterSunday(1818)).toBe('1818-03-22');
  });

  it('matches the US Census Bureau table of Easter dates (census.gov/data/software/x13as/genhol/easter-dates.html)', () => {
    const known: Record<number, string> = {
      2008: '2008-03-23',
      2011: '2011-04-24',
      2019: '2019-04-21',
      2020: '2020-04-12',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2038: '2038-04-25',
    };
    for (const [year, date] of Object.entries(known)) expect(easterSunday(Number(year))).toBe(date);
    expect(easterSunday(2285)).toBe('2285-03-22'); // the earliest possible date, again
  });

  it('agrees with date-holidays (Easter Monday − 1 day) for every year from 1900 to 2100', () => {
    const fr = new Holidays('FR');
    for (let year = 1900; year <= 2100; year += 1) {
      const monday = fr.getHolidays(year).find((h) => h.rule === 'easter 1');
      const sunday = new Date(Date.parse(`${monday!.date.slice(0, 10)}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      expect(easterSunday(year), String(year)).toBe(sunday);
    }
  });

  it('always falls on a Sunday between 22 March and 25 April', () => {
    for (let year = 1583; year <= 4099; year += 1) {
      const date = easterSunday(year);
      expect(new Date(`${date}T00:00:00Z`).getUTCDay()).toBe(0);
      expect(date.slice(5) >= '03-22' && date.slice(5) <= '04-25').toBe(true);
    }
  });

  it('refuses a year that is not a whole number from 1 to 9999', () => {
    for (const bad of [0, -1, 10_000, 2027.5, Number.NaN, Infinity, 1e308, '2027', null, undefined]) {
      expect(() => easterSunday(bad as number)).toThrow(ValidationError);
    }
    expect(easterSunday(1)).toMatch(/^0001-0[34]-\d{2}$/);
    expect(easterSunday(9999)).toMatch(/^9999-0[34]-\d{2}$/);
  });
});

describe('frenchMothersDay', () => {
  it('moves to the first Sunday of June when Pentecost is the last Sunday of May (loi n° 50-577 du 24 mai 1950): 7 June 2020', () => {
    expect(frenchMothersDay(2020)).toBe('2020-06-07');
    expect(frenchMothersDay(2023)).toBe('2023-06-04');
  });

  it('matches the dates published for 2007–2012 and 2024–2032 (bleufr.blogspot.com, aleteia.org, europe1.fr)', () => {
    const known: Record<number, string> = {
      2007: '2007-06-03',
      2008: '2008-05-25',
      2009: '2009-06-07',
      2010: '2010-05-30',
      2011: '2011-05-29',
      2012: '2012-06-03',
      2024: '2024-05-26',
      2025: '2025-05-25',
      2026: '2026-05-31',
      2027: '2027-05-30',
      2028: '2028-05-28',
      2029: '2029-05-27',
      2030: '2030-05-26',
      2031: '2031-05-25',
      2032: '2032-05-30',
    };
    for (const [year, date] of Object.entries(known)) expect(frenchMothersDay(Number(year)), year).toBe(date);
  });

  it('is the last Sunday of May whenever that is not Pentecost, as date-holidays says; date-holidays misses the Pentecost rule', () => {
    const fr = new Holidays('FR');
    const disagreements: number[] = [];
    for (let year = 1951; year <= 2100; year += 1) {
      const theirs = fr.getHolidays(year).find((h) => h.rule === 'sunday before 06-01')?.date.slice(0, 10);
      if (theirs !== frenchMothersDay(year)) disagreements.push(year);
    }
    // Exactly the years whose last Sunday of May is Pentecost.
    for (const year of disagreements) {
      const pentecost = new Date(Date.parse(`${easterSunday(year)}T00:00:00Z`) + 49 * 86_400_000).toISOString().slice(0, 10);
      expect(pentecost.slice(5, 7)).toBe('05');
      expect(Number(pentecost.slice(8))).toBeGreaterThan(24);
      expect(frenchMothersDay(year).slice(5, 7)).toBe('06');
    }
    expect(disagreements).toContain(2020);
    expect(disagreements).toContain(2023);
    expect(disagreements).not.toContain(2027);
  });

  it('refuses a bad year', () => {
    expect(() => frenchMothersDay(0)).toThrow(ValidationError);
  });
});

describe('frenchSalesPeriod', () => {
  it('matches the published national dates (tf1info.fr 2023, linternaute.com 2022, affiches-parisiennes.com 2022)', () => {
    expect(frenchSalesPeriod(2022, { season: 'winter' })).toEqual({ date: '2022-01-12', endDate: '2022-02-08' });
    expect(frenchSalesPeriod(2022, { season: 'summer' })).toEqual({ date: '2022-06-22', endDate: '2022-07-19' });
    expect(frenchSalesPeriod(2023, { season: 'winter' })).toEqual({ date: '2023-01-11', endDate: '2023-02-07' });
    // summer 2023: the arrêté du 6 juillet 2023 added a fifth week (https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047792782)
    expect(frenchSalesPeriod(2023, { season: 'summer' })).toEqual({ date: '2023-06-28', endDate: '2023-08-01' });
    expect(frenchSalesPeriod(2023, { season: 'summer', exceptions: false })).toEqual({ date: '2023-06-28', endDate: '2023-07-25' });
  });

  it('puts the one-off orders over the rule (FRENCH_SALES_EXCEPTIONS, each with its order and source)', () => {
    // https://bizouard.com/blog/2020/06/12/soldes-dete-demarrage-officiellement-reporte-au-15-juillet-2020 (arrêté du 10 juin 2020)
    expect(frenchSalesPeriod(2020, { season: 'summer' })).toEqual({ date: '2020-07-15', endDate: '2020-08-11' });
    expect(frenchSalesPeriod(2020, { season: 'summer', exceptions: false })).toEqual({ date: '2020-06-24', endDate: '2020-07-21' });
    // https://abak.ec/les-soldes-officiellement-reportes-au-20-janvier (arrêté du 29 décembre 2020), extended to 2 March
    // by the arrêté du 15 février 2021 (https://cpga-asso.com/les-soldes-dhiver-prolonges-de-2-semaines-2)
    expect(frenchSalesPeriod(2021, { season: 'winter' })).toEqual({ date: '2021-01-20', endDate: '2021-03-02' });
    expect(frenchSalesPeriod(2021, { season: 'winter', exceptions: false })).toEqual({ date: '2021-01-06', endDate: '2021-02-02' });
    // https://legal.tricoteuses.fr/articles/JORFARTI000043684545: 30 June 2021 instead of the rule's 23 June
    expect(frenchSalesPeriod(2021, { season: 'summer' })).toEqual({ date: '2021-06-30', endDate: '2021-07-27' });
    expect(frenchSalesPeriod(2021, { season: 'summer', exceptions: false })).toEqual({ date: '2021-06-23', endDate: '2021-07-20' });
    expect(FRENCH_SALES_EXCEPTIONS).toHaveLength(4);
    for (const e of FRENCH_SALES_EXCEPTIONS) {
      expect(e.source).toMatch(/^https:\/\//);
      expect(e.order).toMatch(/arrêté/);
      expect(frenchSalesPeriod(e.year, { season: e.season })).toEqual({ date: e.date, endDate: e.endDate });
      expect(frenchSalesPeriod(e.year, { season: e.season, exceptions: false })).not.toEqual({ date: e.date, endDate: e.endDate });
      expect(Object.isFrozen(e)).toBe(true);
    }
    expect(Object.isFrozen(FRENCH_SALES_EXCEPTIONS)).toBe(true);
  });

  it('keeps the rule in the years without an exception (winter 2028: 12 January – 8 February)', () => {
    expect(frenchSalesPeriod(2028, { season: 'winter' })).toEqual({ date: '2028-01-12', endDate: '2028-02-08' });
    expect(frenchSalesPeriod(2022, { season: 'winter' })).toEqual(frenchSalesPeriod(2022, { season: 'winter', exceptions: false }));
    expect(() => frenchSalesPeriod(2028, { season: 'winter', exceptions: 'no' } as never)).toThrow(ValidationError);
  });

  it('applies the rule: second Wednesday of January unless after the 12th; last Wednesday of June unless after the 28th; four weeks', () => {
    expect(frenchSalesPeriod(2024, { season: 'winter' })).toEqual({ date: '2024-01-10', endDate: '2024-02-06' });
    expect(frenchSalesPeriod(2025, { season: 'winter' })).toEqual({ date: '2025-01-08', endDate: '2025-02-04' });
    expect(frenchSalesPeriod(2027, { season: 'winter' })).toEqual({ date: '2027-01-06', endDate: '2027-02-02' }); // 2nd Wednesday is the 13th
    expect(frenchSalesPeriod(2027, { season: 'summer' })).toEqual({ date: '2027-06-23', endDate: '2027-07-20' }); // last Wednesday is the 30th
    expect(frenchSalesPeriod(2024, { season: 'summer' })).toEqual({ date: '2024-06-26', endDate: '2024-07-23' });
  });

  it('gives null before 2020 and refuses bad arguments', () => {
    expect(frenchSalesPeriod(2019, { season: 'winter' })).toBeNull();
    expect(() => frenchSalesPeriod(2027, { season: 'spring' } as never)).toThrow(ValidationError);
    expect(() => frenchSalesPeriod(2027, null as never)).toThrow(ValidationError);
    expect(() => frenchSalesPeriod(Number.NaN, { season: 'winter' })).toThrow(ValidationError);
  });
});
