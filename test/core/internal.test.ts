import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core/index.js';
import * as internal from '../../src/core/internal.js';
import * as socialkit from '../../src/index.js';
import { exportedFunctions } from '../support/exports.js';

// The list of what throws on behalf of another function (issue 11).
const PRIVATE = [
  'readOptions', 'objectArgument', 'arrayArgument', 'booleanArgument', 'pathArgument', 'describeValue', 'invalid',
  'parseWithSchema', 'validationErrorFromZod', 'scalarKinds', 'count', 'finiteNumber', 'fraction', 'instant',
  'instantRange', 'localDate', 'localDateRange', 'localTime', 'timeZone', 'weekday', 'platformId', 'toPath',
  'formatPath', 'wallToInstant', 'addExactly',
];

describe("core's private entry", () => {
  it('holds every guard of the list', () => {
    for (const name of PRIVATE) expect(internal, name).toHaveProperty(name);
  });

  it('is exported neither by core nor by the root entry', () => {
    for (const name of Object.keys(internal)) {
      expect(Object.hasOwn(core, name), `core exports ${name}`).toBe(false);
      expect(Object.hasOwn(socialkit, name), `socialkit exports ${name}`).toBe(false);
    }
  });

  it('is not a subpath of the package', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, unknown> };
    expect(Object.keys(pkg.exports).some((k) => k.includes('internal'))).toBe(false);
  });

  it('the hostile-input harness finds every public function and none of the private ones', async () => {
    const found = await exportedFunctions();
    for (const name of Object.keys(internal)) expect(found.has(name), name).toBe(false);
    for (const name of ['ratio', 'formatPercent', 'fromLocal', 'isPlatformId', 'targetShares', 'summarize', 'planCalendar']) {
      expect(found.has(name), name).toBe(true);
    }
  });
});
