import { type Finding, type LocalDateRange, type PlatformId, SocialKitError } from '../core/index.js';
import { arrayArgument, booleanArgument, DAY_MS, describeValue, finiteNumber, formatPath, HOUR_MS, invalid, localDateRange, objectArgument, parseDay, parseWithSchema, platformId, timeZone as checkTimeZone, wallToInstant, weekdayIndex } from '../core/internal.js';
import { ACTIVITY_DAYS, ACTIVITY_HOURS } from './activity-matrix.js';
import { type Persona, type PersonaInput, PersonaSchema } from './persona.js';
import { platformShares } from './platform-shares.js';
import { offsetMs, offsetTransitions } from './zone-timeline.js';

/**
 * The longest `range` {@link audienceActivity} accepts, in days (about ten
 * years): a longer range is refused with `rangeTooLong` rather than computed slowly.
 *
 * @example
 * MAX_ACTIVITY_RANGE_DAYS; // 3660
 */
export const MAX_ACTIVITY_RANGE_DAYS = 3660;

/** Options of {@link audienceActivity}. */
export interface AudienceActivityOptions {
  /** The brand's IANA time zone: the zone of the resulting heat map. */
  timeZone: string;
  /** The local dates, in `timeZone`, to build the map for: `{ from, to }`, both included. */
  range: LocalDateRange;
  /** When given, each persona counts in proportion to its share of use of this platform. */
  platform?: PlatformId;
  /**
   * How much each persona counts, by persona id (finite, ≥ 0; for example the
   * number of people it stands for). Default: 1 each. When given, it must
   * name every persona and no other id.
   */
  weights?: Readonly<Record<string, number>>;
  /**
   * When true (the default), each persona's matrix is first scaled to sum to 1
   * over its week, so its unit does not matter and only its shape and its
   * weight count. When false, the values are used as they are (for example
   * when they are already probabilities of being online).
   */
  normalize?: boolean;
}

/** How one persona entered an {@link AudienceActivity}. */
export interface AudienceActivityPersona {
  /** The persona's id. */
  id: string;
  /** Its weight from `options.weights` (1 by default). */
  weight: number;
  /** Its share of use of `options.platform` (1 when no platform was given). */
  platformShare: number;
  /** `weight × platformShare`: how much of a template week this persona adds. */
  effectiveWeight: number;
}

/** The result of {@link audienceActivity}: a weekly heat map in the brand's zone. */
export interface AudienceActivity {
  /** The brand's time zone: the zone of `matrix`. */
  timeZone: string;
  /** The local dates the map was built for, both included. */
  range: LocalDateRange;
  /** The platform the personas were weighted for, or `null`. */
  platform: PlatformId | null;
  /**
   * 7 × 24 (row 0 Monday, column 0 = 00:00–01:00 in `timeZone`): for each
   * weekday-hour, the mean over the days of `range` that fall on that weekday
   * of the activity weight landing in that local hour (see {@link audienceActivity}).
   * Weekdays absent from a short range are 0.
   */
  matrix: number[][];
  /** How many days of `range` fall on each weekday (index 0 = Monday); a day a zone skipped entirely is not counted. */
  days: number[];
  /** The total activity weight over the whole range (before averaging by weekday). */
  totalWeight: number;
  /** How each persona entered the map, in input order. */
  personas: AudienceActivityPersona[];
  /** What could not be counted, and why (`personaWithoutActivity`, `personaNotOnPlatform`, `personaWithoutPlatforms`, `noAudienceActivity`). */
  findings: Finding[];
}

/**
 * The codes of the findings that `audienceActivity` reports (each explained in its module's guide).
 *
 * @example
 * AUDIENCE_FINDING_CODES.includes('noAudienceActivity'); // true
 */
export const AUDIENCE_FINDING_CODES = Object.freeze([
  'noAudienceActivity',
  'personaWithoutPlatforms',
  'personaNotOnPlatform',
  'personaWithoutActivity',
] as const);

/** A finding code of {@link AUDIENCE_FINDING_CODES}. */
export type AudienceFindingCode = (typeof AUDIENCE_FINDING_CODES)[number];

/**
 * Merges personas' weekly activity profiles into one heat map in the brand's
 * time zone, for the local dates of `range`, converting between zones for the
 * real days of the range (DST included) rather than with a fixed offset.
 *
 * The rule. A persona's matrix is read as an intensity on its own wall clock:
 * during every real instant at which the persona's clock shows weekday `d`,
 * hour `h`, the persona is active at rate `I(d, h)` per real hour, where
 * `I = a / Σa × weight × platformShare` (with `normalize: false`,
 * `I = a × weight × platformShare`); `platformShare` is the persona's weight on
 * `platform` divided by the sum of its platform weights. The real time of the
 * range (every instant whose local date in `timeZone` lies in `range`) is cut
 * at every hour boundary of both zones and at every offset change of both
 * zones; each piece of `t` real hours adds `I(d, h) × t` to the brand
 * weekday-hour it falls in. So:
 * - an hour whose offsets differ by a fraction of an hour (Asia/Kolkata,
 *   +05:30, against Europe/Paris) is split between the two brand hours it
 *   overlaps, in proportion to the overlap;
 * - total weight is conserved: every real instant's weight lands in exactly one brand hour;
 * - a persona hour skipped by DST (the spring gap) lasts no real time and adds
 *   nothing that day; a repeated hour (the autumn fold) lasts two real hours
 *   and adds twice; likewise a brand hour skipped by DST receives nothing and
 *   a repeated brand hour receives both real hours.
 *
 * `matrix[d][h]` is then the sum for weekday-hour `(d, h)` divided by the
 * number of days of `range` on weekday `d` (`days[d]`): the mean weight per
 * day. With `normalize` and one persona of weight 1, over whole weeks without
 * DST change, the matrix sums to 1: the share of that persona's weekly activity
 * falling in each brand hour.
 *
 * @param personas - the personas (each parsed with {@link PersonaSchema}; ids must be unique)
 * @param options - `timeZone`, `range`, and optionally `platform`, `weights`, `normalize`
 * @returns the heat map, with the counts of days, the total weight, each persona's weight and findings
 * @throws {ValidationError} for a bad persona (path `personas[i]…`), zone, range, platform or weight;
 *   `duplicatePersona`; `unknownPersona` and `missingWeight` for `weights` that do not match the personas;
 *   `rangeTooLong` beyond {@link MAX_ACTIVITY_RANGE_DAYS} days
 * @throws {SocialKitError} `overflow` when the weights are too large to sum
 * @example
 * const claire = { id: 'claire', name: 'Claire', market: 'b2c', timeZone: 'Asia/Kolkata',
 *   platforms: [{ platform: 'instagram', weight: 1 }],
 *   activity: buildActivityMatrix([{ weekdays: ['mon'], fromHour: 12, toHour: 13, value: 1 }]) };
 * const map = audienceActivity([claire], { timeZone: 'Europe/Paris', range: { from: '2027-01-04', to: '2027-01-10' } });
 * map.matrix[0][7]; // 0.5 (12:00 in Kolkata is 07:30 in Paris in winter: half in 07:00–08:00…)
 * map.matrix[0][8]; // 0.5 (…and half in 08:00–09:00)
 */
export function audienceActivity(personas: readonly PersonaInput[], options: AudienceActivityOptions): AudienceActivity {
  const list = arrayArgument(personas, 'personas');
  const opts = objectArgument(options, 'options');
  const zone = checkTimeZone(opts.timeZone, ['options', 'timeZone']);
  const range = localDateRange(opts.range, ['options', 'range']);
  const platform = opts.platform === undefined ? null : platformId(opts.platform, ['options', 'platform']);
  const normalize = booleanArgument(opts.normalize, ['options', 'normalize'], true);

  const parsed: Persona[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < list.length; i += 1) {
    const persona = parseWithSchema(PersonaSchema, list[i], { name: 'persona', path: ['personas', i] });
    if (ids.has(persona.id)) {
      throw invalid('duplicatePersona', `${formatPath(['personas', i, 'id'])}: persona id '${persona.id}' appears twice`, ['personas', i, 'id']);
    }
    ids.add(persona.id);
    parsed.push(persona);
  }
  const weights = readWeights(opts.weights, parsed, ids);

  const fromDay = parseDay(range.from);
  const toDay = parseDay(range.to);
  if (toDay - fromDay + 1 > MAX_ACTIVITY_RANGE_DAYS) {
    throw invalid(
      'rangeTooLong',
      `options.range spans ${toDay - fromDay + 1} days; at most ${MAX_ACTIVITY_RANGE_DAYS} are accepted: split the range`,
      ['options', 'range'],
    );
  }

  // A span of real time that surely contains every instant whose local date
  // in the brand zone is in range (one spare day on each side, since a fold
  // at midnight can show a date again after the next one has begun).
  const spanFrom = wallToInstant((fromDay - 1) * DAY_MS, zone);
  const spanTo = wallToInstant((toDay + 2) * DAY_MS, zone);
  const brandBreaks = offsetTransitions(zone, spanFrom, spanTo);
  const days = countDays(zone, spanFrom, spanTo, brandBreaks, fromDay, toDay);

  const sums = Array.from({ length: ACTIVITY_DAYS }, () => new Array<number>(ACTIVITY_HOURS).fill(0));
  const findings: Finding[] = [];
  const entries: AudienceActivityPersona[] = [];
  const zoneBreaks = new Map<string, number[]>([[zone, brandBreaks]]);

  for (let i = 0; i < parsed.length; i += 1) {
    const persona = parsed[i] as Persona;
    const weight = weights[i] as number;
    const platformShare = shareOf(persona, platform, i, findings);
    const effectiveWeight = weight * platformShare;
    entries.push({ id: persona.id, weight, platformShare, effectiveWeight });
    const intensity = intensityOf(persona, effectiveWeight, normalize, i, findings);
    if (intensity === null) continue;
    let personaBreaks = zoneBreaks.get(persona.timeZone);
    if (personaBreaks === undefined) {
      personaBreaks = offsetTransitions(persona.timeZone, spanFrom, spanTo);
      zoneBreaks.set(persona.timeZone, personaBreaks);
    }
    spread(intensity, persona.timeZone, zone, spanFrom, spanTo, mergeBreaks(personaBreaks, brandBreaks), fromDay, toDay, sums);
  }

  let totalWeight = 0;
  const matrix: number[][] = [];
  for (let d = 0; d < ACTIVITY_DAYS; d += 1) {
    const row = sums[d] as number[];
    const n = days[d] as number;
    const out = new Array<number>(ACTIVITY_HOURS);
    for (let h = 0; h < ACTIVITY_HOURS; h += 1) {
      const sum = row[h] as number;
      totalWeight += sum;
      out[h] = n === 0 ? 0 : sum / n;
    }
    matrix.push(out);
  }
  if (!Number.isFinite(totalWeight)) {
    throw new SocialKitError('overflow', 'The activity weights are too large to add up: scale the weights or the activity values down.', {
      path: ['options', 'weights'],
    });
  }
  if (totalWeight === 0) {
    findings.push({
      code: 'noAudienceActivity',
      severity: 'warning',
      message: 'No persona adds any activity to this range: every cell of the heat map is 0.',
      path: ['personas'],
    });
  }
  return { timeZone: zone, range, platform, matrix, days, totalWeight, personas: entries, findings };
}

function readWeights(value: unknown, personas: readonly Persona[], ids: ReadonlySet<string>): number[] {
  if (value === undefined) return personas.map(() => 1);
  const weights = objectArgument(value, ['options', 'weights']);
  for (const key of Object.keys(weights)) {
    if (!ids.has(key)) {
      throw invalid('unknownPersona', `options.weights names ${describeValue(key)}, which is not the id of any persona given`, ['options', 'weights', key]);
    }
  }
  return personas.map((persona) => {
    if (!Object.hasOwn(weights, persona.id)) {
      throw invalid(
        'missingWeight',
        `options.weights has no weight for persona '${persona.id}': give every persona a weight, or leave weights out (1 each)`,
        ['options', 'weights', persona.id],
      );
    }
    return finiteNumber(weights[persona.id], ['options', 'weights', persona.id], { min: 0 });
  });
}

function shareOf(persona: Persona, platform: PlatformId | null, index: number, findings: Finding[]): number {
  if (platform === null) return 1;
  const shares = platformShares(persona.platforms);
  if (shares.size === 0) {
    findings.push({
      code: 'personaWithoutPlatforms',
      severity: 'warning',
      message: `Persona '${persona.id}' has no platform with a weight above 0, so it counts for nothing on ${platform}.`,
      path: ['personas', index, 'platforms'],
    });
    return 0;
  }
  const share = shares.get(platform) ?? 0;
  if (share === 0) {
    findings.push({
      code: 'personaNotOnPlatform',
      severity: 'info',
      message: `Persona '${persona.id}' does not use ${platform}, so it adds no activity to this map.`,
      path: ['personas', index, 'platforms'],
    });
  }
  return share;
}

function intensityOf(persona: Persona, weight: number, normalize: boolean, index: number, findings: Finding[]): number[][] | null {
  let max = 0;
  for (const row of persona.activity) for (const v of row) max = Math.max(max, v);
  if (max === 0) {
    findings.push({
      code: 'personaWithoutActivity',
      severity: 'warning',
      message: `Persona '${persona.id}' has an activity profile of zeros, so it adds nothing to the map.`,
      path: ['personas', index, 'activity'],
    });
    return null;
  }
  if (weight === 0) return null;
  if (!normalize) return persona.activity.map((row) => row.map((v) => v * weight));
  // a / Σa; when the plain sum overflows, (a / max) / Σ(a / max) instead.
  let sum = 0;
  for (const row of persona.activity) for (const v of row) sum += v;
  const scale = Number.isFinite(sum) ? 1 : max;
  if (scale !== 1) {
    sum = 0;
    for (const row of persona.activity) for (const v of row) sum += v / scale;
  }
  return persona.activity.map((row) => row.map((v) => (v / scale / sum) * weight));
}

function mergeBreaks(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number)) ? (a[i++] as number) : (b[j++] as number);
    if (out.length === 0 || out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

// Counts, per weekday, the days of [fromDay, toDay] that some real instant shows in `zone`.
function countDays(zone: string, spanFrom: number, spanTo: number, breaks: readonly number[], fromDay: number, toDay: number): number[] {
  const seen = new Set<number>();
  const cuts = [spanFrom, ...breaks, spanTo];
  for (let k = 0; k + 1 < cuts.length; k += 1) {
    const a = cuts[k] as number;
    const b = cuts[k + 1] as number;
    if (b <= a) continue;
    const off = offsetMs(zone, a);
    const first = Math.max(Math.floor((a + off) / DAY_MS), fromDay);
    const last = Math.min(Math.floor((b - 1 + off) / DAY_MS), toDay);
    for (let day = first; day <= last; day += 1) seen.add(day);
  }
  const days = new Array<number>(ACTIVITY_DAYS).fill(0);
  for (const day of seen) days[weekdayIndex(day)] = (days[weekdayIndex(day)] as number) + 1;
  return days;
}

// Walks [spanFrom, spanTo) in pieces on which both zones' offsets, the persona's
// local hour and the brand's local hour are constant, and adds each piece's weight.
function spread(
  intensity: readonly (readonly number[])[],
  personaZone: string,
  brandZone: string,
  spanFrom: number,
  spanTo: number,
  breaks: readonly number[],
  fromDay: number,
  toDay: number,
  sums: number[][],
): void {
  const cuts = [spanFrom, ...breaks, spanTo];
  for (let k = 0; k + 1 < cuts.length; k += 1) {
    const segmentEnd = cuts[k + 1] as number;
    let t = cuts[k] as number;
    if (segmentEnd <= t) continue;
    const offP = offsetMs(personaZone, t);
    const offB = offsetMs(brandZone, t);
    while (t < segmentEnd) {
      const wallP = t + offP;
      const wallB = t + offB;
      const nextP = (Math.floor(wallP / HOUR_MS) + 1) * HOUR_MS - offP;
      const nextB = (Math.floor(wallB / HOUR_MS) + 1) * HOUR_MS - offB;
      const next = Math.min(nextP, nextB, segmentEnd);
      const brandDay = Math.floor(wallB / DAY_MS);
      if (brandDay >= fromDay && brandDay <= toDay) {
        const personaDay = Math.floor(wallP / DAY_MS);
        const personaHour = Math.floor((wallP - personaDay * DAY_MS) / HOUR_MS);
        const value = (intensity[weekdayIndex(personaDay)] as readonly number[])[personaHour] as number;
        if (value > 0) {
          const brandHour = Math.floor((wallB - brandDay * DAY_MS) / HOUR_MS);
          const row = sums[weekdayIndex(brandDay)] as number[];
          row[brandHour] = (row[brandHour] as number) + (value * (next - t)) / HOUR_MS;
        }
      }
      t = next;
    }
  }
}
