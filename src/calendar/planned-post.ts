import * as z from 'zod';
import { InstantSchema, LocalTimeSchema } from '../core/index.js';
import { MINUTE_MS, parseWithSchema } from '../core/internal.js';
import { PostSchema } from '../editorial/index.js';
import { HistoryEntrySchema } from './history-entry.js';
import { PostStatusSchema } from './post-status.js';

/** The first and last instants a planned post may have (years 0001–9999 in every zone, as iCalendar and ISO 8601 write them). */
const FIRST_AT = Date.parse('0001-01-02T00:00:00Z');
const LAST_AT = Date.parse('9999-12-30T23:59:00Z');

/**
 * Whether an instant falls in the years 0001–9999 in every zone.
 *
 * @param ms - the instant, as milliseconds
 * @returns true when it does
 */
export function inPlannableYears(ms: number): boolean {
  return ms >= FIRST_AT && ms <= LAST_AT;
}

/**
 * Checks what a schema cannot say of a planned post's instant: a whole
 * minute, in years 0001–9999.
 *
 * @param at - the instant, as milliseconds
 * @returns the reason it is refused, or null
 */
export function atProblem(at: number): string | null {
  if (!inPlannableYears(at)) return 'at must fall in the years 0001 to 9999';
  if (((at % MINUTE_MS) + MINUTE_MS) % MINUTE_MS !== 0) return 'at must be a whole minute (seconds are not planned)';
  return null;
}

/**
 * A planned post: editorial's `Post` (id, platform, text, format, pillar,
 * objective type, language, media, links, call to action) plus when it goes
 * out and where it stands:
 * - `at`: the instant, a whole minute;
 * - `localTime`: the wall-clock time of `at` in the plan's zone, `'HH:mm'` (plans check that the two agree);
 * - `status`: its status in the approval workflow (`'draft'` by default), and `history`, every move so far;
 * - `observanceId`: the observance it was planned for (a marronnier's id), or `null`;
 * - `priority`: an integer from 0 to 1000 deciding which post gives way when two collide
 *   (`planCalendar` gives 0 to regular posts and 1 to observance posts; `insertNewsjacking` 2 by default).
 *
 * @example
 * PlannedPostSchema.parse({ id: 'instagram-2027-01-04-0900', platform: 'instagram', text: '', format: 'image',
 *   pillar: 'savoirFaire', objectiveType: 'engagement', language: 'fr', at: '2027-01-04T08:00:00Z', localTime: '09:00' }).status; // 'draft'
 */
export const PlannedPostSchema = PostSchema.extend({
  at: InstantSchema,
  localTime: LocalTimeSchema,
  status: PostStatusSchema.default('draft'),
  observanceId: z.string().min(1).max(300).nullable().default(null),
  priority: z.number().int().min(0).max(1000).default(0),
  history: z.array(HistoryEntrySchema).max(100_000).default([]),
}).superRefine((post, ctx) => {
  const problem = atProblem(post.at.getTime());
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem, path: ['at'], input: post.at });
});

/** A planned post (see {@link PlannedPostSchema}). */
export type PlannedPost = z.output<typeof PlannedPostSchema>;

/** A planned post as accepted on input (`status`, `observanceId`, `priority`, `history`, `media` and `links` may be left out). */
export type PlannedPostInput = z.input<typeof PlannedPostSchema>;

/**
 * Parses a planned post with {@link PlannedPostSchema}, throwing a `ValidationError` (never a
 * raw `ZodError`) that lists every problem (up to 100), each with its path
 * and a socialkit issue code.
 *
 * @param value - the candidate planned post
 * @returns the parsed planned post (a new value: the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parsePlannedPost(null); // throws ValidationError: planned post must be an object
 */
export function parsePlannedPost(value: unknown): PlannedPost {
  return parseWithSchema(PlannedPostSchema, value, { name: 'planned post' });
}
