/**
 * Every `@example` in src/ is executed and its results are checked.
 *
 * Convention: in an example, a line `expression; // result` is a check: the
 * expression is evaluated and compared (deep equality) with `result`, a
 * JavaScript literal, optionally followed by a remark in parentheses
 * (`// '3,4 %' (U+202F before %)`); the result may also stand on the `//`
 * lines right after a code line that ends in `;`. It may be a number's leading digits followed by
 * an ellipsis (`// 0.034666…`). Strings compare modulo U+00A0 and U+202F,
 * which ICU versions swap. `// throws ValidationError: …` checks that the
 * line throws that socialkit error class. Other lines run as plain code, in
 * order, in one scope per example, with every export of socialkit, `z`
 * (zod) and `Decimal` in scope. Every example must hold at least one check.
 */
import { transformSync } from 'esbuild';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import Holidays from 'date-holidays';
import * as internal from '../src/core/internal.js';
import * as socialkit from '../src/index.js';
import { allExamples, type Example } from './support/examples.js';

const normalize = (value: unknown): unknown => {
  if (typeof value === 'string') return value.replace(/[\u00a0\u202f]/g, ' ');
  if (Array.isArray(value)) return value.map(normalize);
  if (value instanceof Date || socialkit.Decimal.isDecimal(value)) return value;
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v)]));
  return value;
};

// `Holidays` (date-holidays, a dev dependency) is what fromDateHolidays's example constructs;
// core's private entry is in scope for the examples of its own helpers.
const scope: Record<string, unknown> = { ...internal, ...socialkit, z, Holidays };
const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));

function parseExpected(comment: string): { ok: true; value: unknown } | { ok: false } {
  const candidates = [comment, comment.replace(/\s*\([^()]*\)\s*$/, '')];
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

type Check = { kind: 'equal'; expr: string; expected: string; line: string } | { kind: 'throws'; expr: string; errorName: string; line: string };

/** How deep a line leaves the brackets, ignoring brackets inside quotes and a trailing `//` comment. */
function depthAfter(line: string, depth: number): number {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i]!;
    if (quote !== null) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '/' && line[i + 1] === '/') break;
    else if (c === '(' || c === '[' || c === '{') depth += 1;
    else if (c === ')' || c === ']' || c === '}') depth -= 1;
  }
  return depth;
}

/**
 * Groups the example's lines into statements (a call may span several lines)
 * and joins a statement ending in `;` with the `//` comment lines right after
 * it (`bestPostingWindows(m);` then `// [{ … }]`), so a long result may sit on
 * its own lines. Each statement comes back as one line.
 */
function joinResultLines(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    let line = lines[i]!;
    if (line.trim().startsWith('//')) {
      out.push(line);
      continue;
    }
    let depth = depthAfter(line, 0);
    while (depth > 0 && i + 1 < lines.length) {
      i += 1;
      line = `${line.replace(/\s*$/, '')} ${lines[i]!.trim()}`;
      depth = depthAfter(lines[i]!, depth);
    }
    if (/;\s*$/.test(line) && i + 1 < lines.length && lines[i + 1]!.trim().startsWith('//')) {
      const comment: string[] = [];
      while (i + 1 < lines.length && lines[i + 1]!.trim().startsWith('//')) {
        i += 1;
        comment.push(lines[i]!.trim().replace(/^\/\/\s?/, ''));
      }
      out.push(`${line.replace(/;\s*$/, '')}; // ${comment.join(' ')}`);
    } else out.push(line);
  }
  return out;
}

function compile(example: Example): { code: string; checks: Check[] } {
  const checks: Check[] = [];
  const body: string[] = [];
  for (const line of joinResultLines(example.lines)) {
    const m = /^(.*\S)\s*;\s*\/\/\s?(.*)$/.exec(line);
    if (m === null || m[1]!.trim().startsWith('//')) {
      body.push(line);
      continue;
    }
    const expr = m[1]!;
    const comment = m[2]!.trim();
    const index = checks.length;
    if (comment.startsWith('throws')) {
      const name = /throws\s+([A-Za-z]+Error)/.exec(comment)?.[1] ?? 'SocialKitError';
      checks.push({ kind: 'throws', expr, errorName: name, line });
    } else {
      checks.push({ kind: 'equal', expr, expected: comment, line });
    }
    body.push(`__check(${index}, () => (${expr}));`);
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
      const __check = (index: number, run: () => unknown) => {
        seen.add(index);
        const check = checks[index]!;
        if (check.kind === 'throws') {
          let thrown: unknown;
          try {
            run();
          } catch (error) {
            thrown = error;
          }
          expect(thrown, `expected a throw: ${check.line}`).toBeInstanceOf(socialkit.SocialKitError);
          expect((thrown as Error).name, check.line).toBe(check.errorName === 'SocialKitError' ? (thrown as Error).name : check.errorName);
          return;
        }
        const approx = /^(-?\d+\.\d+)…/.exec(check.expected);
        if (approx !== null) {
          const actual = run();
          expect(typeof actual, check.line).toBe('number');
          expect(String(actual).startsWith(approx[1]!), `${String(actual)} starts with ${approx[1]}: ${check.line}`).toBe(true);
          return;
        }
        const expected = parseExpected(check.expected);
        expect(expected.ok, `the result comment is not a JavaScript literal: ${check.line}`).toBe(true);
        const actual = run();
        expect(normalize(actual), check.line).toEqual(normalize((expected as { value: unknown }).value));
      };
      const factory = new Function(...names, '__check', `return ${code}`) as (...args: unknown[]) => () => Promise<void>;
      await factory(...names.map((n) => scope[n]), __check)();
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
