import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findConflicts, observances, PLAN_FINDING_CODES, planCalendar, PlanSchema, type PlanCalendarInput, type Plan } from '../../src/calendar/index.js';
import { toLocalDate, toLocalTime, weekdayOf } from '../../src/core/index.js';
import { mixReport, nextPillar } from '../../src/editorial/index.js';
import { bestPostingWindows, buildActivityMatrix } from '../../src/persona/index.js';
import { deepFreeze, errorOf, input, line } from './plan-fixtures.js';

const codes = (plan: Plan) => plan.findings.map((f) => f.code);
const of = (plan: Plan, platform: string) => plan.posts.filter((p) => p.platform === platform);

describe('planCalendar: the plan', () => {
  const plan = planCalendar(input());

  it('has the shape of PlanSchema and carries what the operations need', () => {
    expect(PlanSchema.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
    expect(plan.timeZone).toBe('Europe/Paris');
    expect(plan.period).toEqual({ from: '2027-01-04', to: '2027-03-28' });
    expect(plan.constraints).toEqual({ instagram: { minGapMinutes: 0 }, linkedin: { minGapMinutes: 0 } });
    expect(plan.blackouts).toEqual([]);
    expect(plan.freezes).toEqual([]);
    expect(codes(plan)).toEqual(['textToWrite']);
  });

  it('fills each platform\u2019s weekly frequency from its slots (12 weeks: 36 Instagram, 24 LinkedIn posts)', () => {
    expect(of(plan, 'instagram')).toHaveLength(36);
    expect(of(plan, 'linkedin')).toHaveLength(24);
    for (const p of of(plan, 'instagram')) expect(['mon', 'wed', 'fri']).toContain(weekdayOf(p.at, 'Europe/Paris'));
    for (const p of of(plan, 'linkedin')) expect(['tue', 'thu']).toContain(weekdayOf(p.at, 'Europe/Paris'));
  });

  it('gives drafts with stable ids, empty texts and histories, sorted by instant', () => {
    expect(plan.posts[0]).toEqual({
      id: 'instagram-2027-01-04-0900',
      platform: 'instagram',
      text: '',
      format: 'image',
      pillar: expect.any(String),
      objectiveType: expect.any(String),
      language: 'fr',
      media: [],
      links: [],
      at: new Date('2027-01-04T08:00:00Z'),
      localTime: '09:00',
      status: 'draft',
      observanceId: null,
      priority: 0,
      history: [],
    });
    expect(new Set(plan.posts.map((p) => p.id)).size).toBe(plan.posts.length);
    for (let i = 1; i < plan.posts.length; i += 1) expect(plan.posts[i]!.at.getTime()).toBeGreaterThanOrEqual(plan.posts[i - 1]!.at.getTime());
    for (const p of plan.posts) expect(p.id).toBe(`${p.platform}-${toLocalDate(p.at, 'Europe/Paris')}-${p.localTime.replace(':', '')}`);
  });

  it('rotates the formats of the line and uses a default per platform, the pillar\u2019s objective and the line\u2019s language', () => {
    expect(of(plan, 'instagram').slice(0, 4).map((p) => p.format)).toEqual(['image', 'carousel', 'image', 'carousel']);
    expect(new Set(of(plan, 'linkedin').map((p) => p.format))).toEqual(new Set(['text']));
    const objective = { savoirFaire: 'notoriety', coulisses: 'engagement', offres: 'conversion' } as Record<string, string>;
    for (const p of plan.posts) expect(p.objectiveType).toBe(objective[p.pillar]);
  });

  it('has no conflict: gaps, caps and blackouts honoured', () => {
    expect(findConflicts(plan)).toEqual([]);
  });

  it('does not mutate its (deep-frozen) input', () => {
    const frozen = deepFreeze(input({ blackouts: [{ from: '2027-02-01T00:00:00Z', to: '2027-02-03T00:00:00Z' }], seed: 3 }));
    const copy = structuredClone(frozen);
    planCalendar(frozen);
    expect(frozen).toEqual(copy);
  });
});

describe('planCalendar: pillars', () => {
  it('never puts the same pillar twice in a row on a platform, and tracks the target mix (editorial\u2019s mixReport as the judge)', () => {
    const plan = planCalendar(input({ period: { from: '2027-01-04', to: '2027-12-26' } }));
    for (const platform of ['instagram', 'linkedin']) {
      const posts = of(plan, platform);
      for (let i = 1; i < posts.length; i += 1) expect(posts[i]!.pillar).not.toBe(posts[i - 1]!.pillar);
      const report = mixReport(posts, { editorialLine: line });
      expect(report.totalVariationDistance).toBeLessThan(0.02);
      for (const p of report.pillars) expect(Math.abs(p.count - p.target! * posts.length)).toBeLessThanOrEqual(1);
    }
    expect(codes(plan)).toEqual(['textToWrite']);
  });

  it('follows nextPillar\u2019s quota rule where the no-repeat rule does not bind (equal shares)', () => {
    const equal = { ...line, pillars: line.pillars.map((p) => ({ ...p, targetShare: 1 / 3 })) };
    const plan = planCalendar(input({ editorialLine: equal, platforms: ['instagram'] }));
    const posts = of(plan, 'instagram');
    for (let i = 0; i < posts.length; i += 1) {
      const deficit = nextPillar(posts.slice(0, i), { editorialLine: equal }).deficit;
      const mine = 1 / 3 * (i + 1) - posts.slice(0, i).filter((p) => p.pillar === posts[i]!.pillar).length;
      expect(mine).toBeCloseTo(deficit, 9);
    }
  });

  it('repeatedPillar: a line with a single pillar with a positive share', () => {
    const single = { ...line, pillars: [{ id: 'savoirFaire', name: 'Savoir-faire', targetShare: 1 }, { id: 'offres', name: 'Offres', targetShare: 0 }] };
    const plan = planCalendar(input({ editorialLine: single, platforms: ['instagram'] }));
    expect(new Set(plan.posts.map((p) => p.pillar))).toEqual(new Set(['savoirFaire']));
    expect(plan.findings.find((f) => f.code === 'repeatedPillar')).toMatchObject({ severity: 'info', path: ['editorialLine', 'pillars'] });
  });

  it('mixOffTarget: with two pillars at 80/20, alternating keeps the mix at 50/50, and says so', () => {
    const eighty = { ...line, mixPreset: 'eightyTwenty' as const, pillars: [{ id: 'savoirFaire', name: 'Savoir-faire' }, { id: 'offres', name: 'Offres', role: 'promotional' as const }] };
    const plan = planCalendar(input({ editorialLine: eighty, platforms: ['instagram'] }));
    const pillars = plan.posts.map((p) => p.pillar);
    expect(pillars.filter((p) => p === 'offres')).toHaveLength(18);
    const finding = plan.findings.find((f) => f.code === 'mixOffTarget')!;
    expect(finding.message).toContain("'savoirFaire' 50 % for 80 %");
  });

  it('breaks exact ties with the seed, deterministically', () => {
    const equal = { ...line, pillars: line.pillars.map((p) => ({ ...p, targetShare: 1 / 3 })) };
    const firsts = new Set<string>();
    for (let seed = 0; seed < 12; seed += 1) {
      const a = planCalendar(input({ editorialLine: equal, seed }));
      expect(planCalendar(input({ editorialLine: equal, seed }))).toEqual(a);
      firsts.add(a.posts[0]!.pillar);
    }
    expect(firsts.size).toBe(3);
  });
});

describe('planCalendar: slots', () => {
  it('keeps 09:00 local across the March and October DST changes in Europe/Paris', () => {
    const plan = planCalendar(input({ period: { from: '2027-03-01', to: '2027-11-30' }, platforms: ['instagram'] }));
    const utcHours = new Set<number>();
    for (const p of plan.posts) {
      expect(p.localTime).toBe('09:00');
      expect(toLocalTime(p.at, 'Europe/Paris')).toBe('09:00');
      utcHours.add(p.at.getUTCHours());
    }
    expect(utcHours).toEqual(new Set([7, 8]));
    const around = plan.posts.filter((p) => p.id >= 'instagram-2027-03-24' && p.id <= 'instagram-2027-04-01').map((p) => p.at.toISOString());
    expect(around).toEqual(['2027-03-24T08:00:00.000Z', '2027-03-26T08:00:00.000Z', '2027-03-29T07:00:00.000Z', '2027-03-31T07:00:00.000Z']);
    const october = plan.posts.filter((p) => p.id >= 'instagram-2027-10-27' && p.id <= 'instagram-2027-11-02').map((p) => p.at.toISOString());
    expect(october).toEqual(['2027-10-27T07:00:00.000Z', '2027-10-29T07:00:00.000Z', '2027-11-01T08:00:00.000Z']);
  });

  it('handles a half-hour DST change (Lord Howe Island, 3 October 2027: 02:00 becomes 02:30)', () => {
    const plan = planCalendar(input({
      period: { from: '2027-10-02', to: '2027-10-04' },
      timeZone: 'Australia/Lord_Howe',
      platforms: ['x'],
      editorialLine: { ...line, frequencyPerWeek: { x: 21 } },
      slots: { x: [{ kind: 'weekly', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], times: ['02:15', '02:45'], timeZone: 'Australia/Lord_Howe' }] },
    }));
    // 02:15 does not exist on the 3rd: it moves forward by the 30-minute gap, onto 02:45, and counts once.
    expect(plan.posts.map((p) => `${p.id} ${p.at.toISOString()}`)).toEqual([
      'x-2027-10-02-0215 2027-10-01T15:45:00.000Z',
      'x-2027-10-02-0245 2027-10-01T16:15:00.000Z',
      'x-2027-10-03-0245 2027-10-02T15:45:00.000Z',
      'x-2027-10-04-0215 2027-10-03T15:15:00.000Z',
      'x-2027-10-04-0245 2027-10-03T15:45:00.000Z',
    ]);
  });

  it('takes slots best score first when a week would need more than 200,000 comparisons', () => {
    const times = Array.from({ length: 96 }, (_, i) => `${String(Math.floor(i / 4)).padStart(2, '0')}:${String((i % 4) * 15).padStart(2, '0')}`);
    const plan = planCalendar(input({
      period: { from: '2027-01-04', to: '2027-01-10' },
      platforms: ['x'],
      editorialLine: { ...line, frequencyPerWeek: { x: 400 } },
      slots: { x: [{ kind: 'weekly', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], times, timeZone: 'Europe/Paris' }, { weekday: 'mon', time: '12:00', score: 9 }] },
      constraints: { x: { maxPerDay: 60 } },
    }));
    expect(plan.posts).toHaveLength(400);
    expect(plan.posts.some((p) => p.id === 'x-2027-01-04-1200')).toBe(true);
    expect(findConflicts(plan)).toEqual([]);
  });

  it('reads posting windows from bestPostingWindows in the plan\u2019s zone, best score first', () => {
    const matrix = buildActivityMatrix([
      { weekdays: ['tue'], fromHour: 7, toHour: 8, value: 5 },
      { weekdays: ['sat'], fromHour: 10, toHour: 11, value: 3 },
      { weekdays: ['thu'], fromHour: 19, toHour: 20, value: 2 },
    ]);
    const windows = bestPostingWindows(matrix, { count: 3 });
    const plan = planCalendar(input({ platforms: ['instagram'], editorialLine: { ...line, frequencyPerWeek: { instagram: 2 } }, slots: { instagram: windows }, timeZone: 'America/New_York' }));
    expect(of(plan, 'instagram')).toHaveLength(24);
    const seen = new Set(plan.posts.map((p) => `${weekdayOf(p.at, 'America/New_York')} ${p.localTime}`));
    expect(seen).toEqual(new Set(['tue 07:00', 'sat 10:00']));
    // New York moves its clocks on 14 March 2027: 07:00 stays 07:00.
    expect(plan.posts.find((p) => p.id === 'instagram-2027-03-09-0700')!.at.toISOString()).toBe('2027-03-09T12:00:00.000Z');
    expect(plan.posts.find((p) => p.id === 'instagram-2027-03-16-0700')!.at.toISOString()).toBe('2027-03-16T11:00:00.000Z');
  });

  it('takes slot patterns in their own zone and gives localTime in the plan\u2019s zone', () => {
    const plan = planCalendar(input({ platforms: ['linkedin'], slots: { linkedin: [{ kind: 'weekly', weekdays: ['tue', 'thu'], times: ['09:00'], timeZone: 'America/New_York' }] } }));
    expect(new Set(plan.posts.map((p) => p.localTime))).toEqual(new Set(['15:00', '14:00']));
  });

  it('spreads the posts of a week over its slots when there are more slots than posts', () => {
    const plan = planCalendar(input({ platforms: ['instagram'], editorialLine: { ...line, frequencyPerWeek: { instagram: 2 } }, slots: { instagram: [{ kind: 'weekly', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], times: ['09:00'], timeZone: 'Europe/Paris' }] } }));
    const posts = of(plan, 'instagram');
    expect(posts).toHaveLength(24);
    for (let i = 1; i < posts.length; i += 1) expect(posts[i]!.at.getTime() - posts[i - 1]!.at.getTime()).toBeGreaterThanOrEqual(3 * 86_400_000 - 3_600_000);
  });

  it('gives a partial week its share of the frequency, fractions carried over', () => {
    // 1 to 10 January 2027: Friday to Sunday (3 days), then a full week; 3 a week gives round(9/7) = 1, then 4 by the 10th.
    const plan = planCalendar(input({ period: { from: '2027-01-01', to: '2027-01-10' }, platforms: ['instagram'], slots: { instagram: [{ kind: 'weekly', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], times: ['09:00'], timeZone: 'Europe/Paris' }] } }));
    expect(plan.posts.filter((p) => p.id < 'instagram-2027-01-04')).toHaveLength(1);
    expect(plan.posts).toHaveLength(4);
    const half = planCalendar(input({ period: { from: '2027-01-04', to: '2027-02-28' }, platforms: ['instagram'], editorialLine: { ...line, frequencyPerWeek: { instagram: 1.5 } } }));
    expect(half.posts).toHaveLength(12);
  });

  it('places nothing when the frequency is 0, and says nothing', () => {
    const plan = planCalendar(input({ platforms: ['instagram'], editorialLine: { ...line, frequencyPerWeek: { instagram: 0 } } }));
    expect(plan.posts).toEqual([]);
    expect(plan.findings).toEqual([]);
  });
});

describe('planCalendar: observances', () => {
  const days = observances({ from: '2027-02-01', to: '2027-02-28', countries: ['FR'], categories: ['commercial'], locale: 'fr' }).filter((o) => o.id !== 'frenchWinterSales');

  it('places each observance post on its day, or on the latest slot before it, counting it in the week\u2019s frequency', () => {
    expect(days.map((d) => `${d.id} ${d.date}`)).toEqual(['valentinesDay 2027-02-14']);
    const plan = planCalendar(input({ observances: days }));
    const valentine = plan.posts.filter((p) => p.observanceId === 'valentinesDay');
    // 14 February 2027 is a Sunday: Instagram's latest slot is Friday 12th, LinkedIn's Thursday 11th.
    expect(valentine.map((p) => p.id)).toEqual(['linkedin-2027-02-11-0830', 'instagram-2027-02-12-0900']);
    expect(valentine.every((p) => p.priority === 1)).toBe(true);
    expect(of(plan, 'instagram')).toHaveLength(36);
    expect(codes(plan)).toEqual(['observancePillar', 'observancePillar', 'textToWrite']);
  });

  it('places it on the day itself when a slot is free there', () => {
    const plan = planCalendar(input({ observances: [{ ...days[0]!, date: '2027-02-17' }] }));
    expect(plan.posts.filter((p) => p.observanceId !== null).map((p) => p.id)).toEqual(['linkedin-2027-02-16-0830', 'instagram-2027-02-17-0900']);
  });

  it('limits an observance to the platforms it lists', () => {
    const plan = planCalendar(input({ observances: [{ ...days[0]!, platforms: ['instagram'] }] }));
    expect(plan.posts.filter((p) => p.observanceId !== null).map((p) => p.platform)).toEqual(['instagram']);
  });

  it('observanceNotPlaced: no free slot in the 7 days up to the day, with the reason', () => {
    const plan = planCalendar(input({ observances: days, blackouts: [{ from: '2027-02-06T00:00:00+01:00', to: '2027-02-15T00:00:00+01:00', reason: 'Deuil national' }] }));
    const findings = plan.findings.filter((f) => f.code === 'observanceNotPlaced');
    expect(findings.map((f) => f.message)).toEqual([
      'No instagram post for Saint-Valentin (2027-02-14): 3 slots, 3 in a blackout, from 2027-02-08 to 2027-02-14',
      'No linkedin post for Saint-Valentin (2027-02-14): 2 slots, 2 in a blackout, from 2027-02-08 to 2027-02-14',
    ]);
    expect(findings[0]).toMatchObject({ severity: 'warning', path: ['observances', 'valentinesDay'] });
    const none = planCalendar(input({ platforms: ['linkedin'], observances: [{ ...days[0]!, date: '2027-02-21' }], slots: { linkedin: [{ kind: 'weekly', weekdays: ['tue'], times: ['08:30'], timeZone: 'Europe/Paris', end: '2027-02-10' }] } }));
    expect(none.findings.find((f) => f.code === 'observanceNotPlaced')!.message).toBe('No linkedin post for Saint-Valentin (2027-02-21): no slot from 2027-02-15 to 2027-02-21');
    const taken = planCalendar(input({ platforms: ['linkedin'], observances: [days[0]!, { ...days[0]!, id: 'other', name: 'Other' }, { ...days[0]!, id: 'third', name: 'Third' }] }));
    expect(taken.findings.find((f) => f.code === 'observanceNotPlaced')!.message).toBe('No linkedin post for Saint-Valentin (2027-02-14): 2 slots, 2 taken, from 2027-02-08 to 2027-02-14');
  });

  it('observanceOutsidePeriod: an observance before the period, or more than 6 days after it', () => {
    const plan = planCalendar(input({ observances: [{ ...days[0]!, date: '2027-01-01' }, { ...days[0]!, id: 'late', date: '2027-04-10' }, { ...days[0]!, id: 'soon', date: '2027-03-30' }] }));
    expect(plan.findings.filter((f) => f.code === 'observanceOutsidePeriod').map((f) => f.path)).toEqual([
      ['observances', 'valentinesDay'],
      ['observances', 'late'],
    ]);
    // 30 March is 2 days after the period: its post goes on the last slots of the period.
    expect(plan.posts.filter((p) => p.observanceId === 'soon').map((p) => p.id)).toEqual(['linkedin-2027-03-25-0830', 'instagram-2027-03-26-0900']);
  });

  it('overFrequency: more observance posts in a week than its frequency', () => {
    const plan = planCalendar(input({ platforms: ['linkedin'], editorialLine: { ...line, frequencyPerWeek: { linkedin: 1 } }, observances: [days[0]!, { ...days[0]!, id: 'other', name: 'Other' }] }));
    expect(plan.posts.filter((p) => p.id >= 'linkedin-2027-02-08' && p.id <= 'linkedin-2027-02-14').map((p) => `${p.id} ${p.observanceId}`)).toEqual([
      'linkedin-2027-02-09-0830 valentinesDay',
      'linkedin-2027-02-11-0830 other',
    ]);
    expect(plan.findings.find((f) => f.code === 'overFrequency')!.message).toBe('linkedin, week of 2027-02-08: 2 observance posts for a frequency of 1');
  });
});

describe('planCalendar: constraints and what it could not do', () => {
  it('noFrequency: a platform the line gives no frequency gets observance posts only', () => {
    const plan = planCalendar(input({ platforms: ['instagram', 'x'], slots: { ...input().slots, x: [{ weekday: 'mon', time: '12:00' }] } }));
    expect(of(plan, 'x')).toEqual([]);
    expect(plan.findings[0]).toMatchObject({ code: 'noFrequency', severity: 'warning', path: ['editorialLine', 'frequencyPerWeek', 'x'] });
    const valentine = { id: 'valentinesDay', date: '2027-02-14', name: 'Saint-Valentin', category: 'commercial' as const, countries: ['FR'], source: 'https://example.org' };
    const withDay = planCalendar(input({ platforms: ['x'], slots: { x: [{ weekday: 'mon', time: '12:00' }] }, observances: [valentine] }));
    expect(withDay.posts.map((p) => `${p.id} ${p.observanceId}`)).toEqual(['x-2027-02-08-1200 valentinesDay']);
    expect(withDay.findings.map((f) => f.code)).toEqual(['noFrequency', 'observancePillar', 'textToWrite']);
  });

  it('tooFewSlots: a week with fewer slots than its frequency', () => {
    const plan = planCalendar(input({ platforms: ['linkedin'], period: { from: '2027-01-04', to: '2027-01-10' }, editorialLine: { ...line, frequencyPerWeek: { linkedin: 3 } } }));
    expect(plan.posts).toHaveLength(2);
    expect(plan.findings[0]).toEqual({
      code: 'tooFewSlots',
      severity: 'warning',
      message: 'linkedin, week of 2027-01-04: 2 of 3 posts placed; 2 free slots that week',
      path: ['slots', 'linkedin'],
    });
  });

  it('blockedByBlackout: honours blackouts and counts the posts they cost', () => {
    const blackouts = [{ from: '2027-02-01T00:00:00+01:00', to: '2027-02-06T00:00:00+01:00', reason: 'Deuil national' }];
    const plan = planCalendar(input({ platforms: ['instagram'], blackouts }));
    expect(plan.posts).toHaveLength(33);
    expect(plan.posts.some((p) => p.at >= new Date('2027-01-31T23:00:00Z') && p.at < new Date('2027-02-05T23:00:00Z'))).toBe(false);
    expect(plan.findings[0]).toEqual({
      code: 'blockedByBlackout',
      severity: 'warning',
      message: 'instagram, week of 2027-02-01: 0 of 3 posts placed; 3 missing: 3 slots in a blackout (Deuil national)',
      path: ['blackouts'],
    });
    expect(plan.blackouts).toEqual([{ from: new Date('2027-01-31T23:00:00Z'), to: new Date('2027-02-05T23:00:00Z'), reason: 'Deuil national' }]);
  });

  it('blockedByMaxPerDay and blockedByMinGap', () => {
    const slots = { instagram: [{ kind: 'weekly' as const, weekdays: ['mon' as const], times: ['09:00', '09:30', '12:00'], timeZone: 'Europe/Paris' }] };
    const week = { from: '2027-01-04', to: '2027-01-10' };
    const capped = planCalendar(input({ platforms: ['instagram'], period: week, slots, constraints: { instagram: { maxPerDay: 2 } } }));
    expect(capped.posts.map((p) => p.localTime)).toEqual(['09:30', '12:00']);
    expect(capped.findings[0]).toMatchObject({ code: 'blockedByMaxPerDay', path: ['constraints', 'instagram', 'maxPerDay'] });
    expect(capped.findings[0]!.message).toBe('instagram, week of 2027-01-04: 2 of 3 posts placed; 1 missing: 1 slot on a full day (maxPerDay)');
    const spaced = planCalendar(input({ platforms: ['instagram'], period: week, slots, constraints: { instagram: { minGapMinutes: 60 } } }));
    expect(spaced.posts.map((p) => p.localTime)).toEqual(['09:30', '12:00']);
    expect(spaced.findings[0]).toMatchObject({ code: 'blockedByMinGap', path: ['constraints', 'instagram', 'minGapMinutes'] });
    expect(spaced.constraints.instagram).toEqual({ minGapMinutes: 60 });
  });

  it('textToWrite: one finding for every post without text', () => {
    const plan = planCalendar(input());
    expect(plan.findings.at(-1)).toEqual({ code: 'textToWrite', severity: 'info', message: '60 planned posts without text yet: write each from its pillar', path: ['posts'] });
  });

  it('every finding code it uses is listed in PLAN_FINDING_CODES', () => {
    const plan = planCalendar(input({ blackouts: [{ from: '2027-02-01T00:00:00Z', to: '2027-02-20T00:00:00Z' }], observances: observances({ from: '2027-01-01', to: '2027-12-31', countries: ['FR'] }) }));
    for (const f of plan.findings) expect(PLAN_FINDING_CODES).toContain(f.code);
  });
});

// Random plans: slots, frequencies, constraints, blackouts, observances, seeds.
const weekdays = fc.uniqueArray(fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun' as const), { minLength: 1 });
const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const zone = fc.constantFrom('Europe/Paris', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC');
const randomInput: fc.Arbitrary<PlanCalendarInput> = fc
  .record({
    zone,
    start: fc.integer({ min: 0, max: 300 }),
    days: fc.integer({ min: 1, max: 60 }),
    instagram: fc.record({ weekdays, times: fc.uniqueArray(time, { minLength: 1, maxLength: 3 }), zone }),
    window: fc.record({ weekday: fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun' as const), time, score: fc.integer({ min: 0, max: 5 }) }),
    fInstagram: fc.integer({ min: 0, max: 12 }),
    fX: fc.integer({ min: 0, max: 6 }),
    gap: fc.integer({ min: 0, max: 600 }),
    cap: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    blackout: fc.option(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 10 })), { nil: undefined }),
    observanceDays: fc.array(fc.integer({ min: -10, max: 70 }), { maxLength: 4 }),
    leads: fc.array(fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 3 }), { nil: undefined }), { minLength: 4, maxLength: 4 }),
    share: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    seed: fc.integer(),
  })
  .map((r) => {
    const base = Date.UTC(2027, 0, 1) + r.start * 86_400_000;
    const day = (offset: number) => new Date(base + offset * 86_400_000).toISOString().slice(0, 10);
    return {
      period: { from: day(0), to: day(r.days - 1) },
      timeZone: r.zone,
      platforms: ['instagram', 'x'],
      editorialLine: { ...line, frequencyPerWeek: { instagram: r.fInstagram, x: r.fX } },
      slots: { instagram: [{ kind: 'weekly', weekdays: r.instagram.weekdays, times: r.instagram.times, timeZone: r.instagram.zone }], x: [r.window, { weekday: 'wed', time: '10:00' }] },
      observances: r.observanceDays.map((d, i) => ({
        id: `day${i}`,
        date: day(d),
        name: `Day ${i}`,
        category: 'commercial' as const,
        countries: ['FR'],
        source: 'https://example.org',
        ...(r.leads[i] === undefined ? {} : { posts: r.leads[i]!.map((daysBefore) => ({ daysBefore })) }),
      })),
      blackouts: r.blackout === undefined ? [] : [{ from: new Date(base + r.blackout[0] * 86_400_000), to: new Date(base + (r.blackout[0] + r.blackout[1]) * 86_400_000) }],
      constraints: {
        instagram: { minGapMinutes: r.gap, ...(r.cap === undefined ? {} : { maxPerDay: r.cap }), ...(r.share === undefined ? {} : { maxObservanceShare: r.share }) },
        x: { minGapMinutes: r.gap },
      },
      seed: r.seed,
    } satisfies PlanCalendarInput;
  });

describe('planCalendar: properties', () => {
  it('is deterministic: the same input gives a deep-equal plan', () => {
    fc.assert(
      fc.property(randomInput, (i) => {
        expect(planCalendar(structuredClone(i))).toEqual(planCalendar(deepFreeze(i)));
      }),
      { numRuns: 40 },
    );
  });

  it('never leaves a conflict, never places outside the period, and never repeats a pillar (except two commercial days in a row, both in the selling pillar)', () => {
    fc.assert(
      fc.property(randomInput, (i) => {
        const plan = planCalendar(i);
        expect(findConflicts(plan)).toEqual([]);
        for (const platform of ['instagram', 'x']) {
          const posts = of(plan, platform);
          for (let k = 1; k < posts.length; k += 1) {
            if (posts[k]!.observanceId !== null && posts[k - 1]!.observanceId !== null) expect(posts[k]!.pillar).toBe('offres');
            else expect(posts[k]!.pillar).not.toBe(posts[k - 1]!.pillar);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('never drops a requested post without a finding: regular posts plus the shortfalls add up to the frequency', () => {
    fc.assert(
      fc.property(randomInput, (i) => {
        const plan = planCalendar({ ...i, observances: [] });
        const days = (Date.parse(i.period.to) - Date.parse(i.period.from)) / 86_400_000 + 1;
        for (const [platform, f] of Object.entries(i.editorialLine.frequencyPerWeek!)) {
          const weeks = new Map<string, number>();
          for (const finding of plan.findings) {
            const m = new RegExp(`^${platform}, week of (\\S+): (\\d+) of (\\d+) posts? placed`).exec(finding.message);
            if (m !== null) weeks.set(m[1]!, Number(m[3]) - Number(m[2]));
          }
          const missing = [...weeks.values()].reduce((a, b) => a + b, 0);
          expect(of(plan, platform).length + missing).toBe(Math.floor((f * days) / 7 + 0.5 + 1e-9));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('places one post per lead time, each on or up to 6 days before its target day and before the next one’s, or says why not (not placed, outside the period, over the share cap)', () => {
    fc.assert(
      fc.property(randomInput, (i) => {
        const plan = planCalendar(i);
        for (const o of i.observances!) {
          const leads = (o.posts ?? [{ daysBefore: 0 }]).map((p) => p.daysBefore).sort((a, b) => a - b);
          const outside = plan.findings.filter((f) => f.code === 'observanceOutsidePeriod' && f.path[1] === o.id);
          const wholly = outside.some((f) => f.message.includes(' gets no post: '));
          for (const platform of ['instagram', 'x']) {
            const posted = plan.posts.filter((p) => p.platform === platform && p.observanceId === o.id);
            const capped = plan.findings.some((f) => f.code === 'observanceShareCapped' && f.path[1] === platform && f.message.includes(`${o.name} (${o.date})`));
            const notPlaced = plan.findings.filter((f) => f.code === 'observanceNotPlaced' && f.message.startsWith(`No ${platform} post for ${o.name} (`)).length;
            if (wholly || capped) expect(posted).toEqual([]);
            else expect(posted.length + notPlaced + outside.length).toBe(leads.length);
            const days = posted.map((p) => toLocalDate(p.at, i.timeZone));
            expect(new Set(days).size).toBe(days.length);
            for (const local of days) {
              // On or before some target day, at most 6 days before it.
              expect(leads.some((d) => {
                const target = Date.parse(o.date) - d * 86_400_000;
                return Date.parse(local) <= target && target - Date.parse(local) <= 6 * 86_400_000;
              })).toBe(true);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('planCalendar: malformed input is a ValidationError naming the field', () => {
  const cases: [string, Partial<PlanCalendarInput> | Record<string, unknown>, (string | number)[]][] = [
    ['an unknown field', { blackout: [] }, ['blackout']],
    ['a bad period', { period: { from: '2027-02-30', to: '2027-03-01' } }, ['period', 'from']],
    ['a period over 10 years', { period: { from: '2027-01-01', to: '2040-01-01' } }, ['period', 'to']],
    ['a bad zone', { timeZone: 'CEST' }, ['timeZone']],
    ['platforms not an array', { platforms: 'instagram' }, ['platforms']],
    ['no platform', { platforms: [] }, ['platforms']],
    ['a repeated platform', { platforms: ['instagram', 'instagram'] }, ['platforms', 1]],
    ['an unknown platform', { platforms: ['twitter'] }, ['platforms', 0]],
    ['a bad editorial line', { editorialLine: { ...line, languages: [] } }, ['editorialLine', 'languages']],
    ['a platform without slots', { slots: { instagram: input().slots.instagram } }, ['slots', 'linkedin']],
    ['empty slots', { slots: { ...input().slots, linkedin: [] } }, ['slots', 'linkedin']],
    ['an unknown platform in slots', { slots: { ...input().slots, myspace: [] } }, ['slots', 'myspace']],
    ['a bad slot pattern', { slots: { ...input().slots, linkedin: [{ kind: 'weekly', weekdays: ['tue'], times: ['8:30'], timeZone: 'Europe/Paris' }] } }, ['slots', 'linkedin', 0, 'times', 0]],
    ['a bad posting window', { slots: { ...input().slots, linkedin: [{ weekday: 'Tuesday', time: '08:30' }] } }, ['slots', 'linkedin', 0, 'weekday']],
    ['a negative window score', { slots: { ...input().slots, linkedin: [{ weekday: 'tue', time: '08:30', score: -1 }] } }, ['slots', 'linkedin', 0, 'score']],
    ['a bad observance', { observances: [{ id: 'x', date: '2027-13-01', name: 'X', category: 'commercial', countries: ['FR'], source: 's' }] }, ['observances', 0, 'date']],
    ['a bad blackout', { blackouts: [{ from: '2027-02-02T00:00:00Z', to: '2027-02-01T00:00:00Z' }] }, ['blackouts', 0, 'to']],
    ['a bad constraint', { constraints: { instagram: { maxPerDay: 0 } } }, ['constraints', 'instagram', 'maxPerDay']],
    ['a bad seed', { seed: Number.NaN }, ['seed']],
    ['too many posts', { period: { from: '2027-01-01', to: '2036-12-31' }, editorialLine: { ...line, frequencyPerWeek: { instagram: 1000 } } }, ['period']],
  ];
  for (const [name, override, path] of cases) {
    it(name, () => {
      expect(errorOf(() => planCalendar({ ...input(), ...override } as PlanCalendarInput)).path).toEqual(path);
    });
  }
  it('an input that is not an object', () => {
    expect(errorOf(() => planCalendar(null as unknown as PlanCalendarInput)).path).toEqual([]);
  });
});
