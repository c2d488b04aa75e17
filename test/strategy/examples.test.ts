import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import * as core from '../../src/core/index.js';
import * as persona from '../../src/persona/index.js';
import * as strategy from '../../src/strategy/index.js';
import { compileExamples, docResults } from '../support/doc-check.js';

it('every @example of src/strategy runs and shows its true result', async () => {
  // The strategy examples may use persona helpers (buildActivityMatrix), which are in scope too.
  const names = [...new Set([...Object.keys(core), ...Object.keys(persona), ...Object.keys(strategy)])];
  const { path, examples } = compileExamples('src/strategy', names);
  await import(pathToFileURL(path).href);
  const results = docResults();
  expect(examples).toBeGreaterThanOrEqual(20);
  expect(results.length).toBeGreaterThanOrEqual(examples);
  expect(results.filter((r) => !r.ok)).toEqual([]);
});
