import * as z from 'zod';
import { isWellFormedText } from './text-guards.js';

const value = z
  .string()
  .min(1, 'A UTM value must not be empty')
  .max(2000, 'A UTM value is at most 2000 characters')
  .refine((v) => isWellFormedText(v), { message: 'A UTM value must not contain a lone surrogate', params: { code: 'malformedText' } });

/**
 * The zod schema of {@link UtmParameters}: `source`, `medium`, `campaign`
 * required, `content` and `term` optional, no other key.
 *
 * @example
 * UtmParametersSchema.parse({ source: 'facebook', medium: 'paid_social', campaign: 'fete-des-meres' }).medium; // 'paid_social'
 */
export const UtmParametersSchema = z.strictObject({
  source: value,
  medium: value,
  campaign: value,
  content: value.optional(),
  term: value.optional(),
});
