import { describe, expect, it } from 'vitest';
import { OBJECTIVE_TYPES } from '../../src/core/index.js';
import { KPI_FORMULAS } from '../../src/kpi/index.js';
import { isKpiName, KPI_NAMES, kpisByObjective, recommendedKpis } from '../../src/strategy/index.js';
import { sweep } from '../support/hostile.js';

describe('KPI names and recommendedKpis', () => {
  it('takes its KPI names from socialkit/kpi (KPI_FORMULAS), the 18 recommended ones among them', () => {
    expect(KPI_NAMES).toBe(KPI_FORMULAS);
    for (const name of ['reachRate', 'frequency', 'shareOfVoice', 'audienceGrowthRate', 'engagementRateByReach', 'amplificationRate', 'conversationRate', 'ctr', 'cpc', 'conversionRate', 'cpa', 'roas', 'roi', 'followerChurn', 'responseRate', 'firstResponseTime', 'nps', 'netSentiment']) {
      expect(isKpiName(name), name).toBe(true);
    }
    // issue 14: names socialkit computes that the first list of 18 missed
    for (const name of ['cpm', 'cac', 'cpe', 'viralityRate', 'applauseRate', 'completionRate', 'engagementRateByImpressions', 'earnedMediaValue']) {
      expect(isKpiName(name), name).toBe(true);
    }
    expect(isKpiName('nps')).toBe(true);
    expect(isKpiName('NPS')).toBe(false);
    expect(isKpiName(undefined)).toBe(false);
  });

  it('recommends the lists of the issue, every name a KPI name, every KPI name used', () => {
    expect(recommendedKpis('notoriety')).toEqual(['reachRate', 'frequency', 'shareOfVoice', 'audienceGrowthRate']);
    expect(recommendedKpis('engagement')).toEqual(['engagementRateByReach', 'amplificationRate', 'conversationRate']);
    expect(recommendedKpis('acquisition')).toEqual(['ctr', 'cpc', 'conversionRate']);
    expect(recommendedKpis('conversion')).toEqual(['conversionRate', 'cpa', 'roas', 'roi']);
    expect(recommendedKpis('loyalty')).toEqual(['followerChurn', 'responseRate', 'firstResponseTime', 'nps']);
    expect(recommendedKpis('eReputation')).toEqual(['netSentiment', 'shareOfVoice', 'firstResponseTime']);
    const used = new Set(OBJECTIVE_TYPES.flatMap((t) => kpisByObjective[t]));
    expect(used.size).toBe(18);
    for (const name of used) expect(KPI_NAMES, name).toContain(name);
  });

  it('returns a fresh array and takes overrides', () => {
    const list = recommendedKpis('loyalty');
    list.push('roi');
    expect(kpisByObjective.loyalty).toHaveLength(4);
    expect(recommendedKpis('loyalty', { overrides: { loyalty: ['nps'] } })).toEqual(['nps']);
    expect(recommendedKpis('loyalty', { overrides: { engagement: ['nps'] } })).toEqual(['followerChurn', 'responseRate', 'firstResponseTime', 'nps']);
    expect(recommendedKpis('loyalty', { overrides: { loyalty: [] } })).toEqual([]);
  });

  it('refuses bad input', () => {
    expect(() => recommendedKpis('sales' as never)).toThrow(/use 'conversion'/);
    expect(() => recommendedKpis('loyalty', { overrides: { loyalty: ['likes' as never] } })).toThrow(/options\.overrides\.loyalty\[0\]/);
    expect(() => recommendedKpis('loyalty', { overrides: { loyalty: ['nps', 'nps'] } })).toThrow(/twice/);
    expect(() => recommendedKpis('loyalty', { overrides: { retention: ['nps'] } as never })).toThrow(/not an objective type/);
    expect(() => recommendedKpis('loyalty', { overrides: 'x' as never })).toThrow(/options\.overrides/);
  });

  it('survives hostile input', () => {
    sweep(isKpiName, ['nps']);
    sweep(recommendedKpis, ['loyalty', { overrides: { loyalty: ['nps'] } }], ['overrides']);
  });
});
