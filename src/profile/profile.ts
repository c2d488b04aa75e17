import * as z from 'zod';
import { parseWithSchema } from '../core/internal.js';

const Pixels = z.number().int().positive();

/**
 * An image's metadata, as a designer's export or an upload form knows it:
 * its size in pixels, and optionally its weight in bytes and its format
 * (`'jpeg'`, `'png'`, `'gif'`, `'webp'`; `'jpg'` is read as `'jpeg'`).
 *
 * @example
 * ProfileImageSchema.parse({ width: 800, height: 800, bytes: 120000, format: 'png' }).width; // 800
 */
export const ProfileImageSchema = z.object({
  width: Pixels,
  height: Pixels,
  bytes: z.number().int().nonnegative().optional(),
  format: z
    .string()
    .min(1)
    .max(20)
    .transform((f) => (f.toLowerCase() === 'jpg' ? 'jpeg' : f.toLowerCase()))
    .optional(),
});

/** An image's metadata (see {@link ProfileImageSchema}). */
export type ProfileImage = z.output<typeof ProfileImageSchema>;

/**
 * The part of a cover that must stay visible (the logo, the shop front), as
 * a rectangle in the image's own pixels: `x`, `y` from the top left corner.
 *
 * @example
 * CoverFocusSchema.parse({ x: 600, y: 150, width: 800, height: 300 }).width; // 800
 */
export const CoverFocusSchema = z.object({ x: z.number().int().nonnegative(), y: z.number().int().nonnegative(), width: Pixels, height: Pixels });

/** A cover's important area (see {@link CoverFocusSchema}). */
export type CoverFocus = z.output<typeof CoverFocusSchema>;

/**
 * A cover (header, banner) image: its metadata and, optionally, the
 * rectangle that must stay visible (`focus`), which must lie inside the image.
 *
 * @example
 * CoverImageSchema.parse({ width: 2560, height: 1440, focus: { x: 1000, y: 600, width: 560, height: 240 } }).focus.x; // 1000
 */
export const CoverImageSchema = ProfileImageSchema.extend({ focus: CoverFocusSchema.optional() }).refine(
  (c) => c.focus === undefined || (c.focus.x + c.focus.width <= c.width && c.focus.y + c.focus.height <= c.height),
  { message: 'cover.focus must lie inside the image (x + width ≤ the image width, y + height ≤ its height)', path: ['focus'], params: { code: 'outOfRange' } },
);

/** A cover image (see {@link CoverImageSchema}). */
export type CoverImage = z.output<typeof CoverImageSchema>;

/**
 * A brand's profile on one platform, as it is or as it will be: display
 * name, username, bio, website, category, and the avatar's and cover's
 * metadata. Every field is optional: a missing one is a finding of
 * {@link checkProfile}, not an error.
 *
 * @example
 * ProfileSchema.parse({ name: 'Boulangerie Martin', username: 'boulangeriemartin', bio: 'Pain au levain 🥖', website: 'https://boulangerie-martin.fr' }).username; // 'boulangeriemartin'
 */
export const ProfileSchema = z.object({
  name: z.string().optional(),
  username: z.string().optional(),
  bio: z.string().optional(),
  website: z.string().optional(),
  category: z.string().optional(),
  avatar: ProfileImageSchema.optional(),
  cover: CoverImageSchema.optional(),
});

/** A profile (see {@link ProfileSchema}). */
export type Profile = z.output<typeof ProfileSchema>;

/** A profile as accepted on input (see {@link ProfileSchema}). */
export type ProfileInput = z.input<typeof ProfileSchema>;

/**
 * Parses a profile with {@link ProfileSchema}, throwing a `ValidationError`
 * (never a raw `ZodError`) that lists every problem.
 *
 * @param value - the candidate profile
 * @returns the parsed profile (a new value; image formats in lower case, `jpg` as `jpeg`)
 * @throws {ValidationError} with every problem found
 * @example
 * parseProfile({ avatar: { width: 400, height: 400, format: 'JPG' } }).avatar.format; // 'jpeg'
 * parseProfile({ cover: { width: 1500, height: 500, focus: { x: 1400, y: 0, width: 200, height: 100 } } }); // throws ValidationError
 */
export function parseProfile(value: unknown): Profile {
  return parseWithSchema(ProfileSchema, value, { name: 'profile' });
}
