/**
 * A small hostile-input sweep, like the project's harness: every value below in
 * every argument position (and as every option) must give a result without
 * NaN or Infinity, or a SocialKitError — never a bare TypeError/RangeError.
 */
import { expect } from 'vitest';
import { SocialKitError } from '../../src/core/index.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<string | symbol, unknown>)[key]);
  }
  return value;
}

function nested(depth: number): unknown {
  let v: unknown = { leaf: 1 };
  for (let i = 0; i < depth; i += 1) v = { a: v, b: [v] };
  return v;
}

const big = 'x'.repeat(1_000_000);

/** The hostile values, by name. */
export const HOSTILE: ReadonlyArray<readonly [string, () => unknown]> = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['NaN', () => Number.NaN],
  ['Infinity', () => Number.POSITIVE_INFINITY],
  ['-Infinity', () => Number.NEGATIVE_INFINITY],
  ['-1', () => -1],
  ['1e308', () => 1e308],
  ['0.5', () => 0.5],
  ['empty string', () => ''],
  ['1 MB string', () => big],
  ['lone surrogate', () => 'a\uD800b'],
  ['__proto__ object', () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown],
  ['prototype key', () => ({ prototype: { polluted: true } })],
  ['deep nesting', () => nested(2000)],
  // eslint-disable-next-line no-sparse-arrays -- the hole is the point
  ['array with holes', () => [1, , 3] as unknown],
  ['invalid Date', () => new Date(Number.NaN)],
  ['empty object', () => ({})],
  ['empty array', () => []],
  ['symbol', () => Symbol('s')],
  ['function', () => () => 1],
];

function assertClean(value: unknown, seen = new Set<unknown>()): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `non-finite number ${value} in output`).toBe(true);
    return;
  }
  if (value instanceof Date) {
    expect(Number.isNaN(value.getTime())).toBe(false);
    return;
  }
  if (typeof value === 'object' && value !== null) {
    if (seen.has(value)) return;
    seen.add(value);
    for (const key of Object.keys(value)) assertClean((value as Record<string, unknown>)[key], seen);
  }
}

/**
 * The longest one hostile call may take: a hang guard only, not a speed
 * check (speed is checked by counting work, test/support/work.ts, and timed
 * in bench/). Generous, so a loaded 2-core machine never fails it.
 */
export const HANG_GUARD_MS = 30_000;

/**
 * Calls `fn(...args)` with each hostile value substituted at each position of
 * `valid` (and as each key of an options object at `optionsIndex`), asserting
 * the outcome is either clean or a SocialKitError, and that nothing leaks into
 * Object.prototype.
 *
 * @param fn - the function under test
 * @param valid - a valid argument list
 * @param optionKeys - keys of the options object (last argument) to attack one by one
 */
export function sweep(fn: (...args: never[]) => unknown, valid: readonly unknown[], optionKeys: readonly string[] = []): void {
  const attempt = (args: unknown[], label: string): void => {
    const frozen = args.map((a) => deepFreeze(a));
    const t0 = performance.now();
    try {
      const result = (fn as (...a: unknown[]) => unknown)(...frozen);
      assertClean(result);
    } catch (error) {
      if (!(error instanceof SocialKitError)) {
        throw new Error(`${label}: threw ${(error as Error)?.name}: ${(error as Error)?.message}`);
      }
    }
    const elapsed = performance.now() - t0;
    expect(elapsed, `${label} hung (${elapsed} ms)`).toBeLessThan(HANG_GUARD_MS);
    expect(({} as Record<string, unknown>).polluted, `${label} polluted Object.prototype`).toBeUndefined();
  };
  for (let position = 0; position < Math.max(valid.length, 1) + 1; position += 1) {
    for (const [name, make] of HOSTILE) {
      const args = valid.map((v) => structuredCloneSafe(v));
      args[position] = make();
      attempt(args, `argument ${position} = ${name}`);
    }
  }
  if (optionKeys.length > 0) {
    const optionsIndex = valid.length - 1;
    for (const key of optionKeys) {
      for (const [name, make] of HOSTILE) {
        const args = valid.map((v) => structuredCloneSafe(v));
        args[optionsIndex] = { ...(args[optionsIndex] as object), [key]: make() };
        attempt(args, `option ${key} = ${name}`);
      }
    }
  }
}

function structuredCloneSafe(value: unknown): unknown {
  if (value instanceof Date) return new Date(value.getTime());
  if (Array.isArray(value)) return value.map((v) => structuredCloneSafe(v));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = structuredCloneSafe((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}
