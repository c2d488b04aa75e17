/**
 * Reads the `@example` blocks of every TSDoc comment in src/ (shared by the
 * doctest and the hostile-input harness, which takes its valid seed arguments
 * from the example calls).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const SRC = join(import.meta.dirname, '..', '..', 'src');

/** One `@example` block. */
export interface Example {
  file: string;
  line: number;
  /** The name declared right after the comment (the documented export). */
  owner: string;
  lines: string[];
}

export function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'cli' ? [] : sourceFiles(join(dir, e.name))) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

export function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const out: Example[] = [];
  const blocks = text.matchAll(/\/\*\*([\s\S]*?)\*\/\s*(?:export\s+)?(?:declare\s+)?(?:async\s+)?(?:function\*?|const|class|interface|type)?\s*([A-Za-z0-9_$]*)/g);
  for (const block of blocks) {
    const body = block[1] ?? '';
    const startLine = text.slice(0, block.index).split('\n').length;
    const lines = body.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    for (let i = 0; i < lines.length; i += 1) {
      if (!lines[i]!.trim().startsWith('@example')) continue;
      const ex: string[] = [];
      const first = lines[i]!.trim().slice('@example'.length).trim();
      if (first) ex.push(first);
      let j = i + 1;
      for (; j < lines.length && !lines[j]!.trim().startsWith('@'); j += 1) ex.push(lines[j]!);
      out.push({ file: relative(process.cwd(), file), line: startLine + i, owner: block[2] ?? '', lines: ex.filter((l) => l.trim() !== '') });
      i = j - 1;
    }
  }
  return out;
}

export function allExamples(): Example[] {
  return sourceFiles().flatMap(examplesOf);
}

/**
 * The argument lists of the calls `name(…)` that open example lines, as source
 * text (`"{ clicks: 12, impressions: 400 }"`), with balanced brackets and quotes.
 */
export function exampleCalls(name: string, examples: Example[]): string[] {
  const calls: string[] = [];
  for (const ex of examples) {
    // Scan the whole example, so that a call may span several lines.
    const text = ex.lines.filter((l) => !l.trim().startsWith('//')).join('\n');
    let from = 0;
    for (;;) {
      const at = text.indexOf(`${name}(`, from);
      if (at < 0) break;
      from = at + 1;
      if (at > 0 && /[\w$.]/.test(text[at - 1]!)) continue;
      const start = at + name.length + 1;
      let depth = 1;
      let quote: string | null = null;
      let i = start;
      for (; i < text.length && depth > 0; i += 1) {
        const c = text[i]!;
        if (quote !== null) {
          if (c === '\\') i += 1;
          else if (c === quote) quote = null;
        } else if (c === "'" || c === '"' || c === '`') quote = c;
        else if (c === '(' || c === '[' || c === '{') depth += 1;
        else if (c === ')' || c === ']' || c === '}') depth -= 1;
      }
      if (depth === 0) calls.push(text.slice(start, i - 1));
    }
  }
  return calls;
}
