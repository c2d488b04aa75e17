/** Every `@example` of the calendar module's TSDoc, checked. */
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import {
  WorkflowActorSchema,
  allowedActions,
  ApprovalPolicySchema,
  easterSunday,
  expandSlots,
  frenchMothersDay,
  frenchSalesPeriod,
  fromDateHolidays,
  fromRRule,
  HistoryEntrySchema,
  IntervalSlotPatternSchema,
  builtInObservances,
  MonthlyDaySlotPatternSchema,
  MonthlyWeekdaySlotPatternSchema,
  ObservanceIdSchema,
  ObservanceOccurrenceSchema,
  ObservanceRuleSchema,
  observances,
  ObservanceSchema,
  ObservanceTableRowSchema,
  parseSlotPattern,
  PostStatusSchema,
  SlotPatternSchema,
  toRRule,
  transition,
  WeeklySlotPatternSchema,
  WorkflowActionSchema,
} from '../../src/calendar/index.js';
import { TransitionError, ValidationError } from '../../src/core/index.js';

describe('calendar TSDoc examples', () => {
  it('slot pattern schemas', () => {
    expect(WeeklySlotPatternSchema.parse({ kind: 'weekly', weekdays: ['mon', 'thu'], times: ['09:00', '18:30'], timeZone: 'Europe/Paris' }).kind).toBe('weekly');
    expect(MonthlyDaySlotPatternSchema.parse({ kind: 'monthly', day: 15, times: ['12:00'], timeZone: 'Europe/Paris' }).day).toBe(15);
    expect(MonthlyWeekdaySlotPatternSchema.parse({ kind: 'monthly', nth: -1, weekday: 'fri', times: ['17:00'], timeZone: 'Europe/Paris' }).nth).toBe(-1);
    expect(IntervalSlotPatternSchema.parse({ kind: 'interval', everyDays: 3, start: '2027-01-04', times: ['09:00'], timeZone: 'Europe/Paris' }).everyDays).toBe(3);
    expect(SlotPatternSchema.parse({ kind: 'weekly', weekdays: ['mon', 'thu'], times: ['09:00'], timeZone: 'Europe/Paris' })).toMatchObject({ weekdays: ['mon', 'thu'] });
    expect(parseSlotPattern({ kind: 'monthly', nth: 2, weekday: 'tue', times: ['10:00'], timeZone: 'Europe/Paris' })).toMatchObject({ nth: 2 });
    expect(() => parseSlotPattern({ kind: 'weekly', weekdays: ['mon'], times: ['09:00'], timeZone: 'Europe/Paris', count: 3 })).toThrow(ValidationError);
  });

  it('expandSlots', () => {
    expect(
      expandSlots({ kind: 'weekly', weekdays: ['sun'], times: ['09:00'], timeZone: 'Europe/Paris' }, { from: '2027-03-21T00:00:00Z', to: '2027-04-01T00:00:00Z' }).map((d) =>
        d.toISOString(),
      ),
    ).toEqual(['2027-03-21T08:00:00.000Z', '2027-03-28T07:00:00.000Z']);
  });

  it('toRRule and fromRRule', () => {
    expect(toRRule({ kind: 'weekly', weekdays: ['mon', 'thu'], times: ['09:00', '18:30'], timeZone: 'Europe/Paris', start: '2027-01-04' })).toEqual([
      { dtstart: 'DTSTART;TZID=Europe/Paris:20270104T090000', rrule: 'RRULE:FREQ=WEEKLY;BYDAY=MO,TH' },
      { dtstart: 'DTSTART;TZID=Europe/Paris:20270104T183000', rrule: 'RRULE:FREQ=WEEKLY;BYDAY=MO,TH' },
    ]);
    expect(fromRRule({ dtstart: 'DTSTART;TZID=Europe/Paris:20270104T090000', rrule: 'RRULE:FREQ=WEEKLY;BYDAY=MO,TH' })).toEqual({
      kind: 'weekly',
      weekdays: ['mon', 'thu'],
      times: ['09:00'],
      timeZone: 'Europe/Paris',
      start: '2027-01-04',
    });
  });

  it('workflow schemas, transition and allowedActions', () => {
    expect(PostStatusSchema.parse('inReview')).toBe('inReview');
    expect(WorkflowActionSchema.parse('approve')).toBe('approve');
    expect(ApprovalPolicySchema.parse({ kind: 'multiLevel', levels: 2 }).kind).toBe('multiLevel');
    expect(WorkflowActorSchema.parse('claire@agence.fr')).toBe('claire@agence.fr');
    expect(HistoryEntrySchema.parse({ action: 'submit', from: 'draft', to: 'inReview', actor: 'claire', at: '2027-01-04T09:00:00Z' }).at.toISOString()).toBe('2027-01-04T09:00:00.000Z');
    const post = { id: 'p1', status: 'draft' as const, history: [] };
    const next = transition(post, 'submit', { actor: 'claire', at: '2027-01-04T09:00:00Z' });
    expect(next.status).toBe('inReview');
    expect(next.history[0]).toEqual({ action: 'submit', from: 'draft', to: 'inReview', actor: 'claire', at: new Date('2027-01-04T09:00:00Z') });
    expect(() => transition(post, 'publish', { actor: 'claire', at: '2027-01-04T09:00:00Z' })).toThrow(TransitionError);
    expect(allowedActions({ status: 'draft', history: [] }, { policy: { kind: 'optional' } })).toEqual(['submit', 'schedule', 'pause']);
    expect(allowedActions({ status: 'draft', history: [] })).toEqual(['submit', 'pause']);
  });

  it('observance schemas', () => {
    expect(ObservanceIdSchema.parse('blackFriday')).toBe('blackFriday');
    expect(ObservanceTableRowSchema.parse({ date: '2026-09-01', source: 'https://www.education.gouv.fr/calendrier-scolaire-100148' }).date).toBe('2026-09-01');
    expect(ObservanceRuleSchema.parse({ kind: 'nthWeekday', month: 11, nth: 4, weekday: 'thu' }).kind).toBe('nthWeekday');
    expect(
      ObservanceSchema.parse({
        id: 'valentinesDay',
        names: { fr: 'Saint-Valentin', en: "Valentine's Day" },
        countries: ['FR', 'GB', 'US'],
        category: 'commercial',
        rule: { kind: 'fixed', month: 2, day: 14 },
        source: 'https://en.wikipedia.org/wiki/Valentine%27s_Day',
        asOf: '2026-11-23',
      }).id,
    ).toBe('valentinesDay');
    expect(
      ObservanceOccurrenceSchema.parse({
        id: 'blackFriday',
        date: '2027-11-26',
        name: 'Black Friday',
        category: 'commercial',
        countries: ['FR', 'GB', 'US'],
        source: 'https://en.wikipedia.org/wiki/Black_Friday_(shopping)',
      }).date,
    ).toBe('2027-11-26');
  });

  it('Easter and the French custom rules', () => {
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2019)).toBe('2019-04-21');
    expect(frenchMothersDay(2027)).toBe('2027-05-30');
    expect(frenchMothersDay(2020)).toBe('2020-06-07');
    expect(frenchSalesPeriod(2027, { season: 'winter' })).toEqual({ date: '2027-01-06', endDate: '2027-02-02' });
    expect(frenchSalesPeriod(2023, { season: 'summer' })).toEqual({ date: '2023-06-28', endDate: '2023-08-01' });
    expect(frenchSalesPeriod(2023, { season: 'summer', exceptions: false })).toEqual({ date: '2023-06-28', endDate: '2023-07-25' });
  });

  it('marronniers, observances and fromDateHolidays', () => {
    expect(builtInObservances.find((o) => o.id === 'blackFriday')?.rule).toEqual({ kind: 'relative', to: 'thanksgivingUs', offsetDays: 1 });
    expect(observances({ from: '2027-11-20', to: '2027-11-30', countries: ['FR'], categories: ['commercial'], locale: 'fr' }).map((o) => `${o.date} ${o.name}`)).toEqual([
      '2027-11-26 Black Friday',
      '2027-11-29 Cyber Monday',
    ]);
    expect(fromDateHolidays(new Holidays('FR'), { from: '2027-05-01', to: '2027-05-31', country: 'FR' }).map((h) => `${h.date} ${h.name}`)).toEqual([
      '2027-05-01 Fête du travail',
      '2027-05-06 Ascension',
      '2027-05-08 Fête de la Victoire 1945',
      '2027-05-16 Pentecôte',
      '2027-05-17 Lundi de Pentecôte',
      '2027-05-30 Fête des Mères',
    ]);
  });
});
