import * as z from 'zod';
import {
  describeValue,
  finiteNumber,
  formatPath,
  invalid,
  localDateRange,
  localTime,
  objectArgument,
  parseWithSchema,
  PLATFORM_IDS,
  PlatformIdSchema,
  platformId,
  timeZone,
  ValidationError,
  weekday,
  type Finding,
  type LocalDateRange,
  type LocalTime,
  type PlatformId,
  type PostFormat,
  type Weekday,
} from '../core/index.js';
import { EditorialLineSchema, targetShares, type EditorialLine, type EditorialLineInput } from '../editorial/editorial-line.js';
import { civilFromDays, DAY_MS, daysFromCivil, formatDay, parseDay, weekdayIndex } from './civil-day.js';
import { addToFeed, createFeed, feedProblem, indexRanges, nearest, type RangeIndex } from './feed.js';
import { createLocalClock, type LocalClock } from './local-clock.js';
import { ObservanceOccurrenceSchema } from './observance.js';
import { BlackoutSchema, MAX_PLAN_POSTS, PlatformConstraintsSchema, type Blackout, type BlackoutInput, type Plan, type PlatformConstraints, type PlatformConstraintsInput } from './plan.js';
import { atProblem, type PlannedPost } from './planned-post.js';
import { hashSeed, mulberry32 } from './prng.js';
import { compilePattern, createWallResolver, seriesInstants } from './slot-engine.js';
import { parseSlotPattern, type SlotPattern, type SlotPatternInput } from './slot-pattern.js';

/** A posting window: a weekday and a local time in the plan's zone, with a score (what `bestPostingWindows` returns; `score` 0 when left out). */
export interface PlanWindow {
  /** The weekday, `'mon'` … `'sun'`. */
  weekday: Weekday;
  /** The local time in the plan's zone, `'HH:mm'`. */
  time: LocalTime;
  /** How good the window is (higher first); 0 when left out. */
  score?: number;
}

/** One source of slots for a platform: a slot pattern (in its own zone) or a posting window (in the plan's zone). */
export type PlanSlot = SlotPatternInput | PlanWindow;

/** An observance to plan a post for: an occurrence as `observances` returns it, optionally limited to some platforms. */
export type PlanObservance = z.input<typeof ObservanceOccurrenceSchema> & {
  /** The platforms that get a post for it; every planned platform when left out. */
  platforms?: readonly PlatformId[];
};

/** What {@link planCalendar} plans from. */
export interface PlanCalendarInput {
  /** The local dates to plan, both included (at most 10 years). */
  period: LocalDateRange;
  /** The plan's IANA zone: days, weeks, daily caps and `localTime` are read in it, and posting windows are in it. */
  timeZone: string;
  /** The platforms to plan, each at most once. */
  platforms: readonly PlatformId[];
  /** The editorial line: its pillars and their target mix, its formats and its frequency per platform and week. */
  editorialLine: EditorialLineInput;
  /** For each planned platform, its slot patterns and posting windows (required: the planner does not guess). */
  slots: Partial<Record<PlatformId, readonly PlanSlot[]>>;
  /** The observances that get a post, on or before their day. */
  observances?: readonly PlanObservance[];
  /** Ranges of instants with no post. */
  blackouts?: readonly BlackoutInput[];
  /** Per platform: the least minutes between two posts and the most posts per local day. */
  constraints?: Partial<Record<PlatformId, PlatformConstraintsInput>>;
  /** The seed of the tie-breaking generator (any finite number; 0 when left out). */
  seed?: number;
}

/** How many days before its day an observance post may go out. */
const LEAD_DAYS = 6;
const MAX_PERIOD_DAYS = 3660;
const MAX_CANDIDATES = 2_000_000;
const INPUT_KEYS = ['period', 'timeZone', 'platforms', 'editorialLine', 'slots', 'observances', 'blackouts', 'constraints', 'seed'];

const DEFAULT_FORMATS: Readonly<Record<PlatformId, PostFormat>> = {
  x: 'text',
  instagram: 'image',
  facebook: 'image',
  linkedin: 'text',
  tiktok: 'shortVideo',
  youtube: 'video',
  threads: 'text',
  bluesky: 'text',
  mastodon: 'text',
  pinterest: 'image',
};

const PlanObservanceSchema = ObservanceOccurrenceSchema.extend({ platforms: z.array(PlatformIdSchema).min(1).max(PLATFORM_IDS.length).optional() });
type ParsedObservance = z.output<typeof PlanObservanceSchema>;

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

/** A post placed in time, before pillars and ids. */
interface Placement {
  ms: number;
  day: number;
  observanceId: string | null;
}

function readList(value: unknown, path: (string | number)[], max: number): readonly unknown[] {
  if (!Array.isArray(value)) throw invalid('invalidType', `${path.join('.')} must be an array, got ${describeValue(value)}`, path);
  if (value.length > max) throw invalid('tooMany', `${path.join('.')} has ${value.length} entries; at most ${max}`, path);
  return value;
}

function readPlatformRecord(value: unknown, path: string): [PlatformId, unknown][] {
  const record = objectArgument(value, path);
  const out: [PlatformId, unknown][] = [];
  for (const key of Object.keys(record)) out.push([platformId(key, [path, key]), record[key]]);
  return out;
}

function readWindow(value: unknown, path: (string | number)[]): { weekday: Weekday; time: string; score: number } {
  const w = objectArgument(value, path);
  return {
    weekday: weekday(w.weekday, [...path, 'weekday']),
    time: localTime(w.time, [...path, 'time']),
    score: w.score === undefined ? 0 : finiteNumber(w.score, [...path, 'score'], { min: 0, max: 1e300 }),
  };
}

function collectCandidates(sources: readonly unknown[], platform: PlatformId, zone: string, window: { fromMs: number; toMs: number }, clock: LocalClock, blackouts: RangeIndex, rng: () => number): Candidates {
  const raw: [number, number][] = [];
  for (let i = 0; i < sources.length; i += 1) {
    const path = ['slots', platform, i];
    const source = objectArgument(sources[i], path);
    let pattern: SlotPattern;
    let score = 0;
    if (source.kind !== undefined) {
      try {
        pattern = parseSlotPattern(source);
      } catch (error) {
        throw prefixPath(error, path);
      }
    } else {
      const w = readWindow(source, path);
      pattern = { kind: 'weekly', weekdays: [w.weekday], times: [w.time], timeZone: zone };
      score = w.score;
    }
    const series = seriesInstants(compilePattern(pattern), { ...window, path });
    if (raw.length + series.ms.length > MAX_CANDIDATES) throw invalid('tooManyInstants', `The slots of ${platform} give more than ${MAX_CANDIDATES} instants in the period`, ['slots', platform]);
    for (const ms of series.ms) if (atProblem(ms) === null) raw.push([ms, score]);
  }
  raw.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const c: Candidates = { ms: [], score: [], key: [], day: [], blocked: [], used: [], byDay: new Map(), byWeek: new Map() };
  for (const [ms, score] of raw) {
    if (c.ms.length > 0 && c.ms[c.ms.length - 1] === ms) continue;
    const day = clock.day(ms);
    const index = c.ms.length;
    c.ms.push(ms);
    c.score.push(score);
    c.key.push(rng());
    c.day.push(day);
    c.blocked.push(blackouts.has(ms));
    c.used.push(false);
    push(c.byDay, day, index);
    push(c.byWeek, day - weekdayIndex(day), index);
  }
  return c;
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function prefixPath(error: unknown, path: (string | number)[]): unknown {
  if (!(error instanceof ValidationError)) return error;
  return new ValidationError(error.issues.map((i) => ({ ...i, message: `${formatPath(path)}: ${i.message}`, path: [...path, ...i.path] })));
}

// The ISO 8601 week label of the week starting on Monday `monday` (a day number).
function weekLabel(monday: number): string {
  const thursday = monday + 3;
  const year = civilFromDays(thursday).year;
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')} (from ${formatDay(monday)})`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function blackoutReasons(blackouts: readonly Blackout[], index: RangeIndex, instants: readonly number[]): string {
  const reasons = new Set<string>();
  for (const ms of instants) {
    const b = blackouts[index.which(ms)];
    if (b !== undefined) reasons.add(b.reason ?? `${b.from.toISOString()} to ${b.to.toISOString()}`);
  }
  return [...reasons].slice(0, 3).join('; ');
}

/**
 * Plans a publication calendar: dated draft posts for each platform, from
 * its slots, following the editorial line, around observances, blackouts
 * and the feed's constraints. The rules, in order:
 * 1. **Slots.** Each platform's slot patterns (in their own zones) and
 *    posting windows (a weekday and time in the plan's zone, with a score,
 *    as `bestPostingWindows` gives them) are expanded over the period; the
 *    same instant counts once, with its best score.
 * 2. **Observances** (sorted by date, then id) each get a post on each
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
 * @throws {ValidationError} only for malformed input: a bad field (named by its path), an unknown field, a platform without slots, a period over 10 years, more than 200,000 posts
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
  const given = objectArgument(input, 'input');
  for (const key of Object.keys(given)) {
    if (!INPUT_KEYS.includes(key)) throw invalid('unknownField', `planCalendar does not know the field '${key}'; it takes ${INPUT_KEYS.join(', ')}`, [key]);
  }
  const period = localDateRange(given.period, 'period');
  const fromDay = parseDay(period.from);
  const toDay = parseDay(period.to);
  if (toDay - fromDay >= MAX_PERIOD_DAYS) throw invalid('rangeTooLarge', `A plan covers at most ${MAX_PERIOD_DAYS} days (10 years), got ${period.from} to ${period.to}`, ['period', 'to']);
  const zone = timeZone(given.timeZone, 'timeZone');
  const platformList = readList(given.platforms, ['platforms'], PLATFORM_IDS.length * 2);
  const platforms: PlatformId[] = [];
  for (let i = 0; i < platformList.length; i += 1) {
    const p = platformId(platformList[i], ['platforms', i]);
    if (platforms.includes(p)) throw invalid('duplicatePlatform', `platforms[${i}] repeats '${p}'`, ['platforms', i]);
    platforms.push(p);
  }
  if (platforms.length === 0) throw invalid('tooSmall', 'platforms must name at least one platform', ['platforms']);
  const line: EditorialLine = parseWithSchema(EditorialLineSchema, given.editorialLine, { name: 'editorial line', path: ['editorialLine'] });
  const slotRecord = new Map(readPlatformRecord(given.slots, 'slots'));
  const constraints: Partial<Record<PlatformId, PlatformConstraints>> = {};
  const constraintRecord = new Map(given.constraints === undefined ? [] : readPlatformRecord(given.constraints, 'constraints'));
  for (const p of platforms) {
    const sources = slotRecord.get(p);
    if (sources === undefined) throw invalid('missingSlots', `slots.${p} is missing: give ${p} slot patterns or posting windows (the planner does not guess)`, ['slots', p]);
    if (readList(sources, ['slots', p], 1000).length === 0) throw invalid('missingSlots', `slots.${p} is empty: give at least one slot pattern or posting window`, ['slots', p]);
    constraints[p] = parseWithSchema(PlatformConstraintsSchema, constraintRecord.get(p) ?? {}, { name: 'constraints', path: ['constraints', p] });
  }
  const blackoutList = given.blackouts === undefined ? [] : readList(given.blackouts, ['blackouts'], 10_000);
  const blackouts: Blackout[] = [];
  for (let i = 0; i < blackoutList.length; i += 1) blackouts.push(parseWithSchema(BlackoutSchema, blackoutList[i], { name: 'blackout', path: ['blackouts', i] }));
  const observanceList = given.observances === undefined ? [] : readList(given.observances, ['observances'], 10_000);
  const occurrences: ParsedObservance[] = [];
  for (let i = 0; i < observanceList.length; i += 1) occurrences.push(parseWithSchema(PlanObservanceSchema, observanceList[i], { name: 'observance', path: ['observances', i] }));
  occurrences.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const seed = given.seed === undefined ? 0 : finiteNumber(given.seed, 'seed');

  let expected = occurrences.length * platforms.length;
  for (const p of platforms) expected += Math.floor(((line.frequencyPerWeek[p] ?? 0) * (toDay - fromDay + 1)) / 7 + 0.5);
  if (expected > MAX_PLAN_POSTS) throw invalid('tooManyPosts', `The plan would hold about ${expected} posts, more than ${MAX_PLAN_POSTS}; shorten the period or lower the frequency`, ['period']);

  const clock = createLocalClock(zone);
  const wall = createWallResolver(zone);
  const window = { fromMs: wall(fromDay * DAY_MS), toMs: wall((toDay + 1) * DAY_MS) };
  const blackoutIndex = indexRanges(blackouts);
  const findings: Finding[] = [];
  const posts: PlannedPost[] = [];

  for (const o of occurrences) {
    const day = parseDay(o.date);
    if (day < fromDay || day - LEAD_DAYS > toDay) {
      findings.push({
        code: 'observanceOutsidePeriod',
        severity: 'info',
        message: `${o.name} (${o.date}) gets no post: its day is ${day < fromDay ? 'before' : 'more than 6 days after'} the period ${period.from} to ${period.to}`,
        path: ['observances', o.id],
      });
    }
  }

  for (const platform of platforms) {
    const rng = mulberry32(hashSeed(seed, platform));
    const c = collectCandidates(readList(slotRecord.get(platform), ['slots', platform], 1000), platform, zone, window, clock, blackoutIndex, rng);
    const feed = createFeed(constraints[platform]);
    const placed: Placement[] = [];
    const place = (i: number, observanceId: string | null): void => {
      c.used[i] = true;
      addToFeed(feed, c.ms[i] as number, c.day[i] as number);
      placed.push({ ms: c.ms[i] as number, day: c.day[i] as number, observanceId });
    };
    const problem = (i: number): 'used' | 'blackout' | 'maxPerDay' | 'minGap' | null =>
      c.used[i] ? 'used' : c.blocked[i] ? 'blackout' : feedProblem(feed, c.ms[i] as number, c.day[i] as number);

    // 2. Observances.
    const observancesPerWeek = new Map<number, number>();
    for (const o of occurrences) {
      if (o.platforms !== undefined && !o.platforms.includes(platform)) continue;
      const day = parseDay(o.date);
      if (day < fromDay || day - LEAD_DAYS > toDay) continue;
      const tally = { slots: 0, used: 0, blackout: 0, maxPerDay: 0, minGap: 0 };
      let chosen = -1;
      for (let d = Math.min(day, toDay); d >= Math.max(day - LEAD_DAYS, fromDay) && chosen < 0; d -= 1) {
        const list = [...(c.byDay.get(d) ?? [])].sort((x, y) => (c.score[y] as number) - (c.score[x] as number) || (c.ms[x] as number) - (c.ms[y] as number));
        for (const i of list) {
          tally.slots += 1;
          const why = problem(i);
          if (why === null) {
            chosen = i;
            break;
          }
          tally[why] += 1;
        }
      }
      if (chosen >= 0) {
        place(chosen, o.id);
        const monday = (c.day[chosen] as number) - weekdayIndex(c.day[chosen] as number);
        observancesPerWeek.set(monday, (observancesPerWeek.get(monday) ?? 0) + 1);
        continue;
      }
      const from = formatDay(Math.max(day - LEAD_DAYS, fromDay));
      const reasons =
        tally.slots === 0
          ? `${platform} has no slot from ${from} to ${formatDay(Math.min(day, toDay))}`
          : `of ${plural(tally.slots, 'slot')} from ${from} to ${formatDay(Math.min(day, toDay))}, ${[
              tally.used > 0 ? `${tally.used} already taken` : '',
              tally.blackout > 0 ? `${tally.blackout} in a blackout` : '',
              tally.maxPerDay > 0 ? `${tally.maxPerDay} on a full day (maxPerDay)` : '',
              tally.minGap > 0 ? `${tally.minGap} too close to another post (minGapMinutes)` : '',
            ]
              .filter((s) => s !== '')
              .join(', ')}`;
      findings.push({ code: 'observanceNotPlaced', severity: 'warning', message: `No ${platform} post for ${o.name} (${o.date}): ${reasons}`, path: ['observances', o.id] });
    }

    // 3. Frequency, week by week.
    const frequency = line.frequencyPerWeek[platform];
    if (frequency === undefined) {
      findings.push({
        code: 'noFrequency',
        severity: 'warning',
        message: `The editorial line sets no frequency for ${platform}: it gets observance posts only (set editorialLine.frequencyPerWeek.${platform})`,
        path: ['editorialLine', 'frequencyPerWeek', platform],
      });
    }
    const f = frequency ?? 0;
    let target = 0;
    for (let monday = fromDay - weekdayIndex(fromDay); monday <= toDay; monday += 7) {
      const covered = Math.min(monday + 6, toDay) - fromDay + 1;
      const next = Math.floor((f * covered) / 7 + 0.5 + 1e-9);
      const quota = next - target;
      target = next;
      const fromObservances = observancesPerWeek.get(monday) ?? 0;
      if (fromObservances > quota && f > 0) {
        findings.push({
          code: 'overFrequency',
          severity: 'info',
          message: `${platform}, week ${weekLabel(monday)}: ${plural(fromObservances, 'observance post')} for a frequency of ${quota} that week`,
          path: ['editorialLine', 'frequencyPerWeek', platform],
        });
      }
      const need = Math.max(0, quota - fromObservances);
      if (need === 0) continue;
      const week = c.byWeek.get(monday) ?? [];
      // Beyond 200,000 comparisons a week, slots are taken best score first
      // without the spread rule: a slot refused once stays refused, so one pass does.
      const fast = week.length * need > 200_000 ? [...week].sort((x, y) => (c.score[y] as number) - (c.score[x] as number) || (c.key[y] as number) - (c.key[x] as number)) : null;
      let cursor = 0;
      let got = 0;
      for (; got < need; got += 1) {
        let best = -1;
        let bestSpread = -1;
        if (fast !== null) {
          while (cursor < fast.length && problem(fast[cursor] as number) !== null) cursor += 1;
          best = cursor < fast.length ? (fast[cursor] as number) : -1;
        }
        for (const i of fast === null ? week : []) {
          if (problem(i) !== null) continue;
          const spread = nearest(feed, c.ms[i] as number);
          if (
            best < 0 ||
            (c.score[i] as number) > (c.score[best] as number) ||
            ((c.score[i] as number) === (c.score[best] as number) && (spread > bestSpread || (spread === bestSpread && (c.key[i] as number) > (c.key[best] as number))))
          ) {
            best = i;
            bestSpread = spread;
          }
        }
        if (best < 0) break;
        place(best, null);
      }
      if (got < need) reportShortfall(findings, { platform, monday, need, got, week, problem, c, blackouts, blackoutIndex });
    }

    // 4 and 5. Pillars, formats, ids.
    placed.sort((a, b) => a.ms - b.ms);
    const pillars = assignPillars(placed.length, line, mulberry32(hashSeed(seed, `${platform}:pillars`)), platform, findings);
    const formats = line.formatsByPlatform[platform] ?? [DEFAULT_FORMATS[platform]];
    const seen = new Map<string, number>();
    for (let k = 0; k < placed.length; k += 1) {
      const p = placed[k] as Placement;
      const pillar = line.pillars.find((x) => x.id === pillars[k]);
      const time = clock.time(p.ms);
      const base = `${platform}-${formatDay(p.day)}-${time.slice(0, 2)}${time.slice(3)}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      posts.push({
        id: n === 1 ? base : `${base}-${n}`,
        platform,
        text: '',
        format: formats[k % formats.length] as PostFormat,
        pillar: pillars[k] as string,
        objectiveType: pillar?.objectives[0] ?? 'engagement',
        language: line.languages[0] as string,
        media: [],
        links: [],
        at: new Date(p.ms),
        localTime: time,
        status: 'draft',
        observanceId: p.observanceId,
        priority: p.observanceId === null ? 0 : 1,
        history: [],
      });
    }
  }
  posts.sort((a, b) => a.at.getTime() - b.at.getTime() || PLATFORM_IDS.indexOf(a.platform) - PLATFORM_IDS.indexOf(b.platform) || (a.id < b.id ? -1 : 1));
  if (posts.length > 0) {
    findings.push({
      code: 'textToWrite',
      severity: 'info',
      message: `${plural(posts.length, 'planned post')} have no text yet: write each from its pillar${occurrences.length > 0 ? ' (and observance)' : ''}`,
      path: ['posts'],
    });
  }
  return { timeZone: zone, period, constraints, blackouts, freezes: [], posts, findings };
}

interface Shortfall {
  platform: PlatformId;
  monday: number;
  need: number;
  got: number;
  week: readonly number[];
  problem: (i: number) => 'used' | 'blackout' | 'maxPerDay' | 'minGap' | null;
  c: Candidates;
  blackouts: readonly Blackout[];
  blackoutIndex: RangeIndex;
}

// Splits the posts a week lacks between their causes: too few slots first,
// then blackouts, the daily cap and the gap, each up to the slots it ruled out.
function reportShortfall(findings: Finding[], s: Shortfall): void {
  const { platform, monday, need, got, week, c } = s;
  // The week's slots left to regular posts: those observance posts did not take.
  let usedNow = 0;
  for (const i of week) if (c.used[i]) usedNow += 1;
  const free = week.length - usedNow + got;
  const counts = { blackout: 0, maxPerDay: 0, minGap: 0 };
  const blockedInstants: number[] = [];
  for (const i of week) {
    const why = s.problem(i);
    if (why === 'blackout' || why === 'maxPerDay' || why === 'minGap') counts[why] += 1;
    if (why === 'blackout') blockedInstants.push(c.ms[i] as number);
  }
  let missing = need - got;
  const label = `${platform}, week ${weekLabel(monday)}: ${got} of ${plural(need, 'post')} placed`;
  const short = Math.min(missing, Math.max(0, need - free));
  if (short > 0) {
    findings.push({ code: 'tooFewSlots', severity: 'warning', message: `${label}; the week has ${plural(free, 'free slot')} for ${need} (${short} not planned)`, path: ['slots', platform] });
    missing -= short;
  }
  const causes: [keyof typeof counts, string, string, (string | number)[]][] = [
    ['blackout', 'blockedByBlackout', 'in a blackout', ['blackouts']],
    ['maxPerDay', 'blockedByMaxPerDay', 'on days already at maxPerDay', ['constraints', platform, 'maxPerDay']],
    ['minGap', 'blockedByMinGap', 'within minGapMinutes of another post', ['constraints', platform, 'minGapMinutes']],
  ];
  for (const [key, code, words, path] of causes) {
    const n = Math.min(missing, counts[key]);
    if (n <= 0) continue;
    missing -= n;
    const why = key === 'blackout' ? ` (${blackoutReasons(s.blackouts, s.blackoutIndex, blockedInstants)})` : '';
    findings.push({ code, severity: 'warning', message: `${label}; ${plural(n, 'post')} not planned: ${plural(counts[key], 'slot')} ${words}${why}`, path });
  }
}

// Pillars for a platform's posts in time order: the quota rule, never the
// previous pillar when another has a positive target.
function assignPillars(n: number, line: EditorialLine, rng: () => number, platform: PlatformId, findings: Finding[]): string[] {
  const targets = targetShares(line);
  const active = line.pillars.filter((p) => (targets[p.id] ?? 0) > 0).map((p) => ({ id: p.id, target: targets[p.id] as number }));
  const counts = new Map<string, number>();
  const out: string[] = [];
  let previous: string | null = null;
  for (let k = 0; k < n; k += 1) {
    let best: { id: string; target: number }[] = [];
    let bestDeficit = -Infinity;
    for (const p of active) {
      if (p.id === previous && active.length > 1) continue;
      const deficit = p.target * (k + 1) - (counts.get(p.id) ?? 0);
      const top = best[0];
      if (top === undefined || deficit > bestDeficit + 1e-9 || (Math.abs(deficit - bestDeficit) <= 1e-9 && p.target > top.target + 1e-12)) {
        best = [p];
        bestDeficit = deficit;
      } else if (Math.abs(deficit - bestDeficit) <= 1e-9 && Math.abs(p.target - top.target) <= 1e-12) best.push(p);
    }
    const pick = best[Math.min(best.length - 1, Math.floor(rng() * best.length))] as { id: string };
    counts.set(pick.id, (counts.get(pick.id) ?? 0) + 1);
    out.push(pick.id);
    previous = pick.id;
  }
  if (active.length === 1 && n > 1) {
    findings.push({
      code: 'repeatedPillar',
      severity: 'info',
      message: `Every ${platform} post is in pillar '${active[0]?.id}': it is the only pillar with a positive target share`,
      path: ['editorialLine', 'pillars'],
    });
  }
  const off: string[] = [];
  for (const p of active) {
    const count = counts.get(p.id) ?? 0;
    if (n > 0 && Math.abs(count - p.target * n) > 1 + 1e-9) off.push(`'${p.id}' ${Math.round((count / n) * 100)} % for ${Math.round(p.target * 100)} %`);
  }
  if (off.length > 0) {
    findings.push({
      code: 'mixOffTarget',
      severity: 'info',
      message: `On ${platform}, never posting the same pillar twice in a row keeps the mix off target: ${off.join(', ')}`,
      path: ['editorialLine', 'pillars'],
    });
  }
  return out;
}
