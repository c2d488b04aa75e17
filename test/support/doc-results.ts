/**
 * The one reading of "a result shown in a comment", shared by the TSDoc
 * `@example` runner (test/doc-examples.test.ts) and the Markdown code-block
 * runner (test/doc-blocks.test.ts).
 *
 * A statement (a call may span several lines) that ends in `;` and is followed
 * by a comment, on the same line or on the `//` lines right after it (no blank
 * line between), shows its result:
 *
 * - `expr; // value` or `expr; // → value`: `value` is a JavaScript literal (it
 *   may use the names in scope: `new Date('…')`, `money('1.5')`); the result must
 *   deep-equal it (vitest's `toEqual`). Strings compare modulo U+00A0 and U+202F,
 *   which ICU versions swap.
 * - A remark may follow the value in parentheses: `// 0.03 (3 %)`.
 * - A number may be written as its leading digits and an ellipsis: `0.034666…`
 *   (anywhere in the value, also nested).
 * - An object may end in `…` to say that the other keys are left out:
 *   `{ rate: 0.0345, … }`.
 * - `// throws ValidationError: …` (or `// → throws …`) expects that socialkit error.
 * - `const name = expr; // value` checks the value of `name`.
 * - A comment in parentheses only is a remark, not a result: `getPlatform('x', …); // (a premium account)`.
 *   Any other comment in a result position must read as a value: an unmarked
 *   remark is an error, so a wrong result can never pass as prose.
 *
 * Comments inside a multi-line statement, and comment lines that do not follow
 * a statement (after a blank line, at the start) are plain comments.
 */
import { transformSync } from 'esbuild';
import { expect } from 'vitest';

/** Splits a line into its code and its `//` comment (null when none), minding quotes. */
export function splitComment(line: string): { code: string; comment: string | null } {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i]!;
    if (quote !== null) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '/' && line[i + 1] === '/') return { code: line.slice(0, i), comment: line.slice(i + 2).replace(/^\s/, '') };
  }
  return { code: line, comment: null };
}

/** How deep a line leaves the brackets, ignoring brackets inside quotes and a trailing `//` comment. */
export function depthAfter(line: string, depth: number): number {
  const { code } = splitComment(line);
  let quote: string | null = null;
  for (let i = 0; i < code.length; i += 1) {
    const c = code[i]!;
    if (quote !== null) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth += 1;
    else if (c === ')' || c === ']' || c === '}') depth -= 1;
  }
  return depth;
}

/** One statement of a snippet, with its result comment. */
export interface Statement {
  /** The code, on one line (comments inside a multi-line statement dropped). */
  code: string;
  /** The comment in result position (joined over its lines), or null. */
  comment: string | null;
  /** Index of the statement's first line in the snippet. */
  first: number;
  /** Index of the last line it takes (its result comment lines included). */
  last: number;
}

/**
 * Groups a snippet's lines into statements (a call may span several lines) and
 * attaches to each the comment that shows its result.
 *
 * @param lines - the snippet's lines
 * @returns the statements, in order (standalone comment lines and blank lines come back as code)
 */
export function statements(lines: readonly string[]): Statement[] {
  const out: Statement[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const first = i;
    const raw = lines[i]!;
    if (raw.trim().startsWith('//') || raw.trim() === '') {
      out.push({ code: raw, comment: null, first, last: i });
      continue;
    }
    let depth = depthAfter(raw, 0);
    let { code, comment } = splitComment(raw);
    // A statement goes on while a bracket is open, the line ends in an operator (`=>`, `=`, `,`, `+`…),
    // or the next line starts with `.` or `?.` (a method chain).
    const goesOn = (): boolean => {
      if (i + 1 >= lines.length) return false;
      if (depth > 0) return true;
      if (/(?:=>|[=,+\-*/&|?:])\s*$/.test(code)) return true;
      return /^\s*(?:\?\.|\.(?!\.))/.test(lines[i + 1]!);
    };
    while (goesOn()) {
      i += 1;
      const next = splitComment(lines[i]!);
      code = `${code.replace(/\s*$/, '')} ${next.code.trim()}`;
      comment = next.comment;
      depth = depthAfter(lines[i]!, depth);
    }
    code = code.replace(/\s*$/, '');
    if (/;$/.test(code)) {
      const parts = comment === null ? [] : [comment.trim()];
      while (i + 1 < lines.length && lines[i + 1]!.trim().startsWith('//')) {
        i += 1;
        parts.push(lines[i]!.trim().replace(/^\/\/\s?/, ''));
      }
      out.push({ code, comment: parts.length === 0 ? null : parts.join(' ').trim(), first, last: i });
    } else out.push({ code, comment: null, first, last: i });
  }
  return out;
}

/** What a statement with a result comment asks. */
export type Check =
  | { kind: 'equal'; expr: string; candidates: string[]; source: string }
  | { kind: 'throws'; expr: string; errorName: string; source: string }
  | { kind: 'invalid'; source: string; reason: string };

const NOT_EXPRESSION = /^(import|export|if|for|while|do|switch|try|function|async\s+function|class|return|throw|type|interface|declare|enum|else|\}|break|continue)\b/;

/**
 * Reads a statement with a result comment.
 *
 * @param statement - from {@link statements}
 * @returns the check, `null` for a remark (a comment in parentheses), or an `invalid` check
 */
export function readCheck(statement: Statement): { check: Check; code: string } | { check: null; code: string } {
  const code = statement.code;
  const comment = statement.comment?.replace(/^→\s*/, '').trim() ?? '';
  const source = `${code} // ${statement.comment ?? ''}`;
  if (statement.comment === null || /^\(.*\)$/.test(comment)) return { check: null, code };
  const body = code.replace(/;$/, '').trim();
  const declared = /^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/.exec(body);
  if (/^(?:const|let|var)\b/.test(body) && declared === null) {
    return { check: { kind: 'invalid', source, reason: 'a result comment on a destructuring declaration: check a name, or mark the remark (in parentheses)' }, code };
  }
  if (declared === null && NOT_EXPRESSION.test(body)) {
    return { check: { kind: 'invalid', source, reason: 'a result comment on a statement that is not an expression: mark the remark (in parentheses)' }, code };
  }
  const expr = declared === null ? body : declared[1]!;
  const throws = /^throws\b\s*([A-Za-z]+Error)?/.exec(comment);
  if (throws !== null) {
    if (declared !== null) return { check: { kind: 'invalid', source, reason: 'a declaration cannot show a throw: check the expression alone' }, code };
    return { check: { kind: 'throws', expr, errorName: throws[1] ?? 'SocialKitError', source }, code: '' };
  }
  const candidates = [comment, comment.replace(/\s*\([^()]*\)\s*$/, '')]
    .filter((c, k, all) => c !== '' && all.indexOf(c) === k)
    .map(transformExpected)
    .filter(parses);
  if (candidates.length === 0) return { check: { kind: 'invalid', source, reason: 'the result comment is not a JavaScript value: write the value, or mark a remark (in parentheses)' }, code };
  return { check: { kind: 'equal', expr, candidates, source }, code: declared === null ? '' : code };
}

function parses(expression: string): boolean {
  try {
    transformSync(`(${expression});`, { loader: 'ts' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Rewrites the ellipses of a result (outside strings): `0.0346…` becomes
 * `__approx("0.0346")` and a trailing `…` member of an object `[__more]: true`.
 *
 * @param text - the result as written
 * @returns JavaScript source
 */
export function transformExpected(text: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quote !== null) {
      out += c;
      if (c === '\\') {
        out += text[i + 1] ?? '';
        i += 1;
      } else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      quote = c;
      out += c;
      continue;
    }
    if (c === '…') {
      const number = /-?\d+(?:\.\d+)?$/.exec(out);
      if (number !== null && !/[\w$.]$/.test(out.slice(0, number.index))) {
        out = `${out.slice(0, number.index)}__approx(${JSON.stringify(number[0])})`;
        continue;
      }
      if (/[{,]\s*$/.test(out) && /^\s*}/.test(text.slice(i + 1))) {
        out += '[__more]: true';
        continue;
      }
    }
    out += c;
  }
  return out;
}

/** Marks an object whose other keys are left out. */
export const __more = Symbol('more keys');

/**
 * A number shown by its leading digits.
 *
 * @param digits - e.g. `'0.034666'`
 * @returns an asymmetric matcher
 */
export function __approx(digits: string): unknown {
  return {
    // Digits without a decimal point must be the whole integer part: `1120…` is not 11205.
    asymmetricMatch: (actual: unknown) => {
      if (typeof actual !== 'number') return false;
      const text = String(actual);
      return text.startsWith(digits) && (digits.includes('.') || text.length === digits.length || text[digits.length] === '.');
    },
    toString: () => `${digits}…`,
    toAsymmetricMatcher: () => `${digits}…`,
  };
}

const isMatcher = (value: unknown): boolean => typeof value === 'object' && value !== null && typeof (value as { asymmetricMatch?: unknown }).asymmetricMatch === 'function';

function isDecimal(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { constructor?: { isDecimal?: (v: unknown) => boolean } }).constructor?.isDecimal?.(value) === true;
}

/** Normalizes U+00A0 and U+202F in strings and turns `[__more]` objects into `expect.objectContaining`. */
export function normalize(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/[\u00a0\u202f]/g, ' ');
  if (Array.isArray(value)) return value.map(normalize);
  if (value instanceof Date || isDecimal(value) || isMatcher(value) || value instanceof Error) return value;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v)]));
    return Object.getOwnPropertySymbols(value).includes(__more) ? expect.objectContaining(entries) : entries;
  }
  return value;
}

/**
 * Compares a result with the shown value.
 *
 * @param actual - what the expression gave
 * @param expected - the shown value (evaluated)
 * @returns null when they agree, else the difference
 */
export function compare(actual: unknown, expected: unknown): string | null {
  try {
    expect(normalize(actual)).toEqual(normalize(expected));
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Runs a `throws` check.
 *
 * @param run - evaluates the expression
 * @param errorName - the expected class name (`SocialKitError` takes any socialkit error)
 * @param isSocialKitError - tells a socialkit error
 * @returns null when it threw (or rejected) as expected, else what happened
 */
export async function checkThrows(run: () => unknown, errorName: string, isSocialKitError: (e: unknown) => boolean): Promise<string | null> {
  let got: unknown;
  try {
    got = await run();
  } catch (error) {
    if (!isSocialKitError(error)) return `threw a non-socialkit ${(error as Error).name}: ${(error as Error).message}`;
    if (errorName !== 'SocialKitError' && (error as Error).name !== errorName) return `expected ${errorName}, got ${(error as Error).name}: ${(error as Error).message}`;
    return null;
  }
  return `expected a throw, got ${JSON.stringify(got)}`;
}
