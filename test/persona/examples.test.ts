import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import * as core from '../../src/core/index.js';
import * as persona from '../../src/persona/index.js';
import { compileExamples, docResults } from '../support/doc-check.js';

it('every @example of src/persona runs and shows its true result', async () => {
  const { path, examples } = compileExamples('src/persona', [...Object.keys(core), ...Object.keys(persona)]);
  await import(pathToFileURL(path).href);
  const results = docResults();
  expect(examples).toBeGreaterThanOrEqual(10);
  expect(results.length).toBeGreaterThanOrEqual(examples);
  expect(results.filter((r) => !r.ok)).toEqual([]);
});
