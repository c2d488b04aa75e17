/**
 * The planner's judgement on marronniers, tested on the bakery's quarter
 * (plan-fixtures: Boulangerie Martin, Instagram Mon/Wed/Fri 09:00 and
 * LinkedIn Tue/Thu 08:30, 4 January to 28 March 2027): which pillar each
 * marronnier post goes to, duplicates merged, the share cap, lead times.
 */
import { describe, expect, it } from 'vitest';
import { observances, planCalendar, type Plan } from '../../src/calendar/index.js';
import { EditorialLineSchema } from '../../src/editorial/index.js';
import { ValidationError } from '../../src/core/index.js';
import { errorOf, input, line } from './plan-fixtures.js';

const quarter = observances({ from: '2027-01-04', to: '2027-03-28', countries: ['FR'], locale: 'fr' });
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
