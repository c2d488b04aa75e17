import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderErrorsDoc } from '../../scripts/docs-errors.js';
import { ISSUE_CODES } from '../../src/core/index.js';

// Issue 11: docs/errors.md is generated from the code tables, so the doc and the code cannot differ.
describe('docs/errors.md', () => {
  it('is what `npm run docs:errors` writes', () => {
    expect(readFileSync('docs/errors.md', 'utf8')).toBe(renderErrorsDoc());
  });

  it('lists every issue code once, with a meaning', () => {
    const doc = renderErrorsDoc();
    for (const [code, meaning] of Object.entries(ISSUE_CODES)) {
      expect(meaning.length, code).toBeGreaterThan(10);
      expect(doc.split(`| \`${code}\` |`).length - 1, code).toBe(1);
    }
  });
});
