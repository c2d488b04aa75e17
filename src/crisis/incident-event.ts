import * as z from 'zod';
import { InstantSchema, PlatformIdSchema } from '../core/index.js';
import { CrisisLevelSchema } from './crisis-level.js';
import { CrisisTypeSchema } from './crisis-type.js';

const Text = z.string().min(1);
const Actor = z.string().min(1).max(256);
const event = <T extends string, P extends z.ZodType>(type: T, payload: P) => z.object({ at: InstantSchema, actor: Actor, type: z.literal(type), payload }).strict();

/**
 * One event of an incident log: `at` (an instant), `actor` (who), `type`
 * and its `payload`:
 * - `detected` `{ summary? }`: the first signal (a spike episode, a post);
 * - `triaged` `{ level, crisisType? }`: the level 1–4 given (acknowledges the incident);
 * - `escalated` `{ level, to }`: a new level, and who was told;
 * - `statementPublished` `{ text, platforms }`: a public statement;
 * - `update` `{ text }`: a public update;
 * - `monitoring` `{ note? }`: the response is out, the team watches;
 * - `resolved` `{ summary? }`; `reviewed` `{ summary? }` (the post-mortem is done);
 * - `note` `{ text }`: anything for the record.
 *
 * @example
 * IncidentEventSchema.parse({ at: '2027-03-10T07:40:00Z', actor: 'Camille', type: 'triaged', payload: { level: 2 } }).payload; // { level: 2 }
 */
export const IncidentEventSchema = z.discriminatedUnion('type', [
  event('detected', z.object({ summary: Text.optional() }).strict()),
  event('triaged', z.object({ level: CrisisLevelSchema, crisisType: CrisisTypeSchema.optional() }).strict()),
  event('escalated', z.object({ level: CrisisLevelSchema, to: z.array(z.string().min(1).max(200)).min(1) }).strict()),
  event('statementPublished', z.object({ text: Text, platforms: z.array(PlatformIdSchema).min(1) }).strict()),
  event('update', z.object({ text: Text }).strict()),
  event('monitoring', z.object({ note: Text.optional() }).strict()),
  event('resolved', z.object({ summary: Text.optional() }).strict()),
  event('reviewed', z.object({ summary: Text.optional() }).strict()),
  event('note', z.object({ text: Text }).strict()),
]);

/** An incident event (see {@link IncidentEventSchema}). */
export type IncidentEvent = z.output<typeof IncidentEventSchema>;

/** An incident event as accepted on input (instants as ISO strings or `Date`s). */
export type IncidentEventInput = z.input<typeof IncidentEventSchema>;

/** An incident event type. */
export type IncidentEventType = IncidentEvent['type'];

/**
 * An incident log: an optional `id` and the events, in the order appended.
 *
 * @example
 * IncidentLogSchema.parse({ id: 'galette-2027', events: [] }).events; // []
 */
export const IncidentLogSchema = z.object({ id: z.string().min(1).max(200).optional(), events: z.array(IncidentEventSchema).max(100_000) }).strict();

/** An incident log (see {@link IncidentLogSchema}). */
export type IncidentLog = z.output<typeof IncidentLogSchema>;

/** An incident log as accepted on input (as read back from JSON). */
export type IncidentLogInput = z.input<typeof IncidentLogSchema>;
