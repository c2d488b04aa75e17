import * as z from 'zod';
import { type Finding, LocalDateSchema, LocalTimeSchema, type PlatformId, PlatformIdSchema, type PostFormat, TimeZoneSchema, ValidationError, WeekdaySchema } from '../core/index.js';
import { DAY_MS, finiteNumber, formatDay, formatPath, invalid, localTime, objectArgument, parseDay, parseWithSchema, timeZone, weekday, weekdayIndex, zoneClock, type ZoneClock } from '../core/internal.js';
import { EditorialLineSchema, targetShares, type EditorialLine } from '../editorial/index.js';
import { addToFeed, createFeed, feedProblem, indexRanges, nearest, type RangeIndex } from './feed.js';
import { builtInObservances } from './marronniers.js';
import {
  byObservancePriority,
  capObservances,
  DEFAULT_MAX_OBSERVANCE_SHARE,
  mergeObservances,
  observanceMergedFinding,
  observancePillar,
  observancePillarFinding,
  observanceShareFinding,
} from './observance-placement.js';
import { ObservanceOccurrenceSchema } from './observance.js';
import { BlackoutSchema, MAX_PLAN_POSTS, PlatformConstraintsSchema, type Plan, type PlatformConstraints } from './plan.js';
import { sortPosts } from './plan-tools.js';
import { atProblem, type PlannedPost } from './planned-post.js';
import { hashSeed, mulberry32 } from './prng.js';
import { compilePattern, createWallResolver, forEachPatternDay, seriesInstants, type CompiledPattern } from './slot-engine.js';
import { parseSlotPattern, SlotPatternSchema, type SlotPattern, type SlotPatternInput } from './slot-pattern.js';

/**
 * A posting window: a weekday and a local time in the plan's zone, with a
 * score (what `bestPostingWindows` returns; `score` 0 when left out).
 *
 * @example
 * PlanWindowSchema.parse({ weekday: 'tue', time: '09:00', score: 0.8 }).score; // 0.8
 */
export const PlanWindowSchema = z.strictObject({
  weekday: WeekdaySchema,
  time: LocalTimeSchema,
  score: z.number().min(0).max(1e300).optional(),
});

/** A posting window (see {@link PlanWindowSchema}). */
export type PlanWindow = z.input<typeof PlanWindowSchema>;

/** One source of slots for a platform: a slot pattern (in its own zone) or a posting window (in the plan's zone). */
export type PlanSlot = SlotPatternInput | PlanWindow;

/** An observance to plan posts for: an occurrence as `observances` returns it, optionally limited to some platforms, with its lead times. */
export type PlanObservance = z.input<typeof ObservanceOccurrenceSchema> & {
  /** The platforms that get a post for it; every planned platform when left out. */
  platforms?: readonly PlatformId[];
  /**
   * One post per entry, each on or before its target day (the observance's
   * day minus `daysBefore`, a count from 0 to 60, each at most once), on a
   * day before the post of the entry with the next smaller `daysBefore`;
   * `[{ daysBefore: 0 }]` (one post on or before the day) when left out.
   */
  posts?: readonly { daysBefore: number }[];
};

/** How many days before its target day an observance post may go out. */
const LEAD_DAYS = 6;
const MAX_DAYS_BEFORE = 60;
const MAX_PERIOD_DAYS = 3660;
const MAX_CANDIDATES = 2_000_000;
/** The most candidate slots a plan is built from, all platforms together (10 platforms × 2 series × 1,440 times a day × 690 days took 17–24 s and 1.65 GB). */
const MAX_SLOTS = 500_000;
const DEFAULT_FORMATS: Partial<Record<PlatformId, PostFormat>> = { instagram: 'image', facebook: 'image', pinterest: 'image', tiktok: 'shortVideo', youtube: 'video' };

const PlanObservanceSchema = ObservanceOccurrenceSchema.extend({
  platforms: z.array(PlatformIdSchema).min(1).max(10).optional(),
  posts: z
    .array(z.strictObject({ daysBefore: z.number().int().min(0).max(MAX_DAYS_BEFORE) }))
    .min(1)
    .max(10)
    .superRefine((list, ctx) => {
      const seen = new Set<number>();
      list.forEach((p, i) => {
        if (seen.has(p.daysBefore)) ctx.addIssue({ code: 'custom', message: `posts[${i}] repeats daysBefore ${p.daysBefore}`, path: [i, 'daysBefore'], input: p.daysBefore });
        seen.add(p.daysBefore);
      });
    })
    .optional(),
});
type ParsedObservance = z.output<typeof PlanObservanceSchema>;
const BUILT_IN_IDS: ReadonlySet<string> = new Set(builtInObservances.map((m) => m.id));

const PeriodSchema = z.strictObject({ from: LocalDateSchema, to: LocalDateSchema }).superRefine((period, ctx) => {
  if (period.to < period.from) {
    ctx.addIssue({ code: 'custom', message: `period.to (${period.to}) is before period.from (${period.from})`, path: ['to'], input: period.to, params: { code: 'invalidRange' } });
  }
});

const PlatformListSchema = z
  .array(PlatformIdSchema)
  .min(1, { message: 'platforms must name at least one platform' })
  .max(20)
  .superRefine((list, ctx) => {
    list.forEach((p, i) => {
      if (list.indexOf(p) !== i) ctx.addIssue({ code: 'custom', message: `platforms[${i}] repeats '${p}'`, path: [i], input: p, params: { code: 'duplicatePlatform' } });
    });
  })
  .readonly();

function inputSchema<S extends z.ZodType>(slot: S) {
  return z.strictObject({
    period: PeriodSchema,
    timeZone: TimeZoneSchema,
    platforms: PlatformListSchema,
    editorialLine: EditorialLineSchema,
    slots: z.partialRecord(PlatformIdSchema, z.array(slot).max(1000).readonly()),
    observances: z.array(PlanObservanceSchema).max(10_000).readonly().optional(),
    blackouts: z.array(BlackoutSchema).max(10_000).readonly().optional(),
    constraints: z.partialRecord(PlatformIdSchema, PlatformConstraintsSchema).optional(),
    seed: z.number().optional(),
  });
}

/**
 * What {@link planCalendar} plans from: the period (local dates, both
 * included, at most 10 years), the plan's IANA zone (days, weeks, daily caps
 * and `localTime` are read in it, and posting windows are in it), the
 * platforms (each at most once), the editorial line (pillars and their
 * target mix, formats, frequency per platform and week), for each planned
 * platform its slot patterns and posting windows (required: the planner does
 * not guess), and optionally the observances that get a post on or before
 * their day, blackouts, per-platform constraints and the seed of the
 * tie-breaking generator (0 when left out).
 *
 * @example
 * PlanCalendarInputSchema.safeParse({}).error!.issues.map((i) => i.path[0]);
 * // ['period', 'timeZone', 'platforms', 'editorialLine', 'slots']
 * PlanCalendarInputSchema.parse({ period: { from: '2027-03-01', to: '2027-03-31' }, timeZone: 'Europe/Paris', platforms: ['x'],
 *   editorialLine: { name: 'Boulangerie', languages: ['fr'], pillars: [{ id: 'savoirFaire', name: 'Savoir-faire', targetShare: 1 }] },
 *   slots: { x: [{ weekday: 'tue', time: '09:00' }] } }).platforms; // ['x']
 */
export const PlanCalendarInputSchema = inputSchema(z.union([SlotPatternSchema, PlanWindowSchema]));

/** What {@link planCalendar} plans from (see {@link PlanCalendarInputSchema}). */
export type PlanCalendarInput = z.input<typeof PlanCalendarInputSchema>;

// The planner parses the slots itself, one by one, for messages that name the pattern's own field.
const PlannerInputSchema = inputSchema(z.unknown());

/**
 * Parses {@link PlanCalendarInput}, listing every problem (up to 100) with its path.
 *
 * @param input - the candidate input
 * @returns the parsed input (a new object)
 * @throws {ValidationError} with every problem found
 * @example
 * parsePlanCalendarInput({}); // throws ValidationError: period, timeZone, platforms, editorialLine and slots are required
 */
export function parsePlanCalendarInput(input: unknown): z.output<typeof PlanCalendarInputSchema> {
  return parseWithSchema(PlanCalendarInputSchema, input, { name: 'planCalendar input' });
}

// The occurrence kept when two are merged: the winner, with the platforms and lead times of both.
function combineObservances(winner: ParsedObservance, other: ParsedObservance): ParsedObservance {
  const platforms = winner.platforms === undefined || other.platforms === undefined ? undefined : [...new Set([...winner.platforms, ...other.platforms])];
  const days = new Set([...leadDays(winner), ...leadDays(other)]);
  const posts = days.size === 1 && days.has(0) ? undefined : [...days].sort((a, b) => a - b).map((daysBefore) => ({ daysBefore }));
  const out: ParsedObservance = { ...winner };
  delete out.platforms;
  delete out.posts;
  return { ...out, ...(platforms === undefined ? {} : { platforms }), ...(posts === undefined ? {} : { posts }) };
}

// The lead times of an occurrence, smallest first.
function leadDays(o: ParsedObservance): number[] {
  return (o.posts ?? [{ daysBefore: 0 }]).map((p) => p.daysBefore).sort((a, b) => a - b);
}

/** Why a slot cannot take a post. */
type Why = 'used' | 'blackout' | 'maxPerDay' | 'minGap';
const WHY: Readonly<Record<Why, string>> = { used: 'taken', blackout: 'in a blackout', maxPerDay: 'on a full day (maxPerDay)', minGap: 'too close to another post (minGapMinutes)' };
const CAUSES: readonly [Why, string, string][] = [
  ['blackout', 'blockedByBlackout', 'blackouts'],
  ['maxPerDay', 'blockedByMaxPerDay', 'maxPerDay'],
  ['minGap', 'blockedByMinGap', 'minGapMinutes'],
];

/** The slots of one platform in the period, as parallel arrays sorted by instant. */
interface Candidates {
  ms: number[];
  score: number[];
  key: number[];
  day: number[];
  blocked: boolean[];
  used: boolean[];
  byDay: Map<number, number[]>;
  byWeek: Map<number, number[]>;
}

/** One slot source of a platform, parsed: a pattern and the score of its slots. */
interface SlotSource {
  pattern: CompiledPattern;
  score: number;
  path: (string | number)[];
}

function readSources(sources: readonly unknown[], platform: PlatformId, zone: string): SlotSource[] {
  const out: SlotSource[] = [];
  for (let i = 0; i < sources.length; i += 1) {
    const path = ['slots', platform, i];
    const source = objectArgument(sources[i], path);
    let pattern: SlotPattern;
    let score = 0;
    if (source.kind !== undefined) {
      try {
        pattern = parseSlotPattern(source);
      } catch (error) {
        throw error instanceof ValidationError ? new ValidationError(error.issues.map((e) => ({ ...e, message: `${formatPath(path)}: ${e.message}`, path: [...path, ...e.path] }))) : error;
      }
    } else {
      pattern = { kind: 'weekly', weekdays: [weekday(source.weekday, [...path, 'weekday'])], times: [localTime(source.time, [...path, 'time'])], timeZone: zone };
      if (source.score !== undefined) score = finiteNumber(source.score, [...path, 'score'], { min: 0, max: 1e300 });
    }
    out.push({ pattern: compilePattern(pattern), score, path });
  }
  return out;
}

/**
 * How many candidate slots a source gives in the period, counted without
 * building any: its days from the day before the period to the day after
 * (a pattern's own zone may be a day off the plan's), times its local
 * times, at most its `count`.
 *
 * @param source - the parsed source
 * @param fromDay - the period's first day
 * @param toDay - the period's last day
 * @returns the count (an upper bound of the slots expanded)
 */
function countSlots(source: SlotSource, fromDay: number, toDay: number): number {
  const c = source.pattern;
  let days = 0;
  const lo = Math.max(fromDay - 1, c.startDay ?? -Infinity);
  const hi = Math.min(toDay + 1, c.endDay ?? Infinity);
  forEachPatternDay(c, lo, hi, () => {
    days += 1;
    return true;
  });
  return Math.min(days * c.minutes.length, c.count ?? Infinity);
}

function collectCandidates(sources: readonly SlotSource[], platform: PlatformId, window: { fromMs: number; toMs: number }, clock: ZoneClock, blackouts: RangeIndex, rng: () => number): Candidates {
  const raw: [number, number][] = [];
  for (const { pattern, score, path } of sources) {
    const series = seriesInstants(pattern, { ...window, path });
    if (raw.length + series.ms.length > MAX_CANDIDATES) throw invalid('tooManyInstants', `The slots of ${platform} give more than ${MAX_CANDIDATES} instants`, ['slots', platform]);
    for (const ms of series.ms) if (atProblem(ms) === null) raw.push([ms, score]);
  }
  raw.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const c: Candidates = { ms: [], score: [], key: [], day: [], blocked: [], used: [], byDay: new Map(), byWeek: new Map() };
  for (const [ms, score] of raw) {
    if (c.ms[c.ms.length - 1] === ms) continue;
    const day = clock.day(ms);
    push(c.byDay, day, c.ms.length);
    push(c.byWeek, day - weekdayIndex(day), c.ms.length);
    c.ms.push(ms);
    c.score.push(score);
    c.key.push(rng());
    c.day.push(day);
    c.blocked.push(blackouts.has(ms));
    c.used.push(false);
  }
  return c;
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function tallyText(tally: Record<Why, number>): string {
  return (Object.keys(WHY) as Why[])
    .filter((k) => tally[k] > 0)
    .map((k) => `${tally[k]} ${WHY[k]}`)
    .join(', ');
}

/**
 * Plans a publication calendar: dated draft posts for each platform, from
 * its slots, following the editorial line, around observances, blackouts
 * and the feed's constraints. The rules, in order:
 * 1. **Slots.** Each platform's slot patterns (in their own zones) and
 *    posting windows (a weekday and time in the plan's zone, with a score,
 *    as `bestPostingWindows` gives them) are expanded over the period; the
 *    same instant counts once, with its best score.
 * 2. **Observances** given more than once (the same id or the same name on
 *    the same day, or a `date-holidays` holiday and the built-in marronnier
 *    it is, in the same year) are merged first, the built-in date kept
 *    (`observanceMerged`). On a platform with a frequency, marronnier posts
 *    take at most `constraints[platform].maxObservanceShare` (default 0.3)
 *    of its posts: the categories `categoryPillars` maps first, then
 *    commercial, cultural, holiday, awareness, religious, sport, platform,
 *    civic, then by date (`observanceShareCapped` lists what was left out).
 *    In that order, they each get a post (one per entry of `posts`, each
 *    for its target day, the day minus `daysBefore`; `[{ daysBefore: 0 }]`
 *    when left out) on each
 *    platform (or those the occurrence lists in `platforms`): the slot on
 *    the observance's day, else the latest day before it, up to 6 days
 *    before, that is free and honours the constraints (best score first,
 *    then the earliest time of that day). They have `priority` 1.
 * 3. **Frequency.** Each ISO week (Monday to Sunday, in the plan's zone) of
 *    the period gets the editorial line's `frequencyPerWeek` for the
 *    platform, pro rata for the days of a partial week, with fractions
 *    carried over (week k ends with `round(f × days so far / 7)` posts);
 *    observance posts count towards it. Slots are taken one at a time: the
 *    best score, then the one farthest from the platform's other posts,
 *    then the seeded generator. A slot is free when no blackout holds it,
 *    no post of the platform is within `minGapMinutes`, and its local day
 *    has fewer than `maxPerDay` posts. Posts stay in their week: a post
 *    that finds no free slot is reported, not moved to another week.
 * 4. **Pillars**, per platform in time order: the quota rule of editorial's
 *    `nextPillar` (the largest `target × (n + 1) − count`; ties to the larger
 *    target, then to the seeded generator), except that the pillar of the
 *    platform's previous post is left out whenever another pillar has a
 *    positive target. **Format**: the platform's formats in the line, in
 *    turn (a default per platform when the line has none); **objective**:
 *    the pillar's first objective (`engagement` when it has none);
 *    **language**: the line's first language.
 * 5. **Posts** are drafts with an empty text (one `textToWrite` finding says
 *    so), an empty history, `observanceId` (or null), `priority` 0 or 1,
 *    and a stable id: platform, local date and time (`'instagram-2027-03-08-0900'`,
 *    then `-2`, `-3` in the rare case of a repeat), sorted by instant.
 *
 * The planner never drops a requested post silently: every post it could
 * not place is counted in a finding that says why (see `PLAN_FINDING_CODES`).
 * The same input gives the same plan.
 *
 * @param input - `{ period, timeZone, platforms, editorialLine, slots, observances?, blackouts?, constraints?, seed? }`
 * @returns the plan `{ timeZone, period, constraints, blackouts, freezes, posts, findings }`
 * @throws {ValidationError} only for malformed input: a bad field (named by its path), an unknown field, a platform without slots, a period over 10 years, more than 200,000 posts, more than 500,000 candidate slots (`tooManySlots`, counted before any is built)
 * @example
 * const plan = planCalendar({
 *   period: { from: '2027-03-22', to: '2027-04-04' }, timeZone: 'Europe/Paris', platforms: ['instagram'],
 *   editorialLine: { name: 'Boulangerie Martin', languages: ['fr'], frequencyPerWeek: { instagram: 2 },
 *     pillars: [{ id: 'savoirFaire', name: 'Savoir-faire', targetShare: 0.5 }, { id: 'coulisses', name: 'Coulisses', targetShare: 0.5 }] },
 *   slots: { instagram: [{ kind: 'weekly', weekdays: ['tue', 'fri'], times: ['09:00'], timeZone: 'Europe/Paris' }] },
 * });
 * plan.posts.map((p) => `${p.id} ${p.at.toISOString()} ${p.pillar}`);
 * // ['instagram-2027-03-23-0900 2027-03-23T08:00:00.000Z savoirFaire', 'instagram-2027-03-26-0900 2027-03-26T08:00:00.000Z coulisses',
 * //  'instagram-2027-03-30-0900 2027-03-30T07:00:00.000Z savoirFaire', 'instagram-2027-04-02-0900 2027-04-02T07:00:00.000Z coulisses'] (09:00 in Paris on both sides of 28 March)
 * plan.findings.map((f) => f.code); // ['textToWrite']
 */
export function planCalendar(input: PlanCalendarInput): Plan {
  const given = parseWithSchema(PlannerInputSchema, input, { name: 'planCalendar input' });
  const period = given.period;
  const fromDay = parseDay(period.from);
  const toDay = parseDay(period.to);
  if (toDay - fromDay >= MAX_PERIOD_DAYS) throw invalid('rangeTooLarge', `A plan covers at most ${MAX_PERIOD_DAYS} days`, ['period', 'to']);
  const zone = timeZone(given.timeZone, 'timeZone');
  const platforms: readonly PlatformId[] = given.platforms;
  const line: EditorialLine = given.editorialLine;
  const constraints: Partial<Record<PlatformId, PlatformConstraints>> = {};
  for (const p of platforms) {
    if ((given.slots[p] ?? []).length === 0) {
      throw invalid('missingSlots', `slots.${p} needs slot patterns or posting windows (the planner does not guess)`, ['slots', p]);
    }
    constraints[p] = given.constraints?.[p] ?? PlatformConstraintsSchema.parse({});
  }
  const blackouts = [...(given.blackouts ?? [])];
  const givenOccurrences: ParsedObservance[] = [...(given.observances ?? [])];
  const byDate = (a: ParsedObservance, b: ParsedObservance): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  givenOccurrences.sort(byDate);
  const { kept: occurrences, merged } = mergeObservances(givenOccurrences, BUILT_IN_IDS, combineObservances);
  occurrences.sort(byDate);
  const seed = given.seed ?? 0;
  let expected = 0;
  for (const o of occurrences) expected += leadDays(o).length * platforms.length;
  for (const p of platforms) expected += Math.floor(((line.frequencyPerWeek[p] ?? 0) * (toDay - fromDay + 1)) / 7 + 0.5);
  if (expected > MAX_PLAN_POSTS) throw invalid('tooManyPosts', `The plan would hold about ${expected} posts, more than ${MAX_PLAN_POSTS}`, ['period']);

  // Candidate slots, counted before any is built.
  const sourcesOf = new Map<PlatformId, SlotSource[]>();
  let slotCount = 0;
  for (const p of platforms) {
    const sources = readSources(given.slots[p] ?? [], p, zone);
    sourcesOf.set(p, sources);
    for (const source of sources) slotCount += countSlots(source, fromDay, toDay);
  }
  if (slotCount > MAX_SLOTS) {
    throw invalid('tooManySlots', `The slots would give ${slotCount.toLocaleString('en')} candidate slots over the period, more than ${MAX_SLOTS.toLocaleString('en')}: use fewer local times, weekdays or platforms, or a shorter period`, ['slots']);
  }

  const targets = targetShares(line);
  const clock = zoneClock(zone);
  const wall = createWallResolver(zone);
  const window = { fromMs: wall(fromDay * DAY_MS), toMs: wall((toDay + 1) * DAY_MS) };
  const blackoutIndex = indexRanges(blackouts);
  const findings: Finding[] = merged.map(observanceMergedFinding);
  const posts: PlannedPost[] = [];
  const inReach = (day: number): boolean => day >= fromDay && day - LEAD_DAYS <= toDay;

  // The lead times of each occurrence the period reaches.
  const reach = new Map<ParsedObservance, number[]>();
  for (const o of occurrences) {
    const day = parseDay(o.date);
    const lead = leadDays(o);
    const reached = lead.filter((d) => inReach(day - d));
    reach.set(o, reached);
    if (reached.length === 0) {
      findings.push({ code: 'observanceOutsidePeriod', severity: 'info', message: `${o.name} (${o.date}) gets no post: the period ${period.from} to ${period.to} does not reach it`, path: ['observances', o.id] });
    } else {
      for (const d of lead.filter((x) => !reached.includes(x))) {
        findings.push({
          code: 'observanceOutsidePeriod',
          severity: 'info',
          message: `${o.name} (${o.date}) gets no post ${d} days before (${formatDay(day - d)}): the period ${period.from} to ${period.to} does not reach it`,
          path: ['observances', o.id],
        });
      }
    }
  }

  for (const platform of platforms) {
    const c = collectCandidates(sourcesOf.get(platform) as SlotSource[], platform, window, clock, blackoutIndex, mulberry32(hashSeed(seed, platform)));
    const feed = createFeed(constraints[platform]);
    const placed: { ms: number; day: number; observance: ParsedObservance | null }[] = [];
    const place = (i: number, observance: ParsedObservance | null): void => {
      c.used[i] = true;
      addToFeed(feed, c.ms[i] as number, c.day[i] as number);
      placed.push({ ms: c.ms[i] as number, day: c.day[i] as number, observance });
    };
    const problem = (i: number): Why | null => (c.used[i] ? 'used' : c.blocked[i] ? 'blackout' : feedProblem(feed, c.ms[i] as number, c.day[i] as number));

    // 2. Observances, in priority order, within the share cap: the day itself, else the latest day before it.
    const f = line.frequencyPerWeek[platform];
    const wanted = byObservancePriority(
      occurrences.filter((o) => (o.platforms === undefined || o.platforms.includes(platform)) && (reach.get(o) as number[]).length > 0),
      line,
    );
    const total = Math.floor(((f ?? 0) * (toDay - fromDay + 1)) / 7 + 0.5 + 1e-9);
    const share = constraints[platform]?.maxObservanceShare ?? DEFAULT_MAX_OBSERVANCE_SHARE;
    const postsOf = (o: ParsedObservance): number => (reach.get(o) as number[]).length;
    const { kept, left } = capObservances(wanted, postsOf, f === undefined ? Infinity : Math.floor(share * total + 1e-9));
    if (left.length > 0) {
      const count = (list: ParsedObservance[]): number => list.reduce((n, o) => n + postsOf(o), 0);
      findings.push(observanceShareFinding(platform, { kept: count(kept), wanted: count(wanted), total, share }, left));
    }
    const observancesPerWeek = new Map<number, number>();
    for (const o of kept) {
      const day = parseDay(o.date);
      // Each lead time, smallest first; each post on a day before the previous one's.
      let before = Infinity;
      for (const daysBefore of reach.get(o) as number[]) {
        const target = day - daysBefore;
        const tally = { used: 0, blackout: 0, maxPerDay: 0, minGap: 0 };
        let slots = 0;
        let chosen = -1;
        const first = Math.max(target - LEAD_DAYS, fromDay);
        const last = Math.min(target, toDay, before - 1);
        for (let d = last; d >= first && chosen < 0; d -= 1) {
          const list = [...(c.byDay.get(d) ?? [])].sort((x, y) => (c.score[y] as number) - (c.score[x] as number) || (c.ms[x] as number) - (c.ms[y] as number));
          for (const i of list) {
            slots += 1;
            const why = problem(i);
            if (why === null) {
              chosen = i;
              break;
            }
            tally[why] += 1;
          }
        }
        if (chosen >= 0) {
          place(chosen, o);
          before = c.day[chosen] as number;
          const monday = (c.day[chosen] as number) - weekdayIndex(c.day[chosen] as number);
          observancesPerWeek.set(monday, (observancesPerWeek.get(monday) ?? 0) + 1);
        } else {
          const lead = daysBefore === 0 ? '' : ` ${daysBefore} days before`;
          findings.push({
            code: 'observanceNotPlaced',
            severity: 'warning',
            message: `No ${platform} post for ${o.name} (${o.date})${lead}: ${slots === 0 ? 'no slot' : `${plural(slots, 'slot')}, ${tallyText(tally)},`} from ${formatDay(first)} to ${formatDay(last)}`,
            path: ['observances', o.id],
          });
        }
      }
    }

    // 3. Frequency, week by week.
    if (f === undefined) {
      findings.push({ code: 'noFrequency', severity: 'warning', message: `The editorial line sets no frequency for ${platform}: observance posts only`, path: ['editorialLine', 'frequencyPerWeek', platform] });
    }
    let target = 0;
    for (let monday = fromDay - weekdayIndex(fromDay); monday <= toDay; monday += 7) {
      const next = Math.floor(((f ?? 0) * (Math.min(monday + 6, toDay) - fromDay + 1)) / 7 + 0.5 + 1e-9);
      const quota = next - target;
      target = next;
      const label = `${platform}, week of ${formatDay(monday)}`;
      const fromObservances = observancesPerWeek.get(monday) ?? 0;
      if (fromObservances > quota && (f ?? 0) > 0) {
        findings.push({ code: 'overFrequency', severity: 'info', message: `${label}: ${plural(fromObservances, 'observance post')} for a frequency of ${quota}`, path: ['editorialLine', 'frequencyPerWeek', platform] });
      }
      const need = quota - fromObservances;
      if (need <= 0) continue;
      const week = c.byWeek.get(monday) ?? [];
      // Beyond 200,000 comparisons a week, slots go best score first without
      // the spread rule: a slot refused once stays refused, so one pass does.
      const order = week.length * need > 200_000 ? [...week].sort((x, y) => (c.score[y] as number) - (c.score[x] as number) || (c.key[y] as number) - (c.key[x] as number)) : null;
      let cursor = 0;
      let got = 0;
      for (; got < need; got += 1) {
        let best = -1;
        let bestSpread = -1;
        if (order !== null) {
          while (cursor < order.length && problem(order[cursor] as number) !== null) cursor += 1;
          best = order[cursor] ?? -1;
        } else {
          for (const i of week) {
            if (problem(i) !== null) continue;
            const spread = nearest(feed, c.ms[i] as number);
            const ds = (c.score[i] as number) - (best < 0 ? -1 : (c.score[best] as number));
            if (ds > 0 || (ds === 0 && (spread > bestSpread || (spread === bestSpread && (c.key[i] as number) > (c.key[best] as number))))) {
              best = i;
              bestSpread = spread;
            }
          }
        }
        if (best < 0) break;
        place(best, null);
      }
      if (got === need) continue;
      // What the week lacks, split between its causes: too few slots first, then each refusal.
      const tally = { used: 0, blackout: 0, maxPerDay: 0, minGap: 0 };
      const reasons = new Set<string>();
      for (const i of week) {
        const why = problem(i);
        if (why !== null) tally[why] += 1;
        const b = why === 'blackout' ? blackouts[blackoutIndex.which(c.ms[i] as number)] : undefined;
        if (b?.reason !== undefined) reasons.add(b.reason);
      }
      const free = week.length - tally.used + got;
      const head = `${label}: ${got} of ${plural(need, 'post')} placed`;
      let missing = need - got;
      const short = Math.min(missing, need - free);
      if (short > 0) {
        findings.push({ code: 'tooFewSlots', severity: 'warning', message: `${head}; ${plural(free, 'free slot')} that week`, path: ['slots', platform] });
        missing -= short;
      }
      for (const [why, code, field] of CAUSES) {
        const n = Math.min(missing, tally[why]);
        if (n <= 0) continue;
        missing -= n;
        const detail = why === 'blackout' && reasons.size > 0 ? ` (${[...reasons].join('; ')})` : '';
        findings.push({ code, severity: 'warning', message: `${head}; ${n} missing: ${plural(tally[why], 'slot')} ${WHY[why]}${detail}`, path: why === 'blackout' ? [field] : ['constraints', platform, field] });
      }
    }

    // 4 and 5. Pillars, formats, ids.
    placed.sort((a, b) => a.ms - b.ms);
    const rules = placed.map((p) => (p.observance === null ? null : observancePillar(p.observance.category, line, targets)));
    const pillars = assignPillars(placed.length, line, mulberry32(hashSeed(seed, `${platform}:pillars`)), platform, findings, rules.map((r) => r?.pillar ?? undefined));
    const formats = line.formatsByPlatform[platform] ?? [DEFAULT_FORMATS[platform] ?? 'text'];
    const seen = new Map<string, number>();
    placed.forEach((p, k) => {
      const pillar = pillars[k] as string;
      const time = clock.time(p.ms);
      const base = `${platform}-${formatDay(p.day)}-${time.slice(0, 2)}${time.slice(3)}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const id = n === 1 ? base : `${base}-${n}`;
      const rule = rules[k];
      if (p.observance !== null && rule != null) findings.push(observancePillarFinding({ id, pillar }, p.observance, rule.rule));
      posts.push({
        id,
        platform,
        text: '',
        format: formats[k % formats.length] as PostFormat,
        pillar,
        objectiveType: line.pillars.find((x) => x.id === pillar)?.objectives[0] ?? 'engagement',
        language: line.languages[0] as string,
        media: [],
        links: [],
        at: new Date(p.ms),
        localTime: time,
        status: 'draft',
        observanceId: p.observance?.id ?? null,
        priority: p.observance === null ? 0 : 1,
        history: [],
      });
    });
  }
  if (posts.length > 0) {
    findings.push({ code: 'textToWrite', severity: 'info', message: `${plural(posts.length, 'planned post')} without text yet: write each from its pillar`, path: ['posts'] });
  }
  return { timeZone: zone, period, constraints, blackouts, freezes: [], posts: sortPosts(posts), findings };
}

// Pillars for a platform's posts in time order: a marronnier post's fixed
// pillar where it has one (counted in the mix), else the quota rule, never
// the previous pillar (nor the next post's fixed one) when another has a
// positive target.
function assignPillars(n: number, line: EditorialLine, rng: () => number, platform: PlatformId, findings: Finding[], fixed: readonly (string | undefined)[]): string[] {
  const targets = targetShares(line);
  const active = line.pillars.filter((p) => (targets[p.id] ?? 0) > 0).map((p) => ({ id: p.id, target: targets[p.id] as number }));
  const counts = new Map<string, number>();
  const out: string[] = [];
  for (let k = 0; k < n; k += 1) {
    const forced = fixed[k];
    if (forced !== undefined) {
      counts.set(forced, (counts.get(forced) ?? 0) + 1);
      out.push(forced);
      continue;
    }
    const avoid = new Set([out[k - 1], fixed[k + 1]]);
    const open = active.filter((p) => !avoid.has(p.id)).length;
    let best: { id: string; target: number }[] = [];
    let bestDeficit = -Infinity;
    for (const p of active) {
      if (avoid.has(p.id) && (open > 0 ? true : p.id === out[k - 1] && active.length > 1)) continue;
      const deficit = p.target * (k + 1) - (counts.get(p.id) ?? 0);
      const d = deficit - bestDeficit;
      const t = p.target - (best[0]?.target ?? 0);
      if (d > 1e-9 || (d >= -1e-9 && t > 1e-12)) {
        best = [p];
        bestDeficit = deficit;
      } else if (d >= -1e-9 && t >= -1e-12) best.push(p);
    }
    const pick = (best[Math.floor(rng() * best.length)] ?? best[0]) as { id: string };
    counts.set(pick.id, (counts.get(pick.id) ?? 0) + 1);
    out.push(pick.id);
  }
  const sole = active.length === 1 ? active[0] : undefined;
  if (sole !== undefined && n > 1) {
    findings.push({ code: 'repeatedPillar', severity: 'info', message: `Every ${platform} post is in '${sole.id}', the only pillar with a positive target share`, path: ['editorialLine', 'pillars'] });
  }
  const off = active.filter((p) => Math.abs((counts.get(p.id) ?? 0) - p.target * n) > 1 + 1e-9).map((p) => `'${p.id}' ${Math.round(((counts.get(p.id) ?? 0) / n) * 100)} % for ${Math.round(p.target * 100)} %`);
  if (off.length > 0) {
    findings.push({ code: 'mixOffTarget', severity: 'info', message: `On ${platform}, never posting a pillar twice in a row keeps the mix off target: ${off.join(', ')}`, path: ['editorialLine', 'pillars'] });
  }
  return out;
}
