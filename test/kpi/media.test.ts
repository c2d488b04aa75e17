import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combinedReach, grp, trp } from '../../src/kpi/media.js';
import { deepFreeze, expectSocialKitError, expectValidation } from './helpers.js';

describe('grp', () => {
  it('60 % reach × frequency 4 = 240 GRPs (Retriever, https://www.retriever.nl/en/buzzword/grp/)', () => {
    expect(grp({ reachRate: 0.6, frequency: 4 })).toBe(240);
  });
  it('50 % × 5 = 250 (https://www.kbridge.org/en/glossary/gross-rating-point-grp/); 15 % × 5 = 75 (https://calculator.academy/grp-gross-rating-points-calculator/)', () => {
    expect(grp({ reachRate: 0.5, frequency: 5 })).toBe(250);
    expect(grp({ reachRate: 0.15, frequency: 5 })).toBe(75);
  });
  it('from impressions: 100 × 1,000,000 / 10,000,000 = 10 (GRPs = 100 × impressions ÷ population, Farris et al., Marketing Metrics)', () => {
    expect(grp({ impressions: 1_000_000, population: 10_000_000 })).toBe(10);
  });
  it('both forms agree: 60 % of 1,000 people seen 4 times = 2,400 impressions', () => {
    expect(grp({ impressions: 2400, population: 1000 })).toBe(grp({ reachRate: 0.6, frequency: 4 }));
  });
  it('is null for a population of 0', () => {
    expect(grp({ impressions: 10, population: 0 })).toBeNull();
  });
  it('refuses both forms at once, or neither', () => {
    expectValidation(() => grp({ reachRate: 0.5, frequency: 2, impressions: 10, population: 100 } as never), 'ambiguousInput');
    expectValidation(() => grp({} as never), 'missingField');
    expectValidation(() => grp(undefined as never), 'invalidType');
  });
  it('names bad fields and reports overflow', () => {
    expectValidation(() => grp({ reachRate: 60, frequency: 4 }), 'outOfRange', ['reachRate']);
    expectValidation(() => grp({ reachRate: 0.6 } as never), 'notANumber', ['frequency']);
    expectValidation(() => grp({ impressions: 10 } as never), 'notANumber', ['population']);
    expectSocialKitError(() => grp({ reachRate: 1, frequency: 1e307 }), 'overflow');
  });
});

describe('trp', () => {
  it('1,000,000 impressions on a 10,000,000 target = 10 TRPs (https://eleanorrigby-movie.com/is-calculated-by-dividing-grps-with-reach/)', () => {
    expect(trp({ impressions: 1_000_000, targetPopulation: 10_000_000 })).toBe(10);
  });
  it('is null for an empty target; names bad fields', () => {
    expect(trp({ impressions: 5, targetPopulation: 0 })).toBeNull();
    expectValidation(() => trp({ impressions: 5, targetPopulation: -1 }), 'negative', ['targetPopulation']);
  });
});

describe('combinedReach (random duplication)', () => {
  it('400 spots of 0.1 % each: 1 − (1 − 0.1 %)^400 = 33 % (https://latinbusinesstoday.com/engage-customers-aligned-media-strategy/4/)', () => {
    const reach = combinedReach(new Array<number>(400).fill(0.001));
    expect(Math.round(reach * 100)).toBe(33);
    expect(reach).toBeCloseTo(1 - 0.999 ** 400, 14);
  });
  it('two media of 50 % and 40 % → 70 % (1 − 0.5 × 0.6; Bunker, https://help.bunkerdb.com/en/articles/9534739-how-is-total-reach-calculated-for-paid-media)', () => {
    expect(combinedReach([0.5, 0.4])).toBeCloseTo(0.7, 15);
  });
  it('edge cases: none, one, a full reach', () => {
    expect(combinedReach([])).toBe(0);
    expect(combinedReach([0, 0])).toBe(0);
    expect(combinedReach([0.3])).toBeCloseTo(0.3, 15);
    expect(combinedReach([0.2, 1])).toBe(1);
  });
  it('is at least the largest reach and at most the sum, capped at 1 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 20 }), (rates) => {
        const reach = combinedReach(rates);
        expect(reach).toBeGreaterThanOrEqual(Math.max(...rates) - 1e-12);
        expect(reach).toBeLessThanOrEqual(Math.min(1, rates.reduce((a, b) => a + b, 0)) + 1e-12);
        expect(Number.isFinite(reach)).toBe(true);
      }),
    );
  });
  it('names bad rates; does not mutate', () => {
    expectValidation(() => combinedReach([0.5, 40]), 'outOfRange', ['reachRates', 1]);
    expectValidation(() => combinedReach(null as never), 'invalidType', ['reachRates']);
    const rates = deepFreeze([0.5, 0.5]);
    expect(combinedReach(rates)).toBeCloseTo(0.75, 15);
  });
});
