import * as z from 'zod';
import { PlatformIdSchema } from '../core/index.js';
import { parseWithSchema } from '../core/internal.js';
import { PersonaSchema } from '../persona/index.js';
import { ObjectiveSchema } from './objective.js';

const id = z.string().min(1, 'Must not be empty').max(100, 'Must be at most 100 characters');

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const BrandSchema = z.strictObject({
  /** The brand's name. */
  name: z.string().min(1, 'Must not be empty').max(200),
  /** Its website, an http(s) URL. */
  website: z
    .string()
    .max(2000)
    .refine((v) => isHttpUrl(v), { message: "Expected an http(s) URL such as 'https://example.com'", params: { code: 'invalidUrl' } })
    .optional(),
  /** Its home country, ISO 3166-1 alpha-2 (an anchored, fixed-length pattern: constant time). */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 country code in capitals, such as FR')
    .optional(),
});

const ChosenPlatformSchema = z.strictObject({
  /** The platform. */
  platform: PlatformIdSchema,
  /** What the brand does there (“showcase and behind the scenes”, “customer care”); required by `validateStrategy`. */
  role: z.string().max(1000).optional(),
  /** The ids of the personas this platform serves. */
  personas: z.array(id).max(1000).default([]),
});

/**
 * A social media strategy: who the brand is and how it positions itself,
 * what it wants (objectives), whom it speaks to (personas) and where (the
 * chosen platforms, each with its role and the personas it serves). The
 * editorial line and the media budget live in higher layers and are named
 * here by id:
 *
 * - `brand`: `{ name, website?, country? }`; `positioning`: one paragraph;
 * - `objectives`: see {@link ObjectiveSchema}; `personas`: see {@link PersonaSchema};
 * - `platforms`: `{ platform, role?, personas }[]`;
 * - `editorialLineRef`, `budgetRef`: ids.
 *
 * The schema checks shapes; {@link validateStrategy} checks that the parts
 * fit together.
 *
 * @example
 * StrategySchema.parse({ brand: { name: 'Boulangerie Martin' }, positioning: 'Craft bread, baked at dawn.' }).objectives; // []
 */
export const StrategySchema = z.strictObject({
  id: id.optional(),
  brand: BrandSchema,
  positioning: z.string().max(5000).default(''),
  objectives: z.array(ObjectiveSchema).max(1000).default([]),
  personas: z.array(PersonaSchema).max(1000).default([]),
  platforms: z.array(ChosenPlatformSchema).max(100).default([]),
  editorialLineRef: id.optional(),
  budgetRef: id.optional(),
});

/** A strategy (see {@link StrategySchema}). */
export type Strategy = z.output<typeof StrategySchema>;

/** A strategy as accepted on input (see {@link StrategySchema}). */
export type StrategyInput = z.input<typeof StrategySchema>;

/**
 * Parses a strategy with {@link StrategySchema}, throwing a `ValidationError` (never a
 * raw `ZodError`) that lists every problem (up to 100), each with its path
 * and a socialkit issue code.
 *
 * @param value - the candidate strategy
 * @returns the parsed strategy (a new value: the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parseStrategy(null); // throws ValidationError: strategy must be an object
 */
export function parseStrategy(value: unknown): Strategy {
  return parseWithSchema(StrategySchema, value, { name: 'strategy' });
}
