/**
 * Hostile input, every export (issue 3).
 *
 * Every runtime function exported by `socialkit` or one of its subpaths is
 * called with hostile arguments. Each call must either return a result or
 * throw a `SocialKitError`: never a bare TypeError / RangeError, never NaN or
 * Infinity (or an invalid Date, or a non-finite Decimal) anywhere in its
 * output, never a mutation of its (deep-frozen) arguments, never a change to
 * `Object.prototype`.
 *
 * New exports are picked up automatically: the list comes from the modules'
 * index files. Valid "seed" arguments come from each export's TSDoc
 * `@example` calls; each seed argument, and each field of a seed object (two
 * levels deep, first element of arrays), is replaced in turn by every hostile
 * value. Exports without an example are still called with hostile values in
 * every argument position.
 *
 * Outside the harness, with their own contracts: the re-exported `Decimal`
 * class, the error classes, and zod schema objects (not functions).
 *
 * Set UPDATE_RELIABILITY_DOC=1 to write the count of calls into docs/reliability.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as socialkit from '../../src/index.js';
import { exportedFunctions, seedsFor, type Fn } from '../support/exports.js';

function deepNest(depth: number): Record<string, unknown> {
  let node: Record<string, unknown> = { leaf: 1 };
  for (let i = 0; i < depth; i += 1) node = { a: node };
  return node;
}

const MB = 'a'.repeat(1 << 20);
// eslint-disable-next-line no-sparse-arrays
const holes = [1, , 3];

/** The hostile values, by name (the name appears in failure messages). */
const HOSTILE: readonly (readonly [string, () => unknown])[] = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['NaN', () => Number.NaN],
  ['+Infinity', () => Number.POSITIVE_INFINITY],
  ['-Infinity', () => Number.NEGATIVE_INFINITY],
  ['-1', () => -1],
  ['1e308', () => 1e308],
  ['1.5 (non-integer)', () => 1.5],
  ['-0', () => -0],
  ['empty string', () => ''],
  ['1 MB string', () => MB],
  ['1 MB of "#"', () => '#'.repeat(1 << 20)],
  ['lone high surrogate', () => '\uD800'],
  ['lone low surrogate in text', () => 'caf\uDC00é #tag'],
  ['__proto__ key', () => JSON.parse('{"__proto__": {"polluted": true}, "a": 1}')],
  ['constructor.prototype keys', () => ({ constructor: { prototype: { polluted: true } }, prototype: { polluted: true } })],
  ['deep nesting (5,000 levels)', () => deepNest(5000)],
  ['array with holes', () => holes],
  ['sparse array of 5', () => new Array(5)],
  ['invalid Date', () => new Date(Number.NaN)],
  ['empty object', () => ({})],
  ['empty array', () => []],
  ['symbol', () => Symbol('hostile')],
  ['function', () => () => 'hostile'],
  ['bigint', () => 10n],
  ['string "NaN"', () => 'NaN'],
];

function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    // zod schemas define their methods lazily, and keep their own contract: never frozen.
    if (ArrayBuffer.isView(v) || v instanceof z.core.$ZodType) continue;
    Object.freeze(v);
    for (const key of Reflect.ownKeys(v)) stack.push((v as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** Every object reachable from the arguments: the caller's own data, which a function may hand back as it is. */
function reachable(args: unknown[]): Set<unknown> {
  const seen = new Set<unknown>();
  const stack: unknown[] = [...args];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof z.core.$ZodType) continue;
    for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key]);
  }
  return seen;
}

/**
 * Where in an output a NaN, an Infinity, an invalid Date or a non-finite
 * Decimal hides; null when clean. Objects the caller passed in and got back
 * unchanged (the same object) are the caller's data, not the function's
 * output, and are not searched.
 */
function badNumberIn(output: unknown, inputs: Set<unknown>): string | null {
  const stack: [unknown, string][] = [[output, '(result)']];
  const seen = new Set<unknown>(inputs);
  let budget = 200_000;
  while (stack.length > 0 && budget > 0) {
    budget -= 1;
    const [v, path] = stack.pop()!;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return `${path} is ${v}`;
      continue;
    }
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof Date) {
      if (Number.isNaN(v.getTime())) return `${path} is an invalid Date`;
      continue;
    }
    if (socialkit.Decimal.isDecimal(v)) {
      if (!v.isFinite()) return `${path} is a non-finite Decimal`;
      continue;
    }
    if (v instanceof Map) {
      for (const [k, x] of v) stack.push([x, `${path}.get(${String(k)})`]);
      continue;
    }
    if (v instanceof Set) {
      for (const x of v) stack.push([x, `${path}{}`]);
      continue;
    }
    if (ArrayBuffer.isView(v)) continue;
    for (const key of Object.keys(v)) stack.push([(v as Record<string, unknown>)[key], `${path}.${key}`]);
  }
  return null;
}

/** Copies of `args` with one argument, or one field inside one (two levels deep), replaced by `hostile`. */
function variants(args: unknown[], hostile: unknown): unknown[][] {
  const out: unknown[][] = [];
  const replaceIn = (value: unknown, depth: number): unknown[] => {
    const copies: unknown[] = [hostile];
    if (depth === 0 || typeof value !== 'object' || value === null || value instanceof Date || socialkit.Decimal.isDecimal(value)) return copies;
    if (Array.isArray(value)) {
      if (value.length > 0) for (const inner of replaceIn(value[0], depth - 1)) copies.push([inner, ...value.slice(1)]);
      return copies;
    }
    for (const key of Object.keys(value)) {
      for (const inner of replaceIn((value as Record<string, unknown>)[key], depth - 1)) copies.push({ ...value, [key]: inner });
    }
    return copies;
  };
  args.forEach((arg, i) => {
    for (const copy of replaceIn(arg, 2)) out.push(args.map((a, j) => (j === i ? copy : a)));
  });
  // One more argument than documented (an options object given a hostile value).
  out.push([...args, hostile]);
  return out;
}

const functions = await exportedFunctions();
let calls = 0;

interface Failure {
  fn: string;
  input: string;
  problem: string;
}

async function probe(name: string, fn: Fn, args: unknown[], input: string, failures: Failure[]): Promise<void> {
  calls += 1;
  const frozen = deepFreeze(args);
  const before = Object.getOwnPropertyNames(Object.prototype).length;
  try {
    let result = fn(...frozen);
    if (result instanceof Promise) result = await result;
    const bad = badNumberIn(result, reachable(frozen));
    if (bad !== null) failures.push({ fn: name, input, problem: bad });
  } catch (error) {
    if (!(error instanceof socialkit.SocialKitError)) {
      const e = error as Error;
      failures.push({ fn: name, input, problem: `threw ${e?.name ?? typeof error}: ${String(e?.message ?? error).slice(0, 160)}` });
    }
  }
  const polluted = ({} as Record<string, unknown>).polluted !== undefined || Object.getOwnPropertyNames(Object.prototype).length !== before;
  if (polluted) {
    failures.push({ fn: name, input, problem: 'polluted Object.prototype' });
    delete (Object.prototype as Record<string, unknown>).polluted;
  }
}

describe('hostile input, every export', () => {
  it('finds the exports', () => {
    expect(functions.size).toBeGreaterThan(40);
  });

  for (const [name, fn] of functions) {
    it(`${name} returns a clean result or throws a SocialKitError`, async () => {
      const failures: Failure[] = [];
      const seeds = seedsFor(name);
      const arity = Math.max(fn.length, 1) + 1;
      // 1. Hostile values in every argument position, the others undefined.
      for (let i = 0; i < arity; i += 1) {
        for (const [label, make] of HOSTILE) {
          const args = new Array<unknown>(arity).fill(undefined);
          args[i] = make();
          await probe(name, fn, args, `argument ${i} = ${label}`, failures);
        }
      }
      // 2. Valid seeds from the examples, each argument and field replaced in turn.
      for (const seed of seeds) {
        await probe(name, fn, structuredCloneSafe(seed), 'the documented example (deep-frozen)', failures);
        for (const [label, make] of HOSTILE) {
          for (const args of variants(seed, make())) await probe(name, fn, args, `example with ${label} somewhere`, failures);
        }
      }
      const report = failures.slice(0, 8).map((f) => `${f.fn}(${f.input}): ${f.problem}`);
      expect(report, `${failures.length} failing calls`).toEqual([]);
    });
  }

  it('reports the count of export × input combinations', () => {
    expect(calls).toBeGreaterThan(1000);
    console.log(`hostile-input harness: ${functions.size} functions, ${calls} calls`);
    if (process.env.UPDATE_RELIABILITY_DOC === '1') {
      const path = join(import.meta.dirname, '..', '..', 'docs', 'reliability.md');
      const doc = readFileSync(path, 'utf8');
      const next = doc.replace(/<!-- harness:count -->[\s\S]*?<!-- \/harness:count -->/, `<!-- harness:count -->${functions.size} exported functions, ${calls.toLocaleString('en-US')} calls<!-- /harness:count -->`);
      writeFileSync(path, next);
    }
  });
});

/** A structured clone that keeps functions and class instances as they are (seeds may hold Decimals). */
function structuredCloneSafe(args: unknown[]): unknown[] {
  return args.map((a) => (typeof a === 'object' && a !== null && Object.getPrototypeOf(a) === Object.prototype ? { ...a } : a));
}
