/**
 * A local version of the hostile-input harness of issue 3, for the calendar
 * module: every exported function, hostile values in every argument position
 * and in every field of its object arguments. Each call must return or throw
 * a SocialKitError, never leave NaN or Infinity in its output, never mutate
 * its (deep-frozen) arguments, never pollute Object.prototype, and finish
 * quickly on 1 MB strings.
 */
import { describe, expect, it } from 'vitest';
import * as calendar from '../../src/calendar/index.js';
import { HANG_GUARD_MS } from '../support/hostile.js';
import { SocialKitError } from '../../src/core/index.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function nested(depth: number): unknown {
  let v: unknown = {};
  for (let i = 0; i < depth; i += 1) v = { a: v };
  return v;
}

const holey: unknown[] = [];
holey[2] = 'x';
const MB = 'a'.repeat(1_000_000);

const hostile = (): unknown[] => [
  undefined,
  null,
  Number.NaN,
  Infinity,
  -Infinity,
  -1,
  1e308,
  1.5,
  '',
  MB,
  '#'.repeat(1_000_000),
  '\uD800',
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } }, prototype: {} },
  nested(5_000),
  holey,
  new Date(Number.NaN),
  [],
  {},
  true,
  Symbol('s'),
  () => 1,
];

const pattern = { kind: 'weekly', weekdays: ['mon'], times: ['09:00'], timeZone: 'Europe/Paris', start: '2027-01-04' };
const post = { id: 'p', status: 'draft', history: [] };
const holidays = { getHolidays: () => [] };

const planPost = (id: string, at: string, localTime: string, extra: Record<string, unknown> = {}) => ({
  id, platform: 'x', text: 'Bonjour, "monde"', format: 'text', pillar: 'savoirFaire', objectiveType: 'engagement', language: 'fr', at, localTime, ...extra,
});
const plan = {
  timeZone: 'Europe/Paris',
  period: { from: '2027-03-01', to: '2027-03-31' },
  constraints: { x: { minGapMinutes: 60, maxPerDay: 2 } },
  blackouts: [{ from: '2027-03-20T00:00:00Z', to: '2027-03-21T00:00:00Z', reason: 'Deuil' }],
  freezes: [{ id: 'f1', from: '2027-03-10T00:00:00Z', to: '2027-03-11T00:00:00Z', reason: 'Crise', actor: 'cm', at: '2027-03-10T00:00:00Z', posts: [{ id: 'b', status: 'approved', at: '2027-03-10T08:00:00Z' }] }],
  posts: [
    planPost('a', '2027-03-09T08:00:00Z', '09:00'),
    planPost('b', '2027-03-10T08:00:00Z', '09:00', { status: 'paused', history: [{ action: 'pause', from: 'approved', to: 'paused', actor: 'cm', at: '2027-03-10T00:00:00Z' }] }),
  ],
  findings: [{ code: 'textToWrite', severity: 'info', message: 'm', path: ['posts'] }],
};
const planInput = {
  period: { from: '2027-03-01', to: '2027-03-14' },
  timeZone: 'Europe/Paris',
  platforms: ['instagram', 'x'],
  editorialLine: { name: 'B', languages: ['fr'], frequencyPerWeek: { instagram: 2, x: 1 }, pillars: [{ id: 'a', name: 'A', targetShare: 0.5 }, { id: 'b', name: 'B', targetShare: 0.5 }] },
  slots: { instagram: [{ kind: 'weekly', weekdays: ['mon', 'thu'], times: ['09:00'], timeZone: 'Europe/Paris' }], x: [{ weekday: 'tue', time: '12:00', score: 2 }] },
  observances: [{ id: 'o', date: '2027-03-08', name: 'O', category: 'awareness', countries: ['*'], source: 'https://example.org' }],
  blackouts: [{ from: '2027-03-12T00:00:00Z', to: '2027-03-13T00:00:00Z' }],
  constraints: { instagram: { minGapMinutes: 30, maxPerDay: 1 } },
  seed: 1,
};
const csv = 'id;platform;at;localTime;pillar;format;objectiveType;language;text;history\r\np1;x;2027-03-10T09:00:00+01:00;09:00;a;text;engagement;fr;"a;""b""";\r\n';

// Valid arguments for each function; hostile values replace each in turn.
const calls: Record<string, unknown[]> = {
  planCalendar: [planInput],
  parsePlanCalendarInput: [planInput],
  // issue 11: one parseXxx per domain schema
  parsePlan: [plan],
  parsePlannedPost: [plan.posts[0]],
  parseBlackout: [{ from: '2027-03-12T00:00:00Z', to: '2027-03-13T00:00:00Z' }],
  parseFreeze: [{ id: 'f1', from: '2027-03-09T00:00:00Z', to: '2027-03-10T00:00:00Z', reason: 'r', paused: [] }],
  parsePlatformConstraints: [{ minGapMinutes: 30, maxPerDay: 1 }],
  parseApprovalPolicy: [{ kind: 'none' }],
  parseHistoryEntry: [{ at: '2027-03-01T00:00:00Z', actor: { id: 'cm', role: 'editor' }, action: 'submit', from: 'draft', to: 'inReview' }],
  parseWorkflowActor: [{ id: 'cm', role: 'editor' }],
  parseObservance: [calendar.builtInObservances[0]],
  parseObservanceOccurrence: [{ id: 'o', date: '2027-03-08', name: 'O', category: 'awareness', countries: ['*'], source: 'https://example.org' }],
  parseObservanceRule: [{ kind: 'fixed', month: 3, day: 8 }],
  parseObservanceTableRow: [{ year: 2027, date: '2027-03-08' }],
  findConflicts: [plan],
  reschedule: [plan, 'a', '2027-03-12T08:00:00Z'],
  insertNewsjacking: [plan, { at: '2027-03-09T08:30:00Z', platform: 'x', pillar: 'a', text: 't', format: 'text', objectiveType: 'engagement', language: 'fr', id: 'n', priority: 3, media: [], links: [], callToAction: 'go' }],
  freeze: [plan, { from: '2027-03-09T00:00:00Z', to: '2027-03-10T00:00:00Z', reason: 'r', actor: 'cm', at: '2027-03-09T00:00:00Z' }],
  resume: [plan, 'f1', { actor: 'cm', at: '2027-03-11T00:00:00Z' }],
  toICalendar: [plan, { now: '2027-03-01T00:00:00Z', name: 'n', uidDomain: 'example.org' }],
  planToCsv: [plan, { delimiter: ';', bom: true }],
  planFromCsv: [csv],
  expandSlots: [pattern, { from: '2027-01-01T00:00:00Z', to: '2027-02-01T00:00:00Z' }],
  toRRule: [pattern],
  fromRRule: [{ dtstart: 'DTSTART;TZID=Europe/Paris:20270104T090000', rrule: 'RRULE:FREQ=WEEKLY;BYDAY=MO' }, { timeZone: 'Europe/Paris' }],
  parseSlotPattern: [pattern],
  transition: [post, 'submit', { actor: 'ana', at: '2027-01-04T09:00:00Z', note: 'n', policy: { kind: 'required' } }],
  allowedActions: [post, { policy: { kind: 'optional' }, actor: 'ana' }],
  easterSunday: [2027],
  frenchMothersDay: [2027],
  frenchSalesPeriod: [2027, { season: 'winter' }],
  observances: [{ from: '2027-01-01', to: '2027-01-31', countries: ['FR'], categories: ['commercial'], locale: 'fr', entries: [], builtIn: true }],
  fromDateHolidays: [holidays, { from: '2027-01-01', to: '2027-01-31', country: 'FR', locale: 'fr' }],
};

function hasNonFinite(root: unknown): boolean {
  const stack = [root];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'number' && !Number.isFinite(value)) return true;
    if (value instanceof Date && Number.isNaN(value.getTime())) return true;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    stack.push(...Object.values(value));
  }
  return false;
}

function check(name: string, args: unknown[]): void {
  const fn = (calendar as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!;
  const frozen = args.map((a) => deepFreeze(a));
  const t0 = performance.now();
  try {
    const result = fn(...frozen);
    expect(hasNonFinite(result), `${name} returned NaN/Infinity`).toBe(false);
  } catch (e) {
    if (!(e instanceof SocialKitError)) throw new Error(`${name}(${args.map((a) => typeof a).join(', ')}) threw ${String(e)}`);
  }
  expect(performance.now() - t0, `${name} hung`).toBeLessThan(HANG_GUARD_MS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('calendar: hostile input', () => {
  it('covers every exported function', () => {
    const functions = Object.entries(calendar)
      .filter(([, v]) => typeof v === 'function' && !('_zod' in (v as object)))
      .map(([k]) => k)
      .sort();
    expect(functions).toEqual(Object.keys(calls).sort());
  });

  for (const name of ['findConflicts', 'reschedule', 'insertNewsjacking', 'freeze', 'resume', 'toICalendar', 'planToCsv']) {
    it(`${name}: hostile values in every field of a post and of the plan's nested parts`, () => {
      const valid = calls[name]!;
      const parts: [string, unknown][] = [
        ['posts', plan.posts[0]],
        ['blackouts', plan.blackouts[0]],
        ['freezes', plan.freezes[0]],
        ['findings', plan.findings[0]],
      ];
      for (const [key, item] of parts) {
        for (const field of Object.keys(item as object)) {
          for (const bad of hostile()) {
            const copy = structuredCloneSafe(plan) as unknown as Record<string, unknown[]>;
            copy[key] = [{ ...(structuredCloneSafe(item) as object), [field]: bad }, ...copy[key]!.slice(1)];
            check(name, [copy, ...valid.slice(1).map((v) => structuredCloneSafe(v))]);
          }
        }
      }
      for (const bad of hostile()) check(name, [{ ...structuredCloneSafe(plan), period: { from: '2027-03-01', to: bad } }, ...valid.slice(1)]);
    });
  }

  for (const [name, valid] of Object.entries(calls)) {
    it(`${name}: hostile values in every argument position and option field`, () => {
      let tried = 0;
      for (let position = 0; position < valid.length + 1; position += 1) {
        for (const bad of hostile()) {
          const args = valid.map((v) => structuredCloneSafe(v));
          args[position] = bad;
          check(name, args);
          tried += 1;
        }
        const arg = valid[position];
        if (typeof arg === 'object' && arg !== null && !Array.isArray(arg)) {
          for (const key of Object.keys(arg)) {
            for (const bad of hostile()) {
              const args = valid.map((v) => structuredCloneSafe(v));
              args[position] = { ...(structuredCloneSafe(arg) as object), [key]: bad };
              check(name, args);
              tried += 1;
            }
          }
        }
      }
      expect(tried).toBeGreaterThan(20);
    });
  }
});

function structuredCloneSafe<T>(value: T): T {
  if (typeof value === 'function') return value;
  if (Array.isArray(value)) return value.map((v) => structuredCloneSafe(v)) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = structuredCloneSafe(v);
    return out as T;
  }
  return value;
}
