import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  POST_STATUSES,
  transition,
  WORKFLOW_ACTIONS,
  type ApprovalPolicyInput,
  type HistoryEntry,
  type PostStatus,
  type WorkflowAction,
} from '../../src/calendar/index.js';
import { TransitionError, ValidationError } from '../../src/core/index.js';

const at = '2027-01-04T09:00:00Z';
const draft = { id: 'p1', platform: 'linkedin', status: 'draft' as PostStatus, history: [] as HistoryEntry[] };

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Runs actions in order, each by the given actor. */
function run(steps: [WorkflowAction, string][], policy?: ApprovalPolicyInput) {
  let post = { ...draft };
  for (const [action, actor] of steps) post = transition(post, action, { actor, at, policy });
  return post;
}

// The expected table (docs/calendar.md): for each action, the statuses it starts from
// and where it leads; `null` where it is refused. Policies change only review and schedule.
const TABLE: Record<WorkflowAction, Partial<Record<PostStatus, PostStatus>>> = {
  submit: { draft: 'inReview', changesRequested: 'inReview' },
  approve: { inReview: 'approved' },
  requestChanges: { inReview: 'changesRequested', approved: 'changesRequested' },
  schedule: { draft: 'scheduled', approved: 'scheduled', failed: 'scheduled' },
  publish: { scheduled: 'published' },
  fail: { scheduled: 'failed' },
  pause: { draft: 'paused', inReview: 'paused', approved: 'paused', changesRequested: 'paused', scheduled: 'paused' },
  resume: {},
};

function expected(status: PostStatus, action: WorkflowAction, policy: ApprovalPolicyInput): PostStatus | null {
  const review = action === 'submit' || action === 'approve' || action === 'requestChanges';
  if (policy.kind === 'none' && review) return null;
  if (action === 'schedule' && status === 'draft' && policy.kind !== 'none' && policy.kind !== 'optional') return null;
  return TABLE[action][status] ?? null;
}

describe('transition: the table', () => {
  const policies: ApprovalPolicyInput[] = [{ kind: 'none' }, { kind: 'optional' }, { kind: 'required' }];
  for (const policy of policies) {
    for (const status of POST_STATUSES.filter((s) => s !== 'paused')) {
      for (const action of WORKFLOW_ACTIONS) {
        const want = expected(status, action, policy);
        it(`${policy.kind}: ${action} from ${status} → ${want ?? 'TransitionError'}`, () => {
          const post = { ...draft, status };
          if (want === null) {
            expect(() => transition(post, action, { actor: 'ana', at, policy })).toThrow(TransitionError);
            expect(allowedActions(post, { policy })).not.toContain(action);
          } else {
            const next = transition(post, action, { actor: 'ana', at, policy });
            expect(next.status).toBe(want);
            expect(next.history).toEqual([{ action, from: status, to: want, actor: 'ana', at: new Date(at) }]);
            expect(allowedActions(post, { policy })).toContain(action);
          }
        });
      }
    }
  }

  it('uses the required policy when none is given', () => {
    expect(() => transition(draft, 'schedule', { actor: 'ana', at })).toThrow(/submitted and approved first/);
    expect(allowedActions(draft)).toEqual(['submit', 'pause']);
  });

  it('says why a move is refused, and names the status', () => {
    const error = (() => {
      try {
        transition({ ...draft, status: 'published' }, 'pause', { actor: 'ana', at });
      } catch (e) {
        return e as TransitionError;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(TransitionError);
    expect(error?.from).toBe('published');
    expect(error?.action).toBe('pause');
    expect(error?.message).toMatch(/A published post is final/);
    expect(() => transition(draft, 'submit', { actor: 'ana', at, policy: { kind: 'none' } })).toThrow(/without review/);
  });
});

describe('transition: multi-level approval', () => {
  const policy = { kind: 'multiLevel', levels: 3 } as const;

  it('stays in review until `levels` distinct people approve', () => {
    const one = run([['submit', 'ana'], ['approve', 'bob']], policy);
    expect(one.status).toBe('inReview');
    const two = transition(one, 'approve', { actor: 'chloé', at, policy });
    expect(two.status).toBe('inReview');
    const three = transition(two, 'approve', { actor: 'dan', at, policy, note: 'OK client' });
    expect(three.status).toBe('approved');
    expect(three.history.map((h) => [h.action, h.from, h.to, h.actor])).toEqual([
      ['submit', 'draft', 'inReview', 'ana'],
      ['approve', 'inReview', 'inReview', 'bob'],
      ['approve', 'inReview', 'inReview', 'chloé'],
      ['approve', 'inReview', 'approved', 'dan'],
    ]);
    expect(three.history[3]?.note).toBe('OK client');
  });

  it('refuses a second approval by the same person in one round', () => {
    const one = run([['submit', 'ana'], ['approve', 'bob']], policy);
    expect(() => transition(one, 'approve', { actor: 'bob', at, policy })).toThrow(/bob has already approved/);
    expect(allowedActions(one, { policy, actor: 'bob' })).not.toContain('approve');
    expect(allowedActions(one, { policy, actor: 'chloé' })).toContain('approve');
  });

  it('starts a new round after changes are requested and the post is resubmitted', () => {
    const post = run(
      [
        ['submit', 'ana'],
        ['approve', 'bob'],
        ['approve', 'chloé'],
        ['requestChanges', 'dan'],
        ['submit', 'ana'],
        ['approve', 'bob'],
      ],
      policy,
    );
    expect(post.status).toBe('inReview');
    expect(transition(transition(post, 'approve', { actor: 'chloé', at, policy }), 'approve', { actor: 'dan', at, policy }).status).toBe('approved');
  });

  it('counts approvals across a pause', () => {
    const paused = run([['submit', 'ana'], ['approve', 'bob'], ['pause', 'planner']], { kind: 'multiLevel', levels: 2 });
    const resumed = transition(paused, 'resume', { actor: 'planner', at, policy: { kind: 'multiLevel', levels: 2 } });
    expect(resumed.status).toBe('inReview');
    expect(transition(resumed, 'approve', { actor: 'chloé', at, policy: { kind: 'multiLevel', levels: 2 } }).status).toBe('approved');
  });

  it('refuses levels below 2', () => {
    expect(() => transition(draft, 'submit', { actor: 'ana', at, policy: { kind: 'multiLevel', levels: 1 } })).toThrow(ValidationError);
  });
});

describe('transition: pause and resume', () => {
  for (const status of ['draft', 'inReview', 'approved', 'changesRequested', 'scheduled'] as const) {
    it(`restores '${status}' after a pause`, () => {
      const paused = transition({ ...draft, status }, 'pause', { actor: 'planner', at, note: 'deuil national' });
      expect(paused.status).toBe('paused');
      expect(paused.history.at(-1)).toEqual({ action: 'pause', from: status, to: 'paused', actor: 'planner', at: new Date(at), note: 'deuil national' });
      const resumed = transition(paused, 'resume', { actor: 'planner', at: '2027-01-05T09:00:00+01:00' });
      expect(resumed.status).toBe(status);
      expect(resumed.history.at(-1)).toEqual({ action: 'resume', from: 'paused', to: status, actor: 'planner', at: new Date('2027-01-05T08:00:00Z') });
      expect(allowedActions(paused)).toEqual(['resume']);
    });
  }

  it('refuses to pause a published, failed or paused post', () => {
    for (const status of ['published', 'failed', 'paused'] as const) {
      expect(() => transition({ ...draft, status }, 'pause', { actor: 'a', at })).toThrow(TransitionError);
    }
  });

  it('refuses to resume a paused post whose history records no pause', () => {
    expect(() => transition({ ...draft, status: 'paused' }, 'resume', { actor: 'a', at })).toThrow(ValidationError);
    expect(() => allowedActions({ ...draft, status: 'paused' })).toThrow(/records no pause/);
  });
});

describe('transition: the post', () => {
  it('keeps every other field and returns a new object; does not mutate its input', () => {
    const post = deepFreeze({ ...draft, text: 'Nouvelle collection', extra: { nested: [1, 2] } });
    const next = transition(post, 'submit', { actor: 'ana', at });
    expect(next).not.toBe(post);
    expect(next.text).toBe('Nouvelle collection');
    expect(next.extra).toEqual({ nested: [1, 2] });
    expect(post.status).toBe('draft');
    expect(post.history).toEqual([]);
  });

  it('reads history entries given with ISO strings and returns Dates', () => {
    const post = { ...draft, status: 'inReview' as const, history: [{ action: 'submit', from: 'draft', to: 'inReview', actor: 'ana', at: '2027-01-04T09:00:00+01:00' }] };
    const next = transition(post as unknown as typeof draft, 'approve', { actor: 'bob', at });
    expect(next.history[0]?.at).toEqual(new Date('2027-01-04T08:00:00Z'));
  });

  it('rejects malformed input with a ValidationError naming the field', () => {
    const cases: [unknown, unknown, unknown, string | number][] = [
      [null, 'submit', { actor: 'a', at }, '(root)'],
      [{ ...draft, status: 'done' }, 'submit', { actor: 'a', at }, 'status'],
      [{ ...draft, history: 'none' }, 'submit', { actor: 'a', at }, 'history'],
      [{ ...draft, history: [{ action: 'submit' }] }, 'submit', { actor: 'a', at }, 'history'],
      [draft, 'archive', { actor: 'a', at }, 'action'],
      [draft, 'submit', { actor: '', at }, 'actor'],
      [draft, 'submit', { actor: 'a'.repeat(1_000_000), at }, 'actor'],
      [draft, 'submit', { actor: 'a', at: 'yesterday' }, 'at'],
      [draft, 'submit', { actor: 'a', at: new Date(Number.NaN) }, 'at'],
      [draft, 'submit', { actor: 'a', at, note: 'x'.repeat(10_001) }, 'note'],
      [draft, 'submit', { actor: 'a', at, policy: { kind: 'sometimes' } }, 'policy'],
      [draft, 'submit', null, '(root)'],
      [[], 'submit', { actor: 'a', at }, '(root)'],
      [{ ...draft, score: Number.NaN }, 'submit', { actor: 'a', at }, 'score'],
      [{ ...draft, meta: { when: new Date(Number.NaN) } }, 'submit', { actor: 'a', at }, 'meta'],
    ];
    for (const [post, action, options, field] of cases) {
      let error: unknown;
      try {
        transition(post as typeof draft, action as WorkflowAction, options as { actor: string; at: string });
      } catch (e) {
        error = e;
      }
      expect(error, String(field)).toBeInstanceOf(ValidationError);
      const path = (error as ValidationError).path;
      expect(path.length === 0 ? '(root)' : path[0]).toBe(field);
    }
    expect(() => allowedActions(draft, null as never)).toThrow(ValidationError);
    expect(() => allowedActions(draft, { actor: 3 as never })).toThrow(ValidationError);
  });
});

describe('transition: properties', () => {
  const policyArb = fc.oneof(
    fc.constant<ApprovalPolicyInput>({ kind: 'none' }),
    fc.constant<ApprovalPolicyInput>({ kind: 'optional' }),
    fc.constant<ApprovalPolicyInput>({ kind: 'required' }),
    fc.integer({ min: 2, max: 4 }).map((levels): ApprovalPolicyInput => ({ kind: 'multiLevel', levels })),
  );
  const stepArb = fc.tuple(fc.constantFrom(...WORKFLOW_ACTIONS), fc.constantFrom('ana', 'bob', 'chloé', 'dan'));

  it('never reaches a status outside the lifecycle, and accepts exactly the allowed actions', () => {
    fc.assert(
      fc.property(policyArb, fc.array(stepArb, { maxLength: 40 }), (policy, steps) => {
        let post = { ...draft };
        for (const [action, actor] of steps) {
          const allowed = allowedActions(post, { policy, actor });
          let next: typeof post | null = null;
          try {
            next = transition(post, action, { actor, at, policy });
          } catch (e) {
            expect(e).toBeInstanceOf(TransitionError);
          }
          expect(next !== null).toBe(allowed.includes(action));
          if (next === null) continue;
          expect(POST_STATUSES).toContain(next.status);
          expect(next.history).toHaveLength(post.history.length + 1);
          expect(next.history.at(-1)).toMatchObject({ action, from: post.status, to: next.status, actor });
          // A published post never moves again.
          if (post.status === 'published') throw new Error('moved a published post');
          post = next;
        }
      }),
      { numRuns: 300 },
    );
  });
});
