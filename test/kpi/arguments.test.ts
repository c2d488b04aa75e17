import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { cpc, ctr, engagementRateByReach, engagements, summarize } from '../../src/kpi/index.js';
import { expectValidation } from './helpers.js';

// Issue 11: one way to read arguments and report mistakes.
describe('kpi arguments', () => {
  it('a misspelt option is refused with a suggestion: summarize(posts, { currncy })', () => {
    const e = expectValidation(() => summarize([], { currncy: 'EUR' } as never), 'unknownKey', ['options', 'currncy']);
    expect(e.message).toContain('did you mean `currency`?');
    expectValidation(() => engagements({ likes: 1 }, { includes: ['likes'] } as never), 'unknownKey', ['options', 'includes']);
  });

  it('a formula called with anything but one object says how it is called', () => {
    const e = expectValidation(() => ctr(12 as never), 'invalidType', []);
    expect(e.message).toBe('`ctr({ clicks, impressions })` takes one object, got 12');
    expect(expectValidation(() => engagementRateByReach(12 as never), 'invalidType').message).toBe('`engagementRateByReach({ engagements, reach })` takes one object, got 12');
    expect(expectValidation(() => cpc(null as never), 'invalidType').message).toBe('`cpc({ cost, clicks })` takes one object, got null');
  });

  it('extra fields are accepted; a missing one names a similar key of the input', () => {
    expect(ctr({ clicks: 1, impressions: 4, campaign: 'ete' } as never)).toBe(0.25);
    expect(cpc({ cost: 10, clicks: 4, campaign: 'ete' } as never)?.toString()).toBe('2.5');
    const e = expectValidation(() => cpc({ cost: 10, click: 4 } as never), 'missingField', ['clicks']);
    expect(e.message).toBe('`cpc({ cost, clicks })` needs clicks (the input has `click`: a misspelling of `clicks`?)');
    // every missing field at once
    expect(expectValidation(() => cpc({} as never), 'missingField').issues.map((i) => i.path)).toEqual([['cost'], ['clicks']]);
    // the count formulas (ctr under 1 KB) report the missing count as not a number
    expect(expectValidation(() => ctr({ impressions: 4 } as never), 'notANumber', ['clicks']).message).toContain('got undefined');
  });
});

describe('summarize: the first bad record, with all of its problems', () => {
  it('stops at the first bad record and lists every problem of it, each with its path', () => {
    const good = { platform: 'x', publishedAt: '2027-01-04T09:00:00Z', impressions: 10, reach: 5, engagements: 1, clicks: 0 };
    try {
      summarize([good, { ...good, publishedAt: 'bad', impressions: -1, reach: 'x' }, { ...good, platform: 'nope' }] as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => [i.code, i.path])).toEqual([
        ['invalidDate', ['records', 1, 'publishedAt']],
        ['negative', ['records', 1, 'impressions']],
        ['notANumber', ['records', 1, 'reach']],
      ]);
    }
  });

  it('a missing field names a similar key of the record (extra fields are kept for `by`)', () => {
    const e = expectValidation(
      () => summarize([{ platfrom: 'x', publishedAt: '2027-01-04T09:00:00Z', impressions: 1, reach: 1, engagements: 0, clicks: 0 }] as never),
      'missingField',
      ['records', 0, 'platform'],
    );
    expect(e.message).toBe('records[0] needs platform (the input has `platfrom`: a misspelling of `platform`?)');
  });
});
