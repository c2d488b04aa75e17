import { describe, expect, it } from 'vitest';
import { SocialKitError } from '../../src/core/index.js';
import { adaptPost, checkPost, expandMixPreset, extractEntities, measureText, mixReport, nextPillar } from '../../src/editorial/index.js';
import { HANG_GUARD_MS } from '../support/hostile.js';
import { LINE, POST } from './fixtures.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function nested(depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { a: value } : { text: value };
  return value;
}

const HOSTILE: [string, () => unknown][] = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['NaN', () => Number.NaN],
  ['Infinity', () => Number.POSITIVE_INFINITY],
  ['-Infinity', () => Number.NEGATIVE_INFINITY],
  ['-1', () => -1],
  ['1e308', () => 1e308],
  ['1.5', () => 1.5],
  ['an empty string', () => ''],
  ['a 1 MB string', () => 'é #a @b https://a.fr 😀 '.repeat(40_000)],
  ['a lone surrogate', () => '\ud800'],
  ['__proto__ keys', () => JSON.parse('{"__proto__": {"polluted": true}, "text": {"__proto__": {"polluted": true}}}') as unknown],
  ['constructor keys', () => ({ constructor: { prototype: { polluted: true } }, prototype: { polluted: true } })],
  ['deep nesting', () => nested(5000)],
  ['an array with holes', () => [, , 1]], // eslint-disable-line no-sparse-arrays
  ['an invalid Date', () => new Date(Number.NaN)],
  ['a symbol', () => Symbol('x')],
];

const CALLS: [string, unknown[], (...args: unknown[]) => unknown][] = [
  ['measureText', ['Bonjour', 'x', {}], measureText as (...args: unknown[]) => unknown],
  ['extractEntities', ['Bonjour #été', { platform: 'x' }], extractEntities as (...args: unknown[]) => unknown],
  ['checkPost', [POST, { editorialLine: LINE, platform: 'instagram' }], checkPost as (...args: unknown[]) => unknown],
  ['adaptPost', [POST, { platform: 'threads', editorialLine: LINE }], adaptPost as (...args: unknown[]) => unknown],
  ['mixReport', [[POST], LINE], mixReport as (...args: unknown[]) => unknown],
  ['nextPillar', [[POST], LINE], nextPillar as (...args: unknown[]) => unknown],
  ['expandMixPreset', ['eightyTwenty', [{ id: 'a' }, { id: 'b', role: 'promotional' }]], expandMixPreset as (...args: unknown[]) => unknown],
];

function finiteEverywhere(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  seen.add(value);
  return Object.values(value).every((v) => finiteEverywhere(v, seen));
}

// The arguments are deep-frozen: a write to one of them would throw a TypeError (ES modules are
// strict), which the test would report, so passing also proves the inputs are not mutated.
describe('hostile input: every export returns a correct result or throws a SocialKitError', () => {
  for (const [name, args, call] of CALLS) {
    for (let position = 0; position <= args.length; position += 1) {
      it.each(HOSTILE)(`${name}, argument ${position + 1}: %s`, (_what, make) => {
        const given = args.map((a) => deepFreeze(structuredClone(a)));
        given[position] = deepFreeze(make());
        const started = performance.now();
        let result: unknown;
        try {
          result = call(...given);
        } catch (error) {
          expect(error).toBeInstanceOf(SocialKitError);
        }
        expect(performance.now() - started, 'hang guard').toBeLessThan(HANG_GUARD_MS);
        expect(finiteEverywhere(result)).toBe(true);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      });
    }
  }
});
