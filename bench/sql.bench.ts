/**
 * `npm run bench -- sql`: the same report (posts by platform × ISO week in
 * Europe/Paris, every KPI, money exact) computed two ways over 100 k, 1 M
 * and 10 M synthetic posts: `summarizeSql` run on an in-process DuckDB
 * (@duckdb/node-api; results read with getRowObjectsJson, so DECIMAL sums
 * stay exact strings, then `rowsToSummary`), and `summarizeAsync` streaming
 * the records in Node (an async generator: the records are never held in
 * memory). DuckDB's figure is the query on a table already loaded; loading
 * it is timed apart. Same distributions, generated on each side.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { PLATFORM_IDS } from '../src/core/platform-id.js';
import { summarizeAsync } from '../src/kpi/summarize-async.js';
import { type SummaryRecord } from '../src/kpi/summary.js';
import { rowsToSummary } from '../src/sql/rows-to-summary.js';
import { summarizeSql } from '../src/sql/summarize-sql.js';
import { type BenchRow, medianMs } from './types.js';

const SIZES = [100_000, 1_000_000, 10_000_000];
const BY = ['platform', 'week'];
const ZONE = 'Europe/Paris';
const PLATFORMS = PLATFORM_IDS.slice(0, 5);
const YEAR_S = 365 * 86_400;
const START_S = Date.UTC(2027, 0, 1) / 1000;

// mulberry32, as in kpi.bench.ts.
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function* stream(n: number): AsyncGenerator<SummaryRecord> {
  const random = generator(20270103);
  for (let i = 0; i < n; i += 1) {
    const impressions = 100 + Math.floor(random() * 50_000);
    const reach = Math.floor(impressions * (0.5 + random() * 0.5));
    yield {
      platform: PLATFORMS[Math.floor(random() * 5)] as SummaryRecord['platform'],
      publishedAt: new Date((START_S + Math.floor(random() * YEAR_S)) * 1000),
      impressions,
      reach,
      engagements: Math.floor(reach * random() * 0.1),
      clicks: Math.floor(impressions * random() * 0.02),
      conversions: Math.floor(random() * 5),
      cost: Math.floor(random() * 100_000) / 100,
      revenue: Math.floor(random() * 300_000) / 100,
    };
  }
}

// The same distributions in SQL (DuckDB's random() seeded with setseed).
function loadSql(n: number): string {
  const platforms = `[${PLATFORMS.map((p) => `'${p}'`).join(', ')}]`;
  return `CREATE OR REPLACE TABLE posts AS
    SELECT ${platforms}[1 + CAST(floor(random() * 5) AS INTEGER)] AS platform,
      to_timestamp(${START_S} + CAST(floor(random() * ${YEAR_S}) AS BIGINT)) AS published_at,
      impressions, CAST(floor(impressions * (0.5 + random() * 0.5)) AS BIGINT) AS reach,
      CAST(floor(impressions * 0.5 * random() * 0.1) AS BIGINT) AS engagements,
      CAST(floor(impressions * random() * 0.02) AS BIGINT) AS clicks,
      CAST(floor(random() * 5) AS BIGINT) AS conversions,
      CAST(floor(random() * 100000) / 100 AS DECIMAL(18, 2)) AS cost,
      CAST(floor(random() * 300000) / 100 AS DECIMAL(18, 2)) AS revenue
    FROM (SELECT 100 + CAST(floor(random() * 50000) AS BIGINT) AS impressions FROM range(${n}))`;
}

const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

/**
 * Runs the benchmark.
 *
 * @returns the rows for docs/benchmarks.md
 */
export async function run(): Promise<BenchRow[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const { sql, params } = summarizeSql({ table: 'posts', by: BY, timeZone: ZONE, dialect: 'duckdb' });
  const rows: BenchRow[] = [];
  const crossover: string[] = [];
  for (const n of SIZES) {
    const runs = n >= 10_000_000 ? 3 : 5;
    const warmup = n >= 10_000_000 ? 1 : 2;
    await connection.run('SELECT setseed(0.5)');
    const t0 = performance.now();
    await connection.run(loadSql(n));
    const load = performance.now() - t0;
    let groups = 0;
    const duck = await medianMs(async () => {
      const reader = await connection.runAndReadAll(sql, params);
      groups = rowsToSummary(reader.getRowObjectsJson() as Record<string, unknown>[], { by: BY }).length;
    }, runs, warmup);
    let nodeGroups = 0;
    const node = await medianMs(async () => {
      nodeGroups = (await summarizeAsync(stream(n), { by: BY, timeZone: ZONE, currency: 'EUR' })).rows.length;
    }, runs, warmup);
    const label = n.toLocaleString('en-US');
    rows.push({
      name: `summarizeSql on DuckDB vs summarizeAsync streaming in Node, ${label} posts by platform × ISO week (${ZONE}), every KPI`,
      result: `DuckDB ${fmt(duck)} (${groups} groups; loading the table ${fmt(load)}) vs Node ${fmt(node)} (${nodeGroups} groups): ${duck < node ? `DuckDB ${(node / duck).toFixed(1)}× faster` : `Node ${(duck / node).toFixed(1)}× faster`}`,
    });
    crossover.push(`${label}: ${duck < node ? 'DuckDB' : 'Node'}`);
  }
  rows.push({ name: 'sql: which is faster at each size (the crossover)', result: crossover.join('; ') });
  connection.closeSync();
  instance.closeSync();
  return rows;
}
