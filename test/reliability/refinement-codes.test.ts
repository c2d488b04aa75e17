/**
 * A schema refinement names its issue code in `params.code`; the zod bridge
 * passes it on only when it is an `IssueCode` (else `invalidValue`). Every
 * code a refinement in src/ names must therefore be in `ISSUE_CODES`, or the
 * same bad value would get two codes depending on how it came in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from '../../src/core/index.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('refinement codes', () => {
  const found = new Map<string, string>();
  for (const file of sources('src')) {
    for (const m of readFileSync(file, 'utf8').matchAll(/params:\s*\{\s*code:\s*'([A-Za-z]+)'/g)) found.set(m[1]!, file);
  }
  it('finds the refinements', () => {
    expect(found.size).toBeGreaterThan(5);
  });
  it('every params.code is an IssueCode', () => {
    expect([...found].filter(([code]) => !Object.hasOwn(ISSUE_CODES, code))).toEqual([]);
  });
});
