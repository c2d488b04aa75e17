import { describe, expect, it } from 'vitest';
import { OBJECTIVE_TYPES, ValidationError } from '../../src/core/index.js';
import { FUNNEL_STAGES, lensProfiles, LENSES, objectiveProfiles, objectiveProfile, objectiveType } from '../../src/strategy/index.js';
import { sweep } from '../support/hostile.js';

describe('objective profiles', () => {
  it('give every core objective type a funnel stage and a lens', () => {
    expect(Object.keys(objectiveProfiles).sort()).toEqual([...OBJECTIVE_TYPES].sort());
    for (const type of OBJECTIVE_TYPES) {
      const p = objectiveProfiles[type];
      expect(p.type).toBe(type);
      expect(FUNNEL_STAGES).toContain(p.funnelStage);
      expect(LENSES).toContain(p.lens);
      expect(p.horizon).toBe(lensProfiles[p.lens].horizon);
    }
  });

  it('draw the line of the source articles: engagement and retention for the community manager over the long term, acquisition and ROI for the social media manager over the short and medium term', () => {
    expect(lensProfiles.communityManager).toMatchObject({ focus: ['engagement', 'retention'], horizon: 'long' });
    expect(lensProfiles.socialMediaManager).toMatchObject({ focus: ['acquisition', 'roi'], horizon: 'shortToMedium' });
    const byLens = (lens: string): string[] => OBJECTIVE_TYPES.filter((t) => objectiveProfiles[t].lens === lens);
    expect(byLens('communityManager')).toEqual(['notoriety', 'engagement', 'loyalty', 'eReputation']);
    expect(byLens('socialMediaManager')).toEqual(['acquisition', 'conversion']);
    expect(OBJECTIVE_TYPES.map((t) => objectiveProfiles[t].alias)).toEqual(['awareness', 'community', 'traffic', 'sales', 'retention', 'care']);
    expect(OBJECTIVE_TYPES.map((t) => objectiveProfiles[t].funnelStage)).toEqual([
      'awareness',
      'consideration',
      'consideration',
      'conversion',
      'retention',
      'advocacy',
    ]);
  });

  it('objectiveProfile returns a copy; objectiveType checks and hints', () => {
    const p = objectiveProfile('loyalty');
    expect(p).toEqual(objectiveProfiles.loyalty);
    expect(p).not.toBe(objectiveProfiles.loyalty);
    expect(objectiveType('eReputation')).toBe('eReputation');
    expect(() => objectiveType('sales')).toThrow(/use 'conversion'/);
    expect(() => objectiveType(3)).toThrow(ValidationError);
    expect(() => objectiveProfile('awareness' as never)).toThrow(/use 'notoriety'/);
  });

  it('survive hostile input', () => {
    sweep(objectiveProfile, ['loyalty']);
    sweep(objectiveType, ['loyalty', 'type']);
  });
});
