import { type Finding, type InstantInput, type ObjectiveType, type PlatformId, type PostFormat } from '../core/index.js';
import { DAY_MS, instant, invalid, MINUTE_MS, objectArgument, parseDay, parseMinutes, parseWithSchema, platformId, readOptions, zoneClock, type ZoneClock } from '../core/internal.js';
import type { PostMediaInput } from '../editorial/index.js';
import { addToFeed, createFeed, feedProblem, indexRanges } from './feed.js';
import type { Plan, PlanInput } from './plan.js';
import { conflictsOf, movedTo, plannedMs, readPlan, SETTLED, sortPosts } from './plan-tools.js';
import { atProblem, PlannedPostSchema, type PlannedPost } from './planned-post.js';
import { createWallResolver } from './slot-engine.js';

/** The hot-news post {@link insertNewsjacking} adds: where and when, and its content. */
export interface InsertNewsjackingOptions {
  /** When it goes out (a whole minute). */
  at: InstantInput;
  /** Where. */
  platform: PlatformId;
  /** The editorial line's pillar it belongs to. */
  pillar: string;
  /** Its text; empty when left out. */
  text?: string;
  /** Its format; `'text'` when left out. */
  format?: PostFormat;
  /** The objective type it serves; `'engagement'` when left out. */
  objectiveType?: ObjectiveType;
  /** Its language (BCP 47); when left out, the language all the plan's posts share (required when they have several). */
  language?: string;
  /** Its id; `'news-'`, the platform, local date and time when left out (`'news-x-2027-03-10-1130'`). */
  id?: string;
  /** Its priority, 0 to 1000; 2 when left out, above regular (0) and observance (1) posts. */
  priority?: number;
  /** Its media. */
  media?: readonly PostMediaInput[];
  /** The URLs it promotes. */
  links?: readonly string[];
  /** The action asked of the reader. */
  callToAction?: string;
}

const OPTION_KEYS = ['at', 'platform', 'pillar', 'text', 'format', 'objectiveType', 'language', 'id', 'priority', 'media', 'links', 'callToAction'];

function describeLocal(ms: number, clock: ZoneClock): string {
  return `${clock.date(ms)} ${clock.time(ms)}`;
}

/**
 * Adds a hot-news post (*newsjacking*) to a plan and makes room for it: on
 * its platform, every post of lower `priority` that is not published,
 * failed or paused and that the new post pushes out — within
 * `minGapMinutes` of it, or beyond `maxPerDay` on its day (the lowest
 * priority, then the latest, leave first) — is bumped to the next free
 * slot. A free slot is one of the times of day the platform already posts
 * at, later than the bumped post, on its day or a following day of the
 * period, outside blackouts and freezes, that honours the gap and the cap.
 * Every move is reported (`bumped`, info); a post with no free slot before
 * the end of the period stays where it is (`noFreeSlot`, warning). The
 * conflicts left around the new and moved posts (with posts of equal or
 * higher priority, a blackout) are appended too: the new post is added in
 * any case, as a draft.
 *
 * @param plan - the plan; not mutated
 * @param options - `at`, `platform`, `pillar`, and optionally `text`, `format`, `objectiveType`, `language`, `id`, `priority`, `media`, `links`, `callToAction`
 * @returns a new plan
 * @throws {ValidationError} for a malformed plan or option, an `id` already in the plan, or no `language` when the plan's posts have several
 * @example
 * const post = { platform: 'x', text: '', format: 'text', pillar: 'savoirFaire', objectiveType: 'engagement', language: 'fr' };
 * const plan = insertNewsjacking({ timeZone: 'Europe/Paris', period: { from: '2027-03-01', to: '2027-03-31' }, constraints: { x: { minGapMinutes: 120 } },
 *   posts: [{ ...post, id: 'x-0310', at: '2027-03-10T08:00:00Z', localTime: '09:00' }] },
 *   { at: '2027-03-10T09:00:00+01:00', platform: 'x', pillar: 'actualite', text: 'Le Beaujolais est arrivé !' });
 * plan.posts.map((p) => `${p.id} ${p.localTime}`); // ['news-x-2027-03-10-0900 09:00', 'x-0310 09:00']
 * plan.posts[1].at.toISOString(); // '2027-03-11T08:00:00.000Z'
 * plan.findings.map((f) => f.code); // ['bumped']
 */
export function insertNewsjacking(plan: PlanInput, options: InsertNewsjackingOptions): Plan {
  const p = readPlan(plan);
  const o: Readonly<Record<string, unknown>> = readOptions(objectArgument(options, 'options'), 'options', OPTION_KEYS);
  const platform = platformId(o.platform, ['options', 'platform']);
  const ms = plannedMs(instant(o.at, ['options', 'at']), ['options', 'at']);
  const clock = zoneClock(p.timeZone);
  const time = clock.time(ms);
  let language = o.language;
  if (language === undefined) {
    const languages = new Set(p.posts.map((q) => q.language));
    if (languages.size !== 1) throw invalid('missingLanguage', `options.language is required: the plan's posts ${languages.size === 0 ? 'are none' : 'have several languages'}`, ['options', 'language']);
    language = [...languages][0];
  }
  const ids = new Set(p.posts.map((q) => q.id));
  let id = o.id;
  if (id === undefined) {
    const base = `news-${platform}-${clock.date(ms)}-${time.slice(0, 2)}${time.slice(3)}`;
    id = base;
    for (let n = 2; ids.has(id as string); n += 1) id = `${base}-${n}`;
  }
  const post = parseWithSchema(
    PlannedPostSchema,
    {
      id,
      platform,
      text: o.text ?? '',
      format: o.format ?? 'text',
      pillar: o.pillar,
      objectiveType: o.objectiveType ?? 'engagement',
      language,
      ...(o.media === undefined ? {} : { media: o.media }),
      ...(o.links === undefined ? {} : { links: o.links }),
      ...(o.callToAction === undefined ? {} : { callToAction: o.callToAction }),
      at: new Date(ms),
      localTime: time,
      priority: o.priority ?? 2,
    },
    { name: 'newsjacking post', path: ['options'] },
  );
  if (ids.has(post.id)) throw invalid('duplicateId', `The plan already has a post with the id '${post.id}'`, ['options', 'id']);

  // Which posts give way.
  const rules = p.constraints[platform];
  const gap = (rules?.minGapMinutes ?? 0) * MINUTE_MS;
  const cap = rules?.maxPerDay ?? Infinity;
  const day = clock.day(ms);
  const mine = p.posts.filter((q) => q.platform === platform && q.status !== 'failed');
  const movable = (q: PlannedPost): boolean => q.priority < post.priority && !SETTLED.has(q.status);
  const leaving = new Set<string>();
  for (const q of mine) {
    const delta = Math.abs(q.at.getTime() - ms);
    if ((delta === 0 || delta < gap) && movable(q)) leaving.add(q.id);
  }
  const sameDay = mine.filter((q) => clock.day(q.at.getTime()) === day && !leaving.has(q.id));
  const excess = sameDay.length + 1 - cap;
  if (excess > 0) {
    const order = sameDay.filter(movable).sort((a, b) => a.priority - b.priority || b.at.getTime() - a.at.getTime());
    for (const q of order.slice(0, excess)) leaving.add(q.id);
  }

  // Where they go.
  const feed = createFeed(rules);
  for (const q of mine) if (!leaving.has(q.id)) addToFeed(feed, q.at.getTime(), clock.day(q.at.getTime()));
  addToFeed(feed, ms, day);
  const blocked = indexRanges([...p.blackouts, ...p.freezes]);
  const minutes = [...new Set(mine.map((q) => parseMinutes(q.localTime)))].sort((a, b) => a - b);
  const wall = createWallResolver(p.timeZone);
  const lastDay = parseDay(p.period.to);
  const findings: Finding[] = [];
  const moved = new Map<string, PlannedPost>();
  for (const q of mine.filter((x) => leaving.has(x.id)).sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const from = q.at.getTime();
    let to = -1;
    for (let d = clock.day(from); d <= lastDay && to < 0; d += 1) {
      for (const m of minutes) {
        const t = wall(d * DAY_MS + m * MINUTE_MS);
        if (t > from && atProblem(t) === null && !blocked.has(t) && feedProblem(feed, t, clock.day(t)) === null) {
          to = t;
          break;
        }
      }
    }
    if (to < 0) {
      addToFeed(feed, from, clock.day(from));
      findings.push({
        code: 'noFreeSlot',
        severity: 'warning',
        message: `'${q.id}' stays at ${describeLocal(from, clock)}: ${platform} has no free slot after it before the end of the period (${p.period.to}) for the newsjacking post '${post.id}'`,
        path: ['posts', q.id],
      });
      continue;
    }
    addToFeed(feed, to, clock.day(to));
    moved.set(q.id, movedTo(q, to, clock));
    findings.push({
      code: 'bumped',
      severity: 'info',
      message: `'${q.id}' moved from ${describeLocal(from, clock)} to ${describeLocal(to, clock)} (${p.timeZone}) for the newsjacking post '${post.id}'`,
      path: ['posts', q.id],
    });
  }
  const posts = sortPosts([...p.posts.map((q) => moved.get(q.id) ?? q), post]);
  const next: Plan = { ...p, posts };
  return { ...next, findings: [...p.findings, ...findings, ...conflictsOf(next, new Set([post.id, ...moved.keys()]))] };
}
