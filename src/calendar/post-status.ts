import * as z from 'zod';
import { deepFreeze } from '../core/internal.js';

/**
 * The statuses of a planned post, in lifecycle order: `draft → inReview →
 * approved | changesRequested → scheduled → published | failed`, plus
 * `paused` (from any status before `published`, and back by `resume`).
 *
 * @example
 * POST_STATUSES.includes('changesRequested'); // true
 */
export const POST_STATUSES = /* @__PURE__ */ deepFreeze(['draft', 'inReview', 'approved', 'changesRequested', 'scheduled', 'published', 'failed', 'paused'] as const);

/**
 * A post's status in the approval workflow (see {@link POST_STATUSES}).
 *
 * @example
 * PostStatusSchema.parse('inReview'); // 'inReview'
 */
export const PostStatusSchema = z.enum(POST_STATUSES);

/** A post's status: `'draft'`, `'inReview'`, `'approved'`, `'changesRequested'`, `'scheduled'`, `'published'`, `'failed'` or `'paused'`. */
export type PostStatus = z.output<typeof PostStatusSchema>;
