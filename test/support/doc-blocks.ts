/**
 * The fenced code blocks of the Markdown docs (README.md and docs/*.md), with
 * their language, file and line.
 *
 * A block opens with three or more backticks or tildes (indented as in a list
 * item or not) and closes with a fence of the same character, at least as
 * long. The language is the first word of the info string. Blocks in `ts`,
 * `typescript`, `js` or `javascript` are run (test/doc-blocks.test.ts); every
 * other language, or none (`sh`, `sql`, an iCalendar or CSV output, a diagram),
 * is not.
 *
 * A runnable block opts out with the line `<!-- no-run: the reason -->` right
 * before its fence (blank lines between are allowed); the reason is required.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const RUNNABLE_LANGUAGES: readonly string[] = ['ts', 'typescript', 'js', 'javascript'];

/** One fenced block. */
export interface DocBlock {
  /** Relative to the repository root, e.g. `docs/kpi.md`. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The info string's first word, lower-cased ('' when none). */
  language: string;
  /** The content lines, the fence's indentation removed. */
  lines: string[];
  /** Whether the block is run: a runnable language and no opt-out. */
  run: boolean;
  /** The reason given by a `<!-- no-run: … -->` line, or null. */
  noRun: string | null;
}

/** The Markdown files whose blocks are run: README.md and docs/*.md. */
export function docFiles(): string[] {
  const docs = readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`);
  return ['README.md', ...docs];
}

/**
 * Reads the fenced blocks of a Markdown text.
 *
 * @param text - the Markdown
 * @param file - its name, for the report
 * @returns the blocks, in order
 */
export function extractBlocks(text: string, file: string): DocBlock[] {
  const lines = text.split(/\r?\n/);
  const out: DocBlock[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^`\s]*)(.*)$/.exec(lines[i]!);
    if (open === null) continue;
    const indent = open[1]!.length;
    const fence = open[2]!;
    const language = open[3]!.toLowerCase();
    const body: string[] = [];
    let j = i + 1;
    const close = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    for (; j < lines.length && !close.test(lines[j]!); j += 1) {
      const l = lines[j]!;
      const lead = /^\s*/.exec(l)![0].length;
      body.push(l.slice(Math.min(lead, indent)));
    }
    let k = i - 1;
    while (k >= 0 && lines[k]!.trim() === '') k -= 1;
    const marker = k >= 0 ? /^\s*<!--\s*no-run\b:?\s*(.*?)\s*-->\s*$/.exec(lines[k]!) : null;
    const noRun = marker === null ? null : marker[1]!;
    out.push({ file, line: i + 1, language, lines: body, run: RUNNABLE_LANGUAGES.includes(language) && marker === null, noRun });
    i = j;
  }
  return out;
}

/**
 * The blocks of one doc file.
 *
 * @param file - relative to the repository root
 * @returns its blocks
 */
export function blocksOf(file: string): DocBlock[] {
  return extractBlocks(readFileSync(join(ROOT, file), 'utf8'), file);
}
