import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { minorUnit, ratio, sameCurrency, toJsonSchema, ValidationError } from '../../src/core/index.js';
import { arrayArgument, booleanArgument, finiteNumber, formatPath, objectArgument, parseWithSchema, pathArgument, readOptions, toPath, validationErrorFromZod } from '../../src/core/internal.js';

describe('argument guards refuse wrong shapes with a ValidationError naming the argument', () => {
  it('readOptions', () => {
    expect(readOptions(undefined, 'options', ['locale'])).toEqual({});
    const o = { locale: 'fr-FR' };
    expect(readOptions(o, 'options', ['locale'])).toBe(o);
    expect(readOptions(Object.create(null) as object, 'options', [])).toEqual({});
    for (const bad of [null, [], new Date(), 'fr-FR', 3, new Map()]) expect(() => readOptions(bad, 'settings', [])).toThrow(/^settings must be an object/);
  });

  it('objectArgument, arrayArgument, booleanArgument, pathArgument', () => {
    expect(() => objectArgument(null, 'input')).toThrow(/input must be an object, got null/);
    expect(() => objectArgument([], [])).toThrow(/^The argument must be an object/);
    expect(() => arrayArgument({}, 'posts')).toThrow(/posts must be an array/);
    expect(booleanArgument(false, 'flag', true)).toBe(false);
    expect(() => booleanArgument(1, 'flag', true)).toThrow(/flag must be true or false/);
    expect(() => booleanArgument(undefined, 'flag', 'yes' as never)).toThrow(/fallback/);
    expect(pathArgument('reach')).toEqual(['reach']);
    expect(() => pathArgument(-1)).toThrow(ValidationError);
    expect(() => pathArgument(['a', 1.5])).toThrow(ValidationError);
  });

  it('paths describe what is not a key rather than fail', () => {
    expect(toPath(['a', Number.NaN, Symbol('s'), null] as never)).toEqual(['a', '(number)', '(symbol)', '(object)']);
    expect(toPath({} as never)).toEqual([]);
    expect(formatPath(['a', Number.POSITIVE_INFINITY] as never)).toBe('a.(number)');
  });

  it('finiteNumber refuses bounds that are not numbers', () => {
    expect(() => finiteNumber(1, 'x', { min: '0' as never })).toThrow(/options\.min must be a number/);
    expect(() => finiteNumber(1, 'x', { max: Number.NaN })).toThrow(/options\.max must be a number/);
  });

  it('ratio refuses non-finite numbers', () => {
    expect(() => ratio(Number.NaN, 1)).toThrow(/two finite numbers/);
    expect(() => ratio(1, Number.POSITIVE_INFINITY)).toThrow(ValidationError);
    expect(() => ratio('1' as never, 2)).toThrow(ValidationError);
  });

  it('currency helpers refuse a malformed minorUnits or code list', () => {
    expect(() => minorUnit('EUR', { minorUnits: 'x' as never })).toThrow(/minorUnits must be an object/);
    expect(() => sameCurrency(['EUR', 5 as never])).toThrow(/codes\[1\] must be a currency code/);
    expect(() => sameCurrency(null as never)).toThrow(/codes must be an iterable/);
  });

  it('schema helpers refuse what is not a zod schema or error', () => {
    expect(() => toJsonSchema({} as never)).toThrow(/schema must be a zod schema/);
    expect(() => toJsonSchema(z.string(), { io: 'both' as never })).toThrow(/io must be 'input' or 'output'/);
    expect(() => parseWithSchema({ safeParse: () => ({ success: true }) } as never, 1)).toThrow(/schema must be a zod schema/);
    expect(() => validationErrorFromZod(new Error('x') as never)).toThrow(/error must be a ZodError/);
    expect(parseWithSchema(z.string(), 'ok', undefined)).toBe('ok');
  });
});
