import * as z from 'zod';
import { InstantSchema } from '../core/index.js';
import { parseWithSchema } from '../core/internal.js';
import { PostStatusSchema } from './post-status.js';
import { WorkflowActionSchema } from './workflow-action.js';

/**
 * Who acted: a user id, an e-mail address or a role such as `'planner'`
 * (1 to 256 characters).
 *
 * @example
 * WorkflowActorSchema.parse('claire@agence.fr'); // 'claire@agence.fr'
 */
export const WorkflowActorSchema = z.string().min(1, { error: 'actor must not be empty: say who acted' }).max(256);

/**
 * One step of a post's history: the action, the status before and after it,
 * who acted, when, and an optional note (a reviewer's comment, a freeze's
 * reason; at most 10,000 characters). A history only grows: `transition`
 * appends, never rewrites.
 *
 * @example
 * HistoryEntrySchema.parse({ action: 'submit', from: 'draft', to: 'inReview', actor: 'claire', at: '2027-01-04T09:00:00Z' }).at.toISOString();
 * // '2027-01-04T09:00:00.000Z'
 */
export const HistoryEntrySchema = z.strictObject({
  action: WorkflowActionSchema,
  from: PostStatusSchema,
  to: PostStatusSchema,
  actor: WorkflowActorSchema,
  at: InstantSchema,
  note: z.string().max(10_000).optional(),
});

/** A history entry (see {@link HistoryEntrySchema}). */
export type HistoryEntry = z.output<typeof HistoryEntrySchema>;

/** A history entry as accepted on input (see {@link HistoryEntrySchema}). */
export type HistoryEntryInput = z.input<typeof HistoryEntrySchema>;

/**
 * Parses a history entry with {@link HistoryEntrySchema}, throwing a `ValidationError` (never a
 * raw `ZodError`) that lists every problem (up to 100), each with its path
 * and a socialkit issue code.
 *
 * @param value - the candidate history entry
 * @returns the parsed history entry (a new value: the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parseHistoryEntry(null); // throws ValidationError: history entry must be an object
 */
export function parseHistoryEntry(value: unknown): HistoryEntry {
  return parseWithSchema(HistoryEntrySchema, value, { name: 'history entry' });
}

/**
 * Parses a workflow actor with {@link WorkflowActorSchema}, throwing a `ValidationError` (never a
 * raw `ZodError`) that lists every problem (up to 100), each with its path
 * and a socialkit issue code.
 *
 * @param value - the candidate workflow actor
 * @returns the parsed workflow actor (a new value: the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parseWorkflowActor(null); // throws ValidationError: workflow actor must be an object
 */
export function parseWorkflowActor(value: unknown): z.output<typeof WorkflowActorSchema> {
  return parseWithSchema(WorkflowActorSchema, value, { name: 'workflow actor' });
}
