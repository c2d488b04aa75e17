/**
 * Linear-time text handling (issue 3).
 *
 * 1. Every regular expression in src/ (literals and `new RegExp` with a
 *    literal source) is proved free of super-linear backtracking by the
 *    `recheck` ReDoS checker.
 * 2. Every exported function that takes text is run on adversarial inputs
 *    (runs of `#`, `@`, `.`, `a`, emoji, combining marks, URL-like text,
 *    format characters, Indic conjuncts, Hangul jamo) of
 *    n and 10·n characters, and the work it does is counted — characters
 *    advanced over by regex executions, characters copied or scanned by
 *    string methods, characters fed to Intl.Segmenter, TextEncoder and string
 *    iteration — not wall-clock time. Ten times the input may cost at most
 *    about ten times the work, and no single `Intl.Segmenter#segment` call
 *    may receive more than 4 × the chunk size (V8's segmenter is quadratic
 *    in one call's text, however that call is charged).
 *
 * The `text-scan` benchmark (bench/text-scan.bench.ts) measures the same
 * functions on 1 MB inputs.
 */
import { readFileSync } from 'node:fs';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../support/examples.js';
import { GRAPHEME_CHUNK } from '../../src/editorial/text-units.js';
import { measureWork, ADVERSARIAL, textTakingCalls } from '../support/work.js';

interface FoundRegex {
  where: string;
  source: string;
  flags: string;
}

function regexesIn(file: string): FoundRegex[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: FoundRegex[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text;
      const slash = literal.lastIndexOf('/');
      out.push({ where: `${file.split('/src/')[1]}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`, source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern !== undefined && ts.isStringLiteral(pattern)) {
        out.push({
          where: `${file.split('/src/')[1]}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`,
          source: pattern.text,
          flags: flags !== undefined && ts.isStringLiteral(flags) ? flags.text : '',
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Patterns recheck cannot decide, each with the reason it is safe. */
const REVIEWED: Readonly<Record<string, string>> = {
  // recheck does not parse the v flag. \p{RGI_Emoji} is a property of strings: the engine matches
  // a set of fixed sequences (the longest has 10 code points) with no quantifier, so one attempt
  // reads at most 10 code points; editorial tries it only where an emoji can start (sticky).
  '\\p{RGI_Emoji}': 'a finite set of fixed strings of at most 10 code points, tried sticky',
};

const regexes = sourceFiles().flatMap(regexesIn);

describe('every regular expression is linear', () => {
  it('finds the patterns', () => {
    expect(regexes.length).toBeGreaterThan(5);
  });

  for (const r of regexes) {
    it(`${r.where} /${r.source.length > 60 ? `${r.source.slice(0, 57)}...` : r.source}/${r.flags}`, () => {
      if (Object.hasOwn(REVIEWED, r.source)) return;
      const result = checkSync(r.source, r.flags, { timeout: 10_000 });
      expect(result.status, `recheck: ${JSON.stringify(result.status === 'vulnerable' ? result.attack : result)}`).toBe('safe');
    });
  }
});

describe('text-taking exports do linear work', () => {
  const calls = textTakingCalls();

  it('finds the text-taking exports', () => {
    expect(calls.length).toBeGreaterThan(10);
  });

  for (const call of calls) {
    it(`${call.name} (${call.where})`, async () => {
      const problems: string[] = [];
      for (const [label, unit] of ADVERSARIAL) {
        const small = (await measureWork(() => call.run(unit.repeat(Math.ceil(10_000 / unit.length))))).work;
        const { work: large, maxSegmentInput } = await measureWork(() => call.run(unit.repeat(Math.ceil(100_000 / unit.length))));
        // Constant overhead is allowed (small inputs may cost little); growth beyond 12× is not linear.
        if (large > 12 * Math.max(small, 10_000)) problems.push(`${label}: work ${small} → ${large} (${(large / Math.max(small, 1)).toFixed(1)}×)`);
        // V8's segmenter is quadratic in the length of one call's text: each call gets a bounded chunk.
        if (maxSegmentInput > 4 * GRAPHEME_CHUNK) problems.push(`${label}: one segment() call received ${maxSegmentInput} code units (at most ${4 * GRAPHEME_CHUNK})`);
      }
      expect(problems).toEqual([]);
    });
  }
});
