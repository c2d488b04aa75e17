/**
 * Every fenced `ts` / `typescript` / `js` / `javascript` block of README.md and
 * docs/*.md runs, and every result it shows is checked.
 *
 * - Which blocks (test/support/doc-blocks.ts): those four languages; blocks in
 *   any other language or none (`sh`, `sql`, iCalendar, CSV, diagrams) are not
 *   run. A runnable block that cannot run (a type declaration, a fragment) opts
 *   out with `<!-- no-run: the reason -->` on the line before its fence.
 * - Scope: the blocks of one file run in order, as one ES module (one scope):
 *   a later block uses the names of the earlier ones, as a reader does. Their
 *   `import`s are gathered at the top of the module (the same name imported
 *   twice from the same place is one import); `socialkit` and
 *   `socialkit/<module>` (also in `require('socialkit')`) are mapped to
 *   `src/index.ts` and `src/<module>/index.ts`. The module is TypeScript,
 *   transpiled by esbuild (types are not checked here; `npm run typecheck`
 *   does not read the docs), and top-level `await` works.
 * - Results: the convention of test/support/doc-results.ts, the same as the
 *   TSDoc `@example` runner: `expr; // value` or `expr; // → value`, the value
 *   on the same line or on the `//` lines right after, deep equality, a remark
 *   in parentheses after the value, `0.0346…` for leading digits, `{ a: 1, … }`
 *   for keys left out, `// throws ValidationError`, `const x = …; // value`
 *   checks `x`. A comment in a result position that is a remark, not a value,
 *   is written in parentheses: `// (a premium account)`; any other is an error.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { SocialKitError } from '../src/core/index.js';
import { blocksOf, docFiles, extractBlocks, ROOT, type DocBlock } from './support/doc-blocks.js';
import { checkThrows, compare, readCheck, statements, type Check } from './support/doc-results.js';

interface Compiled {
  file: string;
  path: string;
  checks: (Check & { where: string })[];
  /** Problems found while reading the blocks (bad imports, invalid result comments). */
  problems: string[];
  blocks: number;
}

const OUT = join(ROOT, '.ci-tmp', 'doc-blocks');

function rel(path: string): string {
  const r = relative(OUT, join(ROOT, path)).replaceAll('\\', '/');
  return r.startsWith('.') ? r : `./${r}`;
}

function mapSource(source: string): string {
  const m = /^socialkit(?:\/([a-z-]+))?$/.exec(source);
  if (m === null) return source;
  return rel(m[1] === undefined ? 'src/index.ts' : `src/${m[1]}/index.ts`);
}

/** Reads `import … from '…'` (one statement, maybe over several lines) into its bindings. */
function readImport(text: string): { source: string; bindings: { local: string; imported: string }[] } | null {
  const m = /^import\s+(type\s+)?([\s\S]*?)\s*from\s*['"]([^'"]+)['"]\s*;?\s*$/.exec(text.trim());
  if (m === null) return null;
  const source = m[3]!;
  if (m[1] !== undefined) return { source, bindings: [] };
  const bindings: { local: string; imported: string }[] = [];
  let clause = m[2]!;
  const named = /\{([\s\S]*)\}/.exec(clause);
  if (named !== null) {
    for (const part of named[1]!.split(',').map((p) => p.trim()).filter(Boolean)) {
      if (part.startsWith('type ')) continue;
      const [imported, local] = part.split(/\s+as\s+/);
      bindings.push({ imported: imported!, local: local ?? imported! });
    }
    clause = clause.replace(named[0], '');
  }
  for (const part of clause.split(',').map((p) => p.trim()).filter(Boolean)) {
    const ns = /^\*\s+as\s+([\w$]+)$/.exec(part);
    bindings.push(ns === null ? { imported: 'default', local: part } : { imported: '*', local: ns[1]! });
  }
  return { source, bindings };
}

/**
 * Writes the module that runs the runnable blocks of one doc file.
 *
 * @param file - e.g. `docs/kpi.md`
 * @param blocks - its blocks
 * @returns the module and its checks
 */
function compileDoc(file: string, blocks: readonly DocBlock[]): Compiled {
  const imports = new Map<string, { source: string; imported: string }>();
  const problems: string[] = [];
  const checks: Compiled['checks'] = [];
  const body: string[] = [];
  const lineOf: number[] = [];
  const push = (code: string, line: number): void => {
    for (const l of code.split('\n')) {
      body.push(l);
      lineOf.push(line);
    }
  };
  const bind = (where: string, source: string, imported: string, local: string): void => {
    const seen = imports.get(local);
    if (seen === undefined) imports.set(local, { source, imported });
    else if (seen.source !== source || seen.imported !== imported) problems.push(`${where}: '${local}' is imported from two places`);
  };
  let runnable = 0;
  for (const block of blocks) {
    if (!block.run) continue;
    runnable += 1;
    const lines = [...block.lines];
    // Imports first, out of the statement stream.
    for (let i = 0; i < lines.length; i += 1) {
      if (!/^import\s/.test(lines[i]!)) continue;
      let j = i;
      let text = lines[i]!;
      while (!/from\s*['"][^'"]+['"]\s*;?\s*$|^import\s+['"]/.test(text) && j + 1 < lines.length) {
        j += 1;
        text += `\n${lines[j]!}`;
      }
      const where = `${file}:${block.line + 1 + i}`;
      const read = readImport(text);
      if (read === null) problems.push(`${where}: cannot read the import ${JSON.stringify(text)}`);
      else for (const b of read.bindings) bind(where, read.source, b.imported, b.local);
      for (let k = i; k <= j; k += 1) lines[k] = '';
      i = j;
    }
    push(`// ${file}:${block.line}`, block.line);
    for (const statement of statements(lines)) {
      const line = block.line + 1 + statement.first;
      const where = `${file}:${line}`;
      let code = statement.code.replace(/\brequire\((['"])(socialkit(?:\/[a-z-]+)?)\1\)/g, (_m, _q, source: string) => {
        const local = `__ns_${source.replace(/\W/g, '_')}`;
        bind(where, source, '*', local);
        return local;
      });
      if (code.trim() === '' || code.trim().startsWith('//')) {
        // An arrow always announces a result: one that is not attached to a statement is lost.
        if (/\/\/\s*→/.test(code) && !/^\s*\/\/\s*\(/.test(code)) problems.push(`${where}: a '// →' result that follows no statement ending in ';'`);
        continue;
      }
      if (statement.comment === null && /\/\/\s*→/.test(lines.slice(statement.first, statement.last + 1).join('\n'))) {
        problems.push(`${where}: a '// →' result inside a statement or after one that does not end in ';'`);
      }
      const read = readCheck({ ...statement, code });
      code = read.code;
      if (read.check === null) {
        push(`__at(${line}); ${code}`, line);
        continue;
      }
      const index = checks.length;
      checks.push({ ...read.check, where });
      if (read.check.kind === 'invalid') {
        push(`__at(${line}); ${code}`, line);
        push(`await __check(${index}, async () => undefined, []);`, line);
        continue;
      }
      if (code !== '') push(`__at(${line}); ${code}`, line);
      const candidates = read.check.kind === 'equal' ? `[${read.check.candidates.map((c) => `() => (${c})`).join(', ')}]` : '[]';
      push(`__at(${line}); await __check(${index}, async () => (${read.check.expr}), ${candidates});`, line);
    }
  }
  const head: string[] = [`import { __approx, __more } from '${rel('test/support/doc-results.ts')}';`];
  for (const [local, { source, imported }] of imports) {
    const from = mapSource(source);
    if (imported === '*') head.push(`import * as ${local} from '${from}';`);
    else if (imported === 'default') head.push(`import ${local} from '${from}';`);
    else head.push(`import { ${imported} as ${local} } from '${from}';`);
  }
  const source = [...head, 'export default async function (__check, __at) {', ...body, '}', ''].join('\n');
  let js = '';
  try {
    js = transformSync(source, { loader: 'ts', format: 'esm', sourcefile: file }).code;
  } catch (error) {
    const errors = (error as { errors?: { text: string; location?: { line: number } | null }[] }).errors ?? [];
    for (const e of errors) {
      const at = e.location ? lineOf[e.location.line - 1 - head.length - 1] : undefined;
      problems.push(`${file}:${at ?? '?'}: does not compile: ${e.text}`);
    }
    js = 'export default async function () {}\n';
  }
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, `${file.replace(/[^A-Za-z0-9]+/g, '-')}.mjs`);
  writeFileSync(path, js);
  return { file, path, checks, problems, blocks: runnable };
}

/** Runs one compiled doc and returns its problems (an empty list when every block ran and every result holds). */
async function runDoc(compiled: Compiled): Promise<{ problems: string[]; ran: number }> {
  const problems = [...compiled.problems];
  const module = (await import(pathToFileURL(compiled.path).href)) as { default: (check: unknown, at: unknown) => Promise<void> };
  let current = 0;
  let ran = 0;
  const __check = async (index: number, run: () => Promise<unknown>, candidates: (() => unknown)[]): Promise<void> => {
    ran += 1;
    const check = compiled.checks[index]!;
    let problem: string | null = null;
    if (check.kind === 'invalid') problem = check.reason;
    else if (check.kind === 'throws') problem = await checkThrows(run, check.errorName, (e) => e instanceof SocialKitError);
    else {
      let expected: { value: unknown } | null = null;
      for (const candidate of candidates) {
        try {
          expected = { value: candidate() };
          break;
        } catch {
          // the next reading (without the remark)
        }
      }
      if (expected === null) problem = 'the result comment is not a JavaScript value: write the value, or mark a remark (in parentheses)';
      else {
        try {
          problem = compare(await run(), expected.value);
        } catch (error) {
          problem = `threw ${(error as Error).name}: ${(error as Error).message}`;
        }
      }
    }
    if (problem !== null) problems.push(`${check.where}: ${check.source}\n  ${problem}`);
  };
  try {
    await module.default(__check, (line: number) => {
      current = line;
    });
  } catch (error) {
    problems.push(`${compiled.file}:${current}: the block stopped: ${(error as Error).name}: ${(error as Error).message}`);
  }
  return { problems, ran };
}

const files = docFiles();
const totals = { blocks: 0, checks: 0, optOuts: [] as string[] };

describe('the doc-block runner', () => {
  it('reads fences, languages and opt-outs', () => {
    const md = ['# t', '```ts', 'a;', '```', '', '  ```sh', '  ls', '  ```', '<!-- no-run: a type -->', '', '~~~typescript', 'type A = 1;', '~~~', '```', 'x', '```'].join('\n');
    const blocks = extractBlocks(md, 't.md');
    expect(blocks.map((b) => [b.line, b.language, b.run, b.noRun, b.lines])).toEqual([
      [2, 'ts', true, null, ['a;']],
      [6, 'sh', false, null, ['ls']],
      [11, 'typescript', false, 'a type', ['type A = 1;']],
      [14, '', false, null, ['x']],
    ]);
  });

  it('fails a wrong result, an unmarked remark and a stopped block, and passes the true ones', async () => {
    const block = (lines: string[]): DocBlock => ({ file: 'docs/fake.md', line: 1, language: 'ts', lines, run: true, noRun: null });
    const good = compileDoc('docs/fake-good.md', [
      block([
        "import { ratio } from 'socialkit/core';",
        'ratio(1, 4); // → 0.25',
        "const r = { a: ratio(1, 3), b: 'x\u00a0%' };",
        "r; // { a: 0.333…, … } (the rest left out)",
        "ratio(1, 0); // null",
        "ratio(-1, 'x'); // throws ValidationError",
        'ratio(2, 4); // (a remark)',
        'const half = ratio(1, 2);',
        '// 0.5',
      ]),
      block(["import { ratio } from 'socialkit/core';", "import { money } from 'socialkit';", "money('1.5').toString(); // '1.5'", 'half; // 0.5']),
    ]);
    expect(await runDoc(good)).toEqual({ problems: [], ran: 7 });
    const bad = compileDoc('docs/fake-bad.md', [block(["import { ratio } from 'socialkit/core';", 'ratio(1, 4); // → 0.26', 'ratio(1, 2); // one half', "ratio(1, 'x'); // null", 'ratio(1, 3); // 0.34…', 'undefinedName;'])]);
    const { problems, ran } = await runDoc(bad);
    expect(ran).toBe(4);
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(/fake-bad\.md:3: .*0\.26/);
    expect(problems[1]).toMatch(/not a JavaScript value/);
    expect(problems[2]).toMatch(/threw ValidationError/);
    expect(problems[3]).toMatch(/0\.34…/);
    expect(problems[4]).toMatch(/fake-bad\.md:7: the block stopped: ReferenceError/);
  });
});

describe('README.md and docs/*.md code blocks', () => {
  it('finds runnable blocks', () => {
    expect(files).toContain('README.md');
    expect(files.length).toBeGreaterThan(8);
  });

  for (const file of files) {
    const blocks = blocksOf(file);
    for (const b of blocks) if (b.noRun !== null) totals.optOuts.push(`${file}:${b.line} ${b.noRun}`);
    if (!blocks.some((b) => b.run)) continue;
    it(`${file}: every ts/js block runs and shows its true results`, async () => {
      for (const b of blocks) {
        if (b.noRun === null) continue;
        expect(b.noRun, `${file}:${b.line}: a no-run marker says why`).not.toBe('');
        expect(['ts', 'typescript', 'js', 'javascript'], `${file}:${b.line}: a no-run marker on a block that would not run anyway`).toContain(b.language);
      }
      const compiled = compileDoc(file, blocks);
      const { problems, ran } = await runDoc(compiled);
      totals.blocks += compiled.blocks;
      totals.checks += ran;
      expect(problems).toEqual([]);
      expect(ran, 'every check ran').toBe(compiled.checks.length);
    });
  }

  it('reports the counts', () => {
    // Printed for the record (the blocks above run first, in order).
    console.log(`doc blocks: ${totals.blocks} run, ${totals.checks} checks, ${totals.optOuts.length} opted out${totals.optOuts.map((o) => `\n  ${o}`).join('')}`);
    // A floor, so that a broken fence or a lost result comment cannot pass silently.
    expect(totals.blocks).toBeGreaterThanOrEqual(55);
    expect(totals.checks).toBeGreaterThanOrEqual(150);
  });
});
