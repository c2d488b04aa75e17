import { describeValue, invalid, parseWithSchema } from '../core/internal.js';
import type { ApprovalPolicyInput } from './approval-policy.js';
import { WorkflowActorSchema } from './history-entry.js';
import type { WorkflowSubject } from './transition.js';
import { WORKFLOW_ACTIONS, type WorkflowAction } from './workflow-action.js';
import { decide, readWorkflow } from './workflow-rules.js';

/** The policy and, optionally, the person, for {@link allowedActions}. */
export interface AllowedActionsOptions {
  /** The approval policy; `{ kind: 'required' }` when left out. */
  policy?: ApprovalPolicyInput;
  /** Who would act: under `multiLevel`, someone who already approved this version may not approve again. */
  actor?: string;
}

/**
 * The actions {@link transition} would accept for a post now, in the order of
 * `WORKFLOW_ACTIONS`: what a user interface shows as buttons.
 *
 * @param post - any object with `status` and `history`; not mutated
 * @param options - `policy` (default `required`) and optional `actor`
 * @returns the allowed actions (empty for a published post)
 * @throws {ValidationError} for a malformed post or option, or a paused post whose history records no pause
 * @example
 * allowedActions({ status: 'draft', history: [] }, { policy: { kind: 'optional' } }); // ['submit', 'schedule', 'pause']
 * allowedActions({ status: 'draft', history: [] }); // ['submit', 'pause']
 */
export function allowedActions(post: WorkflowSubject, options: AllowedActionsOptions = {}): WorkflowAction[] {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalid('invalidType', `The options must be an object { policy?, actor? }, got ${describeValue(options)}`, []);
  }
  const { state, policy } = readWorkflow(post, options.policy);
  const actor = options.actor === undefined ? undefined : parseWithSchema(WorkflowActorSchema, options.actor, { name: 'actor', path: ['actor'] });
  const out: WorkflowAction[] = [];
  for (const action of WORKFLOW_ACTIONS) {
    if (decide(state, action, policy, actor).ok) out.push(action);
  }
  return out;
}
