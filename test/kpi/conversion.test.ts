import { describe, expect, it } from 'vitest';
import { CONVERSION_BASES, conversionRate } from '../../src/kpi/conversion.js';
import { deepFreeze, expectValidation } from './helpers.js';

describe('conversionRate', () => {
  it('50 conversions from 1,000 interactions = 5 % (Google Ads Help, "Conversion rate: Definition", https://support.google.com/google-ads/answer/2684489)', () => {
    expect(conversionRate({ conversions: 50, interactions: 1000 })).toBe(0.05);
  });
  it('1 conversion from 25 clicks = 4 %; 1 from 94 clicks = 1.06 % (https://seymourdigitalmedia.com/what-does-conversion-rate-mean-in-google-ads)', () => {
    expect(conversionRate({ conversions: 1, clicks: 25 })).toBe(0.04);
    expect(conversionRate({ conversions: 1, clicks: 94 })).toBeCloseTo(0.0106, 4);
  });
  it('divides by sessions (web analytics) or impressions (per display) when told to', () => {
    expect(conversionRate({ conversions: 30, sessions: 1000 })).toBe(0.03);
    expect(conversionRate({ conversions: 3, impressions: 10000 })).toBe(0.0003);
  });
  it('can exceed 1 when every conversion is counted (Google Ads Help)', () => {
    expect(conversionRate({ conversions: 120, clicks: 100 })).toBe(1.2);
  });
  it('is null when the denominator is 0', () => {
    expect(conversionRate({ conversions: 0, clicks: 0 })).toBeNull();
  });
  it('refuses zero denominators given, naming the choices', () => {
    const error = expectValidation(() => conversionRate({ conversions: 5 } as never), 'missingField', []);
    for (const base of CONVERSION_BASES) expect(error.message).toContain(base);
  });
  it('refuses two denominators, naming them', () => {
    const error = expectValidation(() => conversionRate({ conversions: 1, clicks: 25, sessions: 30 } as never), 'ambiguousDenominator', ['sessions']);
    expect(error.message).toContain('clicks and sessions');
    expectValidation(() => conversionRate({ conversions: 1, clicks: 1, interactions: 1, impressions: 1 } as never), 'ambiguousDenominator');
  });
  it('treats an undefined denominator as absent', () => {
    expect(conversionRate({ conversions: 1, clicks: 4, sessions: undefined })).toBe(0.25);
  });
  it('names bad counts and a bad argument', () => {
    expectValidation(() => conversionRate({ conversions: -1, clicks: 4 }), 'negative', ['conversions']);
    expectValidation(() => conversionRate({ conversions: 1, clicks: 4.5 }), 'notInteger', ['clicks']);
    expectValidation(() => conversionRate(null as never), 'invalidType');
  });
  it('does not mutate its input', () => {
    expect(conversionRate(deepFreeze({ conversions: 1, clicks: 2 }))).toBe(0.5);
  });
});
