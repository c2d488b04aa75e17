/**
 * The generated SQL on a real PostgreSQL (SOCIALKIT_PG_URL, started by
 * `bash scripts/postgres.sh start`; .ci/run does it), against `summarize`.
 * Without the URL the suite is skipped locally, and fails in CI.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTable, insertStatements } from './fixtures.js';
import { engineCases, POSTS } from './engine-cases.js';

const url = process.env.SOCIALKIT_PG_URL;
const inCi = process.env.CI === 'true';

const missing = url === undefined || url === '';

if (missing && inCi) {
  it('PostgreSQL engine tests need SOCIALKIT_PG_URL in CI (.ci/run starts PostgreSQL with scripts/postgres.sh)', () => {
    expect.fail('SOCIALKIT_PG_URL is not set: run `bash scripts/postgres.sh start` and export the URL it prints');
  });
} else if (missing) console.warn('test/sql/postgres.test.ts skipped: SOCIALKIT_PG_URL is not set (bash scripts/postgres.sh start)');

describe.skipIf(missing)('PostgreSQL engine tests', () => {
  const client = new pg.Client({ connectionString: url });
  const schema = `socialkit_test_${process.pid}`;

  beforeAll(async () => {
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.query(`SET search_path TO ${schema}`);
    await client.query(createTable('postgres'));
    for (const statement of insertStatements(POSTS)) await client.query(statement);
  });

  afterAll(async () => {
    await client.query(`DROP SCHEMA ${schema} CASCADE`);
    await client.end();
  });

  describe('PostgreSQL', () => {
    engineCases('postgres', async (sql, params, sessionZone) => {
      await client.query(`SET TIME ZONE '${sessionZone}'`);
      const result = await client.query(sql, params);
      return result.rows as Record<string, unknown>[];
    });
  });
});
