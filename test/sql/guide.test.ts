import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { compileGuide, docResults } from '../support/doc-check.js';

it('docs/sql.md runs (on a real DuckDB) and every `expression; // → value` result in it is true', async () => {
  const path = compileGuide('docs/sql.md');
  await import(pathToFileURL(path).href);
  const results = docResults();
  expect(results.length).toBeGreaterThanOrEqual(16);
  expect(results.filter((r) => !r.ok)).toEqual([]);
});
