import { describe, expect, it } from 'vitest';
import { OBSERVANCE_CATEGORIES } from '../../src/core/index.js';
import { builtInObservances, observances } from '../../src/calendar/index.js';

const byId = (id: string) => {
  const o = builtInObservances.find((m) => m.id === id);
  if (o === undefined) throw new Error(`no ${id}`);
  return o;
};
const on = (id: string, from: string, to: string, countries = ['FR']) => observances({ from, to, countries }).filter((o) => o.id === id);
const tableDates = (id: string): string[] => {
  const rule = byId(id).rule;
  if (rule.kind !== 'table') throw new Error(`${id} is not a table`);
  return rule.dates.map((r) => r.date);
};

const DAY = 86_400_000;
/** The Gregorian dates (UTC) of a year on which `calendar` shows month `m`, day `d` (numeric month, as ICU formats it). */
function icuDates(calendar: string, year: number, m: number, d: number): string[] {
  const fmt = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
  const out: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += DAY) {
    const parts = Object.fromEntries(fmt.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
    if (parts.month === String(m) && parts.day === String(d)) out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

describe('observances added by issue 14', () => {
  it('adds the categories civic and platform', () => {
    expect(OBSERVANCE_CATEGORIES).toEqual(['commercial', 'awareness', 'holiday', 'cultural', 'sport', 'religious', 'civic', 'platform']);
    expect(observances({ from: '2027-01-01', to: '2027-12-31', countries: ['FR'], categories: ['platform'] }).map((o) => `${o.id} ${o.date}`)).toEqual([
      'communityManagerAppreciationDay 2027-01-25',
      'worldSocialMediaDay 2027-06-30',
    ]);
  });

  it('dates the Easter Mondays from Easter (Easter 2027: 28 March; Pentecost 2027: 16 May)', () => {
    expect(on('easterMonday', '2027-01-01', '2027-12-31', ['GB']).map((o) => o.date)).toEqual(['2027-03-29']);
    expect(on('whitMonday', '2027-01-01', '2027-12-31').map((o) => o.date)).toEqual(['2027-05-17']);
    expect(on('whitMonday', '2025-01-01', '2025-12-31').map((o) => o.date)).toEqual(['2025-06-09']); // Easter 2025: 20 April
  });

  it('gives the fixed and nth-weekday days', () => {
    expect(on('francophonieDay', '2027-01-01', '2027-12-31').map((o) => o.date)).toEqual(['2027-03-20']);
    expect(on('worldBreadDay', '2027-01-01', '2027-12-31').map((o) => o.date)).toEqual(['2027-10-16']);
    // CMAD: fourth Monday of January; 24 January 2022 (https://cmxhub.com/cmad/) and 22 January 2024
    expect(on('communityManagerAppreciationDay', '2022-01-01', '2022-12-31').map((o) => o.date)).toEqual(['2022-01-24']);
    expect(on('communityManagerAppreciationDay', '2024-01-01', '2024-12-31').map((o) => o.date)).toEqual(['2024-01-22']);
  });

  it('dates the clock changes: EU/UK last Sundays of March and October, US second Sunday of March and first of November', () => {
    const zoneChange = (zone: string, year: number): string[] => {
      // the days on which the zone's UTC offset at noon differs from the day before: an oracle from the tz database
      const fmt = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' });
      const off = (t: number) => fmt.formatToParts(new Date(t)).find((p) => p.type === 'timeZoneName')!.value;
      const out: string[] = [];
      for (let t = Date.UTC(year, 0, 2, 12); t < Date.UTC(year + 1, 0, 1); t += DAY) if (off(t) !== off(t - DAY)) out.push(new Date(t).toISOString().slice(0, 10));
      return out;
    };
    for (const year of [2026, 2027, 2028]) {
      const eu = observances({ from: `${year}-01-01`, to: `${year}-12-31`, countries: ['FR'], categories: ['civic'] }).filter((o) => o.id.startsWith('clockChange'));
      expect(eu.map((o) => o.date)).toEqual(zoneChange('Europe/Paris', year));
      const gb = on('clockChangeAutumnEu', `${year}-01-01`, `${year}-12-31`, ['GB']).concat(on('clockChangeSpringEu', `${year}-01-01`, `${year}-12-31`, ['GB']));
      expect(gb.map((o) => o.date).sort()).toEqual(zoneChange('Europe/London', year));
      const us = observances({ from: `${year}-01-01`, to: `${year}-12-31`, countries: ['US'], categories: ['civic'] });
      expect(us.map((o) => o.date)).toEqual(zoneChange('America/New_York', year));
    }
    expect(on('clockChangeSpringEu', '2027-01-01', '2027-12-31').map((o) => o.date)).toEqual(['2027-03-28']);
    expect(on('clockChangeSpringUs', '2027-01-01', '2027-12-31', ['US']).map((o) => o.date)).toEqual(['2027-03-14']);
  });

  it('gives the Fête des voisins from its table (https://www.fetedesvoisins.fr/: vendredi 29 mai 2026)', () => {
    expect(on('feteDesVoisins', '2026-01-01', '2026-12-31').map((o) => o.date)).toEqual(['2026-05-29']);
    expect(on('feteDesVoisins', '2021-01-01', '2021-12-31').map((o) => o.date)).toEqual(['2021-09-24']);
    for (const d of tableDates('feteDesVoisins')) expect(new Date(`${d}T12:00:00Z`).getUTCDay()).toBe(5); // always a Friday
    expect(on('feteDesVoisins', '2027-01-01', '2027-12-31')).toEqual([]); // not published yet
  });

  it('gives the French Days spring editions as periods', () => {
    expect(on('frenchDaysSpring', '2020-05-01', '2020-06-30').map((o) => [o.date, o.endDate])).toEqual([['2020-05-27', '2020-06-02']]);
  });

  it('gives the school holidays by zone (2025–2026)', () => {
    const list = observances({ from: '2026-02-01', to: '2026-03-15', countries: ['FR'], categories: ['civic'] });
    expect(list.map((o) => `${o.id} ${o.date} ${o.endDate}`)).toEqual([
      'frenchSchoolHolidaysWinterZoneA 2026-02-07 2026-02-22',
      'frenchSchoolHolidaysWinterZoneB 2026-02-14 2026-03-01',
      'frenchSchoolHolidaysWinterZoneC 2026-02-21 2026-03-08',
    ]);
    // a period overlapping the range is returned: Christmas 2025 → 4 January 2026
    expect(on('frenchSchoolHolidaysChristmas', '2026-01-02', '2026-01-03').map((o) => `${o.date} ${o.endDate}`)).toEqual(['2025-12-20 2026-01-04']);
    for (const o of builtInObservances.filter((m) => m.id.startsWith('frenchSchoolHolidays'))) {
      expect(o.category).toBe('civic');
      if (o.rule.kind !== 'table') throw new Error('table');
      for (const r of o.rule.dates) {
        expect(new Date(`${r.date}T12:00:00Z`).getUTCDay(), `${o.id} ${r.date}`).toBe(6); // starts on a Saturday
        if (o.id !== 'frenchSchoolHolidaysSummer') expect(new Date(`${r.endDate}T12:00:00Z`).getUTCDay(), `${o.id} ${r.endDate}`).toBe(0); // ends on a Sunday
      }
    }
  });

  it('gives the Lunar New Year through 2030 (Fact Monster: 13 February 2029, 3 February 2030), within a day of ICU', () => {
    const dates = tableDates('lunarNewYear');
    expect(dates.slice(-2)).toEqual(['2029-02-13', '2030-02-03']);
    for (const d of dates) {
      const [icu] = icuDates('chinese', Number(d.slice(0, 4)), 1, 1);
      const diff = Math.abs(Date.parse(icu!) - Date.parse(d)) / DAY;
      // ICU's Chinese calendar is a day off where the new moon falls near midnight in Beijing (2027, 2030)
      expect(diff, d).toBe(['2027-02-06', '2030-02-03'].includes(d) ? 1 : 0);
    }
  });

  it.each([
    ['ramadanBegins', 9, 1],
    ['eidAlFitr', 10, 1],
    ['eidAlAdha', 12, 10],
  ] as const)('gives %s from the Umm al-Qura calendar through 2030 (ICU islamic-umalqura as the oracle)', (id, month, day) => {
    const dates = tableDates(id);
    expect(dates.map((d) => d.slice(0, 4))).toEqual(['2025', '2026', '2027', '2028', '2029', '2030']);
    for (const d of dates) expect(icuDates('islamic-umalqura', Number(d.slice(0, 4)), month, day)).toContain(d);
    expect(byId(id).note).toMatch(/sighting of the moon/);
  });

  it('gives the first evening of Hanukkah (the eve of 25 Kislev) through 2030, checked against ICU hebrew', () => {
    const dates = tableDates('hanukkahBegins');
    expect(dates.map((d) => d.slice(0, 4))).toEqual(['2025', '2026', '2027', '2028', '2029', '2030']);
    const fmt = new Intl.DateTimeFormat('en-u-ca-hebrew', { timeZone: 'UTC', month: 'long', day: 'numeric' });
    for (const d of dates) expect(fmt.format(new Date(Date.parse(`${d}T00:00:00Z`) + DAY))).toMatch(/^(25 Kislev|Kislev 25)$/);
  });

  it('gives Diwali through 2030 from a published list (ExcelNotes)', () => {
    expect(tableDates('diwali')).toEqual(['2025-10-20', '2026-11-08', '2027-10-29', '2028-10-17', '2029-11-05', '2030-10-26']);
    expect(on('diwali', '2027-10-01', '2027-11-30', ['GB']).map((o) => o.name)).toEqual(['Diwali (Deepavali)']);
  });

  it('names each new entry in French', () => {
    const fr = observances({ from: '2027-03-01', to: '2027-03-31', countries: ['FR'], locale: 'fr' });
    expect(fr.find((o) => o.id === 'francophonieDay')?.name).toBe('Journée internationale de la Francophonie');
    expect(fr.find((o) => o.id === 'clockChangeSpringEu')?.name).toBe("Passage à l'heure d'été");
  });
});
