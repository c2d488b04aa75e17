/**
 * Every `@example` in src/ is executed and its results are checked.
 *
 * Convention (test/support/doc-results.ts, shared with the Markdown runner
 * test/doc-blocks.test.ts): in an example, a line `expression; // result` is a
 * check: the expression is evaluated and compared (deep equality) with
 * `result`, a JavaScript literal, optionally followed by a remark in
 * parentheses (`// '3,4 %' (U+202F before %)`); the result may also stand on
 * the `//` lines right after a code line that ends in `;`. A number may be its
 * leading digits followed by an ellipsis (`// 0.034666…`), an object may end in
 * `…` for keys left out. Strings compare modulo U+00A0 and U+202F, which ICU
 * versions swap. `// throws ValidationError: …` checks that the line throws
 * that socialkit error class. A comment in parentheses only is a remark. Other
 * lines run as plain code, in order, in one scope per example, with every
 * export of socialkit, `z` (zod) and `Decimal` in scope. Every example must
 * hold at least one check.
 */
import { transformSync } from 'esbuild';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import Holidays from 'date-holidays';
import * as internal from '../src/core/internal.js';
import * as socialkit from '../src/index.js';
import { allExamples, type Example } from './support/examples.js';
import { __approx, __more, checkThrows, compare, readCheck, statements, type Check } from './support/doc-results.js';

// `Holidays` (date-holidays, a dev dependency) is what fromDateHolidays's example constructs;
// core's private entry is in scope for the examples of its own helpers.
const scope: Record<string, unknown> = { ...internal, ...socialkit, z, Holidays, __approx, __more };
const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));

function evaluate(candidates: readonly string[]): { ok: true; value: unknown } | { ok: false } {
  for (const c of candidates) {
    try {
      const fn = new Function(...names, `return (${c});`) as (...args: unknown[]) => unknown;
      return { ok: true, value: fn(...names.map((n) => scope[n])) };
    } catch {
      // try the next reading
    }
  }
  return { ok: false };
}

function compile(example: Example): { code: string; checks: Check[] } {
  const checks: Check[] = [];
  const body: string[] = [];
  for (const statement of statements(example.lines)) {
    const read = readCheck(statement);
    if (read.check === null) {
      body.push(read.code);
      continue;
    }
    const index = checks.length;
    checks.push(read.check);
    if (read.code !== '') body.push(read.code);
    body.push(read.check.kind === 'invalid' ? `await __check(${index}, () => undefined);` : `await __check(${index}, async () => (${read.check.expr}));`);
  }
  const ts = body.join('\n');
  const js = transformSync(`(async () => {\n${ts}\n})`, { loader: 'ts' }).code;
  return { code: js, checks };
}

const all = allExamples();

describe('TSDoc examples', () => {
  it('exist', () => {
    expect(all.length).toBeGreaterThan(50);
  });

  for (const example of all) {
    it(`${example.file}:${example.line} ${example.owner}`, async () => {
      const { code, checks } = compile(example);
      expect(checks.length, 'an @example must hold at least one `expr; // result` check').toBeGreaterThan(0);
      const seen = new Set<number>();
      const problems: string[] = [];
      const __check = async (index: number, run: () => Promise<unknown>) => {
        seen.add(index);
        const check = checks[index]!;
        let problem: string | null;
        if (check.kind === 'invalid') problem = check.reason;
        else if (check.kind === 'throws') problem = await checkThrows(run, check.errorName, (e) => e instanceof socialkit.SocialKitError);
        else {
          const expected = evaluate(check.candidates);
          problem = expected.ok ? compare(await run(), expected.value) : 'the result comment is not a JavaScript value';
        }
        if (problem !== null) problems.push(`${check.source}\n  ${problem}`);
      };
      const factory = new Function(...names, '__check', `return ${code}`) as (...args: unknown[]) => () => Promise<void>;
      await factory(...names.map((n) => scope[n]), __check)();
      expect(problems).toEqual([]);
      expect(seen.size, 'every check line ran').toBe(checks.length);
    });
  }
});

describe('every runtime export is documented with an example', () => {
  it('has an @example in its TSDoc', () => {
    const documented = new Set(all.map((e) => e.owner));
    const exempt = new Set<string>([]);
    const missing = Object.entries(socialkit)
      .filter(([, value]) => typeof value === 'function' || (typeof value === 'object' && value !== null))
      .map(([name]) => name)
      .filter((name) => !documented.has(name) && !exempt.has(name));
    expect(missing).toEqual([]);
  });
});
