/**
 * The planner's judgement on marronniers, tested on the bakery's quarter
 * (plan-fixtures: Boulangerie Martin, Instagram Mon/Wed/Fri 09:00 and
 * LinkedIn Tue/Thu 08:30, 4 January to 28 March 2027): which pillar each
 * marronnier post goes to, duplicates merged, the share cap, lead times.
 */
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { fromDateHolidays, observances, planCalendar, type Plan } from '../../src/calendar/index.js';
import { EditorialLineSchema } from '../../src/editorial/index.js';
import { ValidationError } from '../../src/core/index.js';
import { errorOf, input, line } from './plan-fixtures.js';

// The 18 FR observances the quarter held when these figures were worked out by hand; the
// dataset grows (issue 14 added the Community Manager Appreciation Day, Ramadan, Aïd el-Fitr,
// the Francophonie and the clock change), and the planner's rules are tested on a fixed list.
const ADDED_LATER = new Set(['communityManagerAppreciationDay', 'ramadanBegins', 'eidAlFitr', 'francophonieDay', 'clockChangeSpringEu']);
const quarter = observances({ from: '2027-01-04', to: '2027-03-28', countries: ['FR'], locale: 'fr' }).filter((o) => !ADDED_LATER.has(o.id));
const commercial = observances({ from: '2027-01-04', to: '2027-03-28', countries: ['FR'], categories: ['commercial'], locale: 'fr' });
const find = (plan: Plan, code: string) => plan.findings.filter((f) => f.code === code);

describe('planCalendar: the pillar of a marronnier post (observancePillar)', () => {
  it('without categoryPillars, a commercial day goes to the pillar whose objective is conversion (offres), and the finding says so', () => {
    const plan = planCalendar(input({ observances: commercial }));
    const grandmothers = plan.posts.filter((p) => p.observanceId === 'grandmothersDayFr');
    expect(grandmothers.map((p) => `${p.id} ${p.pillar} ${p.objectiveType}`)).toEqual(['linkedin-2027-03-04-0830 offres conversion', 'instagram-2027-03-05-0900 offres conversion']);
    const finding = find(plan, 'observancePillar').find((f) => f.path[1] === 'instagram-2027-03-05-0900')!;
    expect(finding).toEqual({
      code: 'observancePillar',
      severity: 'info',
      message: "instagram-2027-03-05-0900 (Fête des grands-mères, 2027-03-07) is in 'offres': the first pillar whose objective is conversion or acquisition, for a commercial day (categoryPillars names none)",
      path: ['posts', 'instagram-2027-03-05-0900'],
    });
    // One finding per marronnier post.
    expect(find(plan, 'observancePillar')).toHaveLength(plan.posts.filter((p) => p.observanceId !== null).length);
  });

  it('categoryPillars wins: each category goes to the pillar it names; the others take the rotation’s turn', () => {
    const mapped = { ...line, categoryPillars: { commercial: 'coulisses', religious: 'savoirFaire' } };
    const plan = planCalendar(input({ editorialLine: mapped, observances: quarter.filter((o) => o.category === 'commercial' || o.category === 'religious' || o.id === 'chandeleur') }));
    for (const p of plan.posts.filter((x) => x.observanceId !== null)) {
      const o = quarter.find((x) => x.id === p.observanceId)!;
      if (o.category === 'commercial') expect(p.pillar).toBe('coulisses');
      if (o.category === 'religious') expect(p.pillar).toBe('savoirFaire');
    }
    const messages = find(plan, 'observancePillar').map((f) => f.message);
    expect(messages).toContain("instagram-2027-01-06-0900 (Épiphanie (galette des rois), 2027-01-06) is in 'savoirFaire': the editorial line's categoryPillars maps religious days to it");
    expect(messages.filter((m) => m.includes('Chandeleur'))).toEqual([
      expect.stringMatching(/^instagram-2027-02-01-0900 \(Chandeleur, 2027-02-02\) is in '\w+': the rotation's turn: categoryPillars maps no pillar to cultural days$/),
      expect.stringMatching(/^linkedin-2027-02-02-0830 \(Chandeleur, 2027-02-02\) is in '\w+': the rotation's turn: categoryPillars maps no pillar to cultural days$/),
    ]);
  });

  it('a line without a conversion or acquisition pillar: a commercial day takes the rotation’s turn, and the finding says why', () => {
    const noSales = { ...line, pillars: line.pillars.map((p) => ({ ...p, objectives: ['engagement' as const] })) };
    const plan = planCalendar(input({ editorialLine: noSales, observances: commercial, platforms: ['instagram'] }));
    expect(find(plan, 'observancePillar').map((f) => f.message.split(': ')[1])).toEqual(
      commercial.filter((o) => o.date >= '2027-01-04').map(() => 'the rotation\'s turn'),
    );
    expect(find(plan, 'observancePillar')[0]!.message).toContain('categoryPillars maps no pillar to commercial days and no pillar has a conversion or acquisition objective');
  });

  it('the mix still counts marronnier posts, and a rotation post avoids the pillar of the marronnier post after it', () => {
    const plan = planCalendar(input({ observances: commercial }));
    for (const platform of ['instagram', 'linkedin']) {
      const posts = plan.posts.filter((p) => p.platform === platform);
      for (let k = 1; k < posts.length; k += 1) expect(posts[k]!.pillar).not.toBe(posts[k - 1]!.pillar);
    }
  });

  it('EditorialLineSchema checks categoryPillars: a category and a pillar of the line', () => {
    expect(EditorialLineSchema.parse({ ...line, categoryPillars: { commercial: 'offres' } }).categoryPillars).toEqual({ commercial: 'offres' });
    const unknown = EditorialLineSchema.safeParse({ ...line, categoryPillars: { commercial: 'promos' } });
    expect(unknown.success).toBe(false);
    expect(unknown.error!.issues[0]).toMatchObject({ path: ['categoryPillars', 'commercial'], message: "categoryPillars.commercial names 'promos', which is not a pillar of the line (savoirFaire, coulisses, offres)" });
    expect(EditorialLineSchema.safeParse({ ...line, categoryPillars: { shopping: 'offres' } }).success).toBe(false);
    const error = errorOf(() => planCalendar(input({ editorialLine: { ...line, categoryPillars: { cultural: 'promos' } } })));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.path).toEqual(['editorialLine', 'categoryPillars', 'cultural']);
  });
});

describe('planCalendar: one post per observance, however often it is given (observanceMerged)', () => {
  // The bakery's second quarter: Ascension, Pentecôte and the Fête des mères fall in it.
  const spring = { from: '2027-04-05', to: '2027-06-27' };
  const holidays = new Holidays('FR');

  it('observances() and fromDateHolidays() merged: one Ascension, Pentecôte and Fête des mères post per platform', () => {
    // Aïd el-Kébir (added to the dataset later) falls on Pentecost Sunday in 2027 and would compete for its slots.
    const builtIn = observances({ ...spring, countries: ['FR'], categories: ['commercial', 'holiday', 'religious'], locale: 'fr' }).filter((o) => o.id !== 'eidAlAdha');
    const dh = fromDateHolidays(holidays, { ...spring, country: 'FR' });
    // Every marronnier gets its post here (no share cap): the point is the merge.
    const constraints = { instagram: { maxObservanceShare: 1 }, linkedin: { maxObservanceShare: 1 } };
    const plan = planCalendar(input({ period: spring, observances: [...builtIn, ...dh], constraints }));
    expect(find(plan, 'observanceMerged').map((f) => f.message)).toEqual([
      'Fête du travail (dateHolidays:05-01, 2027-05-01) merged into Fête du travail (labourDay, 2027-05-01): the same name on the same day; 2027-05-01 is kept',
      'Ascension (dateHolidays:easter 39, 2027-05-06) merged into Ascension (ascension, 2027-05-06): the same name on the same day; 2027-05-06 is kept',
      "Fête de la Victoire 1945 (dateHolidays:05-08, 2027-05-08) merged into Victoire 1945 (8 mai) (victoryInEuropeDay, 2027-05-08): date-holidays' '05-08' (2027-05-08) is the built-in 'victoryInEuropeDay'; 2027-05-08 is kept",
      'Pentecôte (dateHolidays:easter 49, 2027-05-16) merged into Pentecôte (pentecost, 2027-05-16): the same name on the same day; 2027-05-16 is kept',
      'Lundi de Pentecôte (dateHolidays:easter 50, 2027-05-17) merged into Lundi de Pentecôte (whitMonday, 2027-05-17): the same name on the same day; 2027-05-17 is kept',
      "Fête des Mères (dateHolidays:sunday before 06-01, 2027-05-30) merged into Fête des mères (mothersDayFr, 2027-05-30): the same name on the same day; 2027-05-30 is kept",
    ]);
    expect(find(plan, 'observanceMerged')[1]).toMatchObject({ severity: 'info', path: ['observances', 'ascension'] });
    for (const id of ['ascension', 'pentecost', 'mothersDayFr']) {
      expect(plan.posts.filter((p) => p.observanceId === id).map((p) => p.platform).sort()).toEqual(['instagram', 'linkedin']);
    }
    expect(plan.posts.some((p) => p.observanceId?.startsWith('dateHolidays:easter 39') === true)).toBe(false);
    // Lundi de Pentecôte is a built-in too (whitMonday): date-holidays' copy merges into it.
    expect(plan.posts.some((p) => p.observanceId === 'dateHolidays:easter 50')).toBe(false);
    expect(plan.posts.filter((p) => p.observanceId === 'whitMonday').map((p) => p.platform).sort()).toEqual(['instagram', 'linkedin']);
  });

  it('in a Pentecost year (2023) the date-holidays Fête des mères falls a week early: the built-in date (4 June, loi n° 50-577) wins, with the reason', () => {
    const q2 = { from: '2023-04-03', to: '2023-06-25' };
    const builtIn = observances({ ...q2, countries: ['FR'], categories: ['commercial', 'religious'], locale: 'en' });
    const dh = fromDateHolidays(holidays, { ...q2, country: 'FR' });
    expect(dh.find((o) => o.id === 'dateHolidays:sunday before 06-01')!.date).toBe('2023-05-28');
    const plan = planCalendar(input({ period: q2, observances: [...builtIn, ...dh] }));
    const messages = find(plan, 'observanceMerged').map((f) => f.message);
    expect(messages).toContain(
      "Fête des Mères (dateHolidays:sunday before 06-01, 2023-05-28) merged into Mother's Day (France) (mothersDayFr, 2023-06-04): date-holidays' 'sunday before 06-01' (2023-05-28) is the built-in 'mothersDayFr': date-holidays puts the Fête des mères on the last Sunday of May every year, while the law (loi n° 50-577 du 24 mai 1950) moves it to the first Sunday of June when Pentecost falls that day; 2023-06-04 is kept",
    );
    // English names: Ascension Day and Whit Sunday are merged by the known equivalents, not by name.
    expect(messages).toContain("Ascension (dateHolidays:easter 39, 2023-05-18) merged into Ascension Day (ascension, 2023-05-18): date-holidays' 'easter 39' (2023-05-18) is the built-in 'ascension'; 2023-05-18 is kept");
    expect(messages.some((m) => m.includes("is the built-in 'pentecost'"))).toBe(true);
    const mothers = plan.posts.filter((p) => p.observanceId === 'mothersDayFr' || p.observanceId === 'dateHolidays:sunday before 06-01');
    expect(mothers.map((p) => `${p.id} ${p.observanceId}`)).toEqual(['linkedin-2023-06-01-0830 mothersDayFr', 'instagram-2023-06-02-0900 mothersDayFr']);
  });

  it('the same list twice gives the same posts; same id or same name on the same day are merged, and platforms are united', () => {
    const once = planCalendar(input({ observances: commercial }));
    const twice = planCalendar(input({ observances: [...commercial, ...commercial] }));
    expect(twice.posts).toEqual(once.posts);
    expect(find(twice, 'observanceMerged').map((f) => f.message)).toEqual(
      commercial.map((o) => `${o.name} (${o.id}, ${o.date}) merged into ${o.name} (${o.id}, ${o.date}): the same observance twice (same id, same day); ${o.date} is kept`),
    );
    const valentine = commercial.find((o) => o.id === 'valentinesDay')!;
    const split = planCalendar(input({ observances: [{ ...valentine, platforms: ['linkedin'] }, { ...valentine, id: 'saintValentin', name: 'SAINT-VALENTIN', platforms: ['instagram'] }] }));
    expect(split.posts.filter((p) => p.observanceId !== null).map((p) => `${p.platform} ${p.observanceId}`)).toEqual(['linkedin valentinesDay', 'instagram valentinesDay']);
    expect(find(split, 'observanceMerged')[0]!.message).toBe('SAINT-VALENTIN (saintValentin, 2027-02-14) merged into Saint-Valentin (valentinesDay, 2027-02-14): the same name on the same day; 2027-02-14 is kept');
    // The same id on two days of a year (a weekly market) is two occurrences, not one.
    const market = { id: 'market', name: 'Marché', category: 'cultural' as const, countries: ['FR'], source: 'https://example.org' };
    const markets = planCalendar(input({ observances: [{ ...market, date: '2027-02-06' }, { ...market, date: '2027-02-13' }] }));
    expect(find(markets, 'observanceMerged')).toEqual([]);
    expect(markets.posts.filter((p) => p.observanceId === 'market')).toHaveLength(4);
  });
});

describe('planCalendar: marronniers do not swamp the feed (maxObservanceShare, observanceShareCapped)', () => {
  const share = (plan: Plan, platform: string) => plan.posts.filter((p) => p.platform === platform && p.observanceId !== null).length / plan.posts.filter((p) => p.platform === platform).length;

  it('every FR observance of the quarter: at most 30 % of each platform’s posts by default, commercial days kept first, the rest listed', () => {
    const uncapped = planCalendar(input({ observances: quarter, constraints: { instagram: { maxObservanceShare: 1 }, linkedin: { maxObservanceShare: 1 } } }));
    expect(quarter).toHaveLength(18);
    expect([share(uncapped, 'instagram'), share(uncapped, 'linkedin')]).toEqual([16 / 36, 11 / 24]);
    expect(find(uncapped, 'observanceShareCapped')).toEqual([]);
    const plan = planCalendar(input({ observances: quarter }));
    expect(share(plan, 'instagram')).toBeLessThanOrEqual(0.3);
    expect(share(plan, 'linkedin')).toBeLessThanOrEqual(0.3);
    const capped = find(plan, 'observanceShareCapped');
    expect(capped.map((f) => [f.severity, f.path])).toEqual([
      ['warning', ['constraints', 'instagram', 'maxObservanceShare']],
      ['warning', ['constraints', 'linkedin', 'maxObservanceShare']],
    ]);
    expect(capped[0]!.message).toBe(
      'instagram: 10 of 17 marronnier posts kept, at most 30 % of its 36 posts (maxObservanceShare 0.3); left out: Journée mondiale de la vie sauvage (2027-03-03), Journée internationale des droits des femmes (2027-03-08), Journée internationale du bonheur (2027-03-20), Journée internationale des forêts (2027-03-21), Journée mondiale de l\'eau (2027-03-22), Épiphanie (galette des rois) (2027-01-06), Pâques (2027-03-28)',
    );
    // The commercial days are all there, on both platforms.
    for (const id of ['frenchWinterSales', 'valentinesDay', 'grandmothersDayFr']) {
      expect(plan.posts.filter((p) => p.observanceId === id).map((p) => p.platform).sort()).toEqual(['instagram', 'linkedin']);
    }
  });

  it('the categories categoryPillars maps are kept first, then commercial, cultural, holiday, awareness, religious, sport, platform, civic, then by date', () => {
    const mapped = { ...line, categoryPillars: { religious: 'savoirFaire' } };
    const plan = planCalendar(input({ editorialLine: mapped, observances: quarter, platforms: ['linkedin'], constraints: { linkedin: { maxObservanceShare: 0.125 } } }));
    // 24 LinkedIn posts × 0.125 = 3 marronnier posts: the two religious days (mapped), then the first commercial day,
    // placed in that order: Épiphanie takes the one slot the winter sales could have (Tuesday 5 January).
    expect(plan.posts.filter((p) => p.observanceId !== null).map((p) => `${p.id} ${p.observanceId} ${p.pillar}`)).toEqual([
      'linkedin-2027-01-05-0830 epiphany savoirFaire',
      'linkedin-2027-03-25-0830 easterSunday savoirFaire',
    ]);
    expect(find(plan, 'observanceNotPlaced').map((f) => f.message)).toEqual(["No linkedin post for Soldes d'hiver (2027-01-06): 1 slot, 1 taken, from 2027-01-04 to 2027-01-06"]);
    expect(find(plan, 'observanceShareCapped')[0]!.message).toMatch(/^linkedin: 3 of 17 marronnier posts kept, at most 12\.5 % of its 24 posts \(maxObservanceShare 0\.125\); left out: Saint-Valentin \(2027-02-14\), Fête des grands-mères \(2027-03-07\), Chandeleur \(2027-02-02\), /);
  });

  it('maxObservanceShare 0 leaves every marronnier out; a platform without a frequency (observance posts only) is not capped', () => {
    const none = planCalendar(input({ observances: commercial, constraints: { instagram: { maxObservanceShare: 0 } } }));
    expect(none.posts.filter((p) => p.platform === 'instagram' && p.observanceId !== null)).toEqual([]);
    expect(none.posts.filter((p) => p.platform === 'linkedin' && p.observanceId !== null)).toHaveLength(3);
    const only = planCalendar(input({ platforms: ['x'], slots: { x: [{ kind: 'weekly', weekdays: ['mon', 'wed', 'fri'], times: ['12:00'], timeZone: 'Europe/Paris' }] }, observances: quarter }));
    expect(only.posts.length).toBeGreaterThan(10);
    expect(only.posts.every((p) => p.observanceId !== null)).toBe(true);
    expect(find(only, 'observanceShareCapped')).toEqual([]);
  });

  it('refuses a share outside 0..1, naming the field', () => {
    expect(errorOf(() => planCalendar(input({ constraints: { instagram: { maxObservanceShare: 1.5 } } }))).path).toEqual(['constraints', 'instagram', 'maxObservanceShare']);
    expect(errorOf(() => planCalendar(input({ constraints: { linkedin: { maxObservanceShare: -0.1 } } }))).path).toEqual(['constraints', 'linkedin', 'maxObservanceShare']);
  });
});

describe('planCalendar: lead times (PlanObservance.posts)', () => {
  const valentine = commercial.find((o) => o.id === 'valentinesDay')!;
  const ids = (plan: Plan, id: string) => plan.posts.filter((p) => p.observanceId === id).map((p) => p.id);

  it('a pre-order post a week ahead and one on the day: each on or before its target day', () => {
    const plan = planCalendar(input({ observances: [{ ...valentine, posts: [{ daysBefore: 7 }, { daysBefore: 0 }] }] }));
    // 14 February 2027 is a Sunday. Day itself: Friday 12 (Instagram), Thursday 11 (LinkedIn);
    // a week ahead (Sunday 7): Friday 5 and Thursday 4.
    expect(ids(plan, 'valentinesDay')).toEqual(['linkedin-2027-02-04-0830', 'instagram-2027-02-05-0900', 'linkedin-2027-02-11-0830', 'instagram-2027-02-12-0900']);
    expect(plan.posts.filter((p) => p.observanceId === 'valentinesDay').every((p) => p.priority === 1 && p.pillar === 'offres')).toBe(true);
    expect(find(plan, 'observancePillar')).toHaveLength(4);
  });

  it('left out, posts is [{ daysBefore: 0 }]: today’s plan, deep-equal', () => {
    expect(planCalendar(input({ observances: [{ ...valentine, posts: [{ daysBefore: 0 }] }] }))).toEqual(planCalendar(input({ observances: [valentine] })));
  });

  it('a later lead time goes on a day before the earlier one’s post, even when its own window overlaps', () => {
    // Target days 14 and 12 February: the day-0 post takes Friday 12, so the 2-days-before post goes on Wednesday 10.
    const plan = planCalendar(input({ platforms: ['instagram'], observances: [{ ...valentine, posts: [{ daysBefore: 0 }, { daysBefore: 2 }] }] }));
    expect(ids(plan, 'valentinesDay')).toEqual(['instagram-2027-02-10-0900', 'instagram-2027-02-12-0900']);
  });

  it('a lead time the period cannot reach gets observanceOutsidePeriod; a lead time without a free slot, observanceNotPlaced', () => {
    const sales = commercial.find((o) => o.id === 'frenchWinterSales')!;
    const plan = planCalendar(input({ platforms: ['instagram'], observances: [{ ...sales, posts: [{ daysBefore: 0 }, { daysBefore: 14 }] }] }));
    expect(ids(plan, 'frenchWinterSales')).toEqual(['instagram-2027-01-06-0900']);
    expect(find(plan, 'observanceOutsidePeriod').map((f) => f.message)).toEqual([
      "Soldes d'hiver (2027-01-06) gets no post 14 days before (2026-12-23): the period 2027-01-04 to 2027-03-28 does not reach it",
    ]);
    const blocked = planCalendar(input({
      platforms: ['instagram'],
      observances: [{ ...valentine, posts: [{ daysBefore: 0 }, { daysBefore: 7 }] }],
      blackouts: [{ from: '2027-02-01T00:00:00+01:00', to: '2027-02-08T00:00:00+01:00', reason: 'Inventaire' }],
    }));
    expect(find(blocked, 'observanceNotPlaced').map((f) => f.message)).toEqual(['No instagram post for Saint-Valentin (2027-02-14) 7 days before: 3 slots, 3 in a blackout, from 2027-02-01 to 2027-02-07']);
  });

  it('the share cap counts every post of an observance', () => {
    const three = [0, 7, 14].map((daysBefore) => ({ daysBefore }));
    const plan = planCalendar(input({ platforms: ['linkedin'], observances: commercial.map((o) => ({ ...o, posts: three })), constraints: { linkedin: { maxObservanceShare: 0.25 } } }));
    // 24 posts × 0.25 = 6: two observances of three posts each (winter sales: only its day is in the period, so one post).
    expect(find(plan, 'observanceShareCapped')[0]!.message).toBe('linkedin: 4 of 7 marronnier posts kept, at most 25 % of its 24 posts (maxObservanceShare 0.25); left out: Fête des grands-mères (2027-03-07)');
  });

  it('refuses a bad lead time, naming the field', () => {
    for (const [posts, path] of [
      [[{ daysBefore: 61 }], [0, 'daysBefore']],
      [[{ daysBefore: -1 }], [0, 'daysBefore']],
      [[{ daysBefore: 1.5 }], [0, 'daysBefore']],
      [[{ daysBefore: 7 }, { daysBefore: 7 }], [1, 'daysBefore']],
      [[], []],
      [[{ days: 7 }], [0, expect.any(String)]],
    ] as [unknown[], (string | number)[]][]) {
      expect(errorOf(() => planCalendar(input({ observances: [{ ...valentine, posts } as never] }))).path).toEqual(['observances', 0, 'posts', ...path]);
    }
  });
});
