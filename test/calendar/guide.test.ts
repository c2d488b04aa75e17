/**
 * docs/calendar.md beyond its ts blocks (which test/doc-blocks.test.ts runs): the
 * iCalendar and CSV outputs it shows in plain blocks are the true output of the
 * guide's plan, and what the guide says in prose about that plan holds.
 */
import { describe, expect, it } from 'vitest';
import { observances, planCalendar, planFromCsv, planToCsv, toICalendar } from '../../src/calendar/index.js';
import { blocksOf } from '../support/doc-blocks.js';
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

const blocks = blocksOf('docs/calendar.md');
/** The plain block right after the ts block that holds `call`. */
function outputAfter(call: string): string[] {
  const at = blocks.findIndex((b) => b.language === 'ts' && b.lines.some((l) => l.includes(call)));
  expect(at, `a ts block with ${call}`).toBeGreaterThanOrEqual(0);
  const next = blocks.find((b, i) => i > at && b.language === '');
  expect(next, `a plain block after ${call}`).toBeDefined();
  return next!.lines.filter((l) => l.trim() !== '');
}

describe('docs/calendar.md: the plan', () => {
  it('is the one the guide runs', () => {
    // The same input as the guide's block (the guide's own checks run in test/doc-blocks.test.ts).
    expect(plan.posts).toHaveLength(19);
  });

  it('puts Saint-Valentin in offres, the pillar whose objective is conversion (prose of the guide)', () => {
    expect(plan.posts.filter((p) => p.observanceId !== null).map((p) => `${p.pillar} ${p.objectiveType}`)).toEqual(['offres conversion', 'offres conversion']);
  });
});

describe('docs/calendar.md: the exports it shows', () => {
  it('toICalendar: the iCalendar block is the true start and end of the file', () => {
    const shown = outputAfter("toICalendar(plan, { now: '2027-01-25T10:00:00Z'");
    const cut = shown.indexOf('…');
    expect(cut).toBeGreaterThan(10);
    const lines = toICalendar(plan, { now: '2027-01-25T10:00:00Z', name: 'Boulangerie Martin — février' }).split('\r\n').filter((l) => l !== '');
    expect(lines.slice(0, cut)).toEqual(shown.slice(0, cut));
    expect(lines.slice(lines.length - (shown.length - cut - 1))).toEqual(shown.slice(cut + 1));
  });

  it('planToCsv: the CSV block is the true header and first rows; planFromCsv reads it back', () => {
    const csv = planToCsv(plan, { delimiter: ';', bom: true });
    const at = blocks.findIndex((b) => b.language === '' && b.lines[0]?.startsWith('id;platform;at;'));
    expect(at).toBeGreaterThanOrEqual(0);
    const shown = blocks[at]!.lines.filter((l) => l.trim() !== '');
    expect(csv.slice(1).split('\r\n').slice(0, shown.length)).toEqual(shown);
    expect(planFromCsv(csv)).toEqual(plan.posts);
  });
});
