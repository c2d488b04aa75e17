/**
 * What the plan operations share: reading a plan at the boundary, ordering
 * posts, and finding the conflicts that involve some posts. Internal: not
 * exported from the module's index.
 *
 * @module
 */
import { type Finding, PLATFORM_IDS, type PlatformId } from '../core/index.js';
import { describeValue, invalid, parseDay, parseWithSchema, zoneClock, type ZoneClock } from '../core/internal.js';
import { indexRanges } from './feed.js';
import { PlanSchema, type Plan } from './plan.js';
import { atProblem, type PlannedPost } from './planned-post.js';

/**
 * Parses a plan at a function's boundary (a new object: the caller's is never touched).
 *
 * @param plan - the caller's plan
 * @returns the parsed plan
 * @throws {ValidationError} naming the field under `plan`
 */
export function readPlan(plan: unknown): Plan {
  return parseWithSchema(PlanSchema, plan, { name: 'plan', path: ['plan'] });
}

/**
 * Reads a post id argument.
 *
 * @param value - the candidate id
 * @param path - the argument's name
 * @returns the id
 * @throws {ValidationError} `invalidType` for anything but a non-empty string
 */
export function postIdArgument(value: unknown, path: string): string {
  if (typeof value === 'string' && value.length > 0) return value;
  throw invalid('invalidType', `${path} must be the id of a post of the plan (a non-empty string), got ${describeValue(value)}`, [path]);
}

/**
 * Checks a planned instant that an operation receives.
 *
 * @param at - the parsed instant
 * @param path - the field it came from
 * @returns the instant in ms
 * @throws {ValidationError} `invalidAt` for a time with seconds or outside the years 0001–9999
 */
export function plannedMs(at: Date, path: (string | number)[]): number {
  const ms = at.getTime();
  const problem = atProblem(ms);
  if (problem !== null) throw invalid('invalidAt', `${path.join('.')}: ${problem}, got ${at.toISOString()}`, path);
  return ms;
}

/**
 * Sorts posts by instant, then platform (in `PLATFORM_IDS` order), then id.
 *
 * @param posts - the posts (sorted in place)
 * @returns the same array
 */
export function sortPosts(posts: PlannedPost[]): PlannedPost[] {
  return posts.sort((a, b) => a.at.getTime() - b.at.getTime() || PLATFORM_IDS.indexOf(a.platform) - PLATFORM_IDS.indexOf(b.platform) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * A post moved to another instant, with its local time in the plan's zone.
 *
 * @param post - the post
 * @param ms - the new instant
 * @param clock - the plan's clock
 * @returns a new post
 */
export function movedTo(post: PlannedPost, ms: number, clock: ZoneClock): PlannedPost {
  return { ...post, at: new Date(ms), localTime: clock.time(ms) };
}

/** Statuses whose posts will not go out at their time: never blocked by a blackout or a freeze. */
export const SETTLED = new Set(['published', 'failed', 'paused']);

/**
 * The conflicts of a plan (`findConflicts`'s rules), only those that involve
 * one of `focus` when it is given.
 *
 * @param plan - a parsed plan
 * @param focus - post ids, or null for every conflict
 * @returns the findings, by instant
 */
export function conflictsOf(plan: Plan, focus: ReadonlySet<string> | null): Finding[] {
  const clock = zoneClock(plan.timeZone);
  const out: { ms: number; finding: Finding }[] = [];
  const add = (ids: readonly string[], ms: number, finding: Omit<Finding, 'path'>): void => {
    if (focus === null || ids.some((id) => focus.has(id))) out.push({ ms, finding: { ...finding, path: ['posts', ids[0] as string] } });
  };
  const byPlatform = new Map<PlatformId, PlannedPost[]>();
  for (const post of plan.posts) {
    if (post.status === 'failed') continue;
    const list = byPlatform.get(post.platform);
    if (list === undefined) byPlatform.set(post.platform, [post]);
    else list.push(post);
  }
  for (const [platform, list] of byPlatform) {
    list.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : 1));
    const rules = plan.constraints[platform];
    const gap = (rules?.minGapMinutes ?? 0) * 60_000;
    const perDay = new Map<string, PlannedPost[]>();
    for (let i = 0; i < list.length; i += 1) {
      const post = list[i] as PlannedPost;
      const ms = post.at.getTime();
      const day = clock.date(ms);
      const same = perDay.get(day);
      if (same === undefined) perDay.set(day, [post]);
      else same.push(post);
      const prev = list[i - 1];
      if (prev === undefined) continue;
      const delta = ms - prev.at.getTime();
      if (delta === 0) {
        add([prev.id, post.id], ms, { code: 'duplicate', severity: 'error', message: `'${prev.id}' and '${post.id}' are both on ${platform} at ${post.at.toISOString()}` });
      } else if (delta < gap) {
        add([prev.id, post.id], ms, {
          code: 'tooClose',
          severity: 'warning',
          message: `'${prev.id}' and '${post.id}' are ${delta / 60_000} minutes apart on ${platform}; minGapMinutes is ${gap / 60_000}`,
        });
      }
    }
    const cap = rules?.maxPerDay;
    if (cap === undefined) continue;
    for (const [day, posts] of perDay) {
      if (posts.length <= cap) continue;
      add(
        posts.map((p) => p.id),
        posts[0]?.at.getTime() ?? 0,
        { code: 'overDailyCap', severity: 'warning', message: `${platform} has ${posts.length} posts on ${day}, more than maxPerDay (${cap}): ${posts.map((p) => `'${p.id}'`).join(', ')}` },
      );
    }
  }
  const blackouts = indexRanges(plan.blackouts);
  const freezes = indexRanges(plan.freezes);
  const from = parseDay(plan.period.from);
  const to = parseDay(plan.period.to);
  for (const post of plan.posts) {
    const ms = post.at.getTime();
    if (!SETTLED.has(post.status)) {
      const b = plan.blackouts[blackouts.which(ms)];
      if (b !== undefined) add([post.id], ms, { code: 'inBlackout', severity: 'error', message: `'${post.id}' is due during a blackout${b.reason === undefined ? '' : ` (${b.reason})`}` });
      const f = plan.freezes[freezes.which(ms)];
      if (f !== undefined) add([post.id], ms, { code: 'inFreeze', severity: 'error', message: `'${post.id}' is due during the freeze '${f.id}' (${f.reason}) but is ${post.status}, not paused` });
    }
    const day = clock.day(ms);
    if (day < from || day > to) {
      add([post.id], ms, { code: 'outsidePeriod', severity: 'info', message: `'${post.id}' is due on ${clock.date(ms)}, outside the plan's period ${plan.period.from} to ${plan.period.to}` });
    }
  }
  out.sort((a, b) => a.ms - b.ms);
  return out.map((o) => o.finding);
}
