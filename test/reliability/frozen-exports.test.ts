/**
 * Shared state (issue 13): every exported array and plain-object constant is
 * deeply frozen, so a caller cannot change what the library reads for
 * everyone (`WEEKDAYS.sort()` made `weekdayOf` of a Sunday `'wed'`).
 * Class instances (`Decimal`, `RegExp`) and zod schemas and registries keep
 * their own contracts (zod breaks when frozen).
 */
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { getPlatform, isPlatformId, measureText, PLATFORM_IDS, platforms, ValidationError, WEEKDAYS, weekdayOf } from '../../src/index.js';
import { exportedValues } from '../support/exports.js';

const values = await exportedValues();

function isPlain(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return Array.isArray(value) || proto === Object.prototype || proto === null;
}

// The paths inside `value` of arrays and plain objects that are not frozen.
function unfrozen(value: unknown, path: string, seen: Set<unknown>, out: string[]): void {
  if (!isPlain(value) || seen.has(value)) return;
  seen.add(value);
  if (!Object.isFrozen(value)) out.push(path);
  for (const key of Reflect.ownKeys(value)) unfrozen((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`, seen, out);
}

describe('exported constants are deeply frozen', () => {
  const data = values.filter((v) => isPlain(v.value) && !(v.value instanceof z.ZodType));

  it('finds the exported data', () => {
    expect(data.map((v) => v.name)).toEqual(expect.arrayContaining(['WEEKDAYS', 'PLATFORM_IDS', 'platforms', 'currencies', 'builtInObservances', 'marronniers', 'postRules', 'objectiveProfiles']));
  });

  it.each(data.map((v) => [`${v.module} ${v.name}`, v.value] as const))('%s', (_name, value) => {
    const out: string[] = [];
    unfrozen(value, 'value', new Set(), out);
    expect(out).toEqual([]);
  });

  it('leaves what is not data alone: zod schemas still parse, Decimal still computes', () => {
    const schemas = values.filter((v) => v.value instanceof z.ZodType);
    expect(schemas.length).toBeGreaterThan(20);
    for (const { value } of schemas) expect(Object.isFrozen(value)).toBe(false);
  });
});

describe('a mutation attempt throws and changes nothing', () => {
  const sunday = new Date('2027-01-03T12:00:00Z');

  it('WEEKDAYS.sort() (it made weekdayOf of a Sunday return wed)', () => {
    expect(() => (WEEKDAYS as unknown as string[]).sort()).toThrow(TypeError);
    expect(WEEKDAYS).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(weekdayOf(sunday, 'UTC')).toBe('sun');
  });

  it('platforms.x.text.limit.value = 1 (it changed every later measureText)', () => {
    expect(() => {
      (platforms.x.text.limit as { value: number }).value = 1;
    }).toThrow(TypeError);
    expect(platforms.x.text.limit.value).toBe(280);
    expect(measureText('Bonjour', 'x').limit).toBe(280);
  });

  it("PLATFORM_IDS.push('myspace') (it led to a bare TypeError later)", () => {
    expect(() => (PLATFORM_IDS as unknown as string[]).push('myspace')).toThrow(TypeError);
    expect(PLATFORM_IDS).not.toContain('myspace');
    expect(isPlatformId('myspace')).toBe(false);
    expect(() => getPlatform('myspace' as never)).toThrow(ValidationError);
  });

  it('getPlatform returns a fresh, unfrozen copy with the overrides applied; changing it changes nothing else', () => {
    const a = getPlatform('x', { text: { limit: 25_000 } });
    expect(a.text.limit).toEqual({ value: 25_000, source: 'override', asOf: null });
    expect(Object.isFrozen(a.text)).toBe(false);
    (a.text.urlLength as { value: number }).value = 99;
    const b = getPlatform('x');
    expect(b).not.toBe(platforms.x);
    expect(b.text.limit.value).toBe(280);
    expect(b.text.urlLength?.value).toBe(23);
    expect(platforms.x.text.urlLength?.value).toBe(23);
  });
});
