import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ApprovalPolicySchema,
  HistoryEntrySchema,
  builtInObservances,
  ObservanceOccurrenceSchema,
  observances,
  ObservanceSchema,
  SlotPatternSchema,
  toRRule,
  type SlotPatternInput,
} from '../../src/calendar/index.js';
import { toJsonSchema, WEEKDAYS } from '../../src/core/index.js';

const roundTrip = <T>(schema: { parse: (v: unknown) => T }, value: unknown): void => {
  const once = schema.parse(value);
  expect(schema.parse(JSON.parse(JSON.stringify(once)))).toEqual(once);
};

describe('calendar schemas: parse → JSON.stringify → parse', () => {
  it('slot patterns', () => {
    const timeArb = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    const arb = fc.oneof(
      fc.record({ kind: fc.constant('weekly'), weekdays: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1 }), times: fc.uniqueArray(timeArb, { minLength: 1, maxLength: 5 }), timeZone: fc.constantFrom('Europe/Paris', 'UTC', 'Asia/Kolkata') }),
      fc.record({ kind: fc.constant('monthly'), day: fc.integer({ min: 1, max: 31 }), times: fc.uniqueArray(timeArb, { minLength: 1, maxLength: 5 }), timeZone: fc.constant('America/New_York'), start: fc.constant('2027-01-01'), count: fc.integer({ min: 1, max: 100 }) }),
      fc.record({ kind: fc.constant('interval'), everyDays: fc.integer({ min: 1, max: 30 }), times: fc.uniqueArray(timeArb, { minLength: 1, maxLength: 5 }), timeZone: fc.constant('Australia/Sydney'), start: fc.constant('2027-01-04'), end: fc.constant('2027-12-31') }),
    );
    fc.assert(fc.property(arb, (p) => roundTrip(SlotPatternSchema, p)));
  });

  it('approval policies and history entries (instants as ISO strings)', () => {
    for (const p of [{ kind: 'none' }, { kind: 'optional' }, { kind: 'required' }, { kind: 'multiLevel', levels: 3 }]) roundTrip(ApprovalPolicySchema, p);
    roundTrip(HistoryEntrySchema, { action: 'approve', from: 'inReview', to: 'approved', actor: 'bob', at: new Date('2027-01-04T09:00:00Z'), note: 'ok' });
  });

  it('observances (all but the custom rules, whose functions JSON cannot carry) and occurrences', () => {
    for (const entry of builtInObservances) if (entry.rule.kind !== 'custom') roundTrip(ObservanceSchema, entry);
    for (const o of observances({ from: '2027-01-01', to: '2027-12-31' })) roundTrip(ObservanceOccurrenceSchema, o);
  });

  it('export as JSON Schema', () => {
    for (const schema of [SlotPatternSchema, ApprovalPolicySchema, HistoryEntrySchema, ObservanceSchema, ObservanceOccurrenceSchema]) {
      expect(toJsonSchema(schema)).toHaveProperty('$schema');
    }
    expect(JSON.stringify(toJsonSchema(HistoryEntrySchema))).toContain('"format":"date-time"');
  });

  it('parsed slot patterns are frozen where they hold arrays, so a parsed pattern can be shared', () => {
    const p = SlotPatternSchema.parse({ kind: 'weekly', weekdays: ['mon'], times: ['09:00'], timeZone: 'UTC', start: '2027-01-04' } satisfies SlotPatternInput);
    expect(Object.isFrozen(p.times)).toBe(true);
    expect(toRRule(p)).toHaveLength(1);
  });
});
