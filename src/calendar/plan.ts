import * as z from 'zod';
import { FindingSchema, InstantSchema, isValidTimeZone, LocalDateSchema, PlatformIdSchema, TimeZoneSchema } from '../core/index.js';
import { parseWithSchema, zoneClock } from '../core/internal.js';
import { WorkflowActorSchema } from './history-entry.js';
import { PlannedPostSchema } from './planned-post.js';
import { PostStatusSchema } from './post-status.js';

/** The most posts a plan holds. */
export const MAX_PLAN_POSTS = 200_000;

function rangeCheck(value: { from: Date; to: Date }, ctx: z.RefinementCtx): void {
  if (value.to.getTime() < value.from.getTime()) {
    ctx.addIssue({ code: 'custom', message: `to (${value.to.toISOString()}) is before from (${value.from.toISOString()})`, path: ['to'], input: value.to , params: { code: 'invalidRange' } });
  }
}

/**
 * A blackout: a range of instants (`from` included, `to` excluded) when no
 * post may go out — a national mourning, a crisis — with an optional reason.
 *
 * @example
 * BlackoutSchema.parse({ from: '2027-03-10T00:00:00+01:00', to: '2027-03-12T00:00:00+01:00', reason: 'Deuil national' }).to.toISOString(); // '2027-03-11T23:00:00.000Z'
 */
export const BlackoutSchema = z
  .strictObject({ from: InstantSchema, to: InstantSchema, reason: z.string().max(1000).optional() })
  .superRefine(rangeCheck);

/** A blackout (see {@link BlackoutSchema}). */
export type Blackout = z.output<typeof BlackoutSchema>;

/** A blackout as accepted on input. */
export type BlackoutInput = z.input<typeof BlackoutSchema>;

/**
 * The rules of one platform's feed: the least time between two of its posts
 * (`minGapMinutes`, 0 to 10,080, default 0), the most posts in one local
 * day of the plan's zone (`maxPerDay`, 1 to 1,440; no cap when left out),
 * and the largest share of its posts the planner gives to marronniers
 * (`maxObservanceShare`, a fraction from 0 to 1; `planCalendar` reads 0.3
 * when it is left out).
 *
 * @example
 * PlatformConstraintsSchema.parse({ maxPerDay: 2 }); // { minGapMinutes: 0, maxPerDay: 2 }
 */
export const PlatformConstraintsSchema = z.strictObject({
  minGapMinutes: z.number().int().min(0).max(10_080).default(0),
  maxPerDay: z.number().int().min(1).max(1440).optional(),
  maxObservanceShare: z.number().min(0).max(1).optional(),
});

/** A platform's constraints (see {@link PlatformConstraintsSchema}). */
export type PlatformConstraints = z.output<typeof PlatformConstraintsSchema>;

/** A platform's constraints as accepted on input. */
export type PlatformConstraintsInput = z.input<typeof PlatformConstraintsSchema>;

/**
 * A freeze in force: the window it covers, why, who froze it and when, and
 * every post it paused with the status and instant it had then, which
 * `resume` gives back.
 *
 * @example
 * FreezeSchema.parse({ id: 'freeze-20270310T0000Z', from: '2027-03-10T00:00:00Z', to: '2027-03-12T00:00:00Z', reason: 'Crise',
 *   actor: 'socialkit', at: '2027-03-10T00:00:00Z', posts: [{ id: 'instagram-2027-03-10-0900', status: 'approved', at: '2027-03-10T08:00:00Z' }] }).posts.length; // 1
 */
export const FreezeSchema = z
  .strictObject({
    id: z.string().min(1).max(200),
    from: InstantSchema,
    to: InstantSchema,
    reason: z.string().min(1).max(10_000),
    actor: WorkflowActorSchema,
    at: InstantSchema,
    posts: z.array(z.strictObject({ id: z.string().min(1), status: PostStatusSchema, at: InstantSchema })).max(MAX_PLAN_POSTS),
  })
  .superRefine(rangeCheck);

/** A freeze (see {@link FreezeSchema}). */
export type Freeze = z.output<typeof FreezeSchema>;

/** A freeze as accepted on input. */
export type FreezeInput = z.input<typeof FreezeSchema>;

/**
 * A publication plan, as `planCalendar` returns it and the plan operations
 * take and return it: the zone and the period (local dates, both included),
 * the constraints per platform, the blackouts, the freezes in force, the
 * posts (ids unique, each `localTime` the wall time of its `at` in
 * `timeZone`) and the findings, oldest first: what the planner could not do
 * and why, then what each operation did.
 *
 * @example
 * PlanSchema.parse({ timeZone: 'Europe/Paris', period: { from: '2027-01-04', to: '2027-01-10' }, posts: [] }).blackouts; // []
 */
export const PlanSchema = z
  .strictObject({
    timeZone: TimeZoneSchema,
    period: z.strictObject({ from: LocalDateSchema, to: LocalDateSchema }),
    constraints: z.partialRecord(PlatformIdSchema, PlatformConstraintsSchema).default({}),
    blackouts: z.array(BlackoutSchema).max(10_000).default([]),
    freezes: z.array(FreezeSchema).max(10_000).default([]),
    posts: z.array(PlannedPostSchema).max(MAX_PLAN_POSTS),
    findings: z.array(FindingSchema).max(10 * MAX_PLAN_POSTS).default([]),
  })
  .superRefine((plan, ctx) => {
    if (plan.period.to < plan.period.from) {
      ctx.addIssue({ code: 'custom', message: `period.to (${plan.period.to}) is before period.from (${plan.period.from})`, path: ['period', 'to'], input: plan.period.to , params: { code: 'invalidRange' } });
    }
    const clock = isValidTimeZone(plan.timeZone) ? zoneClock(plan.timeZone) : null;
    const ids = new Set<string>();
    for (let i = 0; i < plan.posts.length; i += 1) {
      const post = plan.posts[i] as (typeof plan.posts)[number];
      if (ids.has(post.id)) ctx.addIssue({ code: 'custom', message: `posts[${i}] repeats the id '${post.id}'`, path: ['posts', i, 'id'], input: post.id , params: { code: 'duplicate' } });
      ids.add(post.id);
      const local = clock?.time(post.at.getTime());
      if (local !== undefined && local !== post.localTime) {
        ctx.addIssue({
          code: 'custom',
          message: `posts[${i}].localTime is '${post.localTime}' but its at (${post.at.toISOString()}) is ${local} in ${plan.timeZone}`,
          path: ['posts', i, 'localTime'],
          input: post.localTime,
        });
      }
    }
  });

/** A publication plan (see {@link PlanSchema}). */
export type Plan = z.output<typeof PlanSchema>;

/** A publication plan as accepted on input. */
export type PlanInput = z.input<typeof PlanSchema>;

/**
 * Parses a blackout with {@link BlackoutSchema}, throwing a `ValidationError` (never a
 * raw `ZodError`) that lists every problem (up to 100), each with its path
 * and a socialkit issue code.
 *
 * @param value - the candidate blackout
 * @returns the parsed blackout (a new value: the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parseBlackout(null); // throws ValidationError: blackout must be an object
 */
export function parseBlackout(value: unknown): Blackout {
  return parseWithSchema(BlackoutSchema, value, { name: 'blackout' });
}

/**
 * Parses a freeze with {@link FreezeSchema}, throwing a `ValidationError` (never a
 * raw `ZodError`) that lists every problem (up to 100), each with its path
 * and a socialkit issue code.
 *
 * @param value - the candidate freeze
 * @returns the parsed freeze (a new value: the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parseFreeze(null); // throws ValidationError: freeze must be an object
 */
export function parseFreeze(value: unknown): Freeze {
  return parseWithSchema(FreezeSchema, value, { name: 'freeze' });
}

/**
 * Parses a plan with {@link PlanSchema}, throwing a `ValidationError` (never a
 * raw `ZodError`) that lists every problem (up to 100), each with its path
 * and a socialkit issue code.
 *
 * @param value - the candidate plan
 * @returns the parsed plan (a new value: the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parsePlan(null); // throws ValidationError: plan must be an object
 */
export function parsePlan(value: unknown): Plan {
  return parseWithSchema(PlanSchema, value, { name: 'plan' });
}

/**
 * Parses a platform constraints with {@link PlatformConstraintsSchema}, throwing a `ValidationError` (never a
 * raw `ZodError`) that lists every problem (up to 100), each with its path
 * and a socialkit issue code.
 *
 * @param value - the candidate platform constraints
 * @returns the parsed platform constraints (a new value: the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parsePlatformConstraints(null); // throws ValidationError: platform constraints must be an object
 */
export function parsePlatformConstraints(value: unknown): PlatformConstraints {
  return parseWithSchema(PlatformConstraintsSchema, value, { name: 'platform constraints' });
}
