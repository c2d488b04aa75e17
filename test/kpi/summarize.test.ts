import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CurrencyMismatchError, Decimal, isoWeekKey, money, monthKey, PLATFORM_IDS, SocialKitError, toLocalDate, ValidationError } from '../../src/core/index.js';
import { instant } from '../../src/core/internal.js';
import { instantMs } from '../../src/core/internal.js';
import { summarize } from '../../src/kpi/summarize.js';
import { MAX_INVALID_LISTED, type SummaryRecord } from '../../src/kpi/summary.js';
import { deepFreeze, expectSocialKitError, expectValidation } from './helpers.js';

function post(overrides: Partial<SummaryRecord> = {}): SummaryRecord {
  return { platform: 'x', publishedAt: '2027-02-01T09:00:00Z', impressions: 1000, reach: 800, engagements: 40, clicks: 10, ...overrides };
}

describe('summarize: grouping and sums', () => {
  it('sums by platform × ISO week and computes ratio-of-sums KPIs', () => {
    const records = [
      post({ platform: 'x', publishedAt: '2027-02-01T09:00:00+01:00', cost: '2.50', revenue: 10, conversions: 1 }),
      post({ platform: 'x', publishedAt: '2027-02-03T18:00:00+01:00', impressions: 3000, reach: 2200, engagements: 60, clicks: 30, cost: '7.505' }),
      post({ platform: 'linkedin', publishedAt: '2027-02-09T08:00:00+01:00', impressions: 500, reach: 400, engagements: 25, clicks: 5 }),
    ];
    const { rows, skipped, invalid, currency } = summarize(records, { by: ['platform', 'week'], timeZone: 'Europe/Paris', currency: 'EUR' });
    expect(skipped).toBe(0);
    expect(invalid).toEqual([]);
    expect(currency).toBe('EUR');
    expect(rows.map((r) => r.key)).toEqual([
      { platform: 'linkedin', week: '2027-W06' },
      { platform: 'x', week: '2027-W05' },
    ]);
    const x = rows[1]!;
    expect(x).toMatchObject({ posts: 2, impressions: 4000, reach: 3000, engagements: 100, clicks: 40, conversions: 1 });
    expect(x.cost.toString()).toBe('10.005');
    expect(x.revenue.toString()).toBe('10');
    expect(x.engagementRateByReach).toBe(100 / 3000);
    expect(x.engagementRateByImpressions).toBe(0.025);
    expect(x.ctr).toBe(0.01);
    expect(x.cpc?.toString()).toBe('0.250125');
    expect(x.cpm?.toString()).toBe('2.50125');
    expect(x.cpa?.toString()).toBe('10.005');
    expect(x.roas).toBeCloseTo(10 / 10.005, 15);
    expect(x.roi).toBeCloseTo((10 - 10.005) / 10.005, 15);
    const linkedin = rows[0]!;
    expect(linkedin.cost.toString()).toBe('0');
    // No cost field: an organic post costs 0, so cost per click is 0, and cost ratios over 0 cost are null.
    expect(linkedin.cpc?.toString()).toBe('0');
    expect(linkedin.cpm?.toString()).toBe('0');
    expect(linkedin).toMatchObject({ cpa: null, roas: null, roi: null, conversions: 0 });
  });

  it('gives one row for everything without by, and no row for no record', () => {
    const { rows } = summarize([post(), post({ platform: 'tiktok' })]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.key).toEqual({});
    expect(rows[0]!.posts).toBe(2);
    expect(summarize([], { by: ['platform'] }).rows).toEqual([]);
    expect(summarize([]).rows).toEqual([]);
  });

  it('buckets days, ISO weeks and months in the time zone (1 January 2027 is in 2026-W53)', () => {
    const records = [post({ publishedAt: '2026-12-31T23:30:00Z' }), post({ publishedAt: '2027-01-04T00:30:00+01:00' })];
    const paris = summarize(records, { by: ['day', 'week', 'month'], timeZone: 'Europe/Paris' }).rows.map((r) => r.key);
    expect(paris).toEqual([
      { day: '2027-01-01', week: '2026-W53', month: '2027-01' },
      { day: '2027-01-04', week: '2027-W01', month: '2027-01' },
    ]);
    const utc = summarize(records, { by: ['day', 'week', 'month'], timeZone: 'UTC' }).rows.map((r) => r.key);
    expect(utc).toEqual([
      { day: '2026-12-31', week: '2026-W53', month: '2026-12' },
      { day: '2027-01-03', week: '2026-W53', month: '2027-01' },
    ]);
  });

  it('keeps local days across a DST change (Paris, 28 March 2027)', () => {
    const records = [post({ publishedAt: '2027-03-27T22:59:00Z' }), post({ publishedAt: '2027-03-28T22:01:00Z' })];
    expect(summarize(records, { by: ['day'], timeZone: 'Europe/Paris' }).rows.map((r) => r.key.day)).toEqual(['2027-03-27', '2027-03-29']);
  });

  it('groups by any string field; a missing field is a null key, sorted last', () => {
    const records = [post({ pillar: 'tips' }), post({ pillar: null }), post({}), post({ pillar: 'behind' }), post({ campaign: 'spring' } as never)];
    const rows = summarize(records, { by: ['pillar'] }).rows;
    expect(rows.map((r) => [r.key.pillar, r.posts])).toEqual([
      ['behind', 1],
      ['tips', 1],
      [null, 3],
    ]);
    expect(summarize(records, { by: ['campaign', 'platform'] }).rows.map((r) => r.key)).toEqual([
      { campaign: 'spring', platform: 'x' },
      { campaign: null, platform: 'x' },
    ]);
  });

  it('reads a dimension named like an Object.prototype member from the record only', () => {
    const rows = summarize([post(), post({ constructor: 'own' } as never)], { by: ['constructor'] }).rows;
    expect(rows.map((r) => r.key.constructor)).toEqual(['own', null]);
  });

  it('accepts Dates and any iterable', () => {
    function* gen(): Generator<SummaryRecord> {
      yield post({ publishedAt: new Date('2027-05-01T10:00:00Z') });
      yield post({ publishedAt: '2027-05-01T12:00:00+02:00' });
    }
    const rows = summarize(gen(), { by: ['day'], timeZone: 'UTC' }).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.posts).toBe(2);
  });

  it('treats null optional fields as absent', () => {
    const row = summarize([post({ conversions: null, cost: null, revenue: null, currency: null })]).rows[0]!;
    expect(row.conversions).toBe(0);
    expect(row.cost.toString()).toBe('0');
  });

  it('does not mutate its input', () => {
    const records = deepFreeze([post({ cost: new Decimal('1.5') }), post({ cost: 2 })]);
    const options = deepFreeze({ by: ['platform'], currency: 'EUR' } as const);
    expect(summarize(records, options).rows[0]!.cost.toString()).toBe('3.5');
  });
});

describe('summarize: exact money', () => {
  it('keeps sub-cent costs: 0.001 × 3 = 0.003, 0.1 + 0.2 = 0.3', () => {
    expect(summarize([post({ cost: 0.001 }), post({ cost: 0.001 }), post({ cost: '0.001' })]).rows[0]!.cost.toString()).toBe('0.003');
    expect(summarize([post({ cost: 0.1 }), post({ cost: 0.2 })]).rows[0]!.cost.toString()).toBe('0.3');
  });

  it('sums numbers with more than 6 decimals, large amounts, exponents and Decimals exactly', () => {
    const costs = [0.1234567, 1e12, '1e3', new Decimal('0.000000001'), '999999999.999999', 1e-20, '123456789012345678901234567.5'];
    // The exact sum, computed with Python's decimal module at 100 digits: 50 significant digits, more than
    // Decimal.plus's 34, so a summarizer that added with plus would lose the last ones.
    expect(summarize(costs.map((cost) => post({ cost }))).rows[0]!.cost.toString()).toBe('123456789012346679901235567.62345570100000000001');
  });

  it('flushes its integer part before it could lose precision', () => {
    const costs = new Array<string>(20).fill('999999999.999999');
    const revenues = new Array<number>(20).fill(999999999.999999);
    const row = summarize(costs.map((cost, i) => post({ cost, revenue: revenues[i] }))).rows[0]!;
    expect(row.cost.toString()).toBe('19999999999.99998');
    expect(row.revenue.toString()).toBe('19999999999.99998');
  });

  it('money totals are exact to the cent for 2-decimal amounts (property)', () => {
    const cents = fc.integer({ min: 0, max: 10_000_000 });
    fc.assert(
      fc.property(fc.array(cents, { maxLength: 60 }), (list) => {
        const records = list.map((c, i) => post({ cost: c / 100, revenue: i % 2 === 0 ? (c / 100).toFixed(2) : new Decimal(c).div(100) }));
        const rows = summarize(records).rows;
        const total = list.reduce((a, b) => a + b, 0);
        if (list.length === 0) {
          expect(rows).toEqual([]);
        } else {
          expect(rows[0]!.cost.times(100).toString()).toBe(String(total));
          expect(rows[0]!.revenue.times(100).toString()).toBe(String(total));
        }
      }),
    );
  });

  it('money totals equal the exact sum of money(x) for any amount, beyond 34 digits too (property)', () => {
    const amount = fc.oneof(fc.double({ min: 0, max: 1e12, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).filter((x) => x === 0 || x >= 1e-20);
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 40 }), (list) => {
        // The oracle: integer arithmetic on the exact digits of each amount (BigInt), no Decimal rounding.
        const scale = Math.max(...list.map((x) => money(x).decimalPlaces()));
        const units = list.reduce((sum, x) => sum + BigInt(money(x).toFixed(scale).replace('.', '')), 0n);
        const expected = new Decimal(units.toString()).div(new Decimal(10).pow(scale));
        const got = summarize(list.map((cost) => post({ cost }))).rows[0]!.cost;
        expect(BigInt(got.toFixed(scale).replace('.', ''))).toBe(units);
        expect(got.decimalPlaces()).toBeLessThanOrEqual(scale);
        expect(expected.isFinite()).toBe(true);
      }),
    );
  });
});

describe('summarize: currencies', () => {
  it('accepts records in the option currency and reports the currency', () => {
    expect(summarize([post({ currency: 'EUR', cost: 1 })], { currency: 'EUR' }).currency).toBe('EUR');
    expect(summarize([post({ cost: 1 })]).currency).toBeNull();
  });
  it('takes the first currency seen when there is no option', () => {
    expect(summarize([post(), post({ currency: 'USD' }), post({ currency: 'USD' })]).currency).toBe('USD');
  });
  it('throws CurrencyMismatchError naming the record when currencies disagree', () => {
    const error = expectSocialKitError(() => summarize([post({ currency: 'EUR' }), post({ currency: 'USD' })]), 'currencyMismatch');
    expect(error).toBeInstanceOf(CurrencyMismatchError);
    expect(error.path).toEqual(['records', 1, 'currency']);
    expectSocialKitError(() => summarize([post({ currency: 'USD' })], { currency: 'EUR' }), 'currencyMismatch');
  });
  it('lists mismatching records as invalid when skipping', () => {
    const result = summarize([post({ currency: 'EUR', cost: 1 }), post({ currency: 'USD', cost: 5 })], { onInvalid: 'skip' });
    expect(result.skipped).toBe(1);
    expect(result.invalid[0]).toMatchObject({ index: 1, code: 'currencyMismatch', path: ['records', 1, 'currency'] });
    expect(result.rows[0]!.cost.toString()).toBe('1');
  });
  it('refuses unknown currency codes, in records and options', () => {
    expectValidation(() => summarize([post({ currency: 'eur' })]), 'invalidCurrency', ['records', 0, 'currency']);
    expectValidation(() => summarize([post({ currency: 5 as never })], { currency: 'EUR' }), 'invalidCurrency', ['records', 0, 'currency']);
    expectValidation(() => summarize([], { currency: 'EURO' }), 'invalidCurrency', ['options', 'currency']);
  });
  it('does not let an invalid record set the currency', () => {
    const result = summarize([post({ currency: 'USD', impressions: -1 }), post({ currency: 'EUR' })], { onInvalid: 'skip' });
    expect(result.currency).toBe('EUR');
    expect(result.skipped).toBe(1);
  });
});

describe('summarize: invalid records', () => {
  it('throws a ValidationError naming the index and field', () => {
    const error = expectValidation(() => summarize([post(), post({ reach: -5 })]), 'negative', ['records', 1, 'reach']);
    expect(error.message).toContain('records[1].reach');
  });
  it('names each kind of fault', () => {
    const cases: [unknown, string, (string | number)[]][] = [
      [null, 'invalidType', ['records', 0]],
      ['post', 'invalidType', ['records', 0]],
      [post({ platform: 'twitter' as never }), 'invalidPlatform', ['records', 0, 'platform']],
      [post({ platform: undefined as never }), 'invalidPlatform', ['records', 0, 'platform']],
      [post({ publishedAt: '2027-02-30T09:00:00Z' }), 'invalidDate', ['records', 0, 'publishedAt']],
      [post({ publishedAt: '2027-02-01T09:00:00' }), 'invalidDate', ['records', 0, 'publishedAt']],
      [post({ publishedAt: new Date(Number.NaN) }), 'invalidDate', ['records', 0, 'publishedAt']],
      [post({ publishedAt: 1_800_000_000_000 as never }), 'invalidDate', ['records', 0, 'publishedAt']],
      [post({ impressions: 1.5 }), 'notInteger', ['records', 0, 'impressions']],
      [post({ engagements: '4' as never }), 'notANumber', ['records', 0, 'engagements']],
      [post({ clicks: undefined as never }), 'notANumber', ['records', 0, 'clicks']],
      [post({ conversions: -1 }), 'negative', ['records', 0, 'conversions']],
      [post({ cost: -0.01 }), 'negative', ['records', 0, 'cost']],
      [post({ cost: '12,50' }), 'invalidFormat', ['records', 0, 'cost']],
      [post({ revenue: Number.NaN }), 'notANumber', ['records', 0, 'revenue']],
      [post({ revenue: '-3' }), 'negative', ['records', 0, 'revenue']],
      [post({ cost: 5e-324 }), 'outOfRange', ['records', 0, 'cost']],
      [post({ cost: '1e999999999' }), 'outOfRange', ['records', 0, 'cost']],
    ];
    for (const [record, code, path] of cases) expectValidation(() => summarize([record as SummaryRecord]), code, path);
    expectValidation(() => summarize([post({ pillar: 5 as never })], { by: ['pillar'] }), 'invalidDimension', ['records', 0, 'pillar']);
    // A hole in an array is a missing record.
    // eslint-disable-next-line no-sparse-arrays -- a hole on purpose: it must read as undefined
    expectValidation(() => summarize([post(), , post()] as never), 'invalidType', ['records', 1]);
  });
  it('skips, counts and lists invalid records with onInvalid: skip; nothing is dropped silently', () => {
    const records = [post(), post({ impressions: -1 }), post({ platform: 'myspace' as never }), post()];
    const result = summarize(records, { onInvalid: 'skip' });
    expect(result.rows[0]!.posts).toBe(2);
    expect(result.skipped).toBe(2);
    expect(result.invalid.map((i) => [i.index, i.code])).toEqual([
      [1, 'negative'],
      [2, 'invalidPlatform'],
    ]);
    expect(result.invalid[0]!.reason).toContain('records[1].impressions');
  });
  it(`lists the first ${MAX_INVALID_LISTED} invalid records and counts them all`, () => {
    const records = Array.from({ length: 1005 }, (_, i) => (i % 2 === 0 ? post({ reach: -1 }) : post()));
    const result = summarize(records, { onInvalid: 'skip' });
    expect(result.skipped).toBe(503);
    expect(result.invalid).toHaveLength(503);
    const many = summarize(Array.from({ length: 1200 }, () => null) as never, { onInvalid: 'skip' });
    expect(many.skipped).toBe(1200);
    expect(many.invalid).toHaveLength(MAX_INVALID_LISTED);
    expect(many.invalid[999]!.index).toBe(999);
  });
  it('reports counts whose total is not exact', () => {
    const big = post({ impressions: Number.MAX_SAFE_INTEGER });
    const error = expectSocialKitError(() => summarize([big, big]), 'overflow');
    expect(error).not.toBeInstanceOf(ValidationError);
  });
});

describe('summarize: options', () => {
  it('names the bad option', () => {
    expectValidation(() => summarize([], 'x' as never), 'invalidType', ['options']);
    expectValidation(() => summarize([], { by: 'platform' as never }), 'invalidOption', ['options', 'by']);
    expectValidation(() => summarize([], { by: ['Platform'] }), 'invalidOption', ['options', 'by', 0]);
    expectValidation(() => summarize([], { by: ['__proto__'] }), 'invalidOption', ['options', 'by', 0]);
    expectValidation(() => summarize([], { by: ['platform', 7 as never] }), 'invalidOption', ['options', 'by', 1]);
    expectValidation(() => summarize([], { by: ['impressions'] }), 'invalidOption', ['options', 'by', 0]);
    expect(expectValidation(() => summarize([], { by: ['publishedAt'] }), 'invalidOption').message).toContain("'week'");
    expectValidation(() => summarize([], { by: ['platform', 'platform'] }), 'duplicate', ['options', 'by', 1]);
    expectValidation(() => summarize([], { by: ['week'] }), 'missingField', ['options', 'timeZone']);
    expectValidation(() => summarize([], { by: ['week'], timeZone: 'CEST' }), 'invalidTimeZone', ['options', 'timeZone']);
    expectValidation(() => summarize([], { onInvalid: 'ignore' as never }), 'invalidOption', ['options', 'onInvalid']);
  });
  it('refuses records that are not a list, and points async iterables to summarizeAsync', () => {
    expectValidation(() => summarize(undefined as never), 'invalidType', ['records']);
    expectValidation(() => summarize('x'.repeat(1_000_000) as never), 'invalidType', ['records']);
    expectValidation(() => summarize({ length: 2 } as never), 'invalidType', ['records']);
    async function* stream(): AsyncGenerator<SummaryRecord> {
      yield post();
    }
    expect(expectValidation(() => summarize(stream() as never), 'invalidType').message).toContain('summarizeAsync');
  });
});

describe('summarize: properties', () => {
  const record = fc.record({
    platform: fc.constantFrom(...PLATFORM_IDS),
    publishedAt: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }),
    impressions: fc.nat({ max: 1e9 }),
    reach: fc.nat({ max: 1e9 }),
    engagements: fc.nat({ max: 1e9 }),
    clicks: fc.nat({ max: 1e9 }),
    conversions: fc.nat({ max: 1e6 }),
    cost: fc.integer({ min: 0, max: 1e9 }).map((c) => c / 100),
  });

  it('group totals equal naive sums, and nothing is NaN or Infinity', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 80 }), (records) => {
        const { rows } = summarize(records, { by: ['platform', 'month'], timeZone: 'Asia/Kolkata' });
        const fields = ['impressions', 'reach', 'engagements', 'clicks', 'conversions'] as const;
        for (const field of fields) {
          expect(rows.reduce((a, r) => a + (r[field] ?? 0), 0)).toBe(records.reduce((a, r) => a + r[field], 0));
        }
        expect(rows.reduce((a, r) => a + r.posts, 0)).toBe(records.length);
        for (const row of rows) {
          for (const value of [row.engagementRateByReach, row.engagementRateByImpressions, row.ctr, row.roas, row.roi]) {
            expect(value === null || Number.isFinite(value)).toBe(true);
          }
          for (const value of [row.cpc, row.cpm, row.cpa, row.cost, row.revenue]) expect(value === null || value.isFinite()).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('time keys match the core helpers (toLocalDate, isoWeekKey, monthKey)', () => {
    fc.assert(
      fc.property(record, fc.constantFrom('Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC'), (r, zone) => {
        const { key } = summarize([r], { by: ['day', 'week', 'month'], timeZone: zone }).rows[0]!;
        expect(key).toEqual({ day: toLocalDate(r.publishedAt, zone), week: isoWeekKey(r.publishedAt, zone), month: monthKey(r.publishedAt, zone) });
      }),
      { numRuns: 200 },
    );
  });

  it('the fast ISO 8601 scanner reads exactly what core instant() reads (property)', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const iso = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
        two(13),
        two(32),
        fc.constantFrom('T', 't', ' ', 'X'),
        two(24),
        two(60),
        two(60),
        fc.constantFrom('', '.5', '.123', '.999', '.1234', ',123', '.12x'),
        fc.constantFrom('Z', 'z', '+02:00', '-05:30', '+14:00', '+24:00', '-00:60', '+0200', '+02', ''),
      )
      .map(([y, mo, d, t, h, mi, s, f, z]) => `${y}-${mo}-${d}${t}${h}:${mi}:${s}${f}${z}`);
    fc.assert(
      fc.property(iso, (text) => {
        let expected = Number.NaN;
        try {
          expected = instant(text).getTime();
        } catch {
          // invalid for core: must be NaN for the scanner too
        }
        expect(instantMs(text)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    expect(instantMs('2027-03-28T01:30:00.250+01:00')).toBe(Date.parse('2027-03-28T00:30:00.250Z'));
    expect(instantMs('2028-02-29T12:00:00Z')).toBe(Date.parse('2028-02-29T12:00:00Z'));
    expect(instantMs('2100-02-29T12:00:00Z')).toBeNaN();
    expect(instantMs('2027-01-01T00:00:00.')).toBeNaN();
    expect(instantMs(42)).toBeNaN();
  });

  it('decimal strings are summed exactly like money() reads them (property)', () => {
    const text = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 1e10 }), fc.integer({ min: 0, max: 1e8 }), fc.integer({ min: 0, max: 8 })).map(([i, f, n]) => (n === 0 ? String(i) : `${i}.${String(f).padStart(n, '0').slice(0, n)}`)),
      fc.constantFrom('0', '0.0', '000000001.5', '.5', '5.', '1e3', '0.0000001', '12.3456789'),
    );
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 20 }), (list) => {
        // The oracle: integer arithmetic on the exact digits of each amount (BigInt), no Decimal rounding.
        const scale = Math.max(...list.map((x) => money(x).decimalPlaces()));
        const units = list.reduce((sum, x) => sum + BigInt(money(x).toFixed(scale).replace('.', '')), 0n);
        const expected = new Decimal(units.toString()).div(new Decimal(10).pow(scale));
        const got = summarize(list.map((cost) => post({ cost }))).rows[0]!.cost;
        expect(BigInt(got.toFixed(scale).replace('.', ''))).toBe(units);
        expect(got.decimalPlaces()).toBeLessThanOrEqual(scale);
        expect(expected.isFinite()).toBe(true);
      }),
    );
  });

  it('every error is a SocialKitError (property over malformed records)', () => {
    const junk = fc.oneof(fc.anything(), record.map((r) => ({ ...r, impressions: -1 })));
    fc.assert(
      fc.property(fc.array(junk, { maxLength: 10 }), (records) => {
        try {
          summarize(records as never, { by: ['platform'] });
        } catch (error) {
          expect(error).toBeInstanceOf(SocialKitError);
        }
        const skipped = summarize(records as never, { by: ['platform'], onInvalid: 'skip' });
        expect(skipped.skipped + skipped.rows.reduce((a, r) => a + r.posts, 0)).toBe(records.length);
      }),
    );
  });
});
