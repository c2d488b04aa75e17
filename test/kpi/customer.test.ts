import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/index.js';
import { cac, customerLifetimeValue, paybackPeriod } from '../../src/kpi/customer.js';
import { deepFreeze, expectSocialKitError, expectValidation } from './helpers.js';

describe('cac', () => {
  it('$10,000 marketing + $5,000 sales for 30 customers = $500 (OpenMeter, https://openmeter.io/docs/glossary/customer-acquisition-cost)', () => {
    expect(cac({ spend: 15000, newCustomers: 30 })?.toString()).toBe('500');
  });
  it('$100,000 for 2,000 customers = $50 (https://geniegoals.co.uk/glossary/cac-customer-acquisition-cost)', () => {
    expect(cac({ spend: '100000', newCustomers: 2000 })?.toString()).toBe('50');
  });
  it('is null for no new customer; names bad fields', () => {
    expect(cac({ spend: 100, newCustomers: 0 })).toBeNull();
    expectValidation(() => cac({ spend: -100, newCustomers: 1 }), 'negative', ['spend']);
    expectValidation(() => cac({ spend: 100, newCustomers: 1.5 }), 'notInteger', ['newCustomers']);
  });
});

describe('customerLifetimeValue', () => {
  it("timing 'end': Net-4-You, margin $19.95 − $0.50 − $0.50 = $18.95, monthly retention 78.8 %, discount 1 % → $67.2639 (Kerin & Hartley, Marketing; answer at https://www.jiskha.com/display.cgi?id=1327778623)", () => {
    const clv = customerLifetimeValue({ marginPerPeriod: '18.95', retention: 0.788, discountRate: 0.01 });
    expect(clv).toBeInstanceOf(Decimal);
    expect(clv?.toNumber()).toBeCloseTo(67.2639, 3);
    expect(clv?.toFixed(4)).toBe('67.2640');
  });
  it("timing 'start': Netflix, ($18.45 − $0.50) × (1 + 0.01) / (1 + 0.01 − 0.995) ≈ $1,209 (UVA Darden, Market Analytics, https://ja.coursera.org/lecture/uva-darden-market-analytics/applying-the-clv-formula-netflix-HQUmM)", () => {
    const clv = customerLifetimeValue({ marginPerPeriod: '17.95', retention: 0.995, discountRate: 0.01, timing: 'start' });
    expect(clv?.toFixed(0)).toBe('1209');
    expect(clv?.toFixed(2)).toBe('1208.63');
  });
  it('margin multiple r / (1 + i − r) at r = 80 %, i = 10 % is 2.67 (after Gupta & Lehmann, https://ealhamed.github.io/frameworks-library/ms/m02.html)', () => {
    expect(customerLifetimeValue({ marginPerPeriod: 1, retention: 0.8, discountRate: 0.1 })?.toFixed(2)).toBe('2.67');
  });
  it("with no discount, 'start' is 'end' plus one margin (the one received at once)", () => {
    const end = customerLifetimeValue({ marginPerPeriod: 100, retention: 0.5, discountRate: 0 });
    const start = customerLifetimeValue({ marginPerPeriod: 100, retention: 0.5, discountRate: 0, timing: 'start' });
    expect(end?.toString()).toBe('100');
    expect(start?.toString()).toBe('200');
  });
  it('is null when unbounded (retention 1, no discount), and margin/d when retention is 1', () => {
    expect(customerLifetimeValue({ marginPerPeriod: 10, retention: 1, discountRate: 0 })).toBeNull();
    expect(customerLifetimeValue({ marginPerPeriod: 10, retention: 1, discountRate: 0.1 })?.toString()).toBe('100');
    expect(customerLifetimeValue({ marginPerPeriod: 10, retention: 0, discountRate: 0.1 })?.toString()).toBe('0');
  });
  it('accepts a negative margin (a customer who costs money)', () => {
    expect(customerLifetimeValue({ marginPerPeriod: -10, retention: 0.5, discountRate: 0 })?.toString()).toBe('-10');
  });
  it('names bad fields', () => {
    expectValidation(() => customerLifetimeValue({ marginPerPeriod: 10, retention: 1.2, discountRate: 0 }), 'outOfRange', ['retention']);
    expectValidation(() => customerLifetimeValue({ marginPerPeriod: 10, retention: 0.5, discountRate: -0.1 }), 'outOfRange', ['discountRate']);
    expectValidation(() => customerLifetimeValue({ marginPerPeriod: 'ten', retention: 0.5, discountRate: 0 }), 'invalidFormat', ['marginPerPeriod']);
    expectValidation(() => customerLifetimeValue({ marginPerPeriod: 10, retention: 0.5, discountRate: 0, timing: 'middle' as never }), 'invalidOption', ['timing']);
    expectValidation(() => customerLifetimeValue(5 as never), 'invalidType');
  });
  it('refuses margins beyond 1e30, and stays finite for a near-zero denominator', () => {
    expectValidation(() => customerLifetimeValue({ marginPerPeriod: '9e9000000000000000', retention: 0.999, discountRate: 0 }), 'outOfRange', ['marginPerPeriod']);
    const huge = customerLifetimeValue({ marginPerPeriod: '9e29', retention: 1, discountRate: 1e-30 });
    expect(huge?.toString()).toBe('9' + '0'.repeat(59));
    // 1 + 5e-324 − 1 is 0 at 34 significant digits: unbounded, so null.
    expect(customerLifetimeValue({ marginPerPeriod: 1, retention: 1, discountRate: 5e-324 })).toBeNull();
  });
  it('does not mutate its input', () => {
    const input = deepFreeze({ marginPerPeriod: new Decimal(10), retention: 0.5, discountRate: 0, timing: 'end' as const });
    expect(customerLifetimeValue(input)?.toString()).toBe('10');
  });
});

describe('paybackPeriod', () => {
  it('$600 CAC, $100/month, 75 % margin → 8 months (https://theprimecalculator.com/business/cac-payback-period-calculator/formula)', () => {
    expect(paybackPeriod({ cac: 600, revenuePerPeriod: 100, grossMargin: 0.75 })).toBe(8);
  });
  it('$8,000 CAC, $1,200/month, 78 % margin → 8.55 months (https://www.calcsimpler.com/calculators/cac-payback-period)', () => {
    expect(paybackPeriod({ cac: 8000, revenuePerPeriod: 1200, grossMargin: 0.78 })).toBeCloseTo(8.55, 2);
  });
  it('is 0 with nothing to pay back, null when it never pays back', () => {
    expect(paybackPeriod({ cac: 0, revenuePerPeriod: 0, grossMargin: 0 })).toBe(0);
    expect(paybackPeriod({ cac: 600, revenuePerPeriod: 100, grossMargin: 0 })).toBeNull();
    expect(paybackPeriod({ cac: 600, revenuePerPeriod: 0, grossMargin: 0.5 })).toBeNull();
    expect(paybackPeriod({ cac: 600, revenuePerPeriod: 100, grossMargin: -0.1 })).toBeNull();
  });
  it('names bad fields and reports overflow', () => {
    expectValidation(() => paybackPeriod({ cac: 600, revenuePerPeriod: 100, grossMargin: 75 }), 'outOfRange', ['grossMargin']);
    expectValidation(() => paybackPeriod({ cac: -1, revenuePerPeriod: 100, grossMargin: 0.5 }), 'negative', ['cac']);
    expectSocialKitError(() => paybackPeriod({ cac: '9e29', revenuePerPeriod: '1e-20', grossMargin: 5e-324 }), 'overflow');
  });
});
