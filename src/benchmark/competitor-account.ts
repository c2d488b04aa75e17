import * as z from 'zod';
import { InstantSchema, LocalDateSchema, PlatformIdSchema, PostFormatSchema } from '../core/index.js';
import { parseWithSchema } from '../core/internal.js';

const Count = z.number().int().nonnegative();

/**
 * One public post of an account, as a competitor watch can see it: where and
 * when it went out, the account's followers on that platform at the time, the
 * post's engagements (reactions, comments, shares: what the platform shows)
 * and its format. Reach and impressions are not public for a competitor, so
 * the schema has none. `followers` and `engagements` may be left out when they
 * were not visible (hidden like counts): the benchmark reports the gap rather
 * than counting 0.
 *
 * @example
 * CompetitorPostSchema.parse({ platform: 'instagram', publishedAt: '2027-03-02T07:30:00Z', followers: 4000, engagements: 160, format: 'image' }).followers; // 4000
 */
export const CompetitorPostSchema = z.object({
  platform: PlatformIdSchema,
  publishedAt: InstantSchema,
  followers: Count.optional(),
  engagements: Count.optional(),
  format: PostFormatSchema,
});

/** A competitor's post (see {@link CompetitorPostSchema}). */
export type CompetitorPost = z.output<typeof CompetitorPostSchema>;

/** A competitor's post as accepted on input (see {@link CompetitorPostSchema}). */
export type CompetitorPostInput = z.input<typeof CompetitorPostSchema>;

/**
 * The mentions of an account on one local day (in the benchmark's time zone).
 *
 * @example
 * MentionDaySchema.parse({ date: '2027-03-01', count: 12 }).count; // 12
 */
export const MentionDaySchema = z.object({ date: LocalDateSchema, count: Count });

/** Mentions on one local day (see {@link MentionDaySchema}). */
export type MentionDay = z.output<typeof MentionDaySchema>;

/**
 * An account in a competitive benchmark: the brand's own or a competitor's.
 * `mentions` lists the mentions per local day; a day left out is a day
 * without data (reported), not a day without mentions: give `{ date, count: 0 }`
 * for a quiet day. Leave `mentions` out when you have no listening data.
 *
 * @example
 * CompetitorAccountSchema.parse({ id: 'martin', name: 'Boulangerie Martin', posts: [], mentions: [{ date: '2027-03-01', count: 3 }] }).name; // 'Boulangerie Martin'
 */
export const CompetitorAccountSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  posts: z.array(CompetitorPostSchema),
  mentions: z.array(MentionDaySchema).optional(),
});

/** An account of a benchmark (see {@link CompetitorAccountSchema}). */
export type CompetitorAccount = z.output<typeof CompetitorAccountSchema>;

/** An account of a benchmark as accepted on input (see {@link CompetitorAccountSchema}). */
export type CompetitorAccountInput = z.input<typeof CompetitorAccountSchema>;

/**
 * Parses a competitor's post with {@link CompetitorPostSchema}, throwing a
 * `ValidationError` (never a raw `ZodError`) that lists every problem.
 *
 * @param value - the candidate post
 * @returns the parsed post (a new value)
 * @throws {ValidationError} with every problem found
 * @example
 * parseCompetitorPost({ platform: 'x', publishedAt: '2027-03-02T07:30:00Z', format: 'text' }).platform; // 'x'
 * parseCompetitorPost({ platform: 'twitter' }); // throws ValidationError
 */
export function parseCompetitorPost(value: unknown): CompetitorPost {
  return parseWithSchema(CompetitorPostSchema, value, { name: 'post' });
}

/**
 * Parses a benchmark account with {@link CompetitorAccountSchema}, throwing a
 * `ValidationError` that lists every problem.
 *
 * @param value - the candidate account
 * @returns the parsed account (a new value)
 * @throws {ValidationError} with every problem found
 * @example
 * parseCompetitorAccount({ id: 'roux', name: 'Maison Roux', posts: [] }).mentions; // undefined
 * parseCompetitorAccount({ id: '', name: 'Maison Roux' }); // throws ValidationError
 */
export function parseCompetitorAccount(value: unknown): CompetitorAccount {
  return parseWithSchema(CompetitorAccountSchema, value, { name: 'account' });
}
