import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { checkSmart, type ObjectiveInput } from '../../src/strategy/index.js';
import { sweep } from '../support/hostile.js';

const smart: ObjectiveInput = {
  id: 'engagement',
  type: 'engagement',
  kpis: ['engagementRateByReach'],
  platforms: ['instagram'],
  baseline: 0.031,
  target: 0.045,
  start: '2027-01-01',
  deadline: '2027-06-30',
  businessGoal: 'Make the tea room the neighbourhood’s meeting place',
};
// Monthly engagement rate in 2026: the best month-on-month rise is +0.004 over November (30 days).
const history = [
  { at: '2026-09-30T00:00:00Z', value: 0.024 },
  { at: '2026-10-31T00:00:00Z', value: 0.025 },
  { at: '2026-11-30T00:00:00Z', value: 0.029 },
  { at: '2026-12-31T00:00:00Z', value: 0.031 },
];

describe('checkSmart', () => {
  it('finds nothing to say about a SMART objective within its historical pace', () => {
    // Required: 0.014 over 181 days = 7.7e-5 a day; best: 0.004 / 30 = 1.33e-4 a day.
    expect(checkSmart(smart, { history })).toEqual([]);
  });

  it('flags a pace at or above maxPaceRatio × the best historical pace (warning) and above stretchPaceRatio × (info)', () => {
    // Required 0.03 / 181 = 1.66e-4 a day: 1.24× the best.
    expect(checkSmart({ ...smart, target: 0.061 }, { history }).map((f) => [f.criterion, f.severity, f.code])).toEqual([
      ['achievable', 'info', 'paceAboveHistory'],
    ]);
    // Required 0.08 / 181 = 4.4e-4 a day: 3.3× the best.
    const [finding] = checkSmart({ ...smart, target: 0.111 }, { history });
    expect(finding).toMatchObject({ criterion: 'achievable', severity: 'warning', code: 'paceUnrealistic', path: ['target'] });
    expect(finding!.message).toMatch(/3\.3\d*× the best pace/);
    expect(checkSmart({ ...smart, target: 0.111 }, { history, maxPaceRatio: 4 }).map((f) => f.code)).toEqual(['paceAboveHistory']);
    expect(checkSmart({ ...smart, target: 0.061 }, { history, stretchPaceRatio: 1.5 })).toEqual([]);
  });

  it('judges a goal that goes down by falls (a first response time from 3 600 s to 1 800 s)', () => {
    const care = { ...smart, id: 'care', type: 'loyalty' as const, kpis: ['firstResponseTime'], baseline: 3600, target: 1800 };
    const falling = [
      { at: '2026-10-01T00:00:00Z', value: 5400 },
      { at: '2026-11-01T00:00:00Z', value: 4200 },
      { at: '2026-12-31T00:00:00Z', value: 3600 },
    ];
    // Required 1800 / 181 ≈ 9.9 s a day; best fall 1200 / 31 ≈ 38.7 s a day.
    expect(checkSmart(care, { history: falling })).toEqual([]);
    const rising = falling.map((p, i) => ({ ...p, value: 3000 + i * 300 }));
    expect(checkSmart(care, { history: rising }).map((f) => f.code)).toEqual(['noHistoricalProgress']);
  });

  it('reports every missing SMART element with its criterion and path, in S, M, A, R, T order', () => {
    const findings = checkSmart({ id: 'vague', type: 'notoriety' });
    expect(findings.map((f) => [f.criterion, f.severity, f.code, f.path])).toEqual([
      ['specific', 'error', 'missingKpi', ['kpis']],
      ['specific', 'error', 'missingPlatformScope', ['platforms']],
      ['measurable', 'error', 'missingBaseline', ['baseline']],
      ['measurable', 'error', 'missingTarget', ['target']],
      ['achievable', 'info', 'achievabilityNotChecked', []],
      ['relevant', 'warning', 'missingBusinessGoal', ['businessGoal']],
      ['timeBound', 'error', 'missingDeadline', ['deadline']],
      ['timeBound', 'warning', 'missingStart', ['start']],
    ]);
  });

  it('reports unknown and off-type KPIs, equal target and baseline, a deadline before the start, no history', () => {
    expect(checkSmart({ ...smart, kpis: ['likes'] }, { history }).map((f) => f.code)).toEqual(['unknownKpi', 'kpiNotRecommended']);
    expect(checkSmart({ ...smart, kpis: ['ctr'] }, { history }).map((f) => f.code)).toEqual(['kpiNotRecommended']);
    expect(checkSmart({ ...smart, target: 0.031 }, { history }).map((f) => f.code)).toEqual(['targetEqualsBaseline', 'achievabilityNotChecked']);
    expect(checkSmart({ ...smart, deadline: '2027-01-01' }, { history }).map((f) => f.code)).toEqual(['achievabilityNotChecked', 'deadlineNotAfterStart']);
    expect(checkSmart(smart).map((f) => f.code)).toEqual(['achievabilityNotChecked']);
    expect(checkSmart(smart, { history: [history[0]!, { ...history[1]!, at: history[0]!.at }] }).map((f) => f.code)).toEqual(['achievabilityNotChecked']);
    expect(checkSmart({ ...smart, businessGoal: '  ' }, { history }).map((f) => f.code)).toEqual(['missingBusinessGoal']);
  });

  it('refuses bad input', () => {
    expect(() => checkSmart({ ...smart, type: 'sales' as never })).toThrow(ValidationError);
    expect(() => checkSmart({ ...smart, kpis: ['Engagement Rate'] })).toThrow(/camelCase/);
    expect(() => checkSmart(smart, { maxPaceRatio: 0 })).toThrow(/maxPaceRatio/);
    expect(() => checkSmart(smart, { stretchPaceRatio: 4 })).toThrow(/stretchPaceRatio/);
    expect(() => checkSmart(smart, { history: [{ at: 'yesterday', value: 1 }] })).toThrow(/options\.history\[0\]\.at/);
    expect(() => checkSmart(smart, 'x' as never)).toThrow(/options/);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify([smart, history]);
    checkSmart(Object.freeze({ ...smart }), Object.freeze({ history: Object.freeze(history.map((h) => Object.freeze({ ...h }))) }));
    expect(JSON.stringify([smart, history])).toBe(before);
  });

  it('survives hostile input', () => {
    sweep(checkSmart, [smart, { history, maxPaceRatio: 3, stretchPaceRatio: 1 }], ['history', 'maxPaceRatio', 'stretchPaceRatio']);
  });
});
