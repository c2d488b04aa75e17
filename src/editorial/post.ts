import * as z from 'zod';
import { ObjectiveTypeSchema, PlatformIdSchema, PostFormatSchema } from '../core/index.js';
import { parseWithSchema } from '../core/internal.js';
import { LanguageTagSchema } from './language-tag.js';

/**
 * The kinds of media a post may carry.
 *
 * @example
 * MEDIA_KINDS.includes('gif'); // true
 */
export const MEDIA_KINDS = Object.freeze(['image', 'gif', 'video', 'audio', 'document'] as const);

/** A media kind: `'image' | 'gif' | 'video' | 'audio' | 'document'`. */
export type MediaKind = (typeof MEDIA_KINDS)[number];

/**
 * One media item of a post: its kind and its alternative text (what a
 * screen reader says; required for images and GIFs by {@link checkPost}).
 *
 * @example
 * PostMediaSchema.parse({ kind: 'image', altText: 'Une baguette sur une table en bois' }).altText; // 'Une baguette sur une table en bois'
 */
export const PostMediaSchema = z.object({
  kind: z.enum(MEDIA_KINDS),
  altText: z.string().optional(),
});

/** A media item (see {@link PostMediaSchema}). */
export type PostMedia = z.output<typeof PostMediaSchema>;

/** A media item as accepted on input. */
export type PostMediaInput = z.input<typeof PostMediaSchema>;

/**
 * A post: one message for one platform, tagged with the pillar of the
 * editorial line and the objective type it serves. A plain `z.object`, so
 * the calendar extends it (`PostSchema.extend({ at: InstantSchema })`).
 * `links` are the `http(s)` URLs the post promotes (in the text or attached),
 * each stored as its WHATWG serialization (`new URL(link).href`: a space is
 * `%20`, the host in lower case), so a link holds no space and reads back from CSV;
 * `callToAction` is the action asked of the reader (`'Réservez sur boulangerie.fr'`).
 *
 * @example
 * PostSchema.parse({ id: 'p1', platform: 'instagram', text: 'Nouvelle collection', format: 'image',
 *   pillar: 'savoirFaire', objectiveType: 'engagement', language: 'fr' }).media; // []
 */
export const PostSchema = z.object({
  id: z.string().min(1),
  platform: PlatformIdSchema,
  text: z.string(),
  format: PostFormatSchema,
  pillar: z.string().min(1),
  objectiveType: ObjectiveTypeSchema,
  language: LanguageTagSchema,
  media: z.array(PostMediaSchema).default([]),
  links: z.array(z.url({ protocol: /^https?$/ }).transform((link) => new URL(link).href)).default([]),
  callToAction: z.string().trim().min(1).optional(),
});

/** A post (see {@link PostSchema}). */
export type Post = z.output<typeof PostSchema>;

/** A post as accepted on input (`media` and `links` may be left out). */
export type PostInput = z.input<typeof PostSchema>;

/**
 * Parses a post media with {@link PostMediaSchema}, throwing a `ValidationError` (never a
 * raw `ZodError`) that lists every problem (up to 100), each with its path
 * and a socialkit issue code.
 *
 * @param value - the candidate post media
 * @returns the parsed post media (a new value: the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parsePostMedia(null); // throws ValidationError: post media must be an object
 */
export function parsePostMedia(value: unknown): PostMedia {
  return parseWithSchema(PostMediaSchema, value, { name: 'post media' });
}

/**
 * Parses a post with {@link PostSchema}, throwing a `ValidationError` (never a
 * raw `ZodError`) that lists every problem (up to 100), each with its path
 * and a socialkit issue code.
 *
 * @param value - the candidate post
 * @returns the parsed post (a new value: the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parsePost(null); // throws ValidationError: post must be an object
 */
export function parsePost(value: unknown): Post {
  return parseWithSchema(PostSchema, value, { name: 'post' });
}
