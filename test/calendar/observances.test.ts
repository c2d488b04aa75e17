import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInObservances, marronniers, observances, ObservanceSchema, type ObservanceInput } from '../../src/calendar/index.js';
import { ValidationError } from '../../src/core/index.js';

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

const year2027 = { from: '2027-01-01', to: '2027-12-31' } as const;
const byId = (list: ReturnType<typeof observances>) => new Map(list.map((o) => [o.id, o]));

describe('the marronniers dataset', () => {
  it('has every entry valid for ObservanceSchema, with a unique id, an https source and an asOf', () => {
    const ids = new Set<string>();
    for (const entry of builtInObservances) {
      expect(() => ObservanceSchema.parse(entry), entry.id).not.toThrow();
      expect(ids.has(entry.id), entry.id).toBe(false);
      ids.add(entry.id);
      expect(entry.source).toMatch(/^https:\/\//);
      // A row cites the page its date was found on; a few of those are served over plain http.
      if (entry.rule.kind === 'table') for (const row of entry.rule.dates) expect(row.source).toMatch(/^https?:\/\/[^\s]+$/);
      if (entry.rule.kind === 'relative') expect(builtInObservances.some((o) => o.id === (entry.rule as { to: string }).to)).toBe(true);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(builtInObservances)).toBe(true);
    expect(marronniers).toBe(builtInObservances);
    expect(Object.isFrozen(builtInObservances[0])).toBe(true);
    expect(Object.isFrozen(builtInObservances[0]?.names)).toBe(true);
  });

  it('dates at least 60 distinct entries in 2027 for FR, US and GB together, worldwide days included', () => {
    const list = observances({ ...year2027, countries: ['FR', 'US', 'GB'] });
    expect(new Set(list.map((o) => o.id)).size).toBeGreaterThanOrEqual(60);
    expect(list.filter((o) => o.countries.includes('*')).length).toBeGreaterThanOrEqual(30);
    for (const country of ['FR', 'US', 'GB']) {
      expect(observances({ ...year2027, countries: [country] }).filter((o) => !o.countries.includes('*')).length, country).toBeGreaterThanOrEqual(20);
    }
  });

  it('gives the 2027 dates of the days the issue lists', () => {
    const got = byId(observances(year2027));
    const want: Record<string, [string, string?]> = {
      newYearsDay: ['2027-01-01'],
      epiphany: ['2027-01-06'],
      chandeleur: ['2027-02-02'],
      valentinesDay: ['2027-02-14'],
      internationalWomensDay: ['2027-03-08'],
      mothersDayGb: ['2027-03-07'], // Easter (28 March) − 21 days
      aprilFools: ['2027-04-01'],
      easterSunday: ['2027-03-28'],
      earthDay: ['2027-04-22'],
      labourDay: ['2027-05-01'],
      mothersDayUs: ['2027-05-09'],
      mothersDayFr: ['2027-05-30'],
      pentecost: ['2027-05-16'],
      ascension: ['2027-05-06'],
      worldEnvironmentDay: ['2027-06-05'],
      fathersDay: ['2027-06-20'],
      feteDeLaMusique: ['2027-06-21'],
      frenchWinterSales: ['2027-01-06', '2027-02-02'],
      frenchSummerSales: ['2027-06-23', '2027-07-20'],
      heritageDays: ['2027-09-18', '2027-09-19'],
      worldMentalHealthDay: ['2027-10-10'],
      halloween: ['2027-10-31'],
      thanksgivingUs: ['2027-11-25'],
      blackFriday: ['2027-11-26'],
      cyberMonday: ['2027-11-29'],
      givingTuesday: ['2027-11-30'],
      christmas: ['2027-12-25'],
      movember: ['2027-11-01', '2027-11-30'],
      lunarNewYear: ['2027-02-06'],
      memorialDay: ['2027-05-31'],
      martinLutherKingDay: ['2027-01-18'],
      laborDayUs: ['2027-09-06'],
      remembranceSunday: ['2027-11-14'],
      mardiGras: ['2027-02-09'],
    };
    for (const [id, [date, endDate]] of Object.entries(want)) {
      expect(got.get(id)?.date, id).toBe(date);
      expect(got.get(id)?.endDate, id).toBe(endDate);
    }
  });

  it('has the rentrée of the school years whose calendar is published, and none for 2027 yet', () => {
    expect(observances({ from: '2026-01-01', to: '2026-12-31', countries: ['FR'] }).find((o) => o.id === 'rentreeScolaire')).toMatchObject({
      date: '2026-09-01',
      source: 'https://www.education.gouv.fr/calendrier-scolaire-100148',
    });
    expect(observances({ ...year2027, countries: ['FR'] }).some((o) => o.id === 'rentreeScolaire')).toBe(false);
  });
});

describe('observances', () => {
  it('answers the example of the docs', () => {
    expect(observances({ from: '2027-11-20', to: '2027-11-30', countries: ['FR'], categories: ['commercial'], locale: 'fr' }).map((o) => `${o.date} ${o.name}`)).toEqual([
      '2027-11-26 Black Friday',
      '2027-11-29 Cyber Monday',
    ]);
  });

  it('returns the documented shape, sorted by date then id', () => {
    const list = observances({ from: '2027-11-01', to: '2027-11-30', countries: ['US'] });
    expect(list.find((o) => o.id === 'blackFriday')).toEqual({
      id: 'blackFriday',
      date: '2027-11-26',
      name: 'Black Friday',
      category: 'commercial',
      countries: ['FR', 'GB', 'US'],
      source: 'https://en.wikipedia.org/wiki/Black_Friday_(shopping)',
    });
    const keys = list.map((o) => `${o.date} ${o.id}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('gives worldwide days (countries [*]) with every country, and only them for a country without entries', () => {
    const japan = observances({ ...year2027, countries: ['JP'] });
    expect(japan.length).toBeGreaterThan(30);
    expect(japan.every((o) => o.countries.length === 1 && o.countries[0] === '*')).toBe(true);
    expect(japan.map((o) => o.id)).toContain('worldEnvironmentDay');
  });

  it('filters by category and names in the requested language', () => {
    const fr = observances({ from: '2027-05-01', to: '2027-05-31', countries: ['FR'], categories: ['commercial'], locale: 'fr-FR' });
    expect(fr.map((o) => o.name)).toEqual(['Fête des mères']);
    const en = observances({ from: '2027-05-01', to: '2027-05-31', countries: ['FR'], categories: ['commercial'], locale: 'en' });
    expect(en.map((o) => o.name)).toEqual(["Mother's Day (France)"]);
    expect(observances({ from: '2027-05-30', to: '2027-05-30', countries: ['FR'] })[0]?.name).toBe("Mother's Day (France)");
  });

  it('returns periods that overlap the range, with their own start and end', () => {
    const list = observances({ from: '2027-01-20', to: '2027-01-25', countries: ['FR'] });
    expect(list.find((o) => o.id === 'frenchWinterSales')).toMatchObject({ date: '2027-01-06', endDate: '2027-02-02' });
    expect(list.find((o) => o.id === 'dryJanuary')).toMatchObject({ date: '2027-01-01', endDate: '2027-01-31' });
    expect(observances({ from: '2027-02-03', to: '2027-02-03', countries: ['FR'] }).some((o) => o.id === 'frenchWinterSales')).toBe(false);
  });

  it('crosses years, and 29 February exists only in leap years', () => {
    const entries: ObservanceInput[] = [
      {
        id: 'leapDay',
        names: { fr: 'Jour bissextile', en: 'Leap day' },
        countries: ['FR'],
        category: 'cultural',
        rule: { kind: 'fixed', month: 2, day: 29 },
        source: 'https://en.wikipedia.org/wiki/February_29',
        asOf: '2026-11-23',
      },
      {
        id: 'winterBreak',
        names: { fr: 'Trêve', en: 'Break' },
        countries: ['FR'],
        category: 'cultural',
        rule: { kind: 'fixed', month: 12, day: 28 },
        durationDays: 10,
        source: 'https://example.org/break',
        asOf: '2026-11-23',
      },
    ];
    const list = observances({ from: '2027-01-01', to: '2028-12-31', builtIn: false, entries });
    expect(list.map((o) => `${o.id} ${o.date}${o.endDate ? `…${o.endDate}` : ''}`)).toEqual([
      'winterBreak 2026-12-28…2027-01-06',
      'winterBreak 2027-12-28…2028-01-06',
      'leapDay 2028-02-29',
      'winterBreak 2028-12-28…2029-01-06',
    ]);
  });

  it('lets caller entries replace built-ins (Black Friday follows a replaced Thanksgiving) and add new ones', () => {
    const thanksgiving = builtInObservances.find((o) => o.id === 'thanksgivingUs')!;
    const entries: ObservanceInput[] = [
      { ...thanksgiving, rule: { kind: 'fixed', month: 11, day: 1 } } as ObservanceInput,
      {
        id: 'brandBirthday',
        names: { fr: 'Anniversaire de la marque', en: 'Brand birthday' },
        countries: ['FR'],
        category: 'commercial',
        rule: { kind: 'custom', rule: 'Every year on 12 March, not in 2028', dates: (year) => (year === 2028 ? null : { date: `${year}-03-12` }) },
        source: 'https://example.org/brand',
        asOf: '2026-11-23',
      },
      {
        id: 'productLaunch',
        names: { fr: 'Lancement', en: 'Launch' },
        countries: ['FR'],
        category: 'commercial',
        rule: { kind: 'table', dates: [{ date: '2027-04-12', endDate: '2027-04-18', source: 'https://example.org/launch-2027' }] },
        source: 'https://example.org/launch',
        asOf: '2026-11-23',
      },
    ];
    const got = byId(observances({ ...year2027, entries }));
    expect(got.get('thanksgivingUs')?.date).toBe('2027-11-01');
    expect(got.get('blackFriday')?.date).toBe('2027-11-02');
    expect(got.get('brandBirthday')?.date).toBe('2027-03-12');
    expect(got.get('productLaunch')).toMatchObject({ date: '2027-04-12', endDate: '2027-04-18', source: 'https://example.org/launch-2027' });
    expect(observances({ from: '2028-01-01', to: '2028-12-31', entries, builtIn: false }).map((o) => o.id)).toEqual(['thanksgivingUs']); // no brand birthday in 2028, no launch row
    expect(observances({ ...year2027, entries, builtIn: false }).map((o) => o.id)).toEqual(['brandBirthday', 'productLaunch', 'thanksgivingUs']);
  });

  it('does not mutate its (deep-frozen) options', () => {
    const options = deepFreeze({ ...year2027, countries: ['FR'], categories: ['commercial' as const], locale: 'fr' });
    expect(observances(options).length).toBeGreaterThan(5);
    expect(options.countries).toEqual(['FR']);
  });

  it('rejects malformed options, naming the field', () => {
    const holey: string[] = [];
    holey[1] = 'FR'; // an array with a hole at 0
    const cases: [unknown, (string | number)[]][] = [
      [null, []],
      [{ from: '2027-01-01' }, ['to']],
      [{ from: '2027-02-01', to: '2027-01-01' }, ['to']],
      [{ from: '2027-01-01', to: '2200-01-01' }, ['to']],
      [{ ...year2027, countries: [] }, ['countries']],
      [{ ...year2027, countries: 'FR' }, ['countries']],
      [{ ...year2027, countries: ['UK'] }, ['countries', 0]],
      [{ ...year2027, countries: ['fr'] }, ['countries', 0]],
      [{ ...year2027, countries: ['*'] }, ['countries', 0]],
      [{ ...year2027, countries: holey }, ['countries', 0]],
      [{ ...year2027, categories: ['sales'] }, ['categories', 0]],
      [{ ...year2027, locale: 'de' }, ['locale']],
      [{ ...year2027, locale: 'x'.repeat(1_000_000) }, ['locale']],
      [{ ...year2027, builtIn: 'yes' }, ['builtIn']],
      [{ ...year2027, entries: {} }, ['entries']],
      [{ ...year2027, entries: [{ id: 'Bad Id' }] }, ['entries', 0, 'id']],
    ];
    for (const [options, path] of cases) {
      expect(errorOf(() => observances(options as never)).path, JSON.stringify(options)?.slice(0, 80)).toEqual(path);
    }
    expect(errorOf(() => observances({ ...year2027, countries: ['UK'] })).message).toMatch(/'GB'/);
  });

  it('rejects entries whose rules cannot be followed', () => {
    const base = { names: { fr: 'x', en: 'x' }, countries: ['FR'], category: 'cultural', source: 'https://example.org', asOf: '2026-11-23' } as const;
    const run = (entries: unknown[]) => observances({ ...year2027, builtIn: false, entries: entries as ObservanceInput[] });
    expect(errorOf(() => run([{ ...base, id: 'a', rule: { kind: 'relative', to: 'nowhere', offsetDays: 1 } }])).issues[0]?.code).toBe('unknownObservance');
    expect(
      errorOf(() =>
        run([
          { ...base, id: 'a', rule: { kind: 'relative', to: 'b', offsetDays: 1 } },
          { ...base, id: 'b', rule: { kind: 'relative', to: 'a', offsetDays: 1 } },
        ]),
      ).issues[0]?.code,
    ).toBe('cyclicObservance');
    const custom = (dates: (year: number) => unknown) => [{ ...base, id: 'c', rule: { kind: 'custom', rule: 'test', dates } }];
    expect(
      errorOf(() =>
        run(
          custom(() => {
            throw new RangeError('boom');
          }),
        ),
      ).issues[0]?.code,
    ).toBe('customRuleFailed');
    expect(errorOf(() => run(custom(() => 'soon'))).issues[0]?.code).toBe('invalidCustomRule');
    expect(errorOf(() => run(custom(() => ({ date: '2027-02-30' })))).issues[0]?.code).toBe('invalidDate');
    expect(errorOf(() => run(custom((y) => ({ date: `${y + 1}-01-01` })))).issues[0]?.code).toBe('invalidCustomRule');
    expect(errorOf(() => run(custom((y) => ({ date: `${y}-01-01`, endDate: `${y + 2}-01-01` })))).issues[0]?.code).toBe('invalidCustomRule');
    expect(errorOf(() => run([{ ...base, id: 'd', rule: { kind: 'fixed', month: 2, day: 30 } }])).path).toEqual(['entries', 0, 'rule', 'day']);
    expect(errorOf(() => run([{ ...base, id: 'e', countries: ['FR', '*'], rule: { kind: 'month', month: 1 } }])).path).toEqual(['entries', 0, 'countries']);
    expect(errorOf(() => run([{ ...base, id: 'f', rule: { kind: 'month', month: 1 }, durationDays: 3 }])).path).toEqual(['entries', 0, 'durationDays']);
    expect(
      errorOf(() =>
        run([
          { ...base, id: 'g', rule: { kind: 'month', month: 1 } },
          { ...base, id: 'g', rule: { kind: 'month', month: 2 } },
        ]),
      ).path,
    ).toEqual(['entries', 1, 'id']);
  });

  it('property: every occurrence overlaps the range, the list is sorted, names are in the locale', () => {
    const day = fc.integer({ min: 0, max: 6 * 365 }).map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), fc.constantFrom('fr', 'en'), (from, length, locale) => {
        const to = new Date(Date.parse(`${from}T00:00:00Z`) + length * 86_400_000).toISOString().slice(0, 10);
        const list = observances({ from, to, locale });
        for (const o of list) {
          expect((o.endDate ?? o.date) >= from && o.date <= to).toBe(true);
          const entry = builtInObservances.find((m) => m.id === o.id)!;
          expect(o.name).toBe(entry.names[locale]);
        }
        const keys = list.map((o) => `${o.date} ${o.id}`);
        expect(keys).toEqual([...keys].sort());
      }),
      { numRuns: 60 },
    );
  });
});
