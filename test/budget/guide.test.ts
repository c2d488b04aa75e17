import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { compileGuide, docResults } from '../support/doc-check.js';

it('docs/budget.md runs and every `expression; // value` result in it is true', async () => {
  const path = compileGuide('docs/budget.md', { marker: '//' });
  await import(pathToFileURL(path).href);
  const results = docResults();
  expect(results.length).toBeGreaterThanOrEqual(30);
  expect(results.filter((r) => !r.ok)).toEqual([]);
});
