/**
 * Every schema: parse → JSON.stringify → parse gives an equal value, money
 * and dates included (issue 3). Every exported `XxxSchema` is found
 * automatically, and must show a `XxxSchema.parse(…)` call in its TSDoc
 * example: that documented input is the sample this test round-trips.
 */
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import * as socialkit from '../../src/index.js';
import { allExamples, exampleCalls } from '../support/examples.js';

const examples = allExamples();
const scope: Record<string, unknown> = { ...socialkit, z };
const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));

const schemas = Object.entries(socialkit).filter(([name, value]) => name.endsWith('Schema') && value instanceof z.ZodType) as [string, z.ZodType][];

/** Compares two parsed values, treating Decimals by value and Dates by instant. */
function same(a: unknown, b: unknown): boolean {
  if (socialkit.Decimal.isDecimal(a) || socialkit.Decimal.isDecimal(b)) {
    return socialkit.Decimal.isDecimal(a) && socialkit.Decimal.isDecimal(b) && a.equals(b) && a.toString() === b.toString();
  }
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return Object.is(a, b);
}

describe('every schema survives parse → JSON.stringify → parse', () => {
  it('finds the schemas', () => {
    expect(schemas.length).toBeGreaterThan(10);
  });

  for (const [name, schema] of schemas) {
    it(name, () => {
      const calls = exampleCalls(`${name}.parse`, examples);
      expect(calls.length, `${name} needs a \`${name}.parse(…)\` line in its @example`).toBeGreaterThan(0);
      for (const args of calls) {
        const make = new Function(...names, `return [${args}];`) as (...a: unknown[]) => unknown[];
        const [input] = make(...names.map((n) => scope[n]));
        const first = schema.parse(input);
        const second = schema.parse(JSON.parse(JSON.stringify(first)));
        expect(same(first, second), `${name}: ${JSON.stringify(first)} → ${JSON.stringify(second)}`).toBe(true);
      }
    });
  }
});
