import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Decimal, InfeasibleError, ValidationError } from '../../src/core/index.js';
import { hill, logisticSaturation, michaelisMenten, optimizeBudget, parseResponseCurve, tanhSaturation, type BudgetChannel } from '../../src/budget/index.js';

function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

const sum = (xs: readonly Decimal[]): Decimal => xs.reduce((a, b) => a.plus(b), new Decimal(0));
const valueOf = (channels: readonly BudgetChannel[], x: Record<string, number>): number =>
  channels.reduce((s, c) => s + (c.curve as ReturnType<typeof hill>).value(x[c.id] ?? 0), 0);

describe('optimizeBudget: concave curves', () => {
  it('matches the closed form of Michaelis–Menten without bounds: xᵢ = √(βᵢκᵢ/λ) − κᵢ with √(1/λ) = (B + Σκ) / Σ√(βκ)', () => {
    const r = rng(11);
    for (let trial = 0; trial < 20; trial += 1) {
      const n = 2 + Math.floor(r() * 8);
      const params = Array.from({ length: n }, () => ({ beta: 1000 + 9000 * r(), kappa: 50 + 300 * r() }));
      const B = 20_000 + Math.round(r() * 20_000);
      const s = (B + params.reduce((a, p) => a + p.kappa, 0)) / params.reduce((a, p) => a + Math.sqrt(p.beta * p.kappa), 0);
      const expected = params.map((p) => Math.sqrt(p.beta * p.kappa) * s - p.kappa);
      if (expected.some((x) => x <= 0)) continue;
      const channels = params.map((p, i) => ({ id: `c${i}`, curve: michaelisMenten(p) }));
      const out = optimizeBudget({ total: B, currency: 'EUR', channels });
      expected.forEach((x, i) => expect(Math.abs((out.continuous[`c${i}`] as number) - x) / x).toBeLessThan(1e-9));
      expect(sum(Object.values(out.allocation)).toString()).toBe(String(B));
      expect(out.gap).toBe(0);
    }
  });

  it('ends with equal marginal returns on interior channels (KKT, relative 1e-9) for logistic, tanh and concave Hill curves', () => {
    const channels: BudgetChannel[] = [
      { id: 'a', curve: logisticSaturation({ beta: 3000, lambda: 0.002 }) },
      { id: 'b', curve: tanhSaturation({ beta: 2000, c: 0.5 }) },
      { id: 'c', curve: hill({ beta: 4000, alpha: 0.7, gamma: 800 }) },
      { id: 'd', curve: michaelisMenten({ beta: 1500, kappa: 300 }) },
    ];
    const out = optimizeBudget({ total: 2500, currency: 'EUR', channels });
    const m = Object.values(out.marginalReturns) as number[];
    for (const v of m) expect(Math.abs(v - (m[0] as number)) / (m[0] as number)).toBeLessThan(1e-9);
    expect(Object.values(out.binding)).toEqual([null, null, null, null]);
  });

  it('the rounded allocation loses at most Σ marginalᵢ × one minor unit against the continuous optimum', () => {
    const channels: BudgetChannel[] = [
      { id: 'a', curve: michaelisMenten({ beta: 1234.5, kappa: 321 }) },
      { id: 'b', curve: michaelisMenten({ beta: 987.6, kappa: 123 }) },
      { id: 'c', curve: michaelisMenten({ beta: 555.5, kappa: 77 }) },
    ];
    const out = optimizeBudget({ total: '999.99', currency: 'EUR', channels });
    const cont = valueOf(channels, out.continuous);
    const bound = (Object.values(out.marginalReturns) as number[]).reduce((a, b) => a + b, 0) * 0.01;
    expect(cont - out.response).toBeLessThanOrEqual(bound);
    expect(sum(Object.values(out.allocation)).toString()).toBe('999.99');
    for (const v of Object.values(out.allocation)) expect(v.decimalPlaces()).toBeLessThanOrEqual(2);
  });

  it('honours min and max (rounded up and down to the minor unit) and names the binding bound', () => {
    const channels: BudgetChannel[] = [
      { id: 'big', curve: michaelisMenten({ beta: 10_000, kappa: 100 }), max: '300.005' },
      { id: 'small', curve: michaelisMenten({ beta: 100, kappa: 100 }), min: '250.001' },
      { id: 'mid', curve: michaelisMenten({ beta: 3000, kappa: 200 }) },
    ];
    const out = optimizeBudget({ total: 1000, currency: 'EUR', channels });
    expect(out.allocation.big?.toString()).toBe('300');
    expect(out.allocation.small?.toString()).toBe('250.01');
    expect(out.allocation.mid?.toString()).toBe('449.99');
    expect(out.binding).toEqual({ big: 'max', small: 'min', mid: null });
  });

  it('holds a channel fixed when min === max', () => {
    const out = optimizeBudget({
      total: 1000,
      currency: 'EUR',
      channels: [
        { id: 'fixed', curve: michaelisMenten({ beta: 1, kappa: 1000 }), min: 400, max: 400 },
        { id: 'a', curve: michaelisMenten({ beta: 2000, kappa: 100 }) },
        { id: 'b', curve: michaelisMenten({ beta: 2000, kappa: 100 }) },
      ],
    });
    expect(out.allocation.fixed?.toString()).toBe('400');
    expect(out.allocation.a?.toString()).toBe('300');
    expect(out.allocation.b?.toString()).toBe('300');
  });

  it('splits exactly in a zero-decimal currency (JPY)', () => {
    const out = optimizeBudget({ total: 100_001, currency: 'JPY', channels: [
      { id: 'a', curve: michaelisMenten({ beta: 50_000, kappa: 20_000 }) },
      { id: 'b', curve: michaelisMenten({ beta: 70_000, kappa: 30_000 }) },
    ] });
    expect(sum(Object.values(out.allocation)).toString()).toBe('100001');
    for (const v of Object.values(out.allocation)) expect(v.isInteger()).toBe(true);
  });
});

describe('optimizeBudget: S-shaped Hill curves (global optimum)', () => {
  it('puts a small budget on one of two identical S-curves instead of splitting it (a local method started at the even split stalls there)', () => {
    const c = hill({ beta: 1000, alpha: 3, gamma: 100 });
    const out = optimizeBudget({ total: 100, currency: 'EUR', channels: [{ id: 'a', curve: c }, { id: 'b', curve: c }] });
    // All in one: 1000·1/(1+1) = 500; the even split: 2·1000·0.125/1.125 ≈ 222.2.
    expect(out.response).toBeCloseTo(500, 9);
    expect([out.allocation.a?.toString(), out.allocation.b?.toString()].sort()).toEqual(['0', '100']);
    expect(out.gap).toBe(0);
  });

  it('is never worse than an exhaustive grid over three S-shaped channels (40 random cases)', () => {
    const r = rng(5);
    for (let trial = 0; trial < 40; trial += 1) {
      const channels = Array.from({ length: 3 }, (_, i) => ({ id: `c${i}`, curve: hill({ beta: 500 + 2000 * r(), alpha: 1.2 + 3 * r(), gamma: 100 + 900 * r() }) }));
      const B = Math.round(100 + 2000 * r());
      const out = optimizeBudget({ total: B, currency: 'EUR', channels });
      const got = valueOf(channels, out.continuous);
      let best = 0;
      const N = 300;
      for (let i = 0; i <= N; i += 1) {
        for (let j = 0; i + j <= N; j += 1) {
          const v = valueOf(channels, { c0: (B * i) / N, c1: (B * j) / N, c2: (B * (N - i - j)) / N });
          if (v > best) best = v;
        }
      }
      expect(got).toBeGreaterThanOrEqual(best * (1 - 1e-12));
      expect(out.gap).toBe(0);
    }
  });

  it('twelve identical S-curves: the best of funding k of them equally, k = 1 … 12 (enumerated), is reached and proven', () => {
    const c = hill({ beta: 1000, alpha: 2.5, gamma: 300 });
    const channels = Array.from({ length: 12 }, (_, i) => ({ id: `c${i}`, curve: c }));
    for (const B of [250, 900, 2000, 5000]) {
      let best = 0;
      let bestK = 0;
      for (let k = 1; k <= 12; k += 1) {
        const v = k * c.value(B / k);
        if (v > best) {
          best = v;
          bestK = k;
        }
      }
      const out = optimizeBudget({ total: B, currency: 'EUR', channels });
      expect(valueOf(channels, out.continuous)).toBeGreaterThanOrEqual(best * (1 - 1e-12));
      expect(Object.values(out.continuous).filter((x) => x > 1e-6)).toHaveLength(bestK);
      expect(out.gap).toBe(0);
    }
  });

  it('interior channels on the concave part share one marginal return (KKT, relative 1e-9)', () => {
    const channels = [
      { id: 'a', curve: hill({ beta: 3000, alpha: 2, gamma: 300 }) },
      { id: 'b', curve: hill({ beta: 2500, alpha: 2.5, gamma: 250 }) },
      { id: 'c', curve: hill({ beta: 2000, alpha: 1.5, gamma: 200 }) },
    ];
    const out = optimizeBudget({ total: 3000, currency: 'EUR', channels });
    const interior = Object.keys(out.binding).filter((k) => out.binding[k] === null).map((k) => out.marginalReturns[k] as number);
    expect(interior.length).toBeGreaterThanOrEqual(2);
    for (const m of interior) expect(Math.abs(m - (interior[0] as number)) / (interior[0] as number)).toBeLessThan(1e-9);
  });

  it('stops at maxNodes on a large problem and reports a gap in [0, 1)', () => {
    const r = rng(9);
    const channels = Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, curve: hill({ beta: 500 + 4500 * r(), alpha: 1.2 + 2.3 * r(), gamma: 100 + 1900 * r() }) }));
    const out = optimizeBudget({ total: 9000, currency: 'EUR', channels, maxNodes: 3 });
    expect(out.gap).toBeGreaterThanOrEqual(0);
    expect(out.gap).toBeLessThan(1);
    expect(out.iterations).toBeLessThanOrEqual(3);
    expect(sum(Object.values(out.allocation)).toString()).toBe('9000');
  });
});

interface Fixture {
  scipy: string;
  problems: { name: string; total: number; channels: BudgetChannel[]; slsqp: { value: number; roundedValue: number; seconds: number } }[];
}

describe('optimizeBudget against SciPy SLSQP (best of 50 starts, fixtures from bench/budget-slsqp.py)', () => {
  const fixture = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'slsqp.json'), 'utf8')) as Fixture;
  for (const p of fixture.problems) {
    it(`${p.name}: at least SLSQP's best × (1 − 1e-9), before and after rounding to cents`, () => {
      const out = optimizeBudget({ total: p.total, currency: 'EUR', channels: p.channels });
      const channels = p.channels.map((c) => ({ ...c, curve: parseResponseCurve(c.curve) }));
      expect(valueOf(channels, out.continuous)).toBeGreaterThanOrEqual(p.slsqp.value * (1 - 1e-9));
      expect(out.response).toBeGreaterThanOrEqual(p.slsqp.roundedValue * (1 - 1e-9));
      expect(sum(Object.values(out.allocation)).toString()).toBe(String(p.total));
    });
  }
});

describe('optimizeBudget: targets', () => {
  const mm = (beta: number, kappa: number, outcome: 'revenue' | 'conversions' = 'revenue'): BudgetChannel => ({ id: 'a', curve: michaelisMenten({ beta, kappa, outcome }) });

  it('targetRoas: the largest spend whose average ROAS meets the target (one MM channel: β/(κ + s) = ρ gives s = β/ρ − κ)', () => {
    const out = optimizeBudget({ total: 3000, currency: 'EUR', channels: [mm(5000, 1000)], objective: { targetRoas: 2 } });
    expect(out.spent.toString()).toBe('1500');
    expect(out.unspent.toString()).toBe('1500');
  });

  it('targetCpa on conversion curves: (κ + s)/β ≤ CPA gives s = CPA·β − κ', () => {
    const out = optimizeBudget({ total: 3000, currency: 'EUR', channels: [mm(100, 1000, 'conversions')], objective: { targetCpa: 25 } });
    expect(out.spent.toString()).toBe('1500');
    expect(out.outcome).toBe('conversions');
  });

  it('targetMarginalRoas: spend until βκ/(κ + s)² = μ, rounded down to the cent', () => {
    const out = optimizeBudget({ total: 5000, currency: 'EUR', channels: [mm(5000, 1000)], objective: { targetMarginalRoas: 0.5 } });
    const s = Math.sqrt((5000 * 1000) / 0.5) - 1000;
    expect(out.spent.toString()).toBe((Math.floor(s * 100) / 100).toFixed(2));
  });

  it('targetMarginalRoas over two MM channels: both end at the target marginal return', () => {
    const out = optimizeBudget({ total: 10_000, currency: 'EUR', channels: [
      { id: 'a', curve: michaelisMenten({ beta: 5000, kappa: 1000 }) },
      { id: 'b', curve: michaelisMenten({ beta: 3000, kappa: 500 }) },
    ], objective: { targetMarginalRoas: 0.8 } });
    const expected = Math.sqrt((5000 * 1000) / 0.8) - 1000 + Math.sqrt((3000 * 500) / 0.8) - 500;
    expect(Math.abs(out.spent.toNumber() - expected)).toBeLessThan(0.02);
  });

  it('targetResponse: the smallest budget that reaches the response, rounded up (βs/(κ + s) = R gives s = Rκ/(β − R))', () => {
    const out = optimizeBudget({ total: 3000, currency: 'EUR', channels: [mm(5000, 1000)], objective: { targetResponse: 2000 } });
    expect(out.spent.toString()).toBe('666.67');
    expect(out.response).toBeGreaterThanOrEqual(2000);
  });

  it('an unreachable response is an InfeasibleError with reason targetUnreachable', () => {
    try {
      optimizeBudget({ total: 3000, currency: 'EUR', channels: [mm(5000, 1000)], objective: { targetResponse: 6000 } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InfeasibleError);
      expect((error as InfeasibleError).code).toBe('infeasible');
      expect((error as InfeasibleError).details.reason).toBe('targetUnreachable');
    }
  });

  it('a ROAS target on conversion curves, a CPA target on revenue curves, and mixed outcomes are outcomeMismatch', () => {
    const codes = (f: () => unknown): string[] => {
      try {
        f();
        return [];
      } catch (error) {
        return (error as ValidationError).issues.map((i) => i.code);
      }
    };
    expect(codes(() => optimizeBudget({ total: 10, currency: 'EUR', channels: [mm(10, 10, 'conversions')], objective: { targetRoas: 2 } }))).toEqual(['outcomeMismatch']);
    expect(codes(() => optimizeBudget({ total: 10, currency: 'EUR', channels: [mm(10, 10)], objective: { targetCpa: 2 } }))).toEqual(['outcomeMismatch']);
    expect(codes(() => optimizeBudget({ total: 10, currency: 'EUR', channels: [mm(10, 10), { id: 'b', curve: michaelisMenten({ beta: 1, kappa: 1, outcome: 'conversions' }) }] }))).toEqual(['outcomeMismatch']);
  });
});

describe('optimizeBudget: errors', () => {
  const c = michaelisMenten({ beta: 100, kappa: 10 });
  it('Σmin > total and Σmax < total are InfeasibleErrors that say which', () => {
    expect(() => optimizeBudget({ total: 100, currency: 'EUR', channels: [{ id: 'a', curve: c, min: 60 }, { id: 'b', curve: c, min: 50 }] })).toThrow(/minimums sum to 110/);
    expect(() => optimizeBudget({ total: 100, currency: 'EUR', channels: [{ id: 'a', curve: c, max: 30 }, { id: 'b', curve: c, max: 50 }] })).toThrow(/maximums sum to 80/);
    expect(() => optimizeBudget({ total: 100, currency: 'EUR', channels: [{ id: 'a', curve: c, min: 30, max: 20 }] })).toThrow(InfeasibleError);
  });
  it('reports every malformed channel at once, with paths', () => {
    try {
      optimizeBudget({ total: 100, currency: 'EUR', channels: [{ id: '', curve: c }, { id: 'b', curve: { kind: 'hill', params: { beta: 1 } } as never }] });
      expect.unreachable();
    } catch (error) {
      const e = error as ValidationError;
      expect(e.issues.length).toBeGreaterThanOrEqual(2);
      expect(e.issues[0]?.path).toEqual(['input', 'channels', 0, 'id']);
      expect(e.issues[1]?.path.slice(0, 4)).toEqual(['input', 'channels', 1, 'curve']);
    }
  });
  it('refuses a total with more decimals than the currency, and a misspelt key', () => {
    expect(() => optimizeBudget({ total: '10.001', currency: 'EUR', channels: [{ id: 'a', curve: c }] })).toThrow(/more decimals/);
    expect(() => optimizeBudget({ total: 10, currency: 'EUR', channels: [{ id: 'a', curve: c }], objectve: 'maxResponse' } as never)).toThrow(/did you mean `objective`/);
  });
  it('does not mutate its input', () => {
    const input = Object.freeze({ total: 100, currency: 'EUR', channels: Object.freeze([Object.freeze({ id: 'a', curve: c }), Object.freeze({ id: 'b', curve: c })]) });
    expect(() => optimizeBudget(input)).not.toThrow();
  });
});
