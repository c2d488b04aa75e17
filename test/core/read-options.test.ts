import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { CurrencySchema, formatMoney, formatPercent, InstantSchema, LocalDateSchema, TimeZoneSchema, ValidationError } from '../../src/core/index.js';
import { instant, issueCodeOf, localDate, parseWithSchema, readOptions, suggestKey, timeZone } from '../../src/core/internal.js';

function issuesOf(fn: () => unknown): { code: string; path: readonly (string | number)[]; message: string }[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return [...(error as ValidationError).issues];
  }
  throw new Error('expected a ValidationError');
}

describe('readOptions (issue 11)', () => {
  it('a misspelt core option is refused with a suggestion: formatPercent(0.1234, { digit: 3 })', () => {
    const [issue, ...rest] = issuesOf(() => formatPercent(0.1234, { digit: 3 } as never));
    expect(rest).toEqual([]);
    expect(issue).toEqual({
      code: 'unknownKey',
      path: ['options', 'digit'],
      message: 'options.digit is not an option: did you mean `digits`? (options: locale, digits, empty)',
    });
    expect(issuesOf(() => formatMoney(1, { currency: 'EUR', locales: 'fr-FR' } as never))[0]?.message).toContain('did you mean `locale`?');
  });

  it('lists every unknown key at once, up to 100', () => {
    expect(issuesOf(() => readOptions({ a: 1, b: 2, digits: 3 }, 'options', ['digits'])).map((i) => i.path)).toEqual([
      ['options', 'a'],
      ['options', 'b'],
    ]);
    const many = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`k${i}`, i]));
    expect(issuesOf(() => readOptions(many, 'options', ['x']))).toHaveLength(100);
  });

  it('suggests by letter case, by prefix and by edit distance, and not when nothing is close', () => {
    expect(suggestKey('currncy', ['by', 'timeZone', 'currency', 'onInvalid'])).toBe('currency');
    expect(suggestKey('minGap', ['maxPerDay', 'minGapMinutes'])).toBe('minGapMinutes');
    expect(suggestKey('timezone', ['timeZone'])).toBe('timeZone');
    expect(suggestKey('loacle', ['locale', 'digits'])).toBe('locale'); // a transposition is one edit
    expect(suggestKey('colour', ['platform', 'text'])).toBeUndefined();
    expect(suggestKey('', ['a'])).toBeUndefined();
  });
});

describe('zod codes are mapped at the boundary (issue 11)', () => {
  const first = (schema: z.ZodType, value: unknown) => issueCodeOf(schema.safeParse(value).error!.issues[0]!);
  it.each([
    ['invalid_type', z.number(), 'x', 'invalidType'],
    ['too_small', z.number().min(1), 0, 'outOfRange'],
    ['too_big', z.string().max(1), 'ab', 'outOfRange'],
    ['not_multiple_of', z.number().multipleOf(2), 3, 'outOfRange'],
    ['unrecognized_keys', z.strictObject({}), { a: 1 }, 'unknownKey'],
    ['invalid_value', z.enum(['a']), 'b', 'invalidValue'],
    ['invalid_union', z.union([z.number(), z.boolean()]), 'x', 'invalidValue'],
    ['invalid_format (regex)', z.string().regex(/^a$/), 'b', 'invalidFormat'],
    ['invalid_format (iso date)', z.iso.date(), '2027-13-01', 'invalidDate'],
    ['invalid_format (url)', z.url(), 'nope', 'invalidUrl'],
    ['custom without a code', z.number().refine(() => false), 1, 'invalidValue'],
    ['custom with params.code', z.number().refine(() => false, { params: { code: 'negative' } }), 1, 'negative'],
    ['custom with an unknown params.code', z.number().refine(() => false, { params: { code: 'nope' } }), 1, 'invalidValue'],
  ] as const)('%s → %s', (_name, schema, value, code) => {
    expect(first(schema, value)).toBe(code);
  });

  it('the same bad value gets the same code through a guard and through a schema', () => {
    const pairs: [() => unknown, z.ZodType, unknown][] = [
      [() => instant('2027-02-30T09:00:00Z'), InstantSchema, '2027-02-30T09:00:00Z'],
      [() => localDate('2027-02-30'), LocalDateSchema, '2027-02-30'],
      [() => timeZone('Mars/Olympus'), TimeZoneSchema, 'Mars/Olympus'],
    ];
    for (const [guard, schema, value] of pairs) {
      const viaGuard = issuesOf(guard)[0]?.code;
      const viaSchema = issuesOf(() => parseWithSchema(schema, value))[0]?.code;
      expect(viaSchema).toBe(viaGuard);
      expect(['invalidDate', 'invalidTimeZone']).toContain(viaSchema);
    }
    expect(issuesOf(() => parseWithSchema(CurrencySchema, 'eur'))[0]?.code).toBe('invalidCurrency');
  });

  it('an unknown key of a schema gets a suggestion from the schema; a missing field names a similar key', () => {
    const schema = z.strictObject({ timeZone: z.string(), seed: z.number().optional() });
    const issues = issuesOf(() => parseWithSchema(schema, { timezone: 'UTC' }));
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['invalidType', ['timeZone']],
      ['unknownKey', ['timezone']],
    ]);
    expect(issues[0]?.message).toBe('timeZone is required (the input has `timezone`: a misspelling of `timeZone`?)');
    expect(issues[1]?.message).toBe('timezone is not a field: did you mean `timeZone`? (fields: timeZone, seed)');
  });

  it('lists at most 100 issues', () => {
    expect(issuesOf(() => parseWithSchema(z.array(z.number()), Array.from({ length: 300 }, () => 'x')))).toHaveLength(100);
  });
});
