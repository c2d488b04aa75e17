/**
 * IANA time zones: the zone-name rule (names kept as written, legacy abbreviation zones and offset strings refused) and its checkers.
 *
 * @module
 */
import { describeValue } from './describe-value.js';
import { invalid, labelOf as label, type PathInput } from './errors.js';

// The legacy zones of tzdb's `northamerica` and `europe` files that name no
// place: a fixed offset (EST) or one country's rules without its history
// (CET). Refused, with the location zone to use instead.
const LEGACY_ZONES: Readonly<Record<string, readonly [string, string]>> = {
  est: ['a fixed UTC−05:00 all year, so 09:00 EST in July is an hour off New York', 'America/New_York'],
  mst: ['a fixed UTC−07:00 all year, so 09:00 MST in July is an hour off Denver', 'America/Denver'],
  hst: ['a fixed UTC−10:00', 'Pacific/Honolulu'],
  est5edt: ["the US Eastern rules without New York's history", 'America/New_York'],
  cst6cdt: ["the US Central rules without Chicago's history", 'America/Chicago'],
  mst7mdt: ["the US Mountain rules without Denver's history", 'America/Denver'],
  pst8pdt: ["the US Pacific rules without Los Angeles's history", 'America/Los_Angeles'],
  cet: ['the Central European rules without any country’s history', 'Europe/Paris'],
  met: ['the Central European rules without any country’s history', 'Europe/Berlin'],
  eet: ['the Eastern European rules without any country’s history', 'Europe/Athens'],
  wet: ['the Western European rules without any country’s history', 'Europe/Lisbon'],
};

// What a zone name resolves to: the name to use, `legacy`, or null (invalid).
const zoneNames = new Map<string, string | null>();
let knownZones: Map<string, string> | undefined;

// Intl's list of zones by lower-case name, plus UTC (Node 20's list lacks it).
function knownZone(lower: string): string | undefined {
  if (knownZones === undefined) {
    knownZones = new Map([['utc', 'UTC']]);
    const list = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    for (const name of list) knownZones.set(name.toLowerCase(), name);
  }
  return knownZones.get(lower);
}

// The zone-name rule: a legacy abbreviation zone is refused; an offset
// string ('+03:00', which Node 24's Intl accepts) is invalid; otherwise,
// when Intl accepts the name, its case-insensitive match in
// Intl.supportedValuesOf('timeZone') plus UTC, or the name as written when
// that list has none (Node 20's lacks Asia/Kolkata, Europe/Kyiv, Etc/GMT+5).
// Never resolvedOptions().timeZone, which swaps Asia/Kolkata for Asia/Calcutta.
function resolveZoneName(value: string): string | null {
  const known = zoneNames.get(value);
  if (known !== undefined) return known;
  const lower = value.toLowerCase();
  let result: string | null;
  if (Object.prototype.hasOwnProperty.call(LEGACY_ZONES, lower)) result = 'legacy';
  else if (/^[+\-\u2212\d]/.test(value)) result = null;
  else {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      result = knownZone(lower) ?? value;
    } catch {
      result = null;
    }
  }
  if (zoneNames.size > 1000) zoneNames.clear();
  zoneNames.set(value, result);
  return result;
}

function zoneName(value: unknown): string | null {
  return typeof value === 'string' && value !== '' && value.length <= 64 ? resolveZoneName(value) : null;
}

/**
 * Tells whether a string names a time zone socialkit accepts: a location
 * zone (`'Europe/Paris'`, `'Asia/Kolkata'`, in any letter case), `'UTC'` or
 * `'Etc/*'`, that `Intl.DateTimeFormat` accepts. The legacy abbreviation
 * zones (`'EST'`, `'CET'`, `'PST8PDT'`, …) and offset strings (`'+03:00'`)
 * are not accepted. `Intl.supportedValuesOf('timeZone')` is not the test:
 * on Node 20 it lacks `UTC` and `Asia/Kolkata`.
 *
 * @param value - the candidate zone
 * @returns true when the zone is usable
 * @example
 * isValidTimeZone('Europe/Paris'); // true
 * isValidTimeZone('europe/paris'); // true
 * isValidTimeZone('Europe/Lyon'); // false
 * isValidTimeZone('EST'); // false
 */
export function isValidTimeZone(value: unknown): value is string {
  const name = zoneName(value);
  return name !== null && name !== 'legacy';
}

/**
 * Checks a time zone name and returns it in its canonical letter case,
 * never swapped for another zone. The rule: the name as written when it is
 * in `Intl.supportedValuesOf('timeZone')` or is `'UTC'`; else, when
 * `Intl.DateTimeFormat` accepts it, its case-insensitive match in that list
 * (`'europe/paris'` → `'Europe/Paris'`), or the name as written where the
 * list has none (Node 20's lacks `'Asia/Kolkata'` and `'Europe/Kyiv'`, which
 * come back unchanged, not as `'Asia/Calcutta'`); else invalid. Refused
 * first: the legacy abbreviation zones `EST`, `MST`, `HST`, `EST5EDT`,
 * `CST6CDT`, `MST7MDT`, `PST8PDT`, `CET`, `MET`, `EET` and `WET` in any
 * letter case (`legacyTimeZone`: `EST` is a fixed −05:00, an hour off New
 * York all summer), and offset strings such as `'+03:00'`, on every Node version.
 *
 * @param value - the candidate zone
 * @param path - the field it came from
 * @returns the zone, in its canonical letter case
 * @throws {ValidationError} `invalidTimeZone`; `legacyTimeZone` for a legacy abbreviation zone (the message names the location zone to use)
 * @example
 * timeZone('America/New_York'); // 'America/New_York'
 * timeZone('europe/paris'); // 'Europe/Paris'
 * timeZone('Asia/Kolkata'); // 'Asia/Kolkata'
 * timeZone('EST'); // throws ValidationError: use a location zone such as 'America/New_York'
 * timeZone('CEST'); // throws ValidationError: use an IANA name such as 'Europe/Paris'
 */
export function timeZone(value: unknown, path: PathInput = 'timeZone'): string {
  const name = zoneName(value);
  if (name === 'legacy') {
    const written = value as string;
    const [what, use] = LEGACY_ZONES[written.toLowerCase()] as readonly [string, string];
    throw invalid(
      'legacyTimeZone',
      `${label(path, 'The time zone')} '${written}' is a legacy zone (${what}): use a location zone such as '${use}'`,
      path,
    );
  }
  if (name !== null) return name;
  throw invalid(
    'invalidTimeZone',
    `${label(path, 'The time zone')} must be an IANA time zone such as 'Europe/Paris' or 'UTC', got ${describeValue(value)}`,
    path,
  );
}
