import { describe, expect, it } from 'vitest';
import { amplificationRate, applauseRate, conversationRate } from '../../src/kpi/per-post-rates.js';
import { deepFreeze, expectValidation } from './helpers.js';

// Kaushik's definitions (2011): https://www.kaushik.net/avinash/best-social-media-metrics-conversation-amplification-applause-economic-value/
describe('amplificationRate (Kaushik 2011: shares per post)', () => {
  it('100 shares over 20 posts = 5 per post (https://calculatorultra.com/en/tool/amplification-rate-calculator.html)', () => {
    expect(amplificationRate({ shares: 100, posts: 20 })).toBe(5);
  });
  it('per follower: 1,450 shares, 30 posts, 25,000 followers → 48.33 per post, 0.19 % (https://cal18.calculator.city/calculate-amplication-social-media/)', () => {
    const rate = amplificationRate({ shares: 1450, posts: 30, followers: 25000 }) as number;
    expect(rate * 100).toBeCloseTo(0.19, 2);
    expect(rate).toBeCloseTo(1450 / 30 / 25000, 15);
  });
  it('one post shared 50 times, 10,000 followers = 0.5 % (https://www.shno.co/startup-metrics/amplification-rate)', () => {
    expect(amplificationRate({ shares: 50, posts: 1, followers: 10000 })).toBe(0.005);
  });
  it('is null with no post or no follower; names bad fields', () => {
    expect(amplificationRate({ shares: 10, posts: 0 })).toBeNull();
    expect(amplificationRate({ shares: 10, posts: 0, followers: 10 })).toBeNull();
    expect(amplificationRate({ shares: 10, posts: 2, followers: 0 })).toBeNull();
    expectValidation(() => amplificationRate({ shares: 10, posts: 2, followers: -1 }), 'negative', ['followers']);
    expectValidation(() => amplificationRate({ shares: 10, posts: 2, followers: null as never }), 'notANumber', ['followers']);
    expectValidation(() => amplificationRate(null as never), 'invalidType');
  });
});

describe('applauseRate (Kaushik 2011: likes per post)', () => {
  it('one post with 15,000 likes, 100,000 followers = 15 % (https://shno.co/startup-metrics/applause-rate)', () => {
    expect(applauseRate({ likes: 15000, posts: 1, followers: 100000 })).toBe(0.15);
  });
  it('one post with 200 likes, 10,000 followers = 2 % (https://marketingino.com/?p=2168)', () => {
    expect(applauseRate({ likes: 200, posts: 1, followers: 10000 })).toBe(0.02);
  });
  it('per post without followers, null with no post', () => {
    expect(applauseRate({ likes: 81, posts: 3 })).toBe(27);
    expect(applauseRate({ likes: 0, posts: 0 })).toBeNull();
  });
});

describe('conversationRate (Kaushik 2011: comments per post)', () => {
  it('9 comments over 5 posts = 1.8 (DrKPI Conversation index, after Kaushik, http://howto.drkpi.ch/influence-splash/involvement/conversation-index/)', () => {
    expect(conversationRate({ comments: 9, posts: 5 })).toBe(1.8);
  });
  it('per follower, null with no post, names bad fields, does not mutate', () => {
    expect(conversationRate({ comments: 10, posts: 2, followers: 1000 })).toBe(0.005);
    expect(conversationRate({ comments: 1, posts: 0 })).toBeNull();
    expectValidation(() => conversationRate({ comments: 1.5, posts: 2 }), 'notInteger', ['comments']);
    expect(conversationRate(deepFreeze({ comments: 4, posts: 2 }))).toBe(2);
  });
});
