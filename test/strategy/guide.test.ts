import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { compileGuide, docResults } from '../support/doc-check.js';

it('docs/strategy.md runs and every `// →` result in it is true', async () => {
  const path = compileGuide('docs/strategy.md');
  await import(pathToFileURL(path).href);
  const results = docResults();
  expect(results.length).toBeGreaterThanOrEqual(25);
  expect(results.filter((r) => !r.ok)).toEqual([]);
});
