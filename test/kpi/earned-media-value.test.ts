import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/index.js';
import { earnedMediaValue } from '../../src/kpi/earned-media-value.js';
import { expectValidation } from './helpers.js';

describe('earnedMediaValue', () => {
  it('8,000,000 impressions at a $9 CPM = $72,000 (Truleado, https://www.truleado.com/resources/blog/what-is-earned-media-value)', () => {
    const value = earnedMediaValue({ impressions: 8_000_000, cpm: 9 });
    expect(value).toBeInstanceOf(Decimal);
    expect(value.toString()).toBe('72000');
  });
  it('10,000 impressions at a $15 CPM = $150 (Lefty, https://medium.com/lefty-france/emv-and-cpm-why-are-they-important-and-what-to-do-with-them-20ed3025d9a1)', () => {
    expect(earnedMediaValue({ impressions: 10000, cpm: '15' }).toString()).toBe('150');
  });
  it('keeps sub-cent values exact', () => {
    expect(earnedMediaValue({ impressions: 1, cpm: '2.5' }).toString()).toBe('0.0025');
    expect(earnedMediaValue({ impressions: 0, cpm: 9 }).toString()).toBe('0');
  });
  it('names bad fields and reports overflow', () => {
    expectValidation(() => earnedMediaValue({ impressions: -1, cpm: 9 }), 'negative', ['impressions']);
    expectValidation(() => earnedMediaValue({ impressions: 1, cpm: -9 }), 'negative', ['cpm']);
    expectValidation(() => earnedMediaValue(null as never), 'invalidType');
    expectValidation(() => earnedMediaValue({ impressions: 1, cpm: '9e9000000000000000' }), 'outOfRange', ['cpm']);
    expect(earnedMediaValue({ impressions: Number.MAX_SAFE_INTEGER, cpm: '9e29' }).isFinite()).toBe(true);
  });
});
