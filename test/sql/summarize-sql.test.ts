import { describe, expect, it } from 'vitest';
import { kpiSql, rowsToSummary, SQL_DIALECTS, SQL_METRICS, summarizeSql, ValidationError } from '../../src/index.js';
import { expectValidation } from '../kpi/helpers.js';

function issuesOf(fn: () => unknown): { code: string; path: readonly (string | number)[] }[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues.map((i) => ({ code: i.code, path: i.path }));
  }
  throw new Error('expected a ValidationError');
}

// Hostile names: quotes of every dialect, comments, statement breaks, Unicode look-alikes, too long, empty.
const HOSTILE_NAMES = [
  'posts"; DROP TABLE posts; --',
  'a`b',
  "o'brien",
  'x -- y',
  'a/*b*/',
  'a b',
  'a.b',
  '1abc',
  '',
  'ｐosts',
  'posts\u0000',
  'a'.repeat(64),
  'é',
  '$1',
  '@tz',
];
const HOSTILE_ZONES = ["Europe/Paris'; DROP TABLE posts; --", '+03:00', '-05:00', 'UTC+3', 'EST', 'CEST', "'", '$1', '@tz', 'Europe/Paris\u0000', 'Not/AZone'];

describe('no input reaches the SQL text except checked identifiers', () => {
  it.each(SQL_DIALECTS)('%s: every hostile table, column and dimension name is refused as invalidIdentifier or invalidDimension', (dialect) => {
    for (const name of HOSTILE_NAMES) {
      expect(issuesOf(() => summarizeSql({ table: name, dialect })).map((i) => i.code)).toEqual(['invalidIdentifier']);
      expect(issuesOf(() => summarizeSql({ table: ['analytics', name], dialect })).map((i) => i.code)).toEqual(['invalidIdentifier']);
      expect(issuesOf(() => summarizeSql({ table: 'posts', dialect, columns: { cost: name } })).map((i) => i.code)).toEqual(['invalidIdentifier']);
      expect(issuesOf(() => kpiSql('ctr', { dialect, columns: { clicks: name } })).map((i) => i.code)).toEqual(['invalidIdentifier']);
      // A dimension is a camelCase name; 64 letters pass that rule but not the identifier one.
      expect(issuesOf(() => summarizeSql({ table: 'posts', dialect, by: [name] })).map((i) => i.code)).toEqual([name === 'a'.repeat(64) ? 'invalidIdentifier' : 'invalidDimension']);
    }
  });

  it.each(SQL_DIALECTS)('%s: hostile zone strings and offsets are refused; a valid zone is a parameter, never in the text', (dialect) => {
    for (const zone of HOSTILE_ZONES) {
      const codes = issuesOf(() => summarizeSql({ table: 'posts', by: ['day'], timeZone: zone, dialect })).map((i) => i.code);
      expect(codes.length).toBe(1);
      expect(['invalidTimeZone', 'legacyTimeZone']).toContain(codes[0]);
    }
    const { sql, params } = summarizeSql({ table: 'posts', by: ['day', 'week', 'month'], timeZone: 'europe/paris', dialect });
    expect(sql).not.toMatch(/paris/i);
    expect(dialect === 'bigquery' ? params : (params as unknown[])[0]).toEqual(dialect === 'bigquery' ? { tz: 'Europe/Paris' } : 'Europe/Paris');
    expect(sql).toContain(dialect === 'bigquery' ? '-- ISO week, Monday start; zone: parameter @tz' : '-- ISO week, Monday start; zone: parameter $1');
  });

  it.each(SQL_DIALECTS)('%s: the only string literals in any generated SQL are the fixed time formats and UTC', (dialect) => {
    const texts = [
      summarizeSql({ table: 'posts', by: ['platform', 'day', 'week', 'month', 'pillar', 'campaignName'], timeZone: 'UTC', dialect, columns: { currency: 'cur', publishedAtType: 'timestampUtc' } }).sql,
      ...SQL_METRICS.map((m) => kpiSql(m, { dialect })),
    ];
    const literals = new Set(texts.flatMap((t) => [...t.matchAll(/'[^']*'/g)].map((m) => m[0])));
    expect([...literals].sort()).toEqual(
      dialect === 'postgres' ? ["'IYYY-\"W\"IW'", "'UTC'", "'YYYY-MM'", "'YYYY-MM-DD'"] : ["'%G-W%V'", "'%Y-%m'", "'%Y-%m-%d'", "'UTC'"],
    );
  });
});

describe('summarizeSql options', () => {
  it('reports every problem of the options at once, with paths', () => {
    const issues = issuesOf(() =>
      summarizeSql({ table: 'x;', by: ['week', 'cost', 'week'], metrics: ['ctr', 'engagementRate'], timeZone: '+03:00', dialect: 'pg', columns: { cots: 'a', platform: 'a b', publishedAtType: 'naive' } } as never),
    );
    expect(issues).toEqual([
      { code: 'invalidIdentifier', path: ['options', 'table'] },
      { code: 'invalidDimension', path: ['options', 'by', 1] },
      { code: 'duplicate', path: ['options', 'by', 2] },
      { code: 'invalidKpi', path: ['options', 'metrics', 1] },
      { code: 'invalidOption', path: ['options', 'dialect'] },
      { code: 'unknownKey', path: ['options', 'columns', 'cots'] },
      { code: 'invalidIdentifier', path: ['options', 'columns', 'platform'] },
      { code: 'invalidOption', path: ['options', 'columns', 'publishedAtType'] },
      { code: 'invalidTimeZone', path: ['options', 'timeZone'] },
    ]);
  });

  it('a misspelt option is an unknownKey with a suggestion', () => {
    const error = expectValidation(() => summarizeSql({ table: 'posts', dialect: 'duckdb', timezone: 'UTC' } as never), 'unknownKey', ['options', 'timezone']);
    expect(error.message).toContain('did you mean `timeZone`?');
  });

  it('requires the dialect, the table, and the zone of a time dimension', () => {
    expect(issuesOf(() => summarizeSql({ by: ['week'] } as never)).map((i) => i.code)).toEqual(['missingField', 'missingField', 'missingTimeZone']);
    expectValidation(() => summarizeSql('posts' as never), 'invalidType', ['options']);
  });

  it('groups by dimensions as summarize does: 1 to 3 table parts, no measures, no empty metrics', () => {
    expectValidation(() => summarizeSql({ table: ['a', 'b', 'c', 'd'], dialect: 'duckdb' }), 'invalidType', ['options', 'table']);
    expectValidation(() => summarizeSql({ table: 'posts', dialect: 'duckdb', by: ['publishedAt'] }), 'invalidDimension', ['options', 'by', 0]);
    expectValidation(() => summarizeSql({ table: 'posts', dialect: 'duckdb', metrics: [] }), 'invalidOption', ['options', 'metrics']);
    expectValidation(() => summarizeSql({ table: 'posts', dialect: 'duckdb', metrics: ['ctr', 'ctr'] }), 'duplicate', ['options', 'metrics', 1]);
    expectValidation(() => summarizeSql({ table: 'posts', dialect: 'duckdb', by: 'platform' as never }), 'invalidOption', ['options', 'by']);
    expectValidation(() => summarizeSql({ table: 'posts', dialect: 'duckdb', by: [`a${'B'.repeat(63)}`] }), 'invalidIdentifier', ['options', 'by', 0]);
  });

  it('maps another dimension to its snake_case column by default, or to the column named in columns', () => {
    expect(summarizeSql({ table: 'posts', dialect: 'duckdb', by: ['campaignName'] }).sql).toContain('CAST("campaign_name" AS VARCHAR) AS "campaignName"');
    expect(summarizeSql({ table: 'posts', dialect: 'duckdb', by: ['campaignName'], columns: { campaignName: 'utm_campaign' } }).sql).toContain('CAST("utm_campaign" AS VARCHAR) AS "campaignName"');
  });

  it('a zone without a time dimension is checked but sends no parameter (PostgreSQL refuses an unused one)', () => {
    expect(summarizeSql({ table: 'posts', dialect: 'postgres', by: ['platform'], timeZone: 'UTC' }).params).toEqual([]);
    expectValidation(() => summarizeSql({ table: 'posts', dialect: 'postgres', by: ['platform'], timeZone: 'UTC+3' }), 'invalidTimeZone', ['options', 'timeZone']);
  });

  it('kpiSql refuses an unknown metric, a missing dialect and a non-object options, every problem at once', () => {
    expect(issuesOf(() => kpiSql('engagementRate' as never, {} as never)).map((i) => i.code)).toEqual(['invalidKpi', 'missingField']);
    expectValidation(() => kpiSql('ctr', null as never), 'invalidType', ['options']);
  });
});

describe('rowsToSummary', () => {
  const row = {
    platform: 'x',
    posts: 2n,
    impressions: '4000',
    reach: 3000,
    engagements: 100,
    clicks: 40,
    conversions: 0,
    cost: '10.005000000',
    revenue: 0,
    engagementRateByReach: '0.0333',
    engagementRateByImpressions: 0.025,
    ctr: 0.01,
    cpc: 0.250125,
    cpm: '2.50125',
    cpa: null,
    roas: 0,
    roi: -1,
  };

  it('reads bigint, digit-string and number counts, exact decimal strings, and null ratios', () => {
    const [summary] = rowsToSummary([row], { by: ['platform'] });
    expect(summary!.posts).toBe(2);
    expect(summary!.impressions).toBe(4000);
    expect(summary!.cost.toString()).toBe('10.005');
    expect(summary!.cpm!.toString()).toBe('2.50125');
    expect(summary!.engagementRateByReach).toBe(0.0333);
    expect(summary!.cpa).toBeNull();
  });

  it('names each bad cell: a missing column (with the similar key), a fractional or too large count, a NaN ratio, a non-string key', () => {
    const withoutPosts: Record<string, unknown> = { ...row };
    delete withoutPosts.posts;
    const issues = issuesOf(() =>
      rowsToSummary([{ ...withoutPosts, post: 2, platform: 3, clicks: 1.5, reach: 2n ** 60n, ctr: Number.NaN, cost: 'abc' }], { by: ['platform'] }),
    );
    expect(issues).toEqual([
      { code: 'invalidDimension', path: ['rows', 0, 'platform'] },
      { code: 'missingField', path: ['rows', 0, 'posts'] },
      { code: 'notInteger', path: ['rows', 0, 'reach'] },
      { code: 'notInteger', path: ['rows', 0, 'clicks'] },
      { code: 'invalidFormat', path: ['rows', 0, 'cost'] },
      { code: 'notANumber', path: ['rows', 0, 'ctr'] },
    ]);
    expect(() => rowsToSummary([{ ...withoutPosts, post: 2 }])).toThrow('rows[0] needs posts (the input has `post`: a misspelling of `posts`?)');
  });

  it('refuses a group that sums several currencies', () => {
    expectValidation(() => rowsToSummary([{ ...row, currencies: 2n }], { by: ['platform'] }), 'mixedCurrencies', ['rows', 0, 'currencies']);
    expect(rowsToSummary([{ ...row, currencies: 1 }], { by: ['platform'] })).toHaveLength(1);
  });

  it('refuses what is not an array of row objects, and bad options', () => {
    expectValidation(() => rowsToSummary('rows' as never), 'invalidType', ['rows']);
    expectValidation(() => rowsToSummary([1] as never), 'invalidType', ['rows', 0]);
    expectValidation(() => rowsToSummary([row], { by: 'platform' } as never), 'invalidDimension', ['options', 'by']);
    expectValidation(() => rowsToSummary([row], { bye: [] } as never), 'unknownKey', ['options', 'bye']);
  });

  it('does not mutate its input', () => {
    const rows = [Object.freeze({ ...row })];
    Object.freeze(rows);
    expect(() => rowsToSummary(rows, { by: ['platform'] })).not.toThrow();
  });
});

describe('options that are not an object of settings', () => {
  it('an array, a string or null is one invalidType issue, nothing more', () => {
    for (const value of [[], 'posts', null]) {
      expect(issuesOf(() => summarizeSql(value as never))).toEqual([{ code: 'invalidType', path: ['options'] }]);
      expect(issuesOf(() => kpiSql('ctr', value as never))).toEqual([{ code: 'invalidType', path: ['options'] }]);
    }
  });
});
