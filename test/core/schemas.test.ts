import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { CurrencySchema, Decimal, FindingSchema, InstantSchema, LocalDateSchema, LocalTimeSchema, MoneySchema, ObjectiveTypeSchema, OBSERVANCE_CATEGORIES, ObservanceCategorySchema, PlatformIdSchema, PostFormatSchema, SeveritySchema, TimeZoneSchema, toJsonSchema, ValidationError, WeekdaySchema } from '../../src/core/index.js';
import { parseWithSchema, validationErrorFromZod } from '../../src/core/internal.js';

describe('scalar schemas', () => {
  it('parse what the guards accept', () => {
    expect(MoneySchema.parse('19.99')).toBeInstanceOf(Decimal);
    expect(InstantSchema.parse('2027-03-28T09:00:00+02:00').toISOString()).toBe('2027-03-28T07:00:00.000Z');
    expect(CurrencySchema.parse('EUR')).toBe('EUR');
    expect(LocalDateSchema.parse('2027-02-14')).toBe('2027-02-14');
    expect(LocalTimeSchema.parse('09:00')).toBe('09:00');
    expect(TimeZoneSchema.parse('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(WeekdaySchema.parse('mon')).toBe('mon');
    expect(PlatformIdSchema.parse('x')).toBe('x');
    expect(ObjectiveTypeSchema.parse('eReputation')).toBe('eReputation');
    expect(PostFormatSchema.parse('shortVideo')).toBe('shortVideo');
    expect(SeveritySchema.options).toEqual(['error', 'warning', 'info']);
  });

  it('refuse what the guards refuse, with the guard’s message', () => {
    const r = MoneySchema.safeParse('1,5');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/use a dot as the decimal mark/);
    expect(InstantSchema.safeParse('2027-03-28T09:00:00').success).toBe(false);
    expect(LocalDateSchema.safeParse('2027-02-29').success).toBe(false);
    expect(LocalTimeSchema.safeParse('24:00').success).toBe(false);
    expect(TimeZoneSchema.safeParse('Europe/Lyon').success).toBe(false);
    expect(CurrencySchema.safeParse('EURO').success).toBe(false);
  });
});

const Budget = z.object({
  name: z.string(),
  currency: CurrencySchema,
  total: MoneySchema,
  lines: z.array(z.object({ amount: MoneySchema, at: InstantSchema })),
  findings: z.array(FindingSchema),
});

describe('observance categories (in core: the editorial line and the calendar both name them)', () => {
  it('lists the eight categories in a stable order, frozen, and the schema accepts exactly them', () => {
    expect(OBSERVANCE_CATEGORIES).toEqual(['commercial', 'awareness', 'holiday', 'cultural', 'sport', 'religious', 'civic', 'platform']);
    expect(Object.isFrozen(OBSERVANCE_CATEGORIES)).toBe(true);
    expect(OBSERVANCE_CATEGORIES[0]).toBe('commercial');
    expect(ObservanceCategorySchema.parse('awareness')).toBe('awareness');
    expect(ObservanceCategorySchema.safeParse('shopping').success).toBe(false);
  });
});

describe('JSON round trip', () => {
  it('property: parse → JSON.stringify → parse gives an equal value, money and dates included', () => {
    const line = fc.record({
      amount: fc.oneof(fc.double({ min: -1e28, max: 1e28, noNaN: true }).filter((x) => x === 0 || Math.abs(x) >= 1e-19), fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }).map((b) => `${b}.${String(b % 1000n).replace('-', '').padStart(3, '0')}`)),
      at: fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
    });
    fc.assert(
      fc.property(fc.string(), fc.array(line, { maxLength: 5 }), (name, lines) => {
        const first = Budget.parse({ name, currency: 'EUR', total: '1000.00', lines, findings: [{ code: 'x', severity: 'info', message: 'm', path: ['lines', 0] }] });
        const second = Budget.parse(JSON.parse(JSON.stringify(first)));
        expect(second.total.equals(first.total)).toBe(true);
        second.lines.forEach((l, i) => {
          expect(l.amount.toString()).toBe(first.lines[i]!.amount.toString());
          expect(l.at.getTime()).toBe(first.lines[i]!.at.getTime());
        });
        expect(second.findings).toEqual(first.findings);
        expect(second.name).toBe(first.name);
      }),
    );
  });
});

describe('toJsonSchema()', () => {
  it('renders money as a decimal string and instants as date-time strings', () => {
    const js = toJsonSchema(Budget) as { properties: Record<string, Record<string, unknown>> };
    expect(js.properties.total).toMatchObject({ type: 'string', pattern: expect.stringContaining('\\d') });
    const lines = js.properties.lines as { items: { properties: Record<string, unknown> } };
    expect(lines.items.properties.at).toEqual({ type: 'string', format: 'date-time' });
    expect(js.properties.name).toEqual({ type: 'string' });
  });

  it('the money pattern accepts exactly the JSON that Decimal writes', () => {
    const pattern = new RegExp((toJsonSchema(MoneySchema) as { pattern: string }).pattern);
    for (const s of ['0', '-12.34', '100000000000000000000000', '0.000000001']) expect(pattern.test(s)).toBe(true);
    for (const s of ['1,5', 'NaN', '', ' 1']) expect(pattern.test(s)).toBe(false);
    expect(pattern.test(JSON.parse(JSON.stringify(new Decimal('1e-30'))))).toBe(true);
  });

  it('can describe the output side', () => {
    const js = toJsonSchema(z.object({ total: MoneySchema }), { io: 'output' }) as { properties: { total: unknown } };
    expect(js.properties.total).toMatchObject({ type: 'string' });
  });
});

describe('parseWithSchema() and validationErrorFromZod()', () => {
  it('returns the parsed value', () => {
    expect(parseWithSchema(z.number().int(), 3)).toBe(3);
  });

  it('throws a ValidationError with socialkit codes (zod codes mapped), paths and prettified text', () => {
    try {
      parseWithSchema(FindingSchema, { code: '', severity: 'bad' }, { name: 'Finding', path: ['report', 'findings', 2] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const err = e as ValidationError;
      expect(err.message.startsWith('Invalid Finding:\n✖')).toBe(true);
      expect(err.issues.map((i) => i.path)).toEqual([
        ['report', 'findings', 2, 'code'],
        ['report', 'findings', 2, 'severity'],
        ['report', 'findings', 2, 'message'],
        ['report', 'findings', 2, 'path'],
      ]);
      expect(err.issues.map((i) => i.code)).toEqual(['outOfRange', 'invalidValue', 'invalidType', 'invalidType']);
      expect(err.issues[2]?.message).toBe('report.findings[2].message is required');
    }
  });

  it('converts without a name', () => {
    const r = z.object({ reach: z.number() }).safeParse({ reach: 'x' });
    const e = validationErrorFromZod(r.error!);
    expect(e.issues[0]?.path).toEqual(['reach']);
    expect(e.message).toMatch(/^✖/);
  });
});
