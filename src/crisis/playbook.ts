import * as z from 'zod';
import { parseWithSchema } from '../core/internal.js';
import { CrisisLevelSchema } from './crisis-level.js';
import { brokenStatementRules } from './statement-rules.js';

/**
 * The roles of a crisis cell: incident lead (decides), communications lead
 * (speaks), scribe (keeps the log), legal, community manager (answers on
 * the platforms) and executive sponsor.
 *
 * @example
 * CRISIS_ROLES[0]; // 'incidentLead'
 */
export const CRISIS_ROLES = Object.freeze(['incidentLead', 'communicationsLead', 'scribe', 'legal', 'communityManager', 'executiveSponsor'] as const);

/** A crisis role id (see {@link CRISIS_ROLES}). */
export type CrisisRole = (typeof CRISIS_ROLES)[number];

const People = z.array(z.string().min(1).max(200)).min(1).max(50);

/**
 * The phases of an incident, each with its checklist in a playbook.
 *
 * @example
 * INCIDENT_PHASES.length; // 6
 */
export const INCIDENT_PHASES = Object.freeze(['detected', 'triaged', 'responding', 'monitoring', 'resolved', 'reviewed'] as const);

/** An incident phase (a state of the incident lifecycle). */
export type IncidentPhase = (typeof INCIDENT_PHASES)[number];

/**
 * A holding-statement template: `{placeholder}` fields filled by
 * {@link renderStatement}; no speculation and no blame
 * ({@link STATEMENT_RULES}).
 *
 * @example
 * HoldingStatementSchema.parse({ id: 'first', language: 'fr', text: 'Nous savons que {confirmedFacts}.' }).id; // 'first'
 */
export const HoldingStatementSchema = z
  .object({
    id: z.string().min(1).max(100),
    language: z.string().min(2).max(35),
    text: z.string().min(1).max(5000),
  })
  .strict()
  .superRefine((t, ctx) => {
    for (const rule of brokenStatementRules(t.text)) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: `the template contains ${rule.kind} ("${rule.phrase}"): a holding statement says what is confirmed and neither guesses nor blames` });
    }
  });

/**
 * One level's escalation: who is told and the service levels, in minutes
 * from detection (acknowledge, first public response) and between public
 * updates.
 *
 * @example
 * EscalationRuleSchema.parse({ level: 1, notify: ['incidentLead'], acknowledgeMinutes: 15, firstResponseMinutes: 60, updateEveryMinutes: 120 }).level; // 1
 */
export const EscalationRuleSchema = z
  .object({
    level: CrisisLevelSchema,
    notify: z.array(z.enum(CRISIS_ROLES)).min(1),
    acknowledgeMinutes: z.number().int().positive().max(525_600),
    firstResponseMinutes: z.number().int().positive().max(525_600),
    updateEveryMinutes: z.number().int().positive().max(525_600),
  })
  .strict();

/**
 * A crisis playbook: the people in each role (an incident lead and a
 * communications lead at least), the escalation of each level 1 to 4 (each
 * exactly once), a checklist per phase and the holding-statement templates.
 *
 * @example
 * const playbook = PlaybookSchema.parse({ name: 'Boulangerie Martin', roles: { incidentLead: ['Camille'], communicationsLead: ['Inès'] },
 *   escalation: [1, 2, 3, 4].map((level) => ({ level, notify: ['incidentLead'], acknowledgeMinutes: 15 * level, firstResponseMinutes: 60 * level, updateEveryMinutes: 120 * level })),
 *   checklists: { detected: ['Capture the first posts'] }, templates: [] });
 * playbook.escalation[1].firstResponseMinutes; // 120
 */
export const PlaybookSchema = z
  .object({
    name: z.string().min(1).max(200),
    roles: z
      .object({
        incidentLead: People,
        communicationsLead: People,
        scribe: People.optional(),
        legal: People.optional(),
        communityManager: People.optional(),
        executiveSponsor: People.optional(),
      })
      .strict(),
    escalation: z.array(EscalationRuleSchema).length(4),
    checklists: z.partialRecord(z.enum(INCIDENT_PHASES), z.array(z.string().min(1).max(1000)).max(100)).default({}),
    templates: z.array(HoldingStatementSchema).max(100).default([]),
  })
  .strict()
  .superRefine((p, ctx) => {
    for (const level of [1, 2, 3, 4] as const) {
      if (!p.escalation.some((e) => e.level === level)) ctx.addIssue({ code: 'custom', path: ['escalation'], message: `escalation has no rule for level ${level}: give each level 1 to 4 exactly once` });
    }
    const ids = new Set<string>();
    p.templates.forEach((t, i) => {
      if (ids.has(t.id)) ctx.addIssue({ code: 'custom', path: ['templates', i, 'id'], message: `template id '${t.id}' is used twice` });
      ids.add(t.id);
    });
  });

/** A crisis playbook (see {@link PlaybookSchema}). */
export type Playbook = z.output<typeof PlaybookSchema>;

/** A crisis playbook as accepted on input (see {@link PlaybookSchema}). */
export type PlaybookInput = z.input<typeof PlaybookSchema>;

/** A holding-statement template (see {@link HoldingStatementSchema}). */
export type HoldingStatement = z.output<typeof HoldingStatementSchema>;

/** One level's escalation (see {@link EscalationRuleSchema}). */
export type EscalationRule = z.output<typeof EscalationRuleSchema>;

/**
 * Parses a playbook with {@link PlaybookSchema}.
 *
 * @param value - the candidate playbook
 * @returns the playbook
 * @throws {ValidationError} listing every problem with its path
 * @example
 * parsePlaybook({ name: 'x' }); // throws ValidationError
 */
export function parsePlaybook(value: unknown): Playbook {
  return parseWithSchema(PlaybookSchema, value, { name: 'playbook' });
}
