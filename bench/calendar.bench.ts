/**
 * Calendar benchmarks (issue 7): expanding 60 weekly rules — 3 slots a week
 * for 20 brand-platform pairs in Europe/Paris, America/New_York and
 * Asia/Tokyo — over a year, against the `rrule` package with `tzid` on the
 * same rules. Both sides build their rules inside the timed run (rrule caches
 * results on its rule objects). rrule's instants are only right when the
 * process runs with TZ=UTC; its speed does not depend on it, and the
 * occurrence counts are compared in any zone (instants too under TZ=UTC).
 */
import * as rrulePkg from 'rrule';
import { expandSlots, type SlotPatternInput } from '../src/calendar/index.js';
import { medianMs, type BenchRow } from './types.js';

type RRuleModule = typeof import('rrule');
const rrule: RRuleModule = (rrulePkg as unknown as { default?: RRuleModule }).default ?? (rrulePkg as unknown as RRuleModule);

const ZONES = ['Europe/Paris', 'America/New_York', 'Asia/Tokyo'] as const;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const FROM = new Date('2027-01-01T00:00:00Z');
const TO = new Date('2028-01-01T00:00:00Z');

interface Rule {
  zone: string;
  weekday: number;
  hour: number;
  minute: number;
}

/** 20 pairs × 3 weekly slots, spread over the week and the day. */
function rules(): Rule[] {
  const out: Rule[] = [];
  for (let pair = 0; pair < 20; pair += 1) {
    const zone = ZONES[pair % 3] as string;
    for (let slot = 0; slot < 3; slot += 1) {
      out.push({ zone, weekday: (pair + slot * 2) % 7, hour: 8 + ((pair + slot * 5) % 12), minute: ((pair * 7 + slot * 15) % 4) * 15 });
    }
  }
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function ours(all: readonly Rule[]): number[] {
  const out: number[] = [];
  for (const r of all) {
    const pattern: SlotPatternInput = { kind: 'weekly', weekdays: [DAYS[r.weekday] as (typeof DAYS)[number]], times: [`${pad(r.hour)}:${pad(r.minute)}`], timeZone: r.zone };
    for (const d of expandSlots(pattern, { from: FROM, to: TO })) out.push(d.getTime());
  }
  return out;
}

function theirs(all: readonly Rule[]): number[] {
  const { RRule, datetime } = rrule;
  const weekdays = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];
  const out: number[] = [];
  for (const r of all) {
    const rule = new RRule({ freq: RRule.WEEKLY, byweekday: [weekdays[r.weekday]!], dtstart: datetime(2026, 12, 28, r.hour, r.minute, 0), tzid: r.zone });
    for (const d of rule.between(FROM, TO, true)) out.push(d.getTime());
  }
  return out;
}

export async function run(): Promise<BenchRow[]> {
  const all = rules();
  const a = ours(all);
  const b = theirs(all);
  const sameCount = a.length === b.length;
  const utc = new Date(2027, 0, 1).getTimezoneOffset() === 0 && new Date(2027, 6, 1).getTimezoneOffset() === 0;
  const sameInstants = sameCount && [...a].sort((x, y) => x - y).every((v, i) => v === [...b].sort((x, y) => x - y)[i]);
  const oursMs = await medianMs(() => ours(all), 15, 3);
  const theirsMs = await medianMs(() => theirs(all), 5, 1);
  const speedup = theirsMs / oursMs;
  const check = utc ? (sameInstants ? 'same instants as rrule' : '**instants differ from rrule**') : sameCount ? 'same count as rrule (instants compared only under TZ=UTC)' : '**count differs from rrule**';
  return [
    {
      name: `expandSlots: 60 weekly rules (20 pairs × 3 slots, Paris/New York/Tokyo) over 2027, ${a.length} instants`,
      result: `${oursMs.toFixed(2)} ms (${((oursMs * 1000) / a.length).toFixed(2)} µs per instant); rrule with tzid ${theirsMs.toFixed(0)} ms: ${speedup.toFixed(0)}× faster; ${check}`,
      target: '≥ 10× faster than rrule with tzid',
      pass: speedup >= 10 && sameCount && (!utc || sameInstants),
    },
  ];
}
