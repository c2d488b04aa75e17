/**
 * Golden files: the SQL of every metric and of a few reports, per dialect,
 * committed under test/sql/golden/ (as dbt MetricFlow keeps its snapshots).
 * BigQuery cannot run here: these files, and the construct-by-construct
 * mapping to BigQuery's reference in docs/sql.md, are its review.
 * Set UPDATE_SQL_GOLDEN=1 to rewrite them after an intended change.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kpiSql, SQL_DIALECTS, SQL_METRICS, summarizeSql, type SummarizeSqlOptions } from '../../src/index.js';

const DIR = join(import.meta.dirname, 'golden');
const update = process.env.UPDATE_SQL_GOLDEN === '1';

function golden(name: string, text: string): void {
  const file = join(DIR, name);
  if (update) {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, `${text}\n`);
  }
  expect(existsSync(file), `${name} is missing: run with UPDATE_SQL_GOLDEN=1`).toBe(true);
  expect(`${text}\n`).toBe(readFileSync(file, 'utf8'));
}

const REPORTS: Record<string, Omit<SummarizeSqlOptions, 'dialect'>> = {
  'weekly-by-platform': { table: 'posts', by: ['platform', 'week'], timeZone: 'Europe/Paris' },
  'daily-by-campaign-utc-column': {
    table: ['analytics', 'posts'],
    by: ['day', 'campaign'],
    timeZone: 'Asia/Kolkata',
    columns: { publishedAt: 'posted_at', publishedAtType: 'timestampUtc', campaign: 'campaign_name', currency: 'currency' },
  },
  'monthly-costs': { table: 'ads', by: ['month'], timeZone: 'America/New_York', metrics: ['posts', 'cost', 'cpc', 'cpm', 'cpa', 'roas', 'roi'] },
  total: { table: 'posts' },
};

describe.each(SQL_DIALECTS)('%s golden SQL', (dialect) => {
  it.each(SQL_METRICS)(`kpiSql('%s')`, (metric) => {
    golden(`${dialect}/kpi/${metric}.sql`, kpiSql(metric, { dialect }));
  });
  it.each(Object.keys(REPORTS))('summarizeSql %s', (name) => {
    const { sql, params } = summarizeSql({ ...REPORTS[name]!, dialect });
    golden(`${dialect}/summary/${name}.sql`, `${sql}\n-- params: ${JSON.stringify(params)}`);
  });
});

describe('BigQuery specifics (from its reference: FORMAT_TIMESTAMP format elements, NUMERIC, named parameters)', () => {
  const { sql, params } = summarizeSql({ table: ['my_dataset', 'posts'], by: ['week', 'platform'], timeZone: 'Europe/Paris', dialect: 'bigquery' });
  it('buckets ISO weeks with %G-W%V in the @tz zone, never the Sunday-based WEEK or %U', () => {
    expect(sql).toContain("FORMAT_TIMESTAMP('%G-W%V', `published_at`, @tz) AS `week`");
    expect(sql).not.toMatch(/\bWEEK\b|%U|%W/);
    expect(params).toEqual({ tz: 'Europe/Paris' });
  });
  it('sums money as NUMERIC and divides money ratios as FLOAT64 (NUMERIC division keeps 9 decimals)', () => {
    expect(sql).toContain('COALESCE(SUM(CAST(`cost` AS NUMERIC)), 0) AS `cost`');
    expect(sql).toContain('CAST(COALESCE(SUM(CAST(`cost` AS NUMERIC)), 0) AS FLOAT64) / NULLIF(CAST(CASE WHEN COUNT(`clicks`) = COUNT(*) THEN COALESCE(SUM(`clicks`), 0) END AS FLOAT64), 0) AS `cpc`');
    expect(sql).toContain('FROM `my_dataset`.`posts`');
  });
  it('reads a DATETIME column holding UTC through TIMESTAMP(…, \'UTC\')', () => {
    const utc = summarizeSql({ table: 'posts', by: ['day'], timeZone: 'UTC', dialect: 'bigquery', columns: { publishedAtType: 'timestampUtc' } });
    expect(utc.sql).toContain("FORMAT_TIMESTAMP('%Y-%m-%d', TIMESTAMP(`published_at`, 'UTC'), @tz)");
  });
});
