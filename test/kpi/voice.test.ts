import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { netSentiment, nps, shareOfVoice } from '../../src/kpi/voice.js';
import { deepFreeze, expectSocialKitError, expectValidation } from './helpers.js';

describe('shareOfVoice', () => {
  it('your brand 50 mentions, competitors 100, 10 and 40 → 25 % (https://shno.co/startup-metrics/social-share-of-voice)', () => {
    expect(shareOfVoice({ brand: 50, competitors: [100, 10, 40] })).toBe(0.25);
  });
  it('is 1 without competitors, null with no mention at all', () => {
    expect(shareOfVoice({ brand: 5, competitors: [] })).toBe(1);
    expect(shareOfVoice({ brand: 0, competitors: [0, 0] })).toBeNull();
  });
  it('names bad counts, and reports overflowing totals', () => {
    expectValidation(() => shareOfVoice({ brand: 5, competitors: [1, -1] }), 'negative', ['competitors', 1]);
    expectValidation(() => shareOfVoice({ brand: 5, competitors: 7 as never }), 'invalidType', ['competitors']);
    // eslint-disable-next-line no-sparse-arrays -- a hole on purpose: it must read as undefined
    expectValidation(() => shareOfVoice({ brand: 5, competitors: [, 1] as never }), 'notANumber', ['competitors', 0]);
    expectValidation(() => shareOfVoice(null as never), 'invalidType');
    expectSocialKitError(() => shareOfVoice({ brand: Number.MAX_SAFE_INTEGER, competitors: [Number.MAX_SAFE_INTEGER] }), 'overflow');
  });
  it('does not mutate its input', () => {
    expect(shareOfVoice(deepFreeze({ brand: 1, competitors: [3] }))).toBe(0.25);
  });
});

describe('netSentiment', () => {
  it('80 positive, 20 negative, 100 neutral: 40 % − 10 % = 30 with neutrals (Black Box Intelligence, https://help.blackboxintelligence.com/hc/en-us/articles/360003715274)', () => {
    expect(netSentiment({ positive: 80, negative: 20, neutral: 100 }, { method: 'includeNeutral' })).toBe(0.3);
  });
  it('same Black Box counts without neutrals: (80 − 20) / (80 + 20) = 0.6 (polarity (P − N) / (P + N), R SentimentAnalysis ruleSentimentPolarity, https://rdocumentation.org/packages/SentimentAnalysis/versions/1.3-4/topics/ruleSentimentPolarity)', () => {
    expect(netSentiment({ positive: 80, negative: 20, neutral: 100 }, { method: 'excludeNeutral' })).toBe(0.6);
    expect(netSentiment({ positive: 80, negative: 20 }, { method: 'excludeNeutral' })).toBe(0.6);
  });
  it('35 % positive, 59 % neutral, 6 % negative → +29 % (Allears, http://help.allears.ai/en/articles/9099849-what-is-net-sentiment)', () => {
    expect(netSentiment({ positive: 35, negative: 6, neutral: 59 }, { method: 'includeNeutral' })).toBe(0.29);
  });
  it('is null with no mention; lies in [−1, 1] (property)', () => {
    expect(netSentiment({ positive: 0, negative: 0, neutral: 0 }, { method: 'includeNeutral' })).toBeNull();
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), fc.constantFrom('includeNeutral' as const, 'excludeNeutral' as const), (positive, negative, neutral, method) => {
        const value = netSentiment({ positive, negative, neutral }, { method });
        expect(value === null || (value >= -1 && value <= 1)).toBe(true);
      }),
    );
  });
  it('requires the method, and neutral with includeNeutral', () => {
    expectValidation(() => netSentiment({ positive: 1, negative: 1, neutral: 1 }, undefined as never), 'invalidType', ['options']);
    expectValidation(() => netSentiment({ positive: 1, negative: 1, neutral: 1 }, {} as never), 'invalidOption', ['options', 'method']);
    expectValidation(() => netSentiment({ positive: 1, negative: 1 }, { method: 'includeNeutral' }), 'notANumber', ['neutral']);
    expectValidation(() => netSentiment({ positive: 1, negative: 1, neutral: -3 }, { method: 'excludeNeutral' }), 'negative', ['neutral']);
    expectValidation(() => netSentiment(undefined as never, { method: 'excludeNeutral' }), 'invalidType');
  });
});

describe('nps', () => {
  it('30 % promoters, 20 % detractors → +10 (DELA annual report 2018, https://annualreport2018.dela.nl/begrippenlijst/net-promotor-score; P − D = NPS, Bain, http://www.theultimatequestion.com/theultimatequestion/measuring_netpromoter.asp)', () => {
    expect(nps({ promoters: 30, passives: 50, detractors: 20 })).toBe(10);
  });
  it('spans −100 to 100; null with no respondent', () => {
    expect(nps({ promoters: 10, passives: 0, detractors: 0 })).toBe(100);
    expect(nps({ promoters: 0, passives: 0, detractors: 4 })).toBe(-100);
    expect(nps({ promoters: 0, passives: 0, detractors: 0 })).toBeNull();
    expect(Object.is(nps({ promoters: 2, passives: 1, detractors: 2 }), 0)).toBe(true);
  });
  it('names bad counts', () => {
    expectValidation(() => nps({ promoters: 1, passives: 1.5, detractors: 1 }), 'notInteger', ['passives']);
    expectValidation(() => nps(null as never), 'invalidType');
  });
});
