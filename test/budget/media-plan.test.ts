import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { MEDIA_PLAN_FINDING_CODES, parseMediaPlan, validateMediaPlan, type MediaPlanInput } from '../../src/budget/index.js';

const plan = (over: Partial<MediaPlanInput> = {}): MediaPlanInput => ({
  id: 'q1-2027',
  currency: 'EUR',
  total: '6000',
  period: { from: '2027-01-01', to: '2027-03-31' },
  flights: [
    { from: '2027-01-01', to: '2027-01-31', weight: 0.3 },
    { from: '2027-02-01', to: '2027-02-14', weight: 0.5 },
    { from: '2027-03-01', to: '2027-03-31', weight: 0.2 },
  ],
  lineItems: [
    { id: 'ig-reach', platform: 'instagram', objective: 'notoriety', persona: 'pastry-lovers', format: 'reel', pricingModel: 'cpm', plannedSpend: '2500.50', unitCost: '6.20', expectedKpis: { impressions: 400_000 } },
    { id: 'meta-conv', platform: 'facebook', objective: 'conversion', audience: 'Lyon 25-45', pricingModel: 'cpa', plannedSpend: '2999.50', unitCost: '12' },
    { id: 'influencer', platform: 'tiktok', objective: 'engagement', pricingModel: 'flat', plannedSpend: 500 },
  ],
  ...over,
});

const codes = (p: MediaPlanInput): string[] => validateMediaPlan(p).map((f) => f.code);

describe('media plans', () => {
  it('a sound plan has no findings, and parsing keeps money exact', () => {
    expect(validateMediaPlan(plan())).toEqual([]);
    const p = parseMediaPlan(plan());
    expect(p.lineItems[0]?.plannedSpend.toString()).toBe('2500.5');
    expect(p.total.toString()).toBe('6000');
  });

  it('lineItemsDoNotSumToTotal: exactly, to the cent', () => {
    const p = plan({ total: '6000.01' });
    const f = validateMediaPlan(p);
    expect(f.map((x) => x.code)).toEqual(['lineItemsDoNotSumToTotal']);
    expect(f[0]?.message).toContain('-0.01 apart');
  });

  it('flightOutsidePeriod, overlappingFlights and flightWeightsDoNotSumToOne', () => {
    expect(codes(plan({ flights: [{ from: '2026-12-20', to: '2027-01-31', weight: 1 }] }))).toEqual(['flightOutsidePeriod']);
    expect(codes(plan({ flights: [{ from: '2027-01-01', to: '2027-01-31', weight: 0.5 }, { from: '2027-01-31', to: '2027-02-10', weight: 0.5 }] }))).toEqual(['overlappingFlights']);
    expect(codes(plan({ flights: [{ from: '2027-01-01', to: '2027-01-31', weight: 0.5 }] }))).toEqual(['flightWeightsDoNotSumToOne']);
  });

  it('currencyMismatch and pricingModelMismatch (CPV for a conversion objective)', () => {
    const p = plan();
    const items = [...(p.lineItems as object[])];
    items[1] = { id: 'meta-conv', platform: 'facebook', objective: 'conversion', pricingModel: 'cpv', plannedSpend: '2999.50', currency: 'USD' };
    const f = validateMediaPlan({ ...p, lineItems: items as MediaPlanInput['lineItems'] });
    expect(f.map((x) => [x.code, x.path])).toEqual([
      ['currencyMismatch', ['lineItems', 1, 'currency']],
      ['pricingModelMismatch', ['lineItems', 1, 'pricingModel']],
    ]);
  });

  it('lists every finding code it can report', () => {
    expect([...MEDIA_PLAN_FINDING_CODES].sort()).toEqual(['currencyMismatch', 'flightOutsidePeriod', 'flightWeightsDoNotSumToOne', 'lineItemsDoNotSumToTotal', 'overlappingFlights', 'pricingModelMismatch']);
  });

  it('refuses malformed plans with every problem at once: a reversed period, a duplicate line id, an unknown key', () => {
    try {
      parseMediaPlan({ ...plan(), period: { from: '2027-03-31', to: '2027-01-01' }, lineItems: [...(plan().lineItems as object[]), { id: 'influencer', platform: 'tiktok', objective: 'engagement', pricingModel: 'flat', plannedSpend: 1 }], budgetRef: 'x' });
      expect.unreachable();
    } catch (error) {
      const issues = (error as ValidationError).issues.map((i) => i.code);
      expect(issues).toContain('invalidRange');
      expect(issues).toContain('unknownKey');
    }
  });
});
