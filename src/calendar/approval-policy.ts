import * as z from 'zod';
import { parseWithSchema } from '../core/internal.js';

/**
 * How a post gets approved before it may be scheduled, as agencies and
 * clients work:
 * - `{ kind: 'none' }`: no review; a draft is scheduled directly, and the review actions are refused;
 * - `{ kind: 'optional' }`: a draft may be scheduled directly or go through review first;
 * - `{ kind: 'required' }`: one approval is needed before scheduling;
 * - `{ kind: 'multiLevel', levels }`: `levels` (an integer ≥ 2) approvals by distinct people are needed.
 *
 * @example
 * ApprovalPolicySchema.parse({ kind: 'multiLevel', levels: 2 }).kind; // 'multiLevel'
 */
export const ApprovalPolicySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('optional') }),
  z.strictObject({ kind: z.literal('required') }),
  z.strictObject({
    kind: z.literal('multiLevel'),
    levels: z.number().int().min(2, { error: 'levels must be at least 2 (use { kind: "required" } for one approval)' }).max(Number.MAX_SAFE_INTEGER),
  }),
]);

/** An approval policy (see {@link ApprovalPolicySchema}). */
export type ApprovalPolicy = z.output<typeof ApprovalPolicySchema>;

/** An approval policy as accepted on input (see {@link ApprovalPolicySchema}). */
export type ApprovalPolicyInput = z.input<typeof ApprovalPolicySchema>;

/**
 * Parses an approval policy with {@link ApprovalPolicySchema}, throwing a `ValidationError` (never a
 * raw `ZodError`) that lists every problem (up to 100), each with its path
 * and a socialkit issue code.
 *
 * @param value - the candidate approval policy
 * @returns the parsed approval policy (a new value: the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parseApprovalPolicy(null); // throws ValidationError: approval policy must be an object
 */
export function parseApprovalPolicy(value: unknown): ApprovalPolicy {
  return parseWithSchema(ApprovalPolicySchema, value, { name: 'approval policy' });
}
