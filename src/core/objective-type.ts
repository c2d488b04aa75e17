import * as z from 'zod';
import { deepFreeze } from './deep-freeze.js';

/**
 * The types of social media objective, shared by every module that tags
 * content or money with the goal it serves: `'notoriety'` (awareness),
 * `'engagement'` (community), `'acquisition'` (traffic), `'conversion'`
 * (sales), `'loyalty'` (retention) and `'eReputation'` (care). The strategy
 * module adds each one's funnel stage, lens and recommended KPIs.
 *
 * @example
 * OBJECTIVE_TYPES.length; // 6
 */
export const OBJECTIVE_TYPES = /* @__PURE__ */ deepFreeze(['notoriety', 'engagement', 'acquisition', 'conversion', 'loyalty', 'eReputation'] as const);

/**
 * An objective type (see {@link OBJECTIVE_TYPES}).
 *
 * @example
 * ObjectiveTypeSchema.parse('eReputation'); // 'eReputation'
 */
export const ObjectiveTypeSchema = z.enum(OBJECTIVE_TYPES);

/** An objective type: `'notoriety' | 'engagement' | 'acquisition' | 'conversion' | 'loyalty' | 'eReputation'`. */
export type ObjectiveType = (typeof OBJECTIVE_TYPES)[number];
