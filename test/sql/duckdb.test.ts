/**
 * The generated SQL on a real DuckDB (@duckdb/node-api, in process), against `summarize`.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe } from 'vitest';
import { createTable, insertStatements } from './fixtures.js';
import { engineCases, POSTS } from './engine-cases.js';

let instance: DuckDBInstance;
let connection: DuckDBConnection;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  await connection.run(createTable('duckdb'));
  for (const statement of insertStatements(POSTS)) await connection.run(statement);
});

afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

describe('DuckDB', () => {
  engineCases('duckdb', async (sql, params, sessionZone) => {
    await connection.run(`SET TimeZone = '${sessionZone}'`);
    // getRowObjectsJson keeps DECIMAL and HUGEINT exact, as strings.
    const reader = await connection.runAndReadAll(sql, params);
    return reader.getRowObjectsJson() as Record<string, unknown>[];
  });
});
