import * as z from 'zod';
import { isWellFormedText } from './text-guards.js';
import { parseWithSchema } from '../core/internal.js';

const value = z
  .string()
  .min(1, 'A UTM value must not be empty')
  .max(2000, 'A UTM value is at most 2000 characters')
  .refine((v) => isWellFormedText(v), { message: 'A UTM value must not contain a lone surrogate', params: { code: 'malformedText' } });

/**
 * The zod schema of {@link UtmParameters}: `source`, `medium`, `campaign`
 * required; `id`, `sourcePlatform`, `term`, `content`, `creativeFormat` and
 * `marketingTactic` optional; no other key.
 *
 * @example
 * UtmParametersSchema.parse({ source: 'facebook', medium: 'paid_social', campaign: 'fete-des-meres' }).medium; // 'paid_social'
 */
export const UtmParametersSchema = z.strictObject({
  id: value.optional(),
  source: value,
  medium: value,
  campaign: value,
  sourcePlatform: value.optional(),
  term: value.optional(),
  content: value.optional(),
  creativeFormat: value.optional(),
  marketingTactic: value.optional(),
});

/**
 * Parses a UTM parameters with {@link UtmParametersSchema}, throwing a `ValidationError` (never a
 * raw `ZodError`) that lists every problem (up to 100), each with its path
 * and a socialkit issue code.
 *
 * @param value - the candidate UTM parameters
 * @returns the parsed UTM parameters (a new value: the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parseUtmParameters(null); // throws ValidationError: UTM parameters must be an object
 */
export function parseUtmParameters(value: unknown): z.output<typeof UtmParametersSchema> {
  return parseWithSchema(UtmParametersSchema, value, { name: 'UTM parameters' });
}
