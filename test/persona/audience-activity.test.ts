import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SocialKitError, ValidationError } from '../../src/core/index.js';
import { audienceActivity, buildActivityMatrix, MAX_ACTIVITY_RANGE_DAYS, type PersonaInput } from '../../src/persona/index.js';
import { sweep } from '../support/hostile.js';
import { flat, persona, total } from './fixtures.js';

const DAY = 86_400_000;

// ---------- An independent oracle: sample real time, read both wall clocks with Intl ----------

const formatters = new Map<string, Intl.DateTimeFormat>();
function wall(ms: number, zone: string): { date: string; weekday: number; hour: number } {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
      weekday: 'short',
    });
    formatters.set(zone, f);
  }
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(new Date(ms))) parts[p.type] = p.value;
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday as string);
  return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday, hour: Number(parts.hour) };
}
function offsetKey(ms: number, zone: string): string {
  const w = wall(ms, zone);
  return `${w.date} ${w.hour}`;
}

/**
 * Sums, per brand weekday-hour, intensity × real hours, by walking real time in
 * 15-minute steps (1-minute steps inside a step whose wall hour changes
 * part-way, so transitions at any minute are exact), and counts the brand days.
 */
function oracle(
  personas: readonly { zone: string; intensity: number[][] }[],
  brand: string,
  from: string,
  to: string,
): { sums: number[][]; days: number[] } {
  const sums = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const seenDays = new Map<string, number>();
  const start = Date.parse(`${from}T00:00:00Z`) - 2 * DAY;
  const end = Date.parse(`${to}T00:00:00Z`) + 3 * DAY;
  const STEP = 15 * 60_000;
  const add = (t: number, minutes: number): void => {
    const b = wall(t, brand);
    if (b.date < from || b.date > to) return;
    seenDays.set(b.date, b.weekday);
    for (const p of personas) {
      const w = wall(t, p.zone);
      const row = sums[b.weekday] as number[];
      row[b.hour] = (row[b.hour] as number) + ((p.intensity[w.weekday] as number[])[w.hour] as number) * (minutes / 60);
    }
  };
  for (let t = start; t < end; t += STEP) {
    const uniform = personas.every((p) => offsetKey(t, p.zone) === offsetKey(t + STEP - 1, p.zone)) && offsetKey(t, brand) === offsetKey(t + STEP - 1, brand);
    if (uniform) add(t, 15);
    else for (let m = 0; m < 15; m += 1) add(t + m * 60_000, 1);
  }
  const days = new Array<number>(7).fill(0);
  for (const wd of seenDays.values()) days[wd] = (days[wd] as number) + 1;
  return { sums, days };
}

function normalized(matrix: number[][], weight = 1): number[][] {
  const s = total(matrix);
  return matrix.map((row) => row.map((v) => (s === 0 ? 0 : (v / s) * weight)));
}

function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

const ALL_ZONES = [...Intl.supportedValuesOf('timeZone'), 'UTC', 'Asia/Kolkata'];
const TRICKY_ZONES = [
  'Europe/Paris',
  'America/New_York',
  'America/St_Johns',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Antarctica/Troll',
  'Pacific/Apia',
  'America/Santiago',
  'Asia/Tehran',
  'Australia/Adelaide',
  'Europe/London',
  'America/Havana',
];
const zoneArb = fc.oneof(fc.constantFrom(...TRICKY_ZONES), fc.constantFrom(...ALL_ZONES));
const dateArb = fc.integer({ min: Date.UTC(2000, 0, 1) / DAY, max: Date.UTC(2037, 11, 1) / DAY }).map((d) => new Date(d * DAY).toISOString().slice(0, 10));
const matrixArb = fc.array(fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 10, noNaN: true })), { minLength: 24, maxLength: 24 }), {
  minLength: 7,
  maxLength: 7,
});

describe('audienceActivity', () => {
  it('splits an Asia/Kolkata hour (+05:30) half and half between two Paris hours', () => {
    const claire = persona({ timeZone: 'Asia/Kolkata', activity: buildActivityMatrix([{ weekdays: ['mon'], fromHour: 12, toHour: 13, value: 1 }]) });
    const map = audienceActivity([claire], { timeZone: 'Europe/Paris', range: { from: '2027-01-04', to: '2027-01-10' } });
    expect(map.matrix[0]![7]).toBeCloseTo(0.5, 12);
    expect(map.matrix[0]![8]).toBeCloseTo(0.5, 12);
    expect(total(map.matrix)).toBeCloseTo(1, 12);
    expect(map.days).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(map.totalWeight).toBeCloseTo(1, 12);
    expect(map.findings).toEqual([]);
  });

  it('splits an Asia/Kathmandu hour (+05:45) 3/4 and 1/4 (Kathmandu 12:00 is 07:15 in Paris in winter)', () => {
    const p = persona({ timeZone: 'Asia/Kathmandu', activity: buildActivityMatrix([{ weekdays: ['wed'], fromHour: 12, toHour: 13, value: 5 }]) });
    const map = audienceActivity([p], { timeZone: 'Europe/Paris', range: { from: '2027-01-04', to: '2027-01-10' } });
    expect(map.matrix[2]![7]).toBeCloseTo(0.75, 12);
    expect(map.matrix[2]![8]).toBeCloseTo(0.25, 12);
  });

  it('re-bases for the real weeks: New York 09:00 is 15:00 in Paris before 14 March 2027 and 14:00 between the US and EU DST changes', () => {
    const julie = persona({ timeZone: 'America/New_York', activity: buildActivityMatrix([{ weekdays: ['mon'], fromHour: 9, toHour: 10, value: 1 }]) });
    const map = audienceActivity([julie], { timeZone: 'Europe/Paris', range: { from: '2027-03-08', to: '2027-03-21' } });
    expect(map.days).toEqual([2, 2, 2, 2, 2, 2, 2]);
    expect(map.matrix[0]![15]).toBeCloseTo(0.5, 12); // 8 March: EST (−5) against CET (+1)
    expect(map.matrix[0]![14]).toBeCloseTo(0.5, 12); // 15 March: EDT (−4) against CET (+1)
    const after = audienceActivity([julie], { timeZone: 'Europe/Paris', range: { from: '2027-03-29', to: '2027-04-04' } });
    expect(after.matrix[0]![15]).toBeCloseTo(1, 12); // both on summer time: 6 hours again
  });

  it('gives a skipped hour (spring gap) no weight and a repeated hour (autumn fold) two real hours', () => {
    const p = persona({ timeZone: 'Europe/Paris', activity: flat(1) });
    const spring = audienceActivity([p], { timeZone: 'Europe/Paris', range: { from: '2027-03-22', to: '2027-03-28' }, normalize: false });
    expect(spring.matrix[6]![2]).toBe(0);
    expect(spring.matrix[6]![1]).toBe(1);
    expect(spring.matrix[6]![3]).toBe(1);
    expect(spring.matrix[6]!.reduce((a, b) => a + b, 0)).toBe(23);
    expect(spring.totalWeight).toBe(7 * 24 - 1);
    const autumn = audienceActivity([p], { timeZone: 'Europe/Paris', range: { from: '2027-10-25', to: '2027-10-31' }, normalize: false });
    expect(autumn.matrix[6]![2]).toBe(2);
    expect(autumn.matrix[6]!.reduce((a, b) => a + b, 0)).toBe(25);
    expect(autumn.totalWeight).toBe(7 * 24 + 1);
  });

  it('handles a 30-minute DST shift (Australia/Lord_Howe: 02:00 jumps to 02:30 on 3 October 2027)', () => {
    const p = persona({ timeZone: 'Australia/Lord_Howe', activity: flat(1) });
    const map = audienceActivity([p], { timeZone: 'Australia/Lord_Howe', range: { from: '2027-10-03', to: '2027-10-03' }, normalize: false });
    expect(map.matrix[6]![2]).toBeCloseTo(0.5, 12);
    expect(map.totalWeight).toBeCloseTo(23.5, 12);
  });

  it('does not count a day the brand zone skipped (Pacific/Apia had no 30 December 2011)', () => {
    const p = persona({ timeZone: 'Pacific/Apia', activity: flat(1) });
    const map = audienceActivity([p], { timeZone: 'Pacific/Apia', range: { from: '2011-12-29', to: '2011-12-31' }, normalize: false });
    expect(map.days).toEqual([0, 0, 0, 1, 0, 1, 0]); // Thursday 29 and Saturday 31; Friday 30 never happened
    expect(map.totalWeight).toBe(48);
  });

  it('weights personas by options.weights and by their share of the platform', () => {
    const a = persona({ id: 'a', platforms: [{ platform: 'instagram', weight: 3 }, { platform: 'facebook', weight: 1 }], activity: flat(1) });
    const b = persona({ id: 'b', platforms: [{ platform: 'linkedin', weight: 1 }], activity: flat(2) });
    const range = { from: '2027-01-04', to: '2027-01-10' };
    const map = audienceActivity([a, b], { timeZone: 'Europe/Paris', range, platform: 'instagram', weights: { a: 100, b: 50 } });
    expect(map.personas).toEqual([
      { id: 'a', weight: 100, platformShare: 0.75, effectiveWeight: 75 },
      { id: 'b', weight: 50, platformShare: 0, effectiveWeight: 0 },
    ]);
    expect(map.totalWeight).toBeCloseTo(75, 9);
    expect(map.matrix[3]![12]).toBeCloseTo(75 / 168, 12);
    expect(map.findings.map((f) => f.code)).toEqual(['personaNotOnPlatform']);
    const plain = audienceActivity([a, b], { timeZone: 'Europe/Paris', range });
    expect(plain.totalWeight).toBeCloseTo(2, 12);
    expect(plain.platform).toBeNull();
  });

  it('uses raw values with normalize: false', () => {
    const p = persona({ activity: flat(0.25) });
    const map = audienceActivity([p], { timeZone: 'Europe/Paris', range: { from: '2027-01-04', to: '2027-01-17' }, normalize: false, weights: { claire: 2 } });
    expect(map.matrix[4]![20]).toBeCloseTo(0.5, 12);
    expect(map.totalWeight).toBeCloseTo(0.5 * 24 * 14, 9);
  });

  it('reports personas that add nothing, and an empty map', () => {
    const silent = persona({ id: 'silent', activity: flat(0) });
    const nowhere = persona({ id: 'nowhere', platforms: [{ platform: 'x', weight: 0 }] });
    const map = audienceActivity([silent, nowhere], { timeZone: 'UTC', range: { from: '2027-01-04', to: '2027-01-04' }, platform: 'x' });
    expect(map.findings.map((f) => [f.code, f.path])).toEqual([
      ['personaNotOnPlatform', ['personas', 0, 'platforms']],
      ['personaWithoutActivity', ['personas', 0, 'activity']],
      ['personaWithoutPlatforms', ['personas', 1, 'platforms']],
      ['noAudienceActivity', ['personas']],
    ]);
    expect(total(map.matrix)).toBe(0);
    expect(audienceActivity([], { timeZone: 'UTC', range: { from: '2027-01-04', to: '2027-01-04' } }).findings.map((f) => f.code)).toEqual([
      'noAudienceActivity',
    ]);
  });

  it('leaves weekdays outside a short range at 0 and counts only the days in range', () => {
    const map = audienceActivity([persona({ activity: flat(1) })], { timeZone: 'Europe/Paris', range: { from: '2027-01-05', to: '2027-01-06' } });
    expect(map.days).toEqual([0, 1, 1, 0, 0, 0, 0]);
    expect(total(map.matrix[0] === undefined ? [] : [map.matrix[0]])).toBe(0);
    expect(map.totalWeight).toBeCloseTo(48 / 168, 12);
  });

  it('handles years before 100 as written', () => {
    const map = audienceActivity([persona({ timeZone: 'UTC', activity: flat(1) })], { timeZone: 'UTC', range: { from: '0050-03-01', to: '0050-03-01' }, normalize: false });
    expect(map.totalWeight).toBe(24);
    // 1 March 50 (proleptic Gregorian) was a Tuesday by Zeller's congruence:
    // (1 + ⌊13·4/5⌋ + 50 + ⌊50/4⌋) mod 7 = 73 mod 7 = 3 → Tuesday; 1 March 1950 was a Wednesday.
    expect(map.days).toEqual([0, 1, 0, 0, 0, 0, 0]);
  });

  it('throws overflow rather than returning Infinity', () => {
    const p = persona({ activity: flat(1e308) });
    expect(() => audienceActivity([p], { timeZone: 'UTC', range: { from: '2027-01-04', to: '2027-01-10' }, normalize: false, weights: { claire: 1e308 } })).toThrow(
      SocialKitError,
    );
    // Normalized, huge values are fine: only proportions count.
    expect(audienceActivity([p], { timeZone: 'UTC', range: { from: '2027-01-04', to: '2027-01-10' } }).totalWeight).toBeCloseTo(1, 9);
  });

  describe('errors', () => {
    const range = { from: '2027-01-04', to: '2027-01-10' };
    const cases: [string, () => unknown, string, (string | number)[]][] = [
      ['personas not an array', () => audienceActivity({} as never, { timeZone: 'UTC', range }), 'invalidType', ['personas']],
      ['options missing', () => audienceActivity([persona()], undefined as never), 'invalidType', ['options']],
      ['bad zone', () => audienceActivity([persona()], { timeZone: 'CEST', range }), 'invalidTimeZone', ['options', 'timeZone']],
      ['bad range', () => audienceActivity([persona()], { timeZone: 'UTC', range: { from: '2027-01-10', to: '2027-01-04' } }), 'invalidRange', ['options', 'range', 'to']],
      [
        'range too long',
        () => audienceActivity([persona()], { timeZone: 'UTC', range: { from: '2000-01-01', to: '2027-01-01' } }),
        'rangeTooLong',
        ['options', 'range'],
      ],
      ['bad platform', () => audienceActivity([persona()], { timeZone: 'UTC', range, platform: 'twitter' as never }), 'invalidPlatform', ['options', 'platform']],
      ['bad normalize', () => audienceActivity([persona()], { timeZone: 'UTC', range, normalize: 'yes' as never }), 'invalidType', ['options', 'normalize']],
      ['bad persona', () => audienceActivity([persona({ activity: [[1]] })], { timeZone: 'UTC', range }), 'outOfRange', ['personas', 0, 'activity', 0]],
      ['duplicate persona', () => audienceActivity([persona(), persona()], { timeZone: 'UTC', range }), 'duplicatePersona', ['personas', 1, 'id']],
      ['unknown weight', () => audienceActivity([persona()], { timeZone: 'UTC', range, weights: { claire: 1, bob: 2 } }), 'unknownPersona', ['options', 'weights', 'bob']],
      ['missing weight', () => audienceActivity([persona()], { timeZone: 'UTC', range, weights: {} }), 'missingWeight', ['options', 'weights', 'claire']],
      ['negative weight', () => audienceActivity([persona()], { timeZone: 'UTC', range, weights: { claire: -1 } }), 'outOfRange', ['options', 'weights', 'claire']],
    ];
    it.each(cases)('%s', (_name, call, code, path) => {
      try {
        call();
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).issues[0]?.code).toBe(code);
        expect((error as ValidationError).path).toEqual(path);
      }
    });
    it(`accepts exactly ${MAX_ACTIVITY_RANGE_DAYS} days`, () => {
      const from = '2020-01-01';
      const to = addDays(from, MAX_ACTIVITY_RANGE_DAYS - 1);
      expect(audienceActivity([], { timeZone: 'UTC', range: { from, to } }).days.reduce((a, b) => a + b, 0)).toBe(MAX_ACTIVITY_RANGE_DAYS);
      expect(() => audienceActivity([], { timeZone: 'UTC', range: { from, to: addDays(to, 1) } })).toThrow(ValidationError);
    });
  });

  it('does not mutate its input', () => {
    const p = persona({ activity: flat(1) });
    const options = { timeZone: 'Europe/Paris', range: { from: '2027-03-22', to: '2027-03-28' }, weights: { claire: 2 } };
    const before = JSON.stringify([p, options]);
    audienceActivity([Object.freeze(p)], Object.freeze(options));
    expect(JSON.stringify([p, options])).toBe(before);
  });

  it('survives hostile input', () => {
    sweep(audienceActivity, [[persona()], { timeZone: 'Europe/Paris', range: { from: '2027-03-22', to: '2027-03-28' } }], [
      'timeZone',
      'range',
      'platform',
      'weights',
      'normalize',
    ]);
  });

  describe('properties', () => {
    it('matches an independent minute-level Intl oracle cell by cell for random zones and dates (so total weight is conserved)', () => {
      fc.assert(
        fc.property(zoneArb, zoneArb, zoneArb, dateArb, fc.integer({ min: 0, max: 16 }), matrixArb, matrixArb, (brand, z1, z2, from, span, m1, m2) => {
          const to = addDays(from, span);
          const personas: PersonaInput[] = [
            persona({ id: 'p1', timeZone: z1, activity: m1 }),
            persona({ id: 'p2', timeZone: z2, activity: m2 }),
          ];
          const map = audienceActivity(personas, { timeZone: brand, range: { from, to }, weights: { p1: 1, p2: 3 } });
          const want = oracle(
            [
              { zone: z1, intensity: normalized(m1, 1) },
              { zone: z2, intensity: normalized(m2, 3) },
            ],
            brand,
            from,
            to,
          );
          expect(map.days).toEqual(want.days);
          let sum = 0;
          for (let d = 0; d < 7; d += 1) {
            for (let h = 0; h < 24; h += 1) {
              const got = map.matrix[d]![h]! * map.days[d]!;
              sum += got;
              expect(Math.abs(got - want.sums[d]![h]!)).toBeLessThan(1e-9);
            }
          }
          expect(Math.abs(sum - map.totalWeight)).toBeLessThan(1e-9);
        }),
        { numRuns: Number(process.env.ORACLE_RUNS ?? 25) },
      );
    });

    it('equals a fixed-offset shift of the normalized matrix for zones without DST, over whole weeks', () => {
      const FIXED = ['UTC', 'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Tokyo', 'Africa/Nairobi', 'America/Bogota', 'Pacific/Marquesas', 'Australia/Eucla', 'Asia/Yangon', 'Asia/Shanghai'];
      const offsetMinutes: Record<string, number> = {
        UTC: 0,
        'Asia/Kolkata': 330,
        'Asia/Kathmandu': 345,
        'Asia/Tokyo': 540,
        'Africa/Nairobi': 180,
        'America/Bogota': -300,
        'Pacific/Marquesas': -570,
        'Australia/Eucla': 525,
        'Asia/Yangon': 390,
        'Asia/Shanghai': 480,
      };
      // From 4 January 2010 (a Monday) on: Australia/Eucla tried DST until 2009 and America/Bogota in 1992–93.
      const mondayArb = fc.integer({ min: 0, max: 27 * 52 }).map((w) => new Date(Date.UTC(2010, 0, 4) + w * 7 * DAY).toISOString().slice(0, 10));
      fc.assert(
        fc.property(fc.constantFrom(...FIXED), fc.constantFrom(...FIXED), mondayArb, fc.integer({ min: 1, max: 3 }), matrixArb, (brand, zone, monday, weeks, m) => {
          const map = audienceActivity([persona({ timeZone: zone, activity: m })], {
            timeZone: brand,
            range: { from: monday, to: addDays(monday, weeks * 7 - 1) },
          });
          const delta = offsetMinutes[brand]! - offsetMinutes[zone]!;
          const want = shift(normalized(m), delta);
          for (let d = 0; d < 7; d += 1) for (let h = 0; h < 24; h += 1) expect(Math.abs(map.matrix[d]![h]! - want[d]![h]!)).toBeLessThan(1e-12);
          expect(Math.abs(total(map.matrix) - total(normalized(m)))).toBeLessThan(1e-12);
        }),
        { numRuns: 60 },
      );
    });
  });
});

// Shifts a weekly matrix by `delta` minutes around the week, splitting each hour between the hours it overlaps.
function shift(m: number[][], delta: number): number[][] {
  const WEEK = 7 * 24 * 60;
  const out = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (let d = 0; d < 7; d += 1) {
    for (let h = 0; h < 24; h += 1) {
      const v = m[d]![h]!;
      if (v === 0) continue;
      const start = (((d * 24 + h) * 60 + delta) % WEEK + WEEK) % WEEK;
      const first = Math.floor(start / 60);
      const part = (60 - (start % 60)) / 60;
      const a = first % 168;
      const b = (first + 1) % 168;
      out[Math.floor(a / 24)]![a % 24]! += v * part;
      if (part < 1) out[Math.floor(b / 24)]![b % 24]! += v * (1 - part);
    }
  }
  return out;
}
