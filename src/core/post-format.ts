import * as z from 'zod';
import { deepFreeze } from './deep-freeze.js';

/**
 * The formats of a post, shared by personas (preferred formats), the
 * editorial line (formats per platform), the calendar and the KPI summaries.
 *
 * @example
 * POST_FORMATS.includes('carousel'); // true
 */
export const POST_FORMATS = /* @__PURE__ */ deepFreeze(['text', 'image', 'carousel', 'video', 'shortVideo', 'story', 'live', 'poll', 'link', 'document'] as const);

/**
 * A post format (see {@link POST_FORMATS}).
 *
 * @example
 * PostFormatSchema.parse('shortVideo'); // 'shortVideo'
 */
export const PostFormatSchema = z.enum(POST_FORMATS);

/** A post format: `'text' | 'image' | 'carousel' | 'video' | 'shortVideo' | 'story' | 'live' | 'poll' | 'link' | 'document'`. */
export type PostFormat = (typeof POST_FORMATS)[number];
