import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { assessSeverity, classifyCrisis, CRISIS_TYPES, recommendResponse, validateResponsePlan, type CrisisType } from '../../src/crisis/index.js';

// Coombs, W. T. (2007). Protecting Organization Reputations During a Crisis: The Development and Application of
// Situational Crisis Communication Theory. Corporate Reputation Review 10(3), 163–176. https://doi.org/10.1057/palgrave.crr.1550049
const VICTIM: CrisisType[] = ['naturalDisaster', 'rumor', 'workplaceViolence', 'productTampering'];
const ACCIDENTAL: CrisisType[] = ['challenge', 'technicalErrorAccident', 'technicalErrorProductHarm'];
const PREVENTABLE: CrisisType[] = ['humanErrorAccident', 'humanErrorProductHarm', 'organizationalMisdeedNoInjuries', 'managementMisconduct', 'organizationalMisdeedWithInjuries'];
const BASE = ['instructingInformation', 'adjustingInformation'];
const FLAGS = [
  {},
  { crisisHistory: true },
  { negativeReputation: true },
  { seriousHarm: true },
  { crisisHistory: true, negativeReputation: true, seriousHarm: true },
];

describe('classifyCrisis (Coombs 2007, SCCT clusters)', () => {
  it('maps the twelve crisis types to their clusters', () => {
    expect(CRISIS_TYPES).toEqual([...VICTIM, ...ACCIDENTAL, ...PREVENTABLE]);
    for (const t of VICTIM) expect(classifyCrisis(t)).toBe('victim');
    for (const t of ACCIDENTAL) expect(classifyCrisis(t)).toBe('accidental');
    for (const t of PREVENTABLE) expect(classifyCrisis(t)).toBe('preventable');
  });
  it('refuses an unknown type', () => {
    expect(() => classifyCrisis('scandal' as CrisisType)).toThrow(ValidationError);
  });
});

describe('recommendResponse (SCCT)', () => {
  it('always starts with the base response', () => {
    for (const crisisType of CRISIS_TYPES) for (const f of FLAGS) expect(recommendResponse({ crisisType, ...f }).strategies.slice(0, 2)).toEqual(BASE);
  });
  it('victim cluster: the base response suffices; an intensifying factor adds diminish', () => {
    for (const crisisType of ['naturalDisaster', 'workplaceViolence', 'productTampering'] as const) {
      expect(recommendResponse({ crisisType })).toMatchObject({ cluster: 'victim', primary: 'base', strategies: BASE });
      expect(recommendResponse({ crisisType, crisisHistory: true })).toMatchObject({ primary: 'diminish', strategies: [...BASE, 'excuse', 'justification'] });
      expect(recommendResponse({ crisisType, negativeReputation: true }).primary).toBe('diminish');
    }
  });
  it('accidental cluster: diminish; with an intensifying factor, rebuild', () => {
    for (const crisisType of ['technicalErrorAccident', 'technicalErrorProductHarm'] as const) {
      expect(recommendResponse({ crisisType })).toMatchObject({ cluster: 'accidental', primary: 'diminish', strategies: [...BASE, 'excuse', 'justification'] });
      expect(recommendResponse({ crisisType, crisisHistory: true })).toMatchObject({ primary: 'rebuild', strategies: [...BASE, 'compensation', 'apology'] });
      expect(recommendResponse({ crisisType, negativeReputation: true }).primary).toBe('rebuild');
    }
  });
  it('preventable cluster: rebuild, whatever the factors', () => {
    for (const crisisType of PREVENTABLE) for (const f of FLAGS) expect(recommendResponse({ crisisType, ...f })).toMatchObject({ cluster: 'preventable', primary: 'rebuild' });
  });
  it('serious harm adds compensation without changing the primary posture', () => {
    expect(recommendResponse({ crisisType: 'naturalDisaster', seriousHarm: true })).toMatchObject({ primary: 'base', strategies: [...BASE, 'compensation'] });
    expect(recommendResponse({ crisisType: 'technicalErrorAccident', seriousHarm: true })).toMatchObject({ primary: 'diminish', strategies: [...BASE, 'excuse', 'justification', 'compensation'] });
    // Rebuild already has compensation: not twice.
    expect(recommendResponse({ crisisType: 'humanErrorAccident', seriousHarm: true }).strategies).toEqual([...BASE, 'compensation', 'apology']);
  });
  it('deny only for a rumor or a challenge with no intensifying factor and no serious harm, overriding the accidental rule for a challenge', () => {
    for (const crisisType of ['rumor', 'challenge'] as const) {
      expect(recommendResponse({ crisisType })).toMatchObject({ primary: 'deny', strategies: [...BASE, 'denial', 'attackTheAccuser'] });
      expect(recommendResponse({ crisisType, crisisHistory: true }).primary).not.toBe('deny');
      expect(recommendResponse({ crisisType, negativeReputation: true }).primary).not.toBe('deny');
      expect(recommendResponse({ crisisType, seriousHarm: true }).primary).not.toBe('deny');
    }
    expect(recommendResponse({ crisisType: 'rumor', seriousHarm: true }).primary).toBe('base');
    expect(recommendResponse({ crisisType: 'challenge', seriousHarm: true }).primary).toBe('diminish');
    expect(recommendResponse({ crisisType: 'challenge', crisisHistory: true }).primary).toBe('rebuild');
    for (const crisisType of CRISIS_TYPES) {
      if (crisisType === 'rumor' || crisisType === 'challenge') continue;
      for (const f of FLAGS) expect(recommendResponse({ crisisType, ...f }).primary).not.toBe('deny');
    }
  });
  it('deny is never beside diminish or rebuild; scapegoat is never recommended; victimage only in the victim cluster', () => {
    for (const crisisType of CRISIS_TYPES) {
      for (const f of FLAGS) {
        const r = recommendResponse({ crisisType, ...f });
        const deny = r.strategies.some((s) => s === 'denial' || s === 'attackTheAccuser');
        const accommodate = r.strategies.some((s) => ['excuse', 'justification', 'compensation', 'apology'].includes(s));
        expect(deny && accommodate).toBe(false);
        expect([...r.strategies, ...r.supplements]).not.toContain('scapegoat');
        expect(r.supplements.includes('victimage')).toBe(r.cluster === 'victim');
        expect(r.supplements.slice(0, 2)).toEqual(['reminder', 'ingratiation']);
        expect(r.reasons.length).toBeGreaterThanOrEqual(3);
      }
    }
  });
  it('refuses a malformed situation', () => {
    expect(() => recommendResponse({ crisisType: 'rumor', crisisHistory: 'yes' as never })).toThrow(ValidationError);
    expect(() => recommendResponse(null as never)).toThrow(ValidationError);
  });
});

describe('validateResponsePlan', () => {
  const codes = (strategies: string[], crisisType: CrisisType, extra = {}) =>
    validateResponsePlan({ strategies: strategies as never }, { situation: { crisisType, ...extra } }).map((f) => [f.code, f.severity]);
  it('an error for deny mixed with diminish or rebuild', () => {
    expect(codes(['instructingInformation', 'denial', 'excuse'], 'rumor')).toEqual([['denyMixedWithAccommodation', 'error']]);
    expect(codes(['instructingInformation', 'attackTheAccuser', 'apology'], 'challenge')).toEqual([['denyMixedWithAccommodation', 'error']]);
  });
  it('a warning for scapegoat', () => {
    expect(codes(['instructingInformation', 'scapegoat'], 'rumor')).toEqual([['scapegoat', 'warning']]);
  });
  it('a warning for a rebuild situation answered with less', () => {
    expect(codes(['instructingInformation', 'adjustingInformation', 'excuse'], 'managementMisconduct')).toEqual([['weakerThanRebuild', 'warning']]);
    expect(codes(['instructingInformation', 'adjustingInformation', 'apology'], 'managementMisconduct')).toEqual([]);
    expect(codes(['instructingInformation', 'adjustingInformation', 'excuse'], 'technicalErrorAccident')).toEqual([]);
  });
  it('warnings for victimage outside the victim cluster and for a missing base response', () => {
    expect(codes(['instructingInformation', 'victimage', 'apology'], 'humanErrorAccident')).toEqual([['victimageOutsideVictimCluster', 'warning']]);
    expect(codes(['instructingInformation', 'victimage'], 'naturalDisaster')).toEqual([]);
    expect(codes(['adjustingInformation'], 'naturalDisaster')).toEqual([['noBaseResponse', 'warning']]);
  });
  it('refuses an unknown strategy', () => {
    expect(() => validateResponsePlan({ strategies: ['silence' as never] }, { situation: { crisisType: 'rumor' } })).toThrow(/plan.strategies\[0\]/);
  });
});

describe('assessSeverity', () => {
  const all = { volumeRatio: 1, negativeShare: 0.1, velocity: 10, authorReach: 100, mediaPickup: false, safetyOrLegal: false, platforms: 1 };
  it('level 4 when every signal is calm, and the most severe factor decides', () => {
    expect(assessSeverity(all)).toEqual({ level: 4, factors: [] });
    expect(assessSeverity({ ...all, volumeRatio: 2 }).level).toBe(3);
    expect(assessSeverity({ ...all, volumeRatio: 5, negativeShare: 0.3 }).level).toBe(2);
    expect(assessSeverity({ ...all, authorReach: 1_000_000 }).level).toBe(1);
    expect(assessSeverity({ ...all, mediaPickup: true }).level).toBe(2);
    expect(assessSeverity({ ...all, safetyOrLegal: true }).level).toBe(1);
    expect(assessSeverity({ ...all, platforms: 3, velocity: 60 }).factors.map((f) => [f.signal, f.level])).toEqual([
      ['platforms', 2],
      ['velocity', 3],
    ]);
  });
  it('thresholds and weights are configurable', () => {
    expect(assessSeverity({ ...all, volumeRatio: 3 }, { thresholds: { volumeRatio: [4, 3, 1.5] } }).level).toBe(2);
    expect(assessSeverity({ ...all, mediaPickup: true }, { weights: { mediaPickup: 0 } }).level).toBe(4);
    // Half weight: a level-1 factor (3 points) counts 1.5, rounded to 2 points: level 2.
    expect(assessSeverity({ ...all, safetyOrLegal: true }, { weights: { safetyOrLegal: 0.5 } }).level).toBe(2);
  });
  it('when in doubt, treat it as the higher severity: at most one step (PagerDuty, https://response.pagerduty.com/before/severity_levels/)', () => {
    expect(assessSeverity({ ...all, volumeRatio: 2 }, { uncertain: ['authorReach'] }).level).toBe(2);
    const partial = { volumeRatio: 2, negativeShare: 0.1, velocity: 10, authorReach: 100, platforms: 1 };
    const r = assessSeverity(partial);
    expect(r.level).toBe(2); // level 3, two signals missing: one step, not two
    expect(r.factors.at(-1)).toMatchObject({ signal: 'doubt', value: 2, level: 2 });
    expect(assessSeverity({}).level).toBe(3);
    expect(assessSeverity({ safetyOrLegal: true }).level).toBe(1);
    expect(assessSeverity(partial, { tracked: ['volumeRatio'] }).level).toBe(3);
  });
  it('refuses signals and options out of range', () => {
    expect(() => assessSeverity({ negativeShare: 1.5 })).toThrow(/negativeShare/);
    expect(() => assessSeverity({ volumeRatio: -1 })).toThrow(ValidationError);
    expect(() => assessSeverity({ authorReach: 1.5 })).toThrow(ValidationError);
    expect(() => assessSeverity({ reach: 3 } as never)).toThrow(/not an option/);
    expect(() => assessSeverity({}, { thresholds: { velocity: [1, 2, 3] } })).toThrow(/go down/);
    expect(() => assessSeverity({}, { uncertain: ['mood' as never] })).toThrow(ValidationError);
  });
});
