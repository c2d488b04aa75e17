import * as z from 'zod';
import { LocalDateSchema, ObjectiveTypeSchema, PlatformIdSchema } from '../core/index.js';
import { parseWithSchema } from '../core/internal.js';
import { UtmParametersSchema } from './utm-parameters-schema.js';

const id = z.string().min(1, 'Must not be empty').max(100, 'Must be at most 100 characters');

/**
 * A KPI identifier: a camelCase name (`'engagementRateByReach'`). socialkit's
 * own KPIs are listed in {@link KPI_NAMES}; other names are allowed (your own
 * metrics) and reported as `unknownKpi` findings by the checks.
 */
// The pattern is anchored at both ends with a single character class in between:
// a failing match backtracks at most once per character, so it is linear.
const KpiIdSchema = z
  .string()
  .max(64, 'A KPI name is at most 64 characters')
  .regex(/^[a-z][A-Za-z0-9]*$/, "A KPI name is a camelCase identifier such as 'engagementRateByReach'");

/**
 * A social media objective. Fields a SMART objective needs are optional here
 * so that {@link checkSmart} and {@link validateStrategy} can report what is
 * missing as findings instead of refusing the whole input:
 *
 * - `id`, `type` (an objective type), `statement` (the sentence, in your words);
 * - `kpis`: KPI names; the first is the one `baseline` and `target` are measured in;
 * - `platforms`: the platforms in scope;
 * - `personas`: the ids of the personas targeted;
 * - `baseline`, `target`: numbers in the first KPI's unit (a rate is a fraction, 0.034 for 3.4 %);
 *   a target below the baseline is a goal that goes down (cost per acquisition, response time);
 * - `start`, `deadline`: local dates (`'YYYY-MM-DD'`), the deadline included;
 * - `businessGoal`: the business result the objective serves (the R of SMART);
 * - `tracking.utm`: the UTM parameters of the objective's links (needed for acquisition and conversion).
 *
 * @example
 * ObjectiveSchema.parse({ id: 'o1', type: 'engagement', kpis: ['engagementRateByReach'] }).platforms; // []
 */
export const ObjectiveSchema = z.strictObject({
  id,
  type: ObjectiveTypeSchema,
  statement: z.string().max(2000).optional(),
  kpis: z.array(KpiIdSchema).max(50).default([]),
  platforms: z.array(PlatformIdSchema).max(50).default([]),
  personas: z.array(id).max(1000).default([]),
  baseline: z.number().optional(),
  target: z.number().optional(),
  start: LocalDateSchema.optional(),
  deadline: LocalDateSchema.optional(),
  businessGoal: z.string().max(2000).optional(),
  tracking: z.strictObject({ utm: UtmParametersSchema }).optional(),
});

/** An objective (see {@link ObjectiveSchema}). */
export type Objective = z.output<typeof ObjectiveSchema>;

/** An objective as accepted on input (see {@link ObjectiveSchema}). */
export type ObjectiveInput = z.input<typeof ObjectiveSchema>;

/**
 * Parses an objective with {@link ObjectiveSchema}, throwing a `ValidationError` (never a
 * raw `ZodError`) that lists every problem (up to 100), each with its path
 * and a socialkit issue code.
 *
 * @param value - the candidate objective
 * @returns the parsed objective (a new value: the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parseObjective(null); // throws ValidationError: objective must be an object
 */
export function parseObjective(value: unknown): Objective {
  return parseWithSchema(ObjectiveSchema, value, { name: 'objective' });
}
