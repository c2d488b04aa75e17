import * as z from 'zod';
import { deepFreeze } from '../core/internal.js';

/**
 * The actions that move a post through the approval workflow.
 *
 * @example
 * WORKFLOW_ACTIONS.length; // 8
 */
export const WORKFLOW_ACTIONS = /* @__PURE__ */ deepFreeze(['submit', 'approve', 'requestChanges', 'schedule', 'publish', 'fail', 'pause', 'resume'] as const);

/**
 * An action of the approval workflow (see {@link WORKFLOW_ACTIONS}).
 *
 * @example
 * WorkflowActionSchema.parse('approve'); // 'approve'
 */
export const WorkflowActionSchema = z.enum(WORKFLOW_ACTIONS);

/** A workflow action: `'submit'`, `'approve'`, `'requestChanges'`, `'schedule'`, `'publish'`, `'fail'`, `'pause'` or `'resume'`. */
export type WorkflowAction = z.output<typeof WorkflowActionSchema>;
