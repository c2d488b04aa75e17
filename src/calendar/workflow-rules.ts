/**
 * The approval workflow's state machine, shared by `transition` and
 * `allowedActions`. Internal: not exported from the module's index.
 *
 * @module
 */
import * as z from 'zod';
import { describeValue, invalid, parseWithSchema } from '../core/internal.js';
import { ApprovalPolicySchema, type ApprovalPolicy } from './approval-policy.js';
import { HistoryEntrySchema, type HistoryEntry } from './history-entry.js';
import { PostStatusSchema, type PostStatus } from './post-status.js';
import type { WorkflowAction } from './workflow-action.js';

/** The statuses each action may start from, before the policy has its say. */
export const ACTION_SOURCES: Readonly<Record<WorkflowAction, readonly PostStatus[]>> = {
  submit: ['draft', 'changesRequested'],
  approve: ['inReview'],
  requestChanges: ['inReview', 'approved'],
  schedule: ['draft', 'approved', 'failed'],
  publish: ['scheduled'],
  fail: ['scheduled'],
  pause: ['draft', 'inReview', 'approved', 'changesRequested', 'scheduled'],
  resume: ['paused'],
};

const REVIEW_ACTIONS: readonly WorkflowAction[] = ['submit', 'approve', 'requestChanges'];

/** The outcome of asking whether an action may happen. */
export type Decision = { ok: true; to: PostStatus } | { ok: false; reason: string };

/** A post reduced to what the workflow reads, parsed. */
export interface WorkflowState {
  /** The post's status. */
  status: PostStatus;
  /** The moves so far, oldest first. */
  history: HistoryEntry[];
}

const HistorySchema = z.array(HistoryEntrySchema).max(100_000);

const MAX_SCANNED = 100_000;

// A post's other fields are returned untouched, so they must not carry what
// socialkit never returns: NaN, ±Infinity, an invalid Date. Iterative and
// cycle-safe; stops after 100,000 values.
function assertFiniteFields(post: object): void {
  const stack: [unknown, (string | number)[]][] = [[post, []]];
  const seen = new Set<unknown>();
  while (stack.length > 0 && seen.size < MAX_SCANNED) {
    const [value, path] = stack.pop() as [unknown, (string | number)[]];
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw invalid('notFinite', `The post's field ${path.join('.')} is ${describeValue(value)}; socialkit never returns NaN or Infinity`, path);
    }
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) throw invalid('invalidDate', `The post's field ${path.join('.')} is an invalid Date`, path);
      continue;
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    for (const key of Object.keys(value)) stack.push([(value as Record<string, unknown>)[key], [...path, Array.isArray(value) ? Number(key) : key]]);
  }
}

/**
 * Parses the workflow part of a post (its status and history) and a policy.
 *
 * @param post - the caller's post
 * @param policy - the caller's policy, or undefined for the default (`required`)
 * @returns the parsed state and policy
 * @throws {ValidationError} for a post that is not an object, a bad status, history or policy, or a field holding NaN, ±Infinity or an invalid Date
 */
export function readWorkflow(post: unknown, policy: unknown): { state: WorkflowState; policy: ApprovalPolicy } {
  if (typeof post !== 'object' || post === null || Array.isArray(post)) {
    throw invalid('invalidType', `The post must be an object with a status and a history, got ${describeValue(post)}`, []);
  }
  const { status, history } = post as { status?: unknown; history?: unknown };
  assertFiniteFields(post);
  return {
    state: {
      status: parseWithSchema(PostStatusSchema, status, { name: 'post status', path: ['status'] }),
      history: parseWithSchema(HistorySchema, history, { name: 'post history', path: ['history'] }),
    },
    policy: policy === undefined ? { kind: 'required' } : parseWithSchema(ApprovalPolicySchema, policy, { name: 'approval policy', path: ['policy'] }),
  };
}

/**
 * The distinct people who approved since the post was last submitted.
 *
 * @param history - the post's history
 * @returns their names
 */
export function approversThisRound(history: readonly HistoryEntry[]): Set<string> {
  const approvers = new Set<string>();
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const entry = history[i] as HistoryEntry;
    if (entry.action === 'submit') break;
    if (entry.action === 'approve') approvers.add(entry.actor);
  }
  return approvers;
}

function requiredApprovals(policy: ApprovalPolicy): number {
  return policy.kind === 'multiLevel' ? policy.levels : 1;
}

/**
 * Decides whether `action` may move a post in `state` under `policy`, and to what.
 *
 * @param state - the post's status and history
 * @param action - the action
 * @param policy - the approval policy
 * @param actor - who acts (matters for multi-level approval), or undefined when unknown
 * @returns the target status, or the reason for refusing
 */
export function decide(state: WorkflowState, action: WorkflowAction, policy: ApprovalPolicy, actor: string | undefined): Decision {
  const { status, history } = state;
  if (policy.kind === 'none' && REVIEW_ACTIONS.includes(action)) {
    return { ok: false, reason: `Cannot ${action}: the approval policy is 'none', so posts go from draft to scheduled without review.` };
  }
  const sources = ACTION_SOURCES[action];
  if (!sources.includes(status)) {
    const terminal = status === 'published' ? ' A published post is final.' : '';
    return { ok: false, reason: `Cannot ${action} from status '${status}': ${action} applies to ${sources.map((s) => `'${s}'`).join(' or ')}.${terminal}` };
  }
  switch (action) {
    case 'submit':
    case 'requestChanges':
      return { ok: true, to: action === 'submit' ? 'inReview' : 'changesRequested' };
    case 'approve': {
      const needed = requiredApprovals(policy);
      const approvers = approversThisRound(history);
      if (actor !== undefined && approvers.has(actor)) {
        return { ok: false, reason: `Cannot approve: ${actor} has already approved this version; the policy needs ${needed} approvals by distinct people.` };
      }
      return { ok: true, to: approvers.size + 1 >= needed ? 'approved' : 'inReview' };
    }
    case 'schedule':
      if (status === 'draft' && policy.kind !== 'none' && policy.kind !== 'optional') {
        return { ok: false, reason: `Cannot schedule a draft: the approval policy is '${policy.kind}', so the post must be submitted and approved first.` };
      }
      return { ok: true, to: 'scheduled' };
    case 'publish':
      return { ok: true, to: 'published' };
    case 'fail':
      return { ok: true, to: 'failed' };
    case 'pause':
      return { ok: true, to: 'paused' };
    case "resume": {
      // resume: back to the status the post had when it was paused.
      for (let i = history.length - 1; i >= 0; i -= 1) {
        const entry = history[i] as HistoryEntry;
        if (entry.to === 'paused' && entry.from !== 'paused') return { ok: true, to: entry.from };
      }
      throw invalid('missingPause', "The post is 'paused' but its history records no pause, so its former status is unknown", ['history']);
    }
  }
}
