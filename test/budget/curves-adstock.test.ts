import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import {
  curveData,
  delayedAdstock,
  geometricAdstock,
  hill,
  logisticSaturation,
  michaelisMenten,
  parseResponseCurve,
  ResponseCurveSchema,
  tanhSaturation,
  weibullAdstock,
  weibullWeights,
} from '../../src/budget/index.js';

describe('response curves', () => {
  it('Hill: β·x^α / (x^α + γ^α), half the ceiling at γ, derivative by finite differences', () => {
    const c = hill({ beta: 1000, alpha: 2.5, gamma: 400 });
    expect(c.value(400)).toBeCloseTo(500, 12);
    expect(c.value(800)).toBeCloseTo((1000 * 800 ** 2.5) / (800 ** 2.5 + 400 ** 2.5), 10);
    const h = 1e-4;
    for (const x of [10, 300, 900, 5000]) expect(c.marginal(x) as number).toBeCloseTo((c.value(x + h) - c.value(x - h)) / (2 * h), 6);
    expect(hill({ beta: 1, alpha: 0.5, gamma: 1 }).marginal(0)).toBeNull();
    expect(c.value(0)).toBe(0);
    expect(c.value(1e300)).toBe(1000);
  });

  it('Michaelis–Menten β·x/(κ + x) is Robyn\'s mic_men (Vmax = β, Km = κ): mic_men(5:10, Vmax = 5, Km = 0.5)', () => {
    const c = michaelisMenten({ beta: 5, kappa: 0.5 });
    expect([5, 6, 7, 8, 9, 10].map((x) => c.value(x))).toEqual([5, 6, 7, 8, 9, 10].map((x) => (5 * x) / (0.5 + x)));
    expect(c.marginal(0)).toBe(10);
  });

  it('logistic β·(1 − e^(−λx))/(1 + e^(−λx)) and tanh β·tanh(x/(βc)), with their derivatives', () => {
    const l = logisticSaturation({ beta: 100, lambda: 0.01 });
    expect(l.value(50)).toBeCloseTo((100 * (1 - Math.exp(-0.5))) / (1 + Math.exp(-0.5)), 12);
    const t = tanhSaturation({ beta: 100, c: 2 });
    expect(t.value(50)).toBeCloseTo(100 * Math.tanh(50 / 200), 12);
    const h = 1e-5;
    for (const c of [l, t]) for (const x of [1, 100, 400]) expect(c.marginal(x) as number).toBeCloseTo((c.value(x + h) - c.value(x - h)) / (2 * h), 6);
  });

  it('round-trips through JSON (ResponseCurveSchema), outcome defaulting to revenue', () => {
    const c = hill({ beta: 10, alpha: 2, gamma: 3, outcome: 'conversions', low: { beta: 8, alpha: 2, gamma: 3 }, high: { beta: 12, alpha: 2, gamma: 3 } });
    const json = JSON.stringify(curveData(c));
    const back = parseResponseCurve(JSON.parse(json));
    expect(curveData(back)).toEqual(curveData(c));
    expect(back.value(3)).toBe(c.value(3));
    expect(ResponseCurveSchema.parse({ kind: 'tanhSaturation', params: { beta: 1, c: 1 } }).outcome).toBe('revenue');
  });

  it('refuses parameters out of range and unknown parameters', () => {
    expect(() => hill({ beta: 0, alpha: 2, gamma: 1 })).toThrow(ValidationError);
    expect(() => michaelisMenten({ beta: 1, kapa: 1 } as never)).toThrow(/kapa is not a parameter/);
    expect(() => parseResponseCurve({ kind: 'spline', params: {} })).toThrow(ValidationError);
  });
});

describe('adstock (worked series by hand)', () => {
  it('geometric, Robyn\'s adstock_geometric(rep(100, 5), theta = 0.5): 100, 100 + 50, 100 + 75, 100 + 87.5, 100 + 93.75', () => {
    expect(geometricAdstock([100, 100, 100, 100, 100], { theta: 0.5 })).toEqual([100, 150, 175, 187.5, 193.75]);
  });

  it('geometric normalized by (1 − θ): the carried effect of one pulse sums to the pulse', () => {
    const out = geometricAdstock([100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], { theta: 0.3, normalize: true });
    expect(out.slice(0, 3)).toEqual([70, 70 * 0.3, 70 * 0.09]);
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10);
  });

  it('delayed (Jin et al. 2017): w(l) = α^((l − θ)²); α = 0.5, θ = 1, three lags: w = [0.5, 1, 0.5], normalized [0.25, 0.5, 0.25]', () => {
    expect(delayedAdstock([100, 0, 0, 100], { alpha: 0.5, theta: 1, maxLag: 3 })).toEqual([50, 100, 50, 50]);
    expect(delayedAdstock([100, 0, 0, 100], { alpha: 0.5, theta: 1, maxLag: 3, normalize: true })).toEqual([25, 50, 25, 25]);
  });

  it('Weibull CDF, Robyn\'s adstock_weibull(rep(100, 5), shape = 0.5, scale = 0.5): λ = round(quantile(1:5, 0.5)) = 3, wₗ = Π exp(−√(j/3))', () => {
    // thetaVec = c(1, 1 − pweibull(1:4, 0.5, 3)) = c(1, e^−√(1/3), e^−√(2/3), e^−1, e^−√(4/3)); weights = cumprod.
    const w1 = Math.exp(-Math.sqrt(1 / 3));
    const w2 = w1 * Math.exp(-Math.sqrt(2 / 3));
    const w3 = w2 * Math.exp(-1);
    const w4 = w3 * Math.exp(-Math.sqrt(4 / 3));
    const weights = weibullWeights({ shape: 0.5, scale: 0.5, windowLength: 5 });
    [1, w1, w2, w3, w4].forEach((w, i) => expect(weights[i]).toBeCloseTo(w, 12));
    expect(weights.map((w) => Number(w.toFixed(4)))).toEqual([1, 0.5614, 0.2481, 0.0913, 0.0288]);
    const out = weibullAdstock([100, 100, 100, 100, 100], { shape: 0.5, scale: 0.5 });
    expect(out.map((v) => Number(v.toFixed(2)))).toEqual([100, 156.14, 180.95, 190.08, 192.95]);
  });

  it('Weibull PDF, min–max normalized: shape 2, scale 0.5 over 5 lags (λ = 3)', () => {
    const dens = [1, 2, 3, 4, 5].map((j) => (2 / 3) * (j / 3) * Math.exp(-((j / 3) ** 2)));
    const min = Math.min(...dens);
    const max = Math.max(...dens);
    const expected = dens.map((d) => (d - min) / (max - min));
    const weights = weibullWeights({ shape: 2, scale: 0.5, windowLength: 5, type: 'pdf' });
    expected.forEach((w, i) => expect(weights[i]).toBeCloseTo(w, 12));
    expect(weights.map((w) => Number(w.toFixed(4)))).toEqual([0.6011, 1, 0.816, 0.3759, 0]);
    expect(weibullAdstock([100, 0, 0, 0, 0], { shape: 2, scale: 0.5, type: 'pdf' }).map((v) => Number(v.toFixed(2)))).toEqual([60.11, 100, 81.6, 37.59, 0]);
  });

  it('rounds the scale half to even, as R\'s round() does: quantile(1:4, 0.5) = 2.5 → 2, quantile(1:6, 0.5) = 3.5 → 4', () => {
    // With λ = 2: w₁ = e^(−1/2); Math.round would give λ = 3 and e^(−1/3).
    expect(weibullWeights({ shape: 1, scale: 0.5, windowLength: 4 })[1]).toBeCloseTo(Math.exp(-1 / 2), 14);
    expect(weibullWeights({ shape: 1, scale: 0.5, windowLength: 6 })[1]).toBeCloseTo(Math.exp(-1 / 4), 14);
    // quantile(1:5, 0.3) = 2.2 → 2
    expect(weibullWeights({ shape: 1, scale: 0.3, windowLength: 5 })[1]).toBeCloseTo(Math.exp(-1 / 2), 14);
  });

  it('shape 0 gives no effect (Robyn: thetaVecCum = rep(0, windlen)), and all-equal PDF weights become c(1, 0, …)', () => {
    expect(weibullAdstock([100, 100], { shape: 0, scale: 0.5 })).toEqual([0, 0]);
    expect(weibullWeights({ shape: 1, scale: 0, windowLength: 1, type: 'pdf' })).toEqual([1]);
  });

  it('refuses θ ≥ 1, negative spend and a bad type', () => {
    expect(() => geometricAdstock([1], { theta: 1 })).toThrow(ValidationError);
    expect(() => geometricAdstock([-1], { theta: 0.5 })).toThrow(ValidationError);
    expect(() => weibullAdstock([1], { shape: 1, scale: 0.5, type: 'CDF' as never })).toThrow(ValidationError);
  });
});
