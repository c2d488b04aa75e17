/** The worked examples of docs/calendar.md (planner, operations, exports), checked. */
import { describe, expect, it } from 'vitest';
import { findConflicts, freeze, insertNewsjacking, observances, planCalendar, planFromCsv, planToCsv, reschedule, resume, toICalendar } from '../../src/calendar/index.js';
import { bestPostingWindows, buildActivityMatrix } from '../../src/persona/index.js';

const windows = bestPostingWindows(
  buildActivityMatrix([
    { weekdays: ['tue', 'thu'], fromHour: 8, toHour: 9, value: 4 },
    { weekdays: ['wed'], fromHour: 12, toHour: 13, value: 2 },
  ]),
  { count: 3 },
);

const plan = planCalendar({
  period: { from: '2027-02-01', to: '2027-02-28' },
  timeZone: 'Europe/Paris',
  platforms: ['instagram', 'linkedin'],
  editorialLine: {
    name: 'Boulangerie Martin',
    languages: ['fr'],
    frequencyPerWeek: { instagram: 3, linkedin: 2 },
    formatsByPlatform: { instagram: ['image', 'carousel'] },
    pillars: [
      { id: 'savoirFaire', name: 'Savoir-faire', targetShare: 0.5 },
      { id: 'coulisses', name: 'Coulisses', targetShare: 0.3 },
      { id: 'offres', name: 'Offres', targetShare: 0.2, objectives: ['conversion'] },
    ],
  },
  slots: {
    instagram: [{ kind: 'weekly', weekdays: ['mon', 'wed', 'fri'], times: ['09:00'], timeZone: 'Europe/Paris' }],
    linkedin: windows,
  },
  observances: observances({ from: '2027-02-01', to: '2027-02-28', countries: ['FR'], categories: ['commercial'], locale: 'fr' }),
  blackouts: [{ from: '2027-02-22T00:00:00+01:00', to: '2027-02-24T00:00:00+01:00', reason: 'Deuil national' }],
  constraints: { instagram: { minGapMinutes: 120, maxPerDay: 1 } },
  seed: 42,
});

describe('docs/calendar.md: the planner', () => {
  it('plans February for Boulangerie Martin', () => {
    expect(windows).toEqual([
      { weekday: 'tue', time: '08:00', score: 4 },
      { weekday: 'thu', time: '08:00', score: 4 },
      { weekday: 'wed', time: '12:00', score: 2 },
    ]);
    expect(plan.posts).toHaveLength(19);
    expect(plan.posts.slice(0, 3).map((p) => `${p.id} ${p.localTime} ${p.pillar} ${p.format}`)).toEqual([
      'instagram-2027-02-01-0900 09:00 savoirFaire image',
      'linkedin-2027-02-02-0800 08:00 savoirFaire text',
      'instagram-2027-02-03-0900 09:00 coulisses carousel',
    ]);
    expect(plan.posts.filter((p) => p.observanceId !== null).map((p) => p.id)).toEqual(['linkedin-2027-02-11-0800', 'instagram-2027-02-12-0900']);
    expect(plan.findings.map((f) => f.code)).toEqual(['observanceOutsidePeriod', 'blockedByBlackout', 'observancePillar', 'observancePillar', 'textToWrite']);
    expect(plan.findings[1]!.message).toBe('instagram, week of 2027-02-22: 2 of 3 posts placed; 1 missing: 1 slot in a blackout (Deuil national)');
    // Saint-Valentin is a commercial day: it goes to 'offres', the pillar whose objective is conversion.
    expect(plan.posts.filter((p) => p.observanceId !== null).map((p) => `${p.pillar} ${p.objectiveType}`)).toEqual(['offres conversion', 'offres conversion']);
    expect(plan.findings[2]!.message).toBe(
      "instagram-2027-02-12-0900 (Saint-Valentin, 2027-02-14) is in 'offres': the first pillar whose objective is conversion or acquisition, for a commercial day (categoryPillars names none)",
    );
  });
});

describe('docs/calendar.md: the operations', () => {
  it('findConflicts and reschedule', () => {
    const moved = reschedule(plan, 'instagram-2027-02-03-0900', '2027-02-05T08:30:00+01:00');
    expect(findConflicts(moved).map((f) => f.code)).toEqual(['overDailyCap', 'tooClose']);
    const later = reschedule(plan, 'instagram-2027-02-03-0900', '2027-02-04T18:00:00+01:00');
    expect(later.posts.find((p) => p.id === 'instagram-2027-02-03-0900')!.localTime).toBe('18:00');
  });

  it('insertNewsjacking', () => {
    const hot = insertNewsjacking(plan, { at: '2027-02-10T10:00:00+01:00', platform: 'instagram', pillar: 'coulisses', text: 'Notre meunier vient de recevoir le prix de l’artisanat !' });
    expect(hot.findings.at(-1)!.message).toBe(
      "'instagram-2027-02-10-0900' moved from 2027-02-10 09:00 to 2027-02-11 09:00 (Europe/Paris) for the newsjacking post 'news-instagram-2027-02-10-1000'",
    );
  });

  it('freeze and resume', () => {
    const { plan: frozen, freezeId } = freeze(plan, { from: '2027-02-15T00:00:00+01:00', to: '2027-02-17T00:00:00+01:00', reason: 'Crise : rappel de produits', actor: 'claire' });
    expect(freezeId).toBe('freeze-20270214T2300Z-20270216T2300Z');
    expect(frozen.posts.filter((p) => p.status === 'paused').map((p) => p.id)).toEqual(['instagram-2027-02-15-0900', 'linkedin-2027-02-16-0800']);
    const back = resume(frozen, freezeId, { at: '2027-02-16T18:00:00+01:00' });
    expect(back.posts.find((p) => p.id === 'linkedin-2027-02-16-0800')!.history.map((h) => `${h.action} ${h.from} → ${h.to}`)).toEqual(['pause draft → paused', 'resume paused → draft']);
  });
});

describe('docs/calendar.md: the exports', () => {
  it('toICalendar', () => {
    const ics = toICalendar(plan, { now: '2027-01-25T10:00:00Z', name: 'Boulangerie Martin — février' });
    expect(ics.split('\r\n').slice(0, 16)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//socialkit//calendar//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Boulangerie Martin — février',
      'X-WR-TIMEZONE:Europe/Paris',
      'BEGIN:VEVENT',
      'UID:instagram-2027-02-01-0900@socialkit',
      'DTSTAMP:20270125T100000Z',
      'DTSTART:20270201T080000Z',
      'SUMMARY:instagram · savoirFaire',
      'CATEGORIES:instagram,savoirFaire',
      'STATUS:TENTATIVE',
      'X-SOCIALKIT-STATUS:draft',
      'END:VEVENT',
    ]);
  });

  it('planToCsv and planFromCsv', () => {
    const csv = planToCsv(plan, { delimiter: ';', bom: true });
    expect(csv.slice(1).split('\r\n').slice(0, 3)).toEqual([
      'id;platform;at;localTime;status;priority;observanceId;pillar;format;objectiveType;language;text;callToAction;links;media;history',
      'instagram-2027-02-01-0900;instagram;2027-02-01T09:00:00+01:00;09:00;draft;0;;savoirFaire;image;engagement;fr;;;;;',
      'linkedin-2027-02-02-0800;linkedin;2027-02-02T08:00:00+01:00;08:00;draft;0;;savoirFaire;text;engagement;fr;;;;;',
    ]);
    expect(planFromCsv(csv)).toEqual(plan.posts);
  });
});
