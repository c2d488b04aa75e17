/**
 * Counting the work a function does on text, independent of wall-clock time:
 * the characters that regex executions advance over, that string methods
 * copy or scan, and that Intl.Segmenter, TextEncoder and string iteration
 * consume. The counters patch the intrinsics only while `countWork` runs.
 */
import * as socialkit from '../../src/index.js';
import { exportedFunctions, seedsFor, type Fn } from './exports.js';

/** Adversarial text units, repeated to the wanted length. */
export const ADVERSARIAL: readonly (readonly [string, string])[] = [
  ['#', '#'],
  ['@', '@'],
  ['.', '.'],
  ['a', 'a'],
  ['emoji with ZWJ and skin tone', '👩🏽‍💻'],
  ['combining marks', 'e\u0301\u0302\u0303'],
  ['URL-like', 'http://a.b/#@x.'],
  ['digits and commas', '1,2.3e'],
  // Grapheme_Cluster_Break=Control runs: U+200B, U+2060, U+200E (each a cluster of its own).
  ['format characters', '\u200b'.repeat(1000) + '\u2060'.repeat(1000) + '\u200e'.repeat(1000)],
  // Devanagari conjuncts (consonant + virama: one cluster, GB9c) and consonants after combining marks and nuktas.
  ['Indic conjuncts', '\u0915\u094d'.repeat(1000) + '\u0301\u0915'.repeat(1000) + '\u0915\u093c'.repeat(1000)],
  // Hangul jamo runs: L L L…, V V V…, T T T… (each run one cluster, GB6–GB8).
  ['Hangul jamo runs', '\u1100'.repeat(1000) + '\u1161'.repeat(1000) + '\u11a8'.repeat(1000)],
];

/** What {@link measureWork} saw: the work, and the longest text one `Intl.Segmenter#segment` call received. */
export interface Work {
  work: number;
  maxSegmentInput: number;
}

type StringMethod = (this: string, ...args: unknown[]) => unknown;

export async function countWork(run: () => unknown): Promise<number> {
  return (await measureWork(run)).work;
}

/**
 * Counts the work of `run` (see the module comment) and the longest input of
 * one `segment()` call: a segmenter fed a long run at once is quadratic in V8
 * however the work is charged, so the linear-time test bounds each call too.
 *
 * @param run - the call to measure
 * @returns the work and the longest segmenter input
 */
export async function measureWork(run: () => unknown): Promise<Work> {
  let cost = 0;
  let maxSegmentInput = 0;
  const restore: (() => void)[] = [];
  const patch = <T extends object>(target: T, key: PropertyKey, wrap: (orig: StringMethod) => StringMethod) => {
    const orig = (target as Record<PropertyKey, StringMethod>)[key]!;
    Object.defineProperty(target, key, { value: wrap(orig), configurable: true, writable: true });
    restore.push(() => Object.defineProperty(target, key, { value: orig, configurable: true, writable: true }));
  };
  const exec = RegExp.prototype.exec;
  Object.defineProperty(RegExp.prototype, 'exec', {
    configurable: true,
    writable: true,
    value: function (this: RegExp, s: string) {
      const text = String(s);
      const start = this.global || this.sticky ? this.lastIndex : 0;
      const m = exec.call(this, text);
      cost += 1 + (m === null ? text.length - start : m.index + m[0].length - start);
      return m;
    },
  });
  restore.push(() => Object.defineProperty(RegExp.prototype, 'exec', { value: exec, configurable: true, writable: true }));
  for (const key of ['slice', 'substring', 'substr', 'normalize', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'trim', 'trimStart', 'trimEnd', 'padStart', 'padEnd', 'repeat', 'concat']) {
    patch(String.prototype, key, (orig) =>
      function (this: string, ...args: unknown[]) {
        const r = orig.apply(this, args);
        cost += 1 + (typeof r === 'string' ? r.length : 0);
        return r;
      },
    );
  }
  for (const key of ['indexOf', 'lastIndexOf', 'includes', 'startsWith', 'endsWith', 'localeCompare', 'split', 'replace', 'replaceAll', 'match', 'matchAll', 'search']) {
    patch(String.prototype, key, (orig) =>
      function (this: string, ...args: unknown[]) {
        cost += 1 + this.length;
        return orig.apply(this, args);
      },
    );
  }
  for (const key of ['at', 'charAt', 'charCodeAt', 'codePointAt']) {
    patch(String.prototype, key, (orig) =>
      function (this: string, ...args: unknown[]) {
        cost += 1;
        return orig.apply(this, args);
      },
    );
  }
  patch(String.prototype, Symbol.iterator, (orig) =>
    function (this: string) {
      cost += 1 + this.length;
      return orig.call(this);
    },
  );
  patch(Intl.Segmenter.prototype, 'segment', (orig) =>
    function (this: string, input: unknown) {
      const length = String(input).length;
      cost += 1 + length;
      if (length > maxSegmentInput) maxSegmentInput = length;
      return orig.call(this, input);
    },
  );
  patch(TextEncoder.prototype, 'encode', (orig) =>
    function (this: string, input: unknown) {
      cost += 1 + String(input ?? '').length;
      return orig.call(this, input);
    },
  );
  try {
    const r = run();
    if (r instanceof Promise) await r;
  } catch (error) {
    if (!(error instanceof socialkit.SocialKitError)) throw error;
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  return { work: cost, maxSegmentInput };
}

/** One way to feed text to an export: its documented example with one string replaced. */
export interface TextCall {
  name: string;
  where: string;
  run: (text: string) => unknown;
}

function stringSlots(value: unknown, path: (string | number)[], depth: number, out: (string | number)[][]): void {
  if (typeof value === 'string') out.push(path);
  if (depth === 0 || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    if (value.length > 0) stringSlots(value[0], [...path, 0], depth - 1, out);
    return;
  }
  for (const key of Object.keys(value)) stringSlots((value as Record<string, unknown>)[key], [...path, key], depth - 1, out);
}

function withText(args: unknown[], slot: (string | number)[], text: string): unknown[] {
  const set = (value: unknown, rest: (string | number)[]): unknown => {
    if (rest.length === 0) return text;
    const [head, ...tail] = rest as [string | number, ...(string | number)[]];
    if (Array.isArray(value)) return value.map((v, i) => (i === head ? set(v, tail) : v));
    return { ...(value as Record<string, unknown>), [head]: set((value as Record<string, unknown>)[head], tail) };
  };
  return set(args, slot) as unknown[];
}

const functions = await exportedFunctions();

/** Every (export, string slot) pair found in the documented examples. */
export function textTakingCalls(): TextCall[] {
  const calls: TextCall[] = [];
  for (const [name, fn] of functions) {
    const seen = new Set<string>();
    for (const seed of seedsFor(name)) {
      const slots: (string | number)[][] = [];
      seed.forEach((arg, i) => stringSlots(arg, [i], 2, slots));
      for (const slot of slots) {
        const where = `argument ${slot.join('.')}`;
        if (seen.has(where)) continue;
        seen.add(where);
        calls.push({ name, where, run: (text) => (fn as Fn)(...withText(seed, slot, text)) });
      }
    }
  }
  return calls;
}
