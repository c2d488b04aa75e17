/**
 * Runs the TypeScript code blocks of a guide in docs/ as one module and
 * checks every result shown in a `// →` comment.
 *
 * In the guide, `expression; // → expected` (the expected value may continue
 * on the following `//` lines) is checked like this: numbers written with k
 * decimals must match to within half a unit of the last decimal; strings,
 * booleans and null exactly; arrays element by element with the same length;
 * objects on the keys written (extra keys in the result are allowed);
 * `// → throws ValidationError` expects that error class name.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** One checked line. */
export interface DocCheck {
  line: number;
  source: string;
  ok: boolean;
  detail: string;
}

const results: DocCheck[] = [];

function decimals(n: number): number {
  const text = String(n);
  if (text.includes('e')) return 12;
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

function matches(actual: unknown, expected: unknown, where: string, literal: string): string | null {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') return `${where}: expected a number, got ${String(actual)}`;
    const places = decimals(Math.abs(expected)) || 0;
    const tolerance = 0.5 * 10 ** -places + 1e-12;
    return Math.abs(actual - expected) <= tolerance ? null : `${where}: expected ${expected} (±${tolerance}), got ${actual}`;
  }
  if (expected === null || typeof expected !== 'object') {
    return Object.is(actual, expected) ? null : `${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${where}: expected an array, got ${JSON.stringify(actual)}`;
    if (actual.length !== expected.length) return `${where}: expected ${expected.length} items, got ${actual.length}: ${JSON.stringify(actual)}`;
    for (let i = 0; i < expected.length; i += 1) {
      const m = matches(actual[i], expected[i], `${where}[${i}]`, literal);
      if (m !== null) return m;
    }
    return null;
  }
  if (typeof actual !== 'object' || actual === null) return `${where}: expected an object, got ${JSON.stringify(actual)}`;
  for (const key of Object.keys(expected)) {
    const m = matches((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${where}.${key}`, literal);
    if (m !== null) return m;
  }
  return null;
}

/**
 * Records one check (called by the generated module).
 *
 * @param line - the line in the guide
 * @param source - the checked expression
 * @param actual - computes the result
 * @param expected - the expected value, or `{ throws: name }`
 */
export function check(line: number, source: string, actual: () => unknown, expected: () => unknown): void {
  const want = expected();
  if (typeof want === 'object' && want !== null && '__throws' in want) {
    try {
      const got = actual();
      results.push({ line, source, ok: false, detail: `expected a throw, got ${JSON.stringify(got)}` });
    } catch (error) {
      const name = (error as Error).name;
      const ok = name === (want as { __throws: string }).__throws;
      results.push({ line, source, ok, detail: ok ? '' : `expected ${(want as { __throws: string }).__throws}, got ${name}: ${(error as Error).message}` });
    }
    return;
  }
  let got: unknown;
  try {
    got = actual();
  } catch (error) {
    results.push({ line, source, ok: false, detail: `threw ${(error as Error).name}: ${(error as Error).message}` });
    return;
  }
  const problem = matches(got, want, 'result', source);
  results.push({ line, source, ok: problem === null, detail: problem ?? '' });
}

/**
 * Extracts the ```ts blocks of a guide, rewrites `socialkit/<module>` imports
 * to the sources, turns `// →` lines into checks, and writes the module.
 * With `marker: '//'`, the checks are the `expression; // value` lines (the
 * value a JavaScript literal on the same line, as in the TSDoc examples;
 * a declaration with a trailing comment is plain code).
 *
 * @param guide - path of the guide, relative to the repository root
 * @param options - `marker`: `'// →'` (default) or `'//'`
 * @returns the path of the generated module
 */
export function compileGuide(guide: string, options: { marker?: '// →' | '//' } = {}): string {
  const plain = options.marker === '//';
  const text = readFileSync(join(root, guide), 'utf8');
  const lines = text.split('\n');
  const out: string[] = [];
  const outDir = join(root, '.ci-tmp', 'guides');
  mkdirSync(outDir, { recursive: true });
  const target = join(outDir, `${guide.replace(/[^A-Za-z0-9]+/g, '-')}.ts`);
  const rel = (p: string): string => {
    const r = relative(outDir, join(root, p)).replaceAll('\\', '/');
    return r.startsWith('.') ? r : `./${r}`;
  };
  out.push(`import { check as __check } from '${rel('test/support/doc-check.ts')}';`);
  let inBlock = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (!inBlock) {
      if (line.trim() === '```ts') inBlock = true;
      continue;
    }
    if (line.trim() === '```') {
      inBlock = false;
      continue;
    }
    let code = line.replace(/from '(socialkit(?:\/([a-z]+))?)'/, (_m, _full, mod: string | undefined) => `from '${rel(`src/${mod ?? ''}${mod ? '/' : ''}index.ts`)}'`);
    if (plain) {
      const at = code.indexOf('; // ');
      // A declaration with a trailing remark is code, not a check.
      if (at !== -1 && code.slice(0, at).trim() !== '' && !/^\s*(const|let|var|import|export|function|if|for|return)\b/.test(code)) {
        out.push(checkStatement(code.slice(0, at + 1), code.slice(at + 5), i + 1));
        continue;
      }
      out.push(code);
      continue;
    }
    const arrow = code.indexOf('// →');
    if (arrow !== -1 && code.slice(0, arrow).trim() !== '') {
      const expr = code.slice(0, arrow).trim().replace(/;$/, '');
      let expected = code.slice(arrow + 4).trim();
      let j = i + 1;
      while (j < lines.length && /^\s*\/\/(?!\s*→)/.test(lines[j] as string) && !(lines[j] as string).trim().startsWith('```')) {
        expected += ` ${(lines[j] as string).trim().replace(/^\/\/\s?/, '')}`;
        j += 1;
      }
      // A trailing remark in parentheses after the value is prose, not part of it.
      expected = expected.replace(/\s+\([^()]*\)\s*$/, '');
      const want = expected.startsWith('throws ') ? `({ __throws: ${JSON.stringify(expected.slice(7).trim())} })` : `(${expected})`;
      code = `__check(${i + 1}, ${JSON.stringify(expr)}, () => (${expr}), () => ${want});`;
      out.push(code);
      for (let k = i + 1; k < j; k += 1) out.push('');
      i = j - 1;
      continue;
    }
    out.push(code);
  }
  writeFileSync(target, `${out.join('\n')}\n`);
  return target;
}

/**
 * The checks recorded so far.
 *
 * @returns the results
 */
export function docResults(): readonly DocCheck[] {
  return results;
}

/**
 * Turns one snippet line followed by its result comment(s) into a check, or
 * returns null when the line is not an expression with a result.
 *
 * @param code - the code line (without its comment)
 * @param result - the result text
 * @param line - where it comes from
 * @returns the generated statement
 */
function checkStatement(code: string, result: string, line: number): string {
  const expr = code.trim().replace(/;$/, '');
  let expected = result.trim();
  const throws = /^throws\s+([A-Za-z]+)/.exec(expected);
  if (throws !== null) return `__check(${line}, ${JSON.stringify(expr)}, () => (${expr}), () => ({ __throws: ${JSON.stringify(throws[1])} }));`;
  expected = expected.replace(/\s+\([^()]*\)\s*$/, '');
  return `__check(${line}, ${JSON.stringify(expr)}, () => (${expr}), () => (${expected}));`;
}

/**
 * Extracts the \`@example\` blocks of every .ts file of a source folder and
 * writes a module that runs each in its own block with the folder's index and
 * core's index in scope. A line \`expression; // result\`, or an expression
 * line followed by \`// result\` lines, is checked (see {@link check});
 * \`// throws ValidationError…\` expects that error.
 *
 * @param folder - e.g. \`src/persona\`
 * @param names - the names to bring into scope (the exports of core and of the module)
 * @returns the generated module's path and the number of examples found
 */
export function compileExamples(folder: string, names: readonly string[]): { path: string; examples: number } {
  const outDir = join(root, '.ci-tmp', 'examples');
  mkdirSync(outDir, { recursive: true });
  const rel = (p: string): string => {
    const r = relative(outDir, join(root, p)).replaceAll('\\', '/');
    return r.startsWith('.') ? r : `./${r}`;
  };
  const out: string[] = [
    `import { check as __check } from '${rel('test/support/doc-check.ts')}';`,
    `import * as __core from '${rel('src/core/index.ts')}';`,
    `import * as __module from '${rel(`${folder}/index.ts`)}';`,
  ];
  out.push(`const { ${names.join(', ')} } = { ...__core, ...__module };`);
  let examples = 0;
  const files = readdirSync(join(root, folder)).filter((f) => f.endsWith('.ts')).sort();
  for (const file of files) {
    const lines = readFileSync(join(root, folder, file), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i += 1) {
      if (!/^\s*\* @example\s*$/.test(lines[i] as string)) continue;
      const body: { text: string; line: number }[] = [];
      let j = i + 1;
      while (j < lines.length && !/^\s*\*\s*@\w+/.test(lines[j] as string) && !/^\s*\*\//.test(lines[j] as string)) {
        body.push({ text: (lines[j] as string).replace(/^\s*\* ?/, ''), line: j + 1 });
        j += 1;
      }
      examples += 1;
      out.push(`// ${folder}/${file}:${i + 1}`, '{');
      for (let k = 0; k < body.length; k += 1) {
        const { text, line } = body[k] as { text: string; line: number };
        const comment = text.indexOf('// ');
        const code = comment === -1 ? text : text.slice(0, comment);
        let result = comment === -1 ? '' : text.slice(comment + 3);
        if (code.trim() === '') continue;
        const isStatement = /^\s*(const|let|import|try)\b/.test(code);
        // Result comment lines that follow an expression.
        let next = k + 1;
        while (next < body.length && /^\s*\/\//.test((body[next] as { text: string }).text)) {
          result += ` ${(body[next] as { text: string }).text.trim().replace(/^\/\/\s?/, '')}`;
          next += 1;
        }
        if (!isStatement && result.trim() !== '' && code.trim().endsWith(';')) {
          out.push(checkStatement(code, result, line));
          k = next - 1;
        } else {
          out.push(code);
        }
      }
      out.push('}');
    }
  }
  const target = join(outDir, `${folder.replace(/[^A-Za-z0-9]+/g, '-')}.ts`);
  writeFileSync(target, `${out.join('\n')}\n`);
  return { path: target, examples };
}
