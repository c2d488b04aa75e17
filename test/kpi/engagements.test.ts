import { describe, expect, it } from 'vitest';
import { DEFAULT_ENGAGEMENT_KINDS, engagements } from '../../src/kpi/engagements.js';
import { deepFreeze, expectSocialKitError, expectValidation } from './helpers.js';

describe('engagements', () => {
  it('adds likes, comments and shares: 5 + 3 + 3 = 11 (Lifesight, "Daily engagement rate", https://www.lifesight.io/glossary/daily-engagement-rate)', () => {
    expect(engagements({ likes: 5, comments: 3, shares: 3 })).toBe(11);
  });

  it('TikTok example 3,000 likes + 200 comments + 100 shares = 3,300 (https://schedulala.com/tools/tiktok-engagement-calculator)', () => {
    expect(engagements({ likes: 3000, comments: 200, shares: 100 })).toBe(3300);
  });

  it('counts likes, comments, shares and saves by default, and nothing else', () => {
    expect(DEFAULT_ENGAGEMENT_KINDS).toEqual(['likes', 'comments', 'shares', 'saves']);
    expect(engagements({ likes: 1, comments: 2, shares: 3, saves: 4, clicks: 100, reposts: 100, replies: 100 })).toBe(10);
  });

  it('counts opt-in kinds named in include', () => {
    expect(engagements({ likes: 500, comments: 50, shares: 25, clicks: 40 }, { include: ['likes', 'comments', 'shares', 'clicks'] })).toBe(615);
    expect(engagements({ reposts: 7, replies: 3, profileVisits: 2 }, { include: ['reposts', 'replies', 'profileVisits'] })).toBe(12);
  });

  it('reads an absent count as 0 when another included count is present', () => {
    expect(engagements({ likes: 4 })).toBe(4);
    expect(engagements({ likes: 0, comments: undefined })).toBe(0);
  });

  it('refuses counts where none of the included kinds is present (a misspelt field is not zero engagement)', () => {
    expectValidation(() => engagements({ like: 5 } as never), 'missingField', []);
    expectValidation(() => engagements({}), 'missingField');
  });

  it('ignores inherited properties such as constructor', () => {
    expectValidation(() => engagements({ likes: 1 }, { include: ['constructor'] }), 'missingField');
  });

  it('names the bad count', () => {
    expectValidation(() => engagements({ likes: -1 }), 'negative', ['likes']);
    expectValidation(() => engagements({ likes: 1.5 }), 'notInteger', ['likes']);
    expectValidation(() => engagements({ likes: Number.NaN }), 'notANumber', ['likes']);
    expectValidation(() => engagements({ likes: '5' as never }), 'notANumber', ['likes']);
  });

  it('checks include', () => {
    expectValidation(() => engagements({ likes: 1 }, { include: [] }), 'invalidOption', ['options', 'include']);
    expectValidation(() => engagements({ likes: 1 }, { include: 'likes' as never }), 'invalidOption', ['options', 'include']);
    expectValidation(() => engagements({ likes: 1 }, { include: ['likes', '__proto__'] }), 'invalidOption', ['options', 'include', 1]);
    expectValidation(() => engagements({ likes: 1 }, { include: ['likes', 'likes'] }), 'duplicate', ['options', 'include', 1]);
    expectValidation(() => engagements({ likes: 1 }, null as never), 'invalidType', ['options']);
  });

  it('refuses a non-object argument', () => {
    expectValidation(() => engagements(undefined as never), 'invalidType');
    expectValidation(() => engagements([1, 2] as never), 'invalidType');
  });

  it('reports an overflowing total', () => {
    expectSocialKitError(() => engagements({ likes: Number.MAX_SAFE_INTEGER, comments: 2 }), 'overflow');
  });

  it('does not mutate its input', () => {
    const counts = deepFreeze({ likes: 1, comments: 2 });
    const options = deepFreeze({ include: ['likes', 'comments'] });
    expect(engagements(counts, options)).toBe(3);
  });
});
