/**
 * The comparisons both engine suites run: for each zone, grouping and
 * session zone, the generated SQL on the engine against `summarize`.
 */
import { expect, it } from 'vitest';
import { rowsToSummary, summarize, summarizeSql, type SqlColumns } from '../../src/index.js';
import { expectSameSummary, GROUPINGS, SESSION_ZONES, syntheticPosts, ZONES } from './fixtures.js';

/** Runs one query on an engine, in a session zone, and returns its rows as objects (exact decimals as strings). */
export type RunQuery = (sql: string, params: string[], sessionZone: string) => Promise<Record<string, unknown>[]>;

/** The posts of every comparison. */
export const POSTS = syntheticPosts();

/**
 * Defines the comparison tests of one engine.
 *
 * @param dialect - the engine's dialect
 * @param run - runs a query
 */
export function engineCases(dialect: 'duckdb' | 'postgres', run: RunQuery): void {
  for (const zone of ZONES) {
    it(`${dialect}: every grouping bucketed in ${zone} equals summarize (money exactly, ratios to 1e-12), under session zones ${SESSION_ZONES.join(' and ')}`, async () => {
      for (const by of GROUPINGS) {
        const expected = summarize(POSTS, { by, timeZone: zone, currency: 'EUR' }).rows;
        expect(expected.length).toBeGreaterThan(0);
        const { sql, params } = summarizeSql({ table: 'posts', by, timeZone: zone, dialect });
        for (const session of SESSION_ZONES) {
          const rows = rowsToSummary(await run(sql, params, session), { by });
          expectSameSummary(rows, expected, `${dialect} ${zone} by [${by.join(', ')}] session ${session}`);
        }
      }
    });
  }

  it(`${dialect}: a naive TIMESTAMP column holding UTC, declared publishedAtType 'timestampUtc', buckets as the TIMESTAMPTZ one`, async () => {
    const columns: SqlColumns = { publishedAt: 'published_utc', publishedAtType: 'timestampUtc' };
    for (const zone of ['Europe/Paris', 'Australia/Adelaide']) {
      const by = ['week', 'day'];
      const expected = summarize(POSTS, { by, timeZone: zone, currency: 'EUR' }).rows;
      const { sql, params } = summarizeSql({ table: 'posts', by, timeZone: zone, dialect, columns });
      for (const session of SESSION_ZONES) expectSameSummary(rowsToSummary(await run(sql, params, session), { by }), expected, `${dialect} utc ${zone} ${session}`);
    }
  });

  it(`${dialect}: the naive column read as if it were an instant buckets in the wrong zone (why publishedAtType exists)`, async () => {
    // 2027-01-03T23:30Z is Monday 00:30 in Paris: ISO week 2027-W01 (the example); in UTC it is still Sunday of 2026-W53.
    const good = summarizeSql({ table: 'posts', by: ['week'], timeZone: 'Europe/Paris', dialect, metrics: ['posts'], columns: { publishedAt: 'published_utc', publishedAtType: 'timestampUtc' } });
    const rows = await run(good.sql.replace('FROM "posts"', `FROM (SELECT * FROM "posts" WHERE published_at = TIMESTAMPTZ '2027-01-03 23:30:00+00') AS "posts"`), good.params, 'UTC');
    expect(rows.map((r) => r.week)).toEqual(['2027-W01']);
    if (dialect === 'postgres') {
      // Undeclared, PostgreSQL reads the naive column as wall time in the zone itself: the week of a UTC Sunday.
      const bad = summarizeSql({ table: 'posts', by: ['week'], timeZone: 'Europe/Paris', dialect, metrics: ['posts'], columns: { publishedAt: 'published_utc' } });
      const wrong = await run(bad.sql.replace('FROM "posts"', `FROM (SELECT * FROM "posts" WHERE published_at = TIMESTAMPTZ '2027-01-03 23:30:00+00') AS "posts"`), bad.params, 'UTC');
      expect(wrong.map((r) => r.week)).toEqual(['2026-W53']);
    }
  });

  it(`${dialect}: the ISO week starts on Monday and the year is the ISO year (2027-01-03 is in 2026-W53, 2027-01-04 in 2027-W01; 2024-12-30 in 2025-W01)`, async () => {
    const { sql, params } = summarizeSql({ table: 'posts', by: ['day', 'week'], timeZone: 'UTC', dialect, metrics: ['posts'] });
    const values = ['2027-01-03 12:00:00+00', '2027-01-04 12:00:00+00', '2024-12-30 12:00:00+00'].map((t) => `('${t}')`).join(', ');
    const probe = sql.replace('FROM "posts"', `FROM (SELECT CAST(t AS TIMESTAMPTZ) AS published_at FROM (VALUES ${values}) AS v(t)) AS "posts"`);
    const rows = await run(probe, params, 'Asia/Tokyo');
    expect(rows.map((r) => [r.day, r.week])).toEqual([
      ['2024-12-30', '2025-W01'],
      ['2027-01-03', '2026-W53'],
      ['2027-01-04', '2027-W01'],
    ]);
  });

  it(`${dialect}: with columns.currency each group counts its currencies, and rowsToSummary refuses a group that mixes them`, async () => {
    const { sql, params } = summarizeSql({ table: 'posts', by: ['platform'], dialect, columns: { currency: 'currency' } });
    const rows = await run(sql, params, 'UTC');
    expect(rows.every((r) => Number(r.currencies) === 1)).toBe(true);
    const mixed = await run(sql.replace('FROM "posts"', `FROM (SELECT platform, impressions, reach, engagements, clicks, conversions, cost, revenue, CASE WHEN clicks % 2 = 0 THEN 'EUR' ELSE 'USD' END AS currency FROM "posts") AS "posts"`), params, 'UTC');
    expect(() => rowsToSummary(mixed, { by: ['platform'] })).toThrow(/mix currencies/);
  });

  it(`${dialect}: a metric a platform never reports (NULL) makes the group's total and its ratios NULL, as in summarize`, async () => {
    const groups = summarize(POSTS, { by: ['platform'], currency: 'EUR' }).rows;
    expect(groups.find((r) => r.key.platform === 'x')?.reach).toBeNull();
    expect(groups.find((r) => r.key.platform === 'tiktok')?.clicks).toBeNull();
    const { sql, params } = summarizeSql({ table: 'posts', by: ['platform'], dialect });
    const rows = rowsToSummary(await run(sql, params, 'UTC'), { by: ['platform'] });
    expectSameSummary(rows, groups, `${dialect} unreported metrics`);
    const x = rows.find((r) => r.key.platform === 'x');
    expect([x?.reach, x?.engagementRateByReach]).toEqual([null, null]);
    expect(x?.impressions).toBeGreaterThan(0);
  });

  it(`${dialect}: an empty table gives no rows, as summarize does, and a group whose denominators are 0 gives NULL ratios`, async () => {
    const empty = summarizeSql({ table: 'posts', dialect });
    expect(await run(empty.sql.replace('FROM "posts"', 'FROM (SELECT * FROM "posts" WHERE 1 = 0) AS "posts"'), empty.params, 'UTC')).toEqual([]);
    expect(summarize([], {}).rows).toEqual([]);
    const zero = POSTS.filter((p) => p.impressions === 0);
    expect(zero.length).toBeGreaterThan(0);
    const expected = summarize(zero, { by: ['platform'], currency: 'EUR' }).rows;
    const { sql, params } = summarizeSql({ table: 'posts', by: ['platform'], dialect });
    const rows = rowsToSummary(await run(sql.replace('FROM "posts"', 'FROM (SELECT * FROM "posts" WHERE impressions = 0) AS "posts"'), params, 'UTC'), { by: ['platform'] });
    expectSameSummary(rows, expected, `${dialect} zero denominators`);
    expect(rows.every((r) => r.ctr === null && r.engagementRateByReach === null && r.cpm === null)).toBe(true);
  });
}
