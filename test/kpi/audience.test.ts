import { describe, expect, it } from 'vitest';
import { audienceGrowthRate, followerChurn, netFollowerGrowth } from '../../src/kpi/audience.js';
import { deepFreeze, expectValidation } from './helpers.js';

describe('audienceGrowthRate', () => {
  it('5,000 → 5,750 followers = 15 % (https://mytimecalculators.com/tools/follower-growth-rate-calculator)', () => {
    expect(audienceGrowthRate({ followersAtStart: 5000, followersAtEnd: 5750 })).toBe(0.15);
  });
  it('1,000 + 100 = 10 %, 10,000 + 100 = 1 % (Keyhole, https://keyhole.co/blog/how-do-i-calculate-follower-growth-rate/)', () => {
    expect(audienceGrowthRate({ followersAtStart: 1000, followersAtEnd: 1100 })).toBe(0.1);
    expect(audienceGrowthRate({ followersAtStart: 10000, followersAtEnd: 10100 })).toBe(0.01);
  });
  it('is negative when the audience shrinks, null from 0', () => {
    expect(audienceGrowthRate({ followersAtStart: 1000, followersAtEnd: 900 })).toBe(-0.1);
    expect(audienceGrowthRate({ followersAtStart: 0, followersAtEnd: 50 })).toBeNull();
    expect(audienceGrowthRate({ followersAtStart: 7, followersAtEnd: 7 })).toBe(0);
  });
  it('names bad fields', () => {
    expectValidation(() => audienceGrowthRate({ followersAtStart: -1, followersAtEnd: 5 }), 'negative', ['followersAtStart']);
    expectValidation(() => audienceGrowthRate({ followersAtStart: 1, followersAtEnd: 2.5 }), 'notInteger', ['followersAtEnd']);
    expectValidation(() => audienceGrowthRate(undefined as never), 'invalidType', []);
    expectValidation(() => audienceGrowthRate({ start: 1, end: 2 } as never), 'missingField', ['followersAtStart']);
  });
});

describe('followerChurn', () => {
  it('500 of 10,000 followers lost = 5 % (Lifesight, https://www.lifesight.io/glossary/followers-churn-rate)', () => {
    expect(followerChurn({ lost: 500, start: 10000 })).toBe(0.05);
  });
  it('is null from 0, names bad fields', () => {
    expect(followerChurn({ lost: 0, start: 0 })).toBeNull();
    expectValidation(() => followerChurn({ lost: -2, start: 10 }), 'negative', ['lost']);
  });
});

describe('netFollowerGrowth', () => {
  it('45 gained, 30 lost = +15 (https://followertracker.app/followers-unfollowers); 100 − 20 = 80 (https://qeeebo.com/questions/how/5a/da0/how-does-net-follower-gain-differ-from-gross-follower-gain)', () => {
    expect(netFollowerGrowth({ gained: 45, lost: 30 })).toBe(15);
    expect(netFollowerGrowth({ gained: 100, lost: 20 })).toBe(80);
  });
  it('is negative when more were lost, and 0 (not −0) when even', () => {
    expect(netFollowerGrowth({ gained: 20, lost: 35 })).toBe(-15);
    expect(Object.is(netFollowerGrowth({ gained: 0, lost: 0 }), 0)).toBe(true);
  });
  it('names bad fields; does not mutate', () => {
    expectValidation(() => netFollowerGrowth({ gained: 1, lost: Number.NEGATIVE_INFINITY }), 'notFinite', ['lost']);
    expect(netFollowerGrowth(deepFreeze({ gained: 3, lost: 1 }))).toBe(2);
  });
});
