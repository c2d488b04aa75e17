import * as z from 'zod';

/**
 * The zod schema of a crisis level, 1 (critical) to 4 (minor).
 *
 * @example
 * CrisisLevelSchema.parse(2); // 2
 */
export const CrisisLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
