import { describe, expect, it } from 'vitest';
import { Decimal, ValidationError } from '../../src/core/index.js';
import { combinedReach } from '../../src/kpi/index.js';
import { effectiveReach, fitResponseCurve, forecastMediaPlan, hill, michaelisMenten, overspendRules, pacing, recommendBoosts, type MediaPlanInput } from '../../src/budget/index.js';

function gaussian(seed: number): () => number {
  let s = seed;
  const u = (): number => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  return () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}

describe('fitResponseCurve (Levenberg–Marquardt with bounds, several starts)', () => {
  it('recovers a known Hill curve from noisy synthetic data (σ = 1 % of the ceiling)', () => {
    const truth = hill({ beta: 5000, alpha: 2.2, gamma: 800 });
    const noise = gaussian(3);
    const points = Array.from({ length: 60 }, (_, i) => ({ spend: 50 + i * 40, outcome: Math.max(0, truth.value(50 + i * 40) + 50 * noise()) }));
    const fit = fitResponseCurve(points, { kind: 'hill' });
    const p = fit.curve.params as { beta: number; alpha: number; gamma: number };
    expect(Math.abs(p.beta / 5000 - 1)).toBeLessThan(0.03);
    expect(Math.abs(p.alpha / 2.2 - 1)).toBeLessThan(0.05);
    expect(Math.abs(p.gamma / 800 - 1)).toBeLessThan(0.03);
    expect(fit.rSquared).toBeGreaterThan(0.99);
    // The residual standard error estimates the noise's σ.
    expect(Math.abs((fit.residualStandardError as number) / 50 - 1)).toBeLessThan(0.25);
    expect(fit.poorlyIdentified).toEqual([]);
    expect(fit.findings).toEqual([]);
  });

  it('recovers Michaelis–Menten from noisy data, and its result stores as JSON', () => {
    const truth = michaelisMenten({ beta: 1200, kappa: 300 });
    const noise = gaussian(8);
    const points = Array.from({ length: 40 }, (_, i) => ({ spend: 20 + i * 30, outcome: truth.value(20 + i * 30) * (1 + 0.01 * noise()) }));
    const fit = fitResponseCurve(points, { kind: 'michaelisMenten', outcome: 'conversions' });
    const p = fit.curve.params as { beta: number; kappa: number };
    expect(Math.abs(p.beta / 1200 - 1)).toBeLessThan(0.02);
    expect(Math.abs(p.kappa / 300 - 1)).toBeLessThan(0.04);
    expect(fit.curve.outcome).toBe('conversions');
  });

  it('flags the parameters the data cannot pin down when spends never reach saturation', () => {
    const truth = hill({ beta: 5000, alpha: 2.2, gamma: 800 });
    const noise = gaussian(4);
    const points = Array.from({ length: 30 }, (_, i) => ({ spend: 10 + i * 5, outcome: Math.max(0, truth.value(10 + i * 5) + 5 * noise()) }));
    const fit = fitResponseCurve(points, { kind: 'hill' });
    expect(fit.findings.map((f) => f.code)).toEqual(['neverSaturates', 'poorlyIdentified']);
    expect(fit.poorlyIdentified).toContain('beta');
  });

  it('refuses too few points and a bad kind', () => {
    expect(() => fitResponseCurve([{ spend: 1, outcome: 1 }, { spend: 2, outcome: 2 }], { kind: 'michaelisMenten' })).toThrow(/at least 3/);
    expect(() => fitResponseCurve([{ spend: 1, outcome: 1 }], { kind: 'spline' as never })).toThrow(ValidationError);
  });
});

describe('effectiveReach (Poisson-binomial)', () => {
  it('equals kpi\'s combinedReach at k = 1', () => {
    const rates = [0.12, 0.3, 0.05, 0.44, 0.2];
    expect(effectiveReach(rates)).toBeCloseTo(combinedReach(rates), 15);
  });
  it('matches the enumeration of every exposure pattern for k = 2 and 3', () => {
    const rates = [0.2, 0.4, 0.5, 0.1];
    for (const k of [2, 3]) {
      let p = 0;
      for (let mask = 0; mask < 16; mask += 1) {
        let prob = 1;
        let hits = 0;
        rates.forEach((r, i) => {
          const on = (mask >> i) & 1;
          hits += on;
          prob *= on ? r : 1 - r;
        });
        if (hits >= k) p += prob;
      }
      expect(effectiveReach(rates, { minFrequency: k })).toBeCloseTo(p, 14);
    }
    expect(effectiveReach(rates, { minFrequency: 5 })).toBe(0);
  });
  it('refuses a rate above 1 and a fractional k', () => {
    expect(() => effectiveReach([1.2])).toThrow(ValidationError);
    expect(() => effectiveReach([0.2], { minFrequency: 1.5 })).toThrow(ValidationError);
  });
});

describe('pacing', () => {
  const base = { budget: 3100, spent: 1000, currency: 'EUR', period: { from: '2027-03-01', to: '2027-03-31' }, timeZone: 'Europe/Paris' };
  it('counts elapsed time across DST: March 2027 has 743 hours in Paris (the 28th has 23)', () => {
    const r = pacing({ ...base, now: '2027-03-11T00:00:00+01:00' });
    expect(r.elapsed).toBeCloseTo(240 / 743, 14);
    expect(r.expectedToDate.toString()).toBe(new Decimal(3100).times(240).div(743).toDecimalPlaces(2).toString());
    // After the change: 2027-03-29 00:00 local is 27 × 24 + 23 hours in.
    expect(pacing({ ...base, now: '2027-03-29T00:00:00+02:00' }).elapsed).toBeCloseTo((27 * 24 + 23) / 743, 14);
    // October has 745 hours.
    expect(pacing({ ...base, period: { from: '2027-10-01', to: '2027-10-31' }, now: '2027-11-01T00:00:00+01:00' }).elapsed).toBe(1);
    expect(pacing({ ...base, period: { from: '2027-10-01', to: '2027-10-31' }, now: '2027-10-31T12:00:00+01:00' }).elapsed).toBeCloseTo((30 * 24 + 1 + 12) / 745, 14);
  });
  it('ratio, status, projections and remaining daily budgets that land exactly on the total', () => {
    const r = pacing({ ...base, spent: 700, now: '2027-03-11T00:00:00+01:00', dailySpend: Array.from({ length: 10 }, (_, i) => ({ date: `2027-03-${String(i + 1).padStart(2, '0')}`, amount: 70 })) });
    expect(r.status).toBe('under');
    expect(r.pacingRatio).toBeCloseTo(700 / 1001.35, 12);
    expect(r.linearProjection?.toString()).toBe(new Decimal(700).div(240 / 743).toDecimalPlaces(2).toString());
    expect(r.remainingDays[0]).toBe('2027-03-11');
    expect(r.remainingDailyBudgets).toHaveLength(21);
    expect(r.remainingDailyBudgets.reduce((a, b) => a.plus(b), new Decimal(0)).toString()).toBe('2400');
    expect(r.runRateProjection).not.toBeNull();
    expect(pacing({ ...base, spent: 1000, now: '2027-03-11T00:00:00+01:00' }).status).toBe('onPace');
    expect(pacing({ ...base, spent: 1000, now: '2027-03-11T00:00:00+01:00', thresholds: { under: 1, over: 1 } }).status).toBe('under');
  });
  it('checks each day against Meta\'s rule: up to 75 % over the daily budget, at most 7 daily budgets Sunday to Saturday', () => {
    expect(overspendRules.meta.source).toMatch(/^https:\/\//);
    const r = pacing({
      ...base,
      now: '2027-03-11T00:00:00+01:00',
      platform: 'meta',
      dailyBudget: 100,
      // 2027-03-07 is a Sunday.
      dailySpend: [
        { date: '2027-03-06', amount: 176 },
        { date: '2027-03-07', amount: 175 },
        { date: '2027-03-08', amount: 175 },
        { date: '2027-03-09', amount: 175 },
        { date: '2027-03-10', amount: 175 },
        { date: '2027-03-11', amount: 1 },
      ],
    });
    // Sunday to Wednesday spend 700 = 7 daily budgets; Thursday's 1 more breaks the week's cap.
    expect(r.overspend?.days.map((d) => d.exceeds)).toEqual(['daily', null, null, null, null, 'weekly']);
  });
  it('Google Ads: up to 2× a day within 30.4 daily budgets a month', () => {
    const r = pacing({ ...base, now: '2027-03-11T00:00:00+01:00', platform: 'googleAds', dailyBudget: 10, dailySpend: [{ date: '2027-03-01', amount: 20 }, { date: '2027-03-02', amount: '20.01' }] });
    expect(r.overspend?.days.map((d) => d.withinRule)).toEqual([true, false]);
  });
});

describe('recommendBoosts', () => {
  it('scores by rate ÷ platform median × 0.5^(age / half-life) and splits the budget by score', () => {
    const now = '2027-03-15T12:00:00Z';
    const records = [
      { id: 'old-star', platform: 'instagram', publishedAt: '2027-03-01T12:00:00Z', engagements: 80, reach: 1000 },
      { id: 'fresh', platform: 'instagram', publishedAt: '2027-03-15T12:00:00Z', engagements: 40, reach: 1000 },
      { id: 'weak', platform: 'instagram', publishedAt: '2027-03-15T12:00:00Z', engagements: 5, reach: 1000 },
      { id: 'tt', platform: 'tiktok', publishedAt: '2027-03-08T12:00:00Z', engagements: 100, reach: 1000 },
      { id: 'tt2', platform: 'tiktok', publishedAt: '2027-03-08T12:00:00Z', engagements: 50, reach: 1000 },
      { platform: 'tiktok', publishedAt: '2027-03-08T12:00:00Z', engagements: 900, reach: 1000 },
    ];
    const out = recommendBoosts(records, { budget: 100, currency: 'EUR', now, minEngagementRate: 0.01, maxPosts: 3 });
    // Instagram median 0.04: old-star 2 × 0.25 = 0.5, fresh 1. TikTok median of 0.1, 0.05, 0.9 = 0.1: tt 1 × 0.5, tt2 0.25.
    expect(out.map((b) => [b.id, Number(b.score.toFixed(6))])).toEqual([['fresh', 1], ['old-star', 0.5], ['tt', 0.5]]);
    expect(out.map((b) => b.amount.toString())).toEqual(['50', '25', '25']);
    expect(out[0]?.reason).toContain('1.00× the median');
  });
});

describe('forecastMediaPlan', () => {
  const plan: MediaPlanInput = {
    id: 'q', currency: 'EUR', total: 2800, period: { from: '2027-01-04', to: '2027-01-31' },
    flights: [{ from: '2027-01-04', to: '2027-01-17', weight: 1 }],
    lineItems: [
      { id: 'a', platform: 'instagram', objective: 'conversion', pricingModel: 'cpc', plannedSpend: 1400 },
      { id: 'b', platform: 'facebook', objective: 'conversion', pricingModel: 'cpa', plannedSpend: 1400 },
    ],
  };
  it('spreads spend by flight, reads the curves period by period, and carries it over with adstock', () => {
    const curves = { a: michaelisMenten({ beta: 2100, kappa: 700 }), b: michaelisMenten({ beta: 100, kappa: 700, outcome: 'conversions', low: { beta: 80, kappa: 700 }, high: { beta: 120, kappa: 700 } }) };
    const f = forecastMediaPlan(plan, curves);
    expect(f.periods).toBe(4);
    expect(f.lineItems[0]?.periodSpend).toEqual([700, 700, 0, 0]);
    expect(f.revenue).toBeCloseTo(2100, 10);
    expect(f.conversions).toBeCloseTo(100, 10);
    expect(f.conversionsRange).toEqual({ low: 80, high: 120 });
    expect(f.lineItems[0]?.roas).toBeCloseTo(1.5, 12);
    expect(f.lineItems[0]?.roi).toBeCloseTo(0.5, 12);
    expect(f.lineItems[1]?.cpa).toBeCloseTo(14, 12);
    // Geometric adstock θ = 0.5, normalized: the curve sees 350, 525, 262.5, 131.25.
    const g = forecastMediaPlan(plan, curves, { adstock: { kind: 'geometric', theta: 0.5, normalize: true } });
    const mm = (x: number): number => (2100 * x) / (700 + x);
    expect(g.lineItems[0]?.expected).toBeCloseTo(mm(350) + mm(525) + mm(262.5) + mm(131.25), 9);
  });
  it('needs a curve per line item', () => {
    expect(() => forecastMediaPlan(plan, { a: michaelisMenten({ beta: 1, kappa: 1 }) })).toThrow(/no curve for line item 'b'/);
  });
});
