import { type InstantInput, TransitionError } from '../core/index.js';
import { instant, invalid, zoneClock } from '../core/internal.js';
import type { Plan, PlanInput } from './plan.js';
import { conflictsOf, movedTo, plannedMs, postIdArgument, readPlan, sortPosts } from './plan-tools.js';

/**
 * Moves one post to another instant and returns the new plan: the post's
 * `at` and `localTime` change, its status and history do not. A paused post
 * of a freeze may move too: the freeze then keeps the new instant, which
 * `resume` gives back. The conflicts the move leaves (`findConflicts`'s
 * codes, those involving the post) are appended to `findings`; the move is
 * made even so.
 *
 * @param plan - the plan; not mutated
 * @param id - the post's id
 * @param at - the new instant (a whole minute)
 * @returns a new plan
 * @throws {ValidationError} for a malformed plan or instant, `unknownPost` for an id the plan lacks
 * @throws {TransitionError} for a published post, which cannot move
 * @example
 * const post = { platform: 'x', text: '', format: 'text', pillar: 'savoirFaire', objectiveType: 'engagement', language: 'fr' };
 * const moved = reschedule({ timeZone: 'Europe/Paris', period: { from: '2027-03-01', to: '2027-03-31' },
 *   posts: [{ ...post, id: 'a', at: '2027-03-10T08:00:00Z', localTime: '09:00' }] }, 'a', '2027-03-11T17:30:00+01:00');
 * moved.posts[0].localTime; // '17:30'
 * moved.posts[0].at.toISOString(); // '2027-03-11T16:30:00.000Z'
 */
export function reschedule(plan: PlanInput, id: string, at: InstantInput): Plan {
  const p = readPlan(plan);
  const postId = postIdArgument(id, 'id');
  const ms = plannedMs(instant(at, 'at'), ['at']);
  const index = p.posts.findIndex((post) => post.id === postId);
  const post = p.posts[index];
  if (post === undefined) throw invalid('unknownPost', `The plan has no post with the id '${postId}'`, ['id']);
  if (post.status === 'published') throw new TransitionError('published', 'reschedule', `Cannot reschedule '${postId}': it is published.`, { path: ['id'] });
  const posts = [...p.posts];
  posts[index] = movedTo(post, ms, zoneClock(p.timeZone));
  const freezes = p.freezes.map((f) => ({ ...f, posts: f.posts.map((r) => (r.id === postId ? { ...r, at: new Date(ms) } : r)) }));
  const next: Plan = { ...p, freezes, posts: sortPosts(posts) };
  return { ...next, findings: [...p.findings, ...conflictsOf(next, new Set([postId]))] };
}
