import { type InstantInput } from '../core/index.js';
import { describeValue, instant, instantRange, invalid, objectArgument, parseWithSchema } from '../core/internal.js';
import { WorkflowActorSchema } from './history-entry.js';
import type { Freeze, Plan, PlanInput } from './plan.js';
import { readPlan, SETTLED } from './plan-tools.js';
import type { PlannedPost } from './planned-post.js';
import { transition } from './transition.js';

/** The window {@link freeze} pauses, and why. */
export interface FreezeOptions {
  /** The first instant of the window (included). */
  from: InstantInput;
  /** The first instant after it. */
  to: InstantInput;
  /** Why (a crisis, a mourning), 1–10,000 characters: kept in the freeze and in each post's history. */
  reason: string;
  /** Who freezes, for the history; `'socialkit'` when left out. */
  actor?: string;
  /** When the pause is recorded; `from` when left out. */
  at?: InstantInput;
}

/** What {@link freeze} returns: the new plan and the id that {@link resume} takes. */
export interface FreezeResult {
  /** The plan with the window's posts paused and the freeze recorded in `freezes`. */
  plan: Plan;
  /** The freeze's id (`'freeze-'` and the window in UTC, such as `'freeze-20270310T0000Z-20270312T0000Z'`). */
  freezeId: string;
}

/**
 * Writes an instant compactly for an id (`20270310T0900Z`).
 *
 * @param d - the instant
 * @returns the compact form
 */
function compact(d: Date): string {
  return d.toISOString().slice(0, 16).replace(/[-:]/g, '') + 'Z';
}

/**
 * Freezes a window of a plan (a crisis, a mourning): every post due in it
 * (`from` included, `to` excluded) that is not published, failed or
 * already paused is paused with the workflow's `pause` action (its history
 * records the move, with the reason as note), and the freeze records each
 * one with the status and instant it had, so that {@link resume} gives
 * them back. Posts stay at their instants; nothing is removed.
 *
 * @param plan - the plan; not mutated
 * @param options - `from`, `to`, `reason`, optional `actor` (default `'socialkit'`) and `at` (default `from`)
 * @returns `{ plan, freezeId }`
 * @throws {ValidationError} for a malformed plan or option
 * @example
 * const post = { platform: 'x', text: '', format: 'text', pillar: 'savoirFaire', objectiveType: 'engagement', language: 'fr' };
 * const { plan, freezeId } = freeze({ timeZone: 'Europe/Paris', period: { from: '2027-03-01', to: '2027-03-31' },
 *   posts: [{ ...post, id: 'a', at: '2027-03-10T08:00:00Z', localTime: '09:00', status: 'approved' }] },
 *   { from: '2027-03-10T00:00:00Z', to: '2027-03-12T00:00:00Z', reason: 'Deuil national' });
 * freezeId; // 'freeze-20270310T0000Z-20270312T0000Z'
 * plan.posts[0].status; // 'paused'
 * plan.freezes[0].posts[0].status; // 'approved'
 */
export function freeze(plan: PlanInput, options: FreezeOptions): FreezeResult {
  const p = readPlan(plan);
  const o = objectArgument(options, 'options');
  const range = instantRange({ from: o.from, to: o.to }, 'options');
  if (typeof o.reason !== 'string' || o.reason.trim() === '' || o.reason.length > 10_000) {
    throw invalid('invalidReason', `options.reason must say why the plan is frozen (1 to 10,000 characters), got ${describeValue(o.reason)}`, ['options', 'reason']);
  }
  const actor = o.actor === undefined ? 'socialkit' : parseWithSchema(WorkflowActorSchema, o.actor, { name: 'actor', path: ['options', 'actor'] });
  const at = o.at === undefined ? range.from : instant(o.at, ['options', 'at']);
  const base = `freeze-${compact(range.from)}-${compact(range.to)}`;
  let id = base;
  for (let n = 2; p.freezes.some((f) => f.id === id); n += 1) id = `${base}-${n}`;
  const record: Freeze = { id, from: range.from, to: range.to, reason: o.reason, actor, at, posts: [] };
  const posts = p.posts.map((post): PlannedPost => {
    const ms = post.at.getTime();
    if (ms < range.from.getTime() || ms >= range.to.getTime() || SETTLED.has(post.status)) return post;
    record.posts.push({ id: post.id, status: post.status, at: new Date(ms) });
    return transition(post, 'pause', { actor, at, note: o.reason as string });
  });
  return { plan: { ...p, posts, freezes: [...p.freezes, record] }, freezeId: id };
}
