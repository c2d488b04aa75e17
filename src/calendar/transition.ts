import { type InstantInput, TransitionError } from '../core/index.js';
import { describeValue, instant, invalid, parseWithSchema } from '../core/internal.js';
import type { ApprovalPolicyInput } from './approval-policy.js';
import { WorkflowActorSchema, HistoryEntrySchema, type HistoryEntry } from './history-entry.js';
import type { PostStatus } from './post-status.js';
import { WorkflowActionSchema, type WorkflowAction } from './workflow-action.js';
import { decide, readWorkflow } from './workflow-rules.js';

/**
 * What the workflow needs of a post: its status and its history. Any object
 * with these two fields fits (a planned post, a post of your own model); the
 * other fields are carried over untouched.
 */
export interface WorkflowSubject {
  /** The current status. */
  readonly status: PostStatus;
  /** Every move so far, oldest first. */
  readonly history: readonly HistoryEntry[];
}

/** Who moves the post, when, why, and under which approval policy. */
export interface TransitionOptions {
  /** Who acts: a user id, an e-mail address, a role (1–256 characters). */
  actor: string;
  /** When (socialkit reads no clock). */
  at: InstantInput;
  /** A comment kept in the history (a reviewer's request, a pause's reason), at most 10,000 characters. */
  note?: string;
  /** The approval policy; `{ kind: 'required' }` when left out. */
  policy?: ApprovalPolicyInput;
}

/**
 * Moves a post through the approval workflow: returns a new post with the new
 * status and one more history entry (`{ action, from, to, actor, at, note }`).
 * The moves, by action (the full table is in `docs/calendar.md`):
 * `submit` draft or changesRequested → inReview; `approve` inReview → approved
 * (under `multiLevel`, it stays inReview until `levels` distinct people have
 * approved since the last submit); `requestChanges` inReview or approved →
 * changesRequested; `schedule` approved → scheduled, draft → scheduled only
 * under `none` and `optional`, failed → scheduled (a retry); `publish` and
 * `fail` scheduled → published or failed; `pause` any status before published
 * (not failed) → paused; `resume` paused → the status it had before the pause.
 * Under `none` the review actions are refused.
 *
 * @param post - any object with `status` and `history`; not mutated
 * @param action - the action
 * @param options - `actor`, `at`, optional `note` and `policy`
 * @returns a new post: the same fields, the new status, the history with the new entry appended
 * @throws {TransitionError} when the status or the policy forbids the move (the message says why)
 * @throws {ValidationError} for a malformed post, action or option, or a paused post whose history records no pause
 * @example
 * const post = { id: 'p1', status: 'draft' as const, history: [] };
 * const next = transition(post, 'submit', { actor: 'claire', at: '2027-01-04T09:00:00Z' });
 * next.status; // 'inReview'
 * next.history[0].to; // 'inReview'
 * next.history[0].at.toISOString(); // '2027-01-04T09:00:00.000Z'
 * transition(post, 'publish', { actor: 'claire', at: '2027-01-04T09:00:00Z' }); // throws TransitionError
 */
export function transition<P extends WorkflowSubject>(post: P, action: WorkflowAction, options: TransitionOptions): P {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalid('invalidType', `The options must be an object { actor, at, note?, policy? }, got ${describeValue(options)}`, []);
  }
  const { state, policy } = readWorkflow(post, options.policy);
  const act = parseWithSchema(WorkflowActionSchema, action, { name: 'workflow action', path: ['action'] });
  const actor = parseWithSchema(WorkflowActorSchema, options.actor, { name: 'actor', path: ['actor'] });
  const at = instant(options.at, 'at');
  const entry: HistoryEntry = parseWithSchema(
    HistoryEntrySchema,
    { action: act, from: state.status, to: state.status, actor, at, ...(options.note === undefined ? {} : { note: options.note }) },
    { name: 'history entry' },
  );
  const decision = decide(state, act, policy, actor);
  if (!decision.ok) throw new TransitionError(state.status, act, decision.reason, { path: ['status'] });
  entry.to = decision.to;
  return { ...post, status: decision.to, history: [...state.history, entry] };
}
