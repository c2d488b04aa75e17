import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/index.js';
import { cpa, cpc, cpe, cpl, cpm, cpv } from '../../src/kpi/cost.js';
import { deepFreeze, expectValidation } from './helpers.js';

describe('cpc', () => {
  it('$200 for 100 clicks = $2 (Morningdough, https://www.morningdough.com/online-advertising/what-is-cpc/)', () => {
    expect(cpc({ cost: 200, clicks: 100 })?.toString()).toBe('2');
  });
  it('$500 for 100 clicks = $5 (https://insurancetermplan.com/?p=250)', () => {
    expect(cpc({ cost: '500', clicks: 100 })?.toString()).toBe('5');
  });
  it('returns an exact Decimal, not rounded, and null for 0 clicks', () => {
    const third = cpc({ cost: '10', clicks: 3 });
    expect(third).toBeInstanceOf(Decimal);
    expect(third?.toString()).toBe('3.333333333333333333333333333333333');
    expect(cpc({ cost: '0.001', clicks: 1 })?.toString()).toBe('0.001');
    expect(cpc({ cost: 5, clicks: 0 })).toBeNull();
  });
  it('reads 0.1 + 0.2 style numbers through their decimal form', () => {
    expect(cpc({ cost: 0.3, clicks: 1 })?.toString()).toBe('0.3');
  });
  it('names the bad field', () => {
    expectValidation(() => cpc({ cost: -1, clicks: 1 }), 'negative', ['cost']);
    // A huge amount is refused without printing its billion digits.
    expect(expectValidation(() => cpc({ cost: '-1e999999999', clicks: 1 }), 'outOfRange', ['cost']).message).toContain('"-1e999999999"');
    expectValidation(() => cpc({ cost: new Decimal('1e40'), clicks: 1 }), 'outOfRange', ['cost']);
    expectValidation(() => cpc({ cost: 1e-21, clicks: 1 }), 'outOfRange', ['cost']);
    expect(expectValidation(() => cpc({ cost: new Decimal(-2), clicks: 1 }), 'negative', ['cost']).message).toContain('a negative Decimal');
    expectValidation(() => cpc({ cost: '1,5', clicks: 1 }), 'invalidFormat', ['cost']);
    expectValidation(() => cpc({ cost: 1, clicks: -1 }), 'negative', ['clicks']);
    expectValidation(() => cpc(undefined as never), 'invalidType');
  });
  it('does not mutate its input', () => {
    const cost = new Decimal('9');
    const input = deepFreeze({ cost, clicks: 3 });
    expect(cpc(input)?.toString()).toBe('3');
    expect(cost.toString()).toBe('9');
  });
});

describe('cpm', () => {
  it('$50 for 10,000 impressions = $5 CPM (Meta definition quoted at https://prediqmedia.com/is-advertising-on-facebook-right-for-your-brand/)', () => {
    expect(cpm({ cost: 50, impressions: 10000 })?.toString()).toBe('5');
  });
  it('$500 for 20,000 views = $25 per thousand (https://calculatorlib.com/cost-per-view-calculator)', () => {
    expect(cpm({ cost: 500, impressions: 20000 })?.toString()).toBe('25');
  });
  it('is null for 0 impressions, names bad fields, reports overflow', () => {
    expect(cpm({ cost: 50, impressions: 0 })).toBeNull();
    expectValidation(() => cpm({ cost: Number.POSITIVE_INFINITY, impressions: 1 }), 'notFinite', ['cost']);
    expectValidation(() => cpm({ cost: '1e9000000000000001', impressions: 1 }), 'notFinite', ['cost']);
    expectValidation(() => cpm({ cost: '9e9000000000000000', impressions: 1 }), 'outOfRange', ['cost']);
    expect(cpm({ cost: '9.99e29', impressions: 1 })?.toString()).toBe('999000000000000000000000000000000');
  });
});

describe('cpa', () => {
  it('$15,000 for 60 customers = $250 (https://theprimecalculator.com/business/cost-per-acquisition-calculator/formula)', () => {
    expect(cpa({ cost: 15000, conversions: 60 })?.toString()).toBe('250');
  });
  it('$700 for 40 sales = $17.5 (https://faqprime.com/glossary/17/how-can-you-figure-out-your-online-stores-cost-per-acquisition)', () => {
    expect(cpa({ cost: 700, conversions: 40 })?.toString()).toBe('17.5');
  });
  it('is null for 0 conversions', () => {
    expect(cpa({ cost: 700, conversions: 0 })).toBeNull();
    expectValidation(() => cpa({ cost: 700, conversions: 0.5 }), 'notInteger', ['conversions']);
  });
});

describe('cpl', () => {
  it('$500 for 50 leads = $10 (https://seeresponse.com/marketing-glossary/cost-per-lead/)', () => {
    expect(cpl({ cost: 500, leads: 50 })?.toString()).toBe('10');
  });
  it('$1,000 for 50 leads = $20 (https://leadgen.click-vision.com/?p=30265)', () => {
    expect(cpl({ cost: '1000', leads: 50 })?.toString()).toBe('20');
  });
  it('is null for 0 leads', () => {
    expect(cpl({ cost: 1, leads: 0 })).toBeNull();
    expectValidation(() => cpl({ cost: 1, leads: null as never }), 'notANumber', ['leads']);
  });
});

describe('cpe', () => {
  it('$700 for 1,400 engagements = $0.50 (https://www.morningdough.com/online-advertising/what-is-cpe/)', () => {
    expect(cpe({ cost: 700, engagements: 1400 })?.toString()).toBe('0.5');
  });
  it('£100 for 2,000 engagements = £0.05 (https://computerhelp4all.com/articles/what-is-cpe.html)', () => {
    expect(cpe({ cost: 100, engagements: 2000 })?.toString()).toBe('0.05');
  });
  it('is null for 0 engagements', () => {
    expect(cpe({ cost: 1, engagements: 0 })).toBeNull();
    expectValidation(() => cpe({ cost: {} as never, engagements: 1 }), 'notANumber', ['cost']);
  });
});

describe('cpv', () => {
  it('$1,500 for 3,000 views = $0.50 (https://www.morningdough.com/online-advertising/what-is-cpv/)', () => {
    expect(cpv({ cost: 1500, views: 3000 })?.toString()).toBe('0.5');
  });
  it('$1,200 for 48,000 views = $0.025 (https://calculatorlib.com/cost-per-view-calculator)', () => {
    expect(cpv({ cost: 1200, views: 48000 })?.toString()).toBe('0.025');
  });
  it('is null for 0 views', () => {
    expect(cpv({ cost: 1, views: 0 })).toBeNull();
    expectValidation(() => cpv({ cost: 1, views: -5 }), 'negative', ['views']);
  });
});
