import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { functionRows, OPERATIONS, renderConventionsDoc, SHORTHANDS } from '../../scripts/docs-conventions.js';
import { exportedFunctions } from '../support/exports.js';

// Issue 12: docs/conventions.md lists every public function with its
// parameters, generated from the declarations, and every function has one of
// the shapes DESIGN.md allows (the subject first, an options object last).
describe('docs/conventions.md', () => {
  const rows = functionRows();

  it('is what `npm run docs:conventions` writes', () => {
    expect(readFileSync('docs/conventions.md', 'utf8')).toBe(renderConventionsDoc());
  });

  it('lists every runtime function export, and only those', async () => {
    const exported = new Set((await exportedFunctions()).keys());
    const listed = new Set(rows.map((r) => r.name));
    for (const name of exported) expect(listed.has(name), `${name} is exported but not in docs/conventions.md`).toBe(true);
    for (const name of listed) expect(exported.has(name), `${name} is in docs/conventions.md but not exported`).toBe(true);
  });

  it('has no irregular signature: each is a formula, a subject with options, a guard, or a listed shorthand or operation', () => {
    const irregular = rows.filter((r) => r.shape === 'irregular').map((r) => `${r.module}/${r.name}(${r.positional.join(', ')})`);
    expect(irregular).toEqual([]);
    const names = new Set(rows.map((r) => r.name));
    for (const name of [...Object.keys(SHORTHANDS), ...Object.keys(OPERATIONS)]) expect(names.has(name), `${name} is listed as an exception but not exported`).toBe(true);
  });

  it('gives the issue-12 signatures their options shape', () => {
    const row = (name: string) => rows.find((r) => r.name === name);
    expect(row('formatMoney')).toMatchObject({ positional: ['amount'], shape: 'subject, options' });
    expect(row('formatMoney')?.options).toContain('currency');
    expect(row('roundMoney')?.options).toContain('currency');
    expect(row('mixReport')).toMatchObject({ positional: ['posts'], options: ['editorialLine'] });
    expect(row('nextPillar')).toMatchObject({ positional: ['posts'], options: ['editorialLine'] });
    expect(row('audienceGrowthRate')).toMatchObject({ positional: ['{ followersAtStart, followersAtEnd }'], shape: 'formula' });
    expect(row('ctr')).toMatchObject({ positional: ['{ clicks, impressions }'], shape: 'formula' });
  });
});
