import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/index.js';
import { breakEvenRoas, roas, roi } from '../../src/kpi/roi.js';
import { deepFreeze, expectSocialKitError, expectValidation } from './helpers.js';

describe('roi and roas, on one worked example (MetricKit, "ROI vs ROAS", https://metrickittools.com/guides/roi-guide)', () => {
  it('spend $1,000 → revenue $5,000 with $3,000 total costs: ROAS 5.0 but ROI (5,000 − 3,000) / 3,000 = 0.67', () => {
    expect(roas({ revenue: 5000, adSpend: 1000 })).toBe(5);
    expect(roi({ revenue: 5000, cost: 3000 })).toBeCloseTo(0.67, 2);
    expect(roi({ revenue: 5000, cost: 3000 })).toBe(2 / 3);
  });
});

describe('roi', () => {
  it('e-commerce: revenue 400,000 ₽, ad spend 100,000 ₽ + goods 200,000 ₽ → ROI 100 % (https://onlinetoolshub.digital/en/blog/kak-schitat-roi-reklamy)', () => {
    expect(roi({ revenue: 400000, cost: 300000 })).toBeCloseTo(1 / 3, 12);
    expect(roi({ revenue: 400000 - 200000, cost: 100000 })).toBe(1);
  });
  it('is −1 for a total loss and null for no cost', () => {
    expect(roi({ revenue: 0, cost: 100 })).toBe(-1);
    expect(roi({ revenue: 100, cost: 0 })).toBeNull();
  });
  it('computes exactly before converting: (0.3 − 0.1) / 0.1 = 2', () => {
    expect(roi({ revenue: 0.3, cost: 0.1 })).toBe(2);
  });
  it('names bad amounts and reports overflow', () => {
    expectValidation(() => roi({ revenue: -1, cost: 1 }), 'negative', ['revenue']);
    expectValidation(() => roi({ revenue: 1, cost: 'x' }), 'invalidFormat', ['cost']);
    expectValidation(() => roi(undefined as never), 'invalidType');
    expectValidation(() => roi({ revenue: '1e400', cost: '1e-400' }), 'outOfRange', ['revenue']);
    expect(roi({ revenue: '9e29', cost: '1e-20' })).toBe(9e49);
  });
  it('does not mutate its input', () => {
    const revenue = new Decimal(3);
    expect(roi(deepFreeze({ revenue, cost: 1 }))).toBe(2);
    expect(revenue.toString()).toBe('3');
  });
});

describe('roas', () => {
  it('null for no ad spend; names bad amounts', () => {
    expect(roas({ revenue: 10, adSpend: 0 })).toBeNull();
    expectValidation(() => roas({ revenue: 10, adSpend: -5 }), 'negative', ['adSpend']);
    expectValidation(() => roas({ revenue: 1, adSpend: '1e-400' }), 'outOfRange', ['adSpend']);
  });
});

describe('breakEvenRoas', () => {
  it('25 % margin → break-even ROAS 4 (https://cloud-calculator.com/Break-Even-ROAS-Calculator.php, https://numberconvert.com/tools/business/break-even-ad-spend-calculator)', () => {
    expect(breakEvenRoas({ grossMargin: 0.25 })).toBe(4);
  });
  it('$100 product with $60 variable costs → 40 % margin → 2.5 (numberconvert); 50 % → 2 (https://roas-calculator.org/guides/break-even-roas-formula)', () => {
    expect(breakEvenRoas({ grossMargin: 0.4 })).toBe(2.5);
    expect(breakEvenRoas({ grossMargin: 0.5 })).toBe(2);
  });
  it('is null when the margin is ≤ 0', () => {
    expect(breakEvenRoas({ grossMargin: 0 })).toBeNull();
    expect(breakEvenRoas({ grossMargin: -0.2 })).toBeNull();
  });
  it('refuses margins above 1 or non-numbers, and reports overflow for a subnormal margin', () => {
    expectValidation(() => breakEvenRoas({ grossMargin: 25 }), 'outOfRange', ['grossMargin']);
    expectValidation(() => breakEvenRoas({ grossMargin: Number.NaN }), 'notANumber', ['grossMargin']);
    expectSocialKitError(() => breakEvenRoas({ grossMargin: 5e-324 }), 'overflow');
  });
});
