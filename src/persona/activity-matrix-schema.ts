import * as z from 'zod';
import { parseWithSchema } from '../core/internal.js';

/**
 * The zod schema of an {@link ActivityMatrix}: exactly 7 rows (Monday first)
 * of exactly 24 finite, non-negative numbers (00:00–01:00 local first).
 *
 * @example
 * ActivityMatrixSchema.parse(Array.from({ length: 7 }, () => new Array(24).fill(0))).length; // 7
 */
export const ActivityMatrixSchema = z
  .array(z.array(z.number().min(0, 'An hourly activity value must not be negative')).length(24, 'A row needs 24 hourly values, 00:00–01:00 first'))
  .length(7, 'The activity profile needs 7 rows, Monday first');

/**
 * Parses an activity matrix with {@link ActivityMatrixSchema}, throwing a `ValidationError` (never a
 * raw `ZodError`) that lists every problem (up to 100), each with its path
 * and a socialkit issue code.
 *
 * @param value - the candidate activity matrix
 * @returns the parsed activity matrix (a new value: the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parseActivityMatrix(null); // throws ValidationError: activity matrix must be an object
 */
export function parseActivityMatrix(value: unknown): z.output<typeof ActivityMatrixSchema> {
  return parseWithSchema(ActivityMatrixSchema, value, { name: 'activity matrix' });
}
