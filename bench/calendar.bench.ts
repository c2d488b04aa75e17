/**
 * Calendar benchmarks (issue 7): expanding 60 weekly rules — 3 slots a week
 * for 20 brand-platform pairs in Europe/Paris, America/New_York and
 * Asia/Tokyo — over a year, against the `rrule` package with `tzid` on the
 * same rules; and a one-year plan for 10 brands × 6 platforms against rrule's
 * expansion of its slots alone. Both sides build their rules inside the timed run (rrule caches
 * results on its rule objects). rrule's instants are only right when the
 * process runs with TZ=UTC; its speed does not depend on it, and the
 * occurrence counts are compared in any zone (instants too under TZ=UTC).
 */
import * as rrulePkg from 'rrule';
import { expandSlots, observances, planCalendar, toRRule, type PlanCalendarInput, type SlotPatternInput } from '../src/calendar/index.js';
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

async function runExpansion(): Promise<BenchRow[]> {
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

// A one-year plan for 10 brands × 6 platforms (issue 7): each brand in one
// of the three zones, each platform with weekly slot patterns (2 or 3 times
// a day on 3 to 5 weekdays), the brand's commercial marronniers, a blackout
// and constraints. Timed against rrule's expansion of the same slots alone
// (the rules of toRRule, built and expanded with tzid inside the timed run).
const PLATFORMS = ['instagram', 'facebook', 'linkedin', 'x', 'tiktok', 'youtube'] as const;

function brandInputs(): PlanCalendarInput[] {
  const out: PlanCalendarInput[] = [];
  for (let brand = 0; brand < 10; brand += 1) {
    const zone = ZONES[brand % 3] as string;
    const slots: PlanCalendarInput['slots'] = {};
    const frequencyPerWeek: Partial<Record<(typeof PLATFORMS)[number], number>> = {};
    PLATFORMS.forEach((platform, k) => {
      const weekdays = DAYS.filter((_, d) => (d + brand + k) % 7 < 3 + ((brand + k) % 3));
      const times = [`${pad(8 + ((brand + k) % 4))}:00`, `${pad(12 + (k % 2))}:30`, ...(k % 2 === 0 ? [`${pad(18 + (brand % 3))}:15`] : [])];
      slots[platform] = [{ kind: 'weekly', weekdays, times, timeZone: zone }];
      frequencyPerWeek[platform] = 2 + ((brand + k) % 4);
    });
    out.push({
      period: { from: '2027-01-01', to: '2027-12-31' },
      timeZone: zone,
      platforms: PLATFORMS,
      editorialLine: {
        name: `Brand ${brand}`,
        languages: ['fr'],
        frequencyPerWeek,
        pillars: [
          { id: 'savoirFaire', name: 'Savoir-faire', targetShare: 0.4 },
          { id: 'coulisses', name: 'Coulisses', targetShare: 0.3 },
          { id: 'communaute', name: 'Communauté', targetShare: 0.2 },
          { id: 'offres', name: 'Offres', targetShare: 0.1 },
        ],
      },
      slots,
      observances: observances({ from: '2027-01-01', to: '2027-12-31', countries: ['FR'], categories: ['commercial'] }),
      blackouts: [{ from: '2027-08-09T00:00:00Z', to: '2027-08-16T00:00:00Z', reason: 'Congés' }],
      constraints: { x: { minGapMinutes: 120, maxPerDay: 2 }, instagram: { maxPerDay: 1 } },
      seed: brand,
    });
  }
  return out;
}

function planAll(inputs: readonly PlanCalendarInput[]): number {
  let posts = 0;
  for (const input of inputs) posts += planCalendar(input).posts.length;
  return posts;
}

/** rrule's expansion of every slot pattern of every brand over the year (no planning at all). */
function rruleSlots(inputs: readonly PlanCalendarInput[]): number {
  const { rrulestr } = rrule;
  let count = 0;
  for (const input of inputs) {
    for (const platform of PLATFORMS) {
      for (const pattern of input.slots[platform] ?? []) {
        for (const lines of toRRule({ ...(pattern as SlotPatternInput), start: '2027-01-01' })) {
          const rule = rrulestr(`${lines.dtstart}\n${lines.rrule}`) as InstanceType<RRuleModule['RRule']>;
          count += rule.between(FROM, TO, true).length;
        }
      }
    }
  }
  return count;
}

async function runPlanner(): Promise<BenchRow[]> {
  const inputs = brandInputs();
  const posts = planAll(inputs);
  const slotCount = rruleSlots(inputs);
  const planMs = await medianMs(() => planAll(inputs), 7, 2);
  const rruleMs = await medianMs(() => rruleSlots(inputs), 5, 1);
  return [
    {
      name: `planCalendar: one-year plans for 10 brands × 6 platforms (Paris/New York/Tokyo, commercial marronniers, a blackout, constraints), ${posts} posts from ${slotCount} slots`,
      result: `${planMs.toFixed(1)} ms; rrule with tzid expanding the same slots alone ${rruleMs.toFixed(0)} ms (the plan takes ${((planMs / rruleMs) * 100).toFixed(0)} % of it)`,
      target: "less than rrule's expansion of the slots alone",
      pass: planMs < rruleMs,
    },
  ];
}

export async function run(): Promise<BenchRow[]> {
  return [...(await runExpansion()), ...(await runPlanner())];
}
