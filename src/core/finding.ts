import { parseWithSchema } from './zod-error.js';
import * as z from 'zod';

/**
 * How much a finding matters: `'error'` (the thing will fail or is wrong),
 * `'warning'` (it works but breaks a rule or a good practice), `'info'` (worth knowing).
 *
 * @example
 * SeveritySchema.parse('warning'); // 'warning'
 */
export const SeveritySchema = z.enum(['error', 'warning', 'info']);

/** The severity of a {@link Finding}. */
export type Severity = z.output<typeof SeveritySchema>;

/**
 * A finding: what a check, a planner or a validator noticed, with a stable
 * `code` to branch on, a `severity`, a `message` a person can act on and the
 * `path` of the field concerned (empty when it concerns the whole input).
 * Every module that reports findings uses this shape.
 *
 * @example
 * FindingSchema.parse({ code: 'overLimit', severity: 'error', message: 'The post is 12 characters too long.', path: ['text'] }).severity; // 'error'
 */
export const FindingSchema = z.object({
  code: z.string().min(1),
  severity: SeveritySchema,
  message: z.string().min(1),
  path: z.array(z.union([z.string(), z.number().int().nonnegative()])),
});

/** A finding (see {@link FindingSchema}). */
export type Finding = z.output<typeof FindingSchema>;

/** A finding as accepted on input (see {@link FindingSchema}). */
export type FindingInput = z.input<typeof FindingSchema>;

/**
 * Parses a finding with {@link FindingSchema}, throwing a `ValidationError` (never a
 * raw `ZodError`) that lists every problem (up to 100), each with its path
 * and a socialkit issue code.
 *
 * @param value - the candidate finding
 * @returns the parsed finding (a new value: the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parseFinding(null); // throws ValidationError: finding must be an object
 */
export function parseFinding(value: unknown): Finding {
  return parseWithSchema(FindingSchema, value, { name: 'finding' });
}
