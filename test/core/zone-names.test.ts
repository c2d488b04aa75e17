/**
 * The zone-name rule (issue 10): a name comes back as the user spelled it,
 * in its canonical letter case, never swapped for another zone; legacy
 * abbreviation zones and offset strings are refused. Everywhere a zone is
 * read: core's guard and schema, the bucketer, the calendar (plan,
 * iCalendar's X-WR-TIMEZONE) and persona.
 */
import { describe, expect, it } from 'vitest';
import { planCalendar, toICalendar } from '../../src/calendar/index.js';
import { createTimeBucketer, isValidTimeZone, TimeZoneSchema, toLocalTime, ValidationError, zoneOffsetMinutes } from '../../src/core/index.js';
import { parseWithSchema, timeZone } from '../../src/core/internal.js';
import { audienceActivity, buildActivityMatrix, PersonaSchema } from '../../src/persona/index.js';

function refusal(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

const LEGACY: Record<string, string> = {
  EST: 'America/New_York',
  MST: 'America/Denver',
  HST: 'Pacific/Honolulu',
  EST5EDT: 'America/New_York',
  CST6CDT: 'America/Chicago',
  MST7MDT: 'America/Denver',
  PST8PDT: 'America/Los_Angeles',
  CET: 'Europe/Paris',
  MET: 'Europe/Berlin',
  EET: 'Europe/Athens',
  WET: 'Europe/Lisbon',
};

describe('zone names: canonical letter case, never another zone', () => {
  it("a name in any letter case comes back as Intl's list spells it", () => {
    expect(timeZone('europe/paris')).toBe('Europe/Paris');
    expect(timeZone('AMERICA/NEW_YORK')).toBe('America/New_York');
    expect(timeZone('utc')).toBe('UTC');
    expect(timeZone('Europe/Paris')).toBe('Europe/Paris');
    expect(TimeZoneSchema.parse('europe/paris')).toBe('Europe/Paris');
    expect(createTimeBucketer('europe/paris').timeZone).toBe('Europe/Paris');
    expect(isValidTimeZone('europe/paris')).toBe(true);
  });

  it('Asia/Kolkata and Europe/Kyiv come back unchanged (resolvedOptions().timeZone may give Asia/Calcutta and Europe/Kiev)', () => {
    for (const zone of ['Asia/Kolkata', 'Europe/Kyiv', 'Asia/Calcutta', 'Europe/Kiev']) {
      expect(timeZone(zone)).toBe(zone);
      expect(TimeZoneSchema.parse(zone)).toBe(zone);
    }
    // The swap this rule avoids, where the runtime makes it (Node 20's ICU does).
    const resolved = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Kolkata' }).resolvedOptions().timeZone;
    expect(['Asia/Kolkata', 'Asia/Calcutta']).toContain(resolved);
  });

  it('UTC and Etc/* stay valid', () => {
    for (const zone of ['UTC', 'Etc/UTC', 'Etc/GMT+5', 'Etc/GMT-14']) {
      expect(timeZone(zone)).toBe(zone);
      expect(isValidTimeZone(zone)).toBe(true);
    }
    expect(zoneOffsetMinutes(Date.UTC(2027, 0, 1), 'Etc/GMT+5')).toBe(-300);
  });

  it('every legacy abbreviation zone is refused in any letter case with legacyTimeZone, naming the location zone to use', () => {
    for (const [legacy, use] of Object.entries(LEGACY)) {
      for (const written of [legacy, legacy.toLowerCase(), legacy[0] + legacy.slice(1).toLowerCase()]) {
        const e = refusal(() => timeZone(written, ['options', 'timeZone']));
        expect(e.issues[0]?.code).toBe('legacyTimeZone');
        expect(e.path).toEqual(['options', 'timeZone']);
        expect(e.message).toContain(`'${written}'`);
        expect(e.message).toContain(`'${use}'`);
        expect(isValidTimeZone(written)).toBe(false);
        expect(TimeZoneSchema.safeParse(written).success).toBe(false);
      }
    }
    // EST is a fixed UTC−05:00: 09:00 "EST" in July is 10:00 in New York.
    expect(refusal(() => timeZone('EST')).message).toContain('an hour off New York');
    expect(toLocalTime('2027-07-01T14:00:00Z', 'America/New_York')).toBe('10:00');
  });

  it('through a schema, the legacy refusal keeps its code (legacyTimeZone) and the invalid one its own', () => {
    const legacy = refusal(() => parseWithSchema(TimeZoneSchema, 'PST8PDT'));
    expect(legacy.issues[0]?.code).toBe('legacyTimeZone');
    expect(legacy.message).toContain("'America/Los_Angeles'");
    expect(refusal(() => parseWithSchema(TimeZoneSchema, 'Europe/Lyon')).issues[0]?.code).toBe('invalidTimeZone');
  });

  it('offset strings are refused with invalidTimeZone whatever the Node version (Node 24 Intl accepts +03:00)', () => {
    for (const zone of ['+03:00', '-05:00', '+0300', '+03', '\u221203:00', '00:00']) {
      expect(refusal(() => timeZone(zone)).issues[0]?.code).toBe('invalidTimeZone');
      expect(isValidTimeZone(zone)).toBe(false);
      expect(TimeZoneSchema.safeParse(zone).success).toBe(false);
    }
  });

  it('unknown names, empty strings, over-long strings and non-strings are invalidTimeZone', () => {
    for (const zone of ['Europe/Lyon', 'CEST', '', 'a'.repeat(65), 3, null, undefined, {}]) {
      expect(refusal(() => timeZone(zone)).issues[0]?.code).toBe('invalidTimeZone');
      expect(isValidTimeZone(zone)).toBe(false);
    }
  });
});

describe('everywhere a zone is read, the canonical name is what comes out', () => {
  it("the calendar: a plan's timeZone and iCalendar's X-WR-TIMEZONE", () => {
    const plan = planCalendar({
      period: { from: '2027-03-22', to: '2027-03-28' },
      timeZone: 'europe/paris',
      platforms: ['instagram'],
      editorialLine: { name: 'Boulangerie Martin', languages: ['fr'], frequencyPerWeek: { instagram: 1 }, pillars: [{ id: 'savoirFaire', name: 'Savoir-faire', targetShare: 1 }] },
      slots: { instagram: [{ kind: 'weekly', weekdays: ['tue'], times: ['09:00'], timeZone: 'europe/paris' }] },
    });
    expect(plan.timeZone).toBe('Europe/Paris');
    expect(plan.posts.map((p) => p.at.toISOString())).toEqual(['2027-03-23T08:00:00.000Z']);
    const ics = toICalendar({ ...plan, timeZone: 'europe/paris' }, { now: '2027-03-01T00:00:00Z' });
    expect(ics.split('\r\n')).toContain('X-WR-TIMEZONE:Europe/Paris');
    const legacy = refusal(() => planCalendar({ period: { from: '2027-03-22', to: '2027-03-28' }, timeZone: 'CET' } as unknown as Parameters<typeof planCalendar>[0]));
    expect(legacy.issues[0]?.code).toBe('legacyTimeZone');
    expect(legacy.message).toContain("'Europe/Paris'");
  });

  it("persona: a persona's timeZone and the heat map's zone", () => {
    const persona = PersonaSchema.parse({
      id: 'claire',
      name: 'Claire',
      market: 'b2c',
      platforms: [{ platform: 'instagram', weight: 1 }],
      timeZone: 'asia/tokyo',
      activity: buildActivityMatrix([{ weekdays: ['mon'], fromHour: 12, toHour: 13, value: 1 }]),
    });
    expect(persona.timeZone).toBe('Asia/Tokyo');
    const map = audienceActivity([persona], { timeZone: 'europe/paris', range: { from: '2027-01-04', to: '2027-01-10' } });
    expect(map.timeZone).toBe('Europe/Paris');
    expect(refusal(() => audienceActivity([persona], { timeZone: 'EET', range: { from: '2027-01-04', to: '2027-01-10' } })).issues[0]?.code).toBe('legacyTimeZone');
  });
});
