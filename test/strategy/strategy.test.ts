import { describe, expect, it } from 'vitest';
import { toJsonSchema, ValidationError } from '../../src/core/index.js';
import { buildActivityMatrix, type PersonaInput } from '../../src/persona/index.js';
import { checkSmart, StrategySchema, validateStrategy, type StrategyInput } from '../../src/strategy/index.js';
import { sweep } from '../support/hostile.js';

const activity = buildActivityMatrix([{ weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], fromHour: 7, toHour: 9, value: 1 }]);
const claire: PersonaInput = {
  id: 'claire',
  name: 'Claire',
  market: 'b2c',
  timeZone: 'Europe/Paris',
  activity,
  platforms: [
    { platform: 'instagram', weight: 3 },
    { platform: 'tiktok', weight: 1 },
  ],
};
const sophie: PersonaInput = { ...claire, id: 'sophie', name: 'Sophie', market: 'b2b', platforms: [{ platform: 'linkedin', weight: 1 }] };

const good: StrategyInput = {
  id: 'martin-2027',
  brand: { name: 'Boulangerie Martin', website: 'https://boulangerie-martin.fr', country: 'FR' },
  positioning: 'Craft bread baked at dawn in the Croix-Rousse, and a tea room to linger in.',
  personas: [claire, sophie],
  platforms: [
    { platform: 'instagram', role: 'Showcase and behind the scenes of the bakehouse', personas: ['claire'] },
    { platform: 'linkedin', role: 'Office catering offers', personas: ['sophie'] },
  ],
  objectives: [
    {
      id: 'engagement',
      type: 'engagement',
      kpis: ['engagementRateByReach'],
      platforms: ['instagram'],
      personas: ['claire'],
      baseline: 0.031,
      target: 0.045,
      start: '2027-01-01',
      deadline: '2027-06-30',
      businessGoal: 'Make the tea room the neighbourhood’s meeting place',
    },
    {
      id: 'catering',
      type: 'conversion',
      kpis: ['cpa'],
      platforms: ['linkedin'],
      baseline: 42,
      target: 30,
      start: '2027-01-01',
      deadline: '2027-03-31',
      tracking: { utm: { source: 'linkedin', medium: 'paid_social', campaign: 'plateaux-2027' } },
    },
  ],
  editorialLineRef: 'martin-ligne-2027',
  budgetRef: 'martin-media-q1',
};

describe('StrategySchema', () => {
  it('parses a strategy, filling defaults', () => {
    const s = StrategySchema.parse({ brand: { name: 'Boulangerie Martin' } });
    expect(s).toMatchObject({ positioning: '', objectives: [], personas: [], platforms: [] });
    expect(StrategySchema.parse(good).platforms[0]!.personas).toEqual(['claire']);
    expect(StrategySchema.parse({ ...good, platforms: [{ platform: 'x' }] }).platforms[0]!.personas).toEqual([]);
  });

  it('refuses wrong shapes', () => {
    expect(StrategySchema.safeParse({ ...good, brand: { name: 'B', website: 'ftp://b.fr' } }).success).toBe(false);
    expect(StrategySchema.safeParse({ ...good, brand: { name: 'B', website: 'not a url' } }).success).toBe(false);
    expect(StrategySchema.safeParse({ ...good, brand: { name: 'B', country: 'France' } }).success).toBe(false);
    expect(StrategySchema.safeParse({ ...good, budget: 'x' }).success).toBe(false);
    expect(StrategySchema.safeParse({ ...good, objectives: [{ id: 'o', type: 'sales' }] }).success).toBe(false);
    expect(() => validateStrategy({ ...good, brand: undefined } as never)).toThrow(ValidationError);
  });

  it('exports as JSON Schema', () => {
    const json = toJsonSchema(StrategySchema) as { properties: Record<string, unknown> };
    expect(Object.keys(json.properties)).toEqual(expect.arrayContaining(['brand', 'objectives', 'personas', 'platforms', 'budgetRef']));
  });
});

describe('validateStrategy', () => {
  it('finds nothing wrong with a coherent strategy', () => {
    expect(validateStrategy(good)).toEqual([]);
  });

  it('reports each cross-check with a stable code, a severity and a path', () => {
    const bad: StrategyInput = {
      brand: { name: 'Boulangerie Martin' },
      positioning: ' ',
      personas: [claire, sophie, { ...claire, id: 'claire' }],
      platforms: [
        { platform: 'instagram', personas: ['claire', 'sophie', 'ghost'] },
        { platform: 'facebook', role: 'Local news', personas: [] },
        { platform: 'instagram', role: 'again', personas: [] },
      ],
      objectives: [
        { id: 'vague', type: 'notoriety', kpis: ['followers'], platforms: ['tiktok'], personas: ['nobody'], start: '2027-03-01', deadline: '2027-02-01' },
        { id: 'vague', type: 'acquisition', kpis: ['ctr'], baseline: 0.01, target: 0.02, deadline: '2027-03-31' },
      ],
    };
    expect(validateStrategy(bad).map((f) => [f.code, f.severity, f.path])).toEqual([
      ['missingPositioning', 'warning', ['positioning']],
      ['duplicateObjective', 'error', ['objectives', 1, 'id']],
      ['duplicatePersona', 'error', ['personas', 2, 'id']],
      ['duplicatePlatform', 'error', ['platforms', 2, 'platform']],
      ['unknownKpi', 'info', ['objectives', 0, 'kpis', 0]],
      ['objectiveWithoutBaseline', 'error', ['objectives', 0, 'baseline']],
      ['objectiveWithoutTarget', 'error', ['objectives', 0, 'target']],
      ['deadlineNotAfterStart', 'error', ['objectives', 0, 'deadline']],
      ['objectivePlatformNotChosen', 'warning', ['objectives', 0, 'platforms', 0]],
      ['objectiveUnknownPersona', 'error', ['objectives', 0, 'personas', 0]],
      ['objectiveWithoutTracking', 'error', ['objectives', 1, 'tracking']],
      ['missingBudgetRef', 'error', ['budgetRef']],
      ['platformWithoutRole', 'error', ['platforms', 0, 'role']],
      ['platformPersonaAbsent', 'warning', ['platforms', 0, 'personas', 1]],
      ['platformUnknownPersona', 'error', ['platforms', 0, 'personas', 2]],
      ['platformWithoutPersona', 'warning', ['platforms', 1, 'personas']],
      ['platformWithoutPersona', 'warning', ['platforms', 2, 'personas']],
      ['personaNotReached', 'error', ['personas', 1]],
      ['missingEditorialLineRef', 'info', ['editorialLineRef']],
    ]);
  });

  it('reports empty strategies and missing KPIs, deadlines and served personas', () => {
    expect(validateStrategy({ brand: { name: 'B' }, positioning: 'P' }).map((f) => f.code)).toEqual([
      'noObjectives',
      'noPersonas',
      'noPlatforms',
      'missingEditorialLineRef',
    ]);
    const s = validateStrategy({
      ...good,
      objectives: [{ id: 'o', type: 'engagement', platforms: ['instagram'], baseline: 1, target: 2 }],
      platforms: [{ platform: 'instagram', role: 'r', personas: ['claire'] }, { platform: 'linkedin', role: 'r' }],
    });
    expect(s.map((f) => f.code)).toEqual(['objectiveWithoutKpi', 'objectiveWithoutDeadline', 'platformWithoutPersona', 'personaNotServed']);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(good);
    validateStrategy(Object.freeze(good));
    expect(JSON.stringify(good)).toBe(before);
  });

  it('survives hostile input', () => {
    sweep(validateStrategy, [good]);
  });
});

describe('KPI names from socialkit/kpi (issue 14)', () => {
  const ISSUE_14 = ['cpm', 'cac', 'cpe', 'viralityRate', 'applauseRate', 'completionRate', 'engagementRateByImpressions', 'earnedMediaValue'];
  it('validateStrategy and checkSmart accept every KPI formula socialkit computes', () => {
    const objectives = (good.objectives ?? []).map((o, i) => (i === 0 ? { ...o, kpis: [...(o.kpis ?? []), ...ISSUE_14] } : o));
    expect(validateStrategy({ ...good, objectives }).filter((f) => f.code === 'unknownKpi')).toEqual([]);
    expect(checkSmart(objectives[0]!).filter((f) => f.code === 'unknownKpi')).toEqual([]);
    const likes = (good.objectives ?? []).map((o, i) => (i === 0 ? { ...o, kpis: ['likes'] } : o));
    expect(validateStrategy({ ...good, objectives: likes }).map((f) => f.code)).toContain('unknownKpi');
  });
});
