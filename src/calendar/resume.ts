import { type Finding, type InstantInput } from '../core/index.js';
import { instant, invalid, parseWithSchema, readOptions, zoneClock } from '../core/internal.js';
import { indexRanges } from './feed.js';
import { WorkflowActorSchema } from './history-entry.js';
import type { Freeze, Plan, PlanInput } from './plan.js';
import { movedTo, postIdArgument, readPlan, sortPosts } from './plan-tools.js';
import type { PlannedPost } from './planned-post.js';
import { transition } from './transition.js';

/** Who resumes, and when (both optional). */
export interface ResumeOptions {
  /** Who resumes, for the history; the freeze's actor when left out. */
  actor?: string;
  /** When the resume is recorded; the end of the freeze's window when left out. */
  at?: InstantInput;
}

/**
 * Lifts a freeze: each post it paused gets back its instant and, through the
 * workflow's `resume` action, the status it had before (its history records
 * the move, with the freeze's reason as note), and the freeze leaves
 * `freezes`. A post whose instant falls in another freeze still in force
 * stays paused and passes to that freeze (`stillFrozen`, info); a post no
 * longer in the plan is reported (`missingPost`, warning). A post someone
 * resumed in the meantime keeps its status and gets back its instant.
 *
 * @param plan - the plan; not mutated
 * @param freezeId - the id `freeze` returned
 * @param options - optional `actor` (default: the freeze's) and `at` (default: the end of its window)
 * @returns a new plan
 * @throws {ValidationError} for a malformed plan or option, `unknownFreeze` for an id that is not in `plan.freezes`
 * @example
 * const post = { platform: 'x', text: '', format: 'text', pillar: 'savoirFaire', objectiveType: 'engagement', language: 'fr' };
 * const { plan, freezeId } = freeze({ timeZone: 'Europe/Paris', period: { from: '2027-03-01', to: '2027-03-31' },
 *   posts: [{ ...post, id: 'a', at: '2027-03-10T08:00:00Z', localTime: '09:00', status: 'approved' }] },
 *   { from: '2027-03-10T00:00:00Z', to: '2027-03-12T00:00:00Z', reason: 'Deuil national' });
 * const back = resume(plan, freezeId);
 * back.posts[0].status; // 'approved'
 * back.posts[0].history.map((h) => `${h.action} ${h.from} → ${h.to}`); // ['pause approved → paused', 'resume paused → approved']
 * back.freezes; // []
 */
export function resume(plan: PlanInput, freezeId: string, options: ResumeOptions = {}): Plan {
  const p = readPlan(plan);
  const id = postIdArgument(freezeId, 'freezeId');
  const o = readOptions<ResumeOptions>(options, 'options', ['actor', 'at']);
  const lifted = p.freezes.find((f) => f.id === id);
  if (lifted === undefined) throw invalid('unknownFreeze', `The plan has no freeze '${id}' in force (its freezes: ${p.freezes.map((f) => f.id).join(', ') || 'none'})`, ['freezeId']);
  const actor = o.actor === undefined ? lifted.actor : parseWithSchema(WorkflowActorSchema, o.actor, { name: 'actor', path: ['options', 'actor'] });
  const at = o.at === undefined ? lifted.to : instant(o.at, ['options', 'at']);
  const others: Freeze[] = p.freezes.filter((f) => f !== lifted).map((f) => ({ ...f, posts: [...f.posts] }));
  const inForce = indexRanges(others);
  const clock = zoneClock(p.timeZone);
  const byId = new Map(p.posts.map((post, i) => [post.id, i]));
  const posts = [...p.posts];
  const findings: Finding[] = [];
  for (const record of lifted.posts) {
    const index = byId.get(record.id);
    if (index === undefined) {
      findings.push({ code: 'missingPost', severity: 'warning', message: `'${record.id}', paused by '${lifted.id}', is no longer in the plan: nothing to resume`, path: ['posts', record.id] });
      continue;
    }
    const post = movedTo(posts[index] as PlannedPost, record.at.getTime(), clock);
    const holder = others[inForce.which(record.at.getTime())];
    if (holder !== undefined && post.status === 'paused') {
      holder.posts.push(record);
      posts[index] = post;
      findings.push({ code: 'stillFrozen', severity: 'info', message: `'${record.id}' stays paused: its instant falls in the freeze '${holder.id}' (${holder.reason})`, path: ['posts', record.id] });
      continue;
    }
    posts[index] = post.status === 'paused' ? transition(post, 'resume', { actor, at, note: lifted.reason }) : post;
  }
  return { ...p, posts: sortPosts(posts), freezes: others, findings: [...p.findings, ...findings] };
}
