import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { compileGuide, docResults } from '../support/doc-check.js';

it('docs/persona.md runs and every `// →` result in it is true', async () => {
  const path = compileGuide('docs/persona.md');
  await import(pathToFileURL(path).href);
  const results = docResults();
  expect(results.length).toBeGreaterThanOrEqual(15);
  expect(results.filter((r) => !r.ok)).toEqual([]);
});
