import * as z from 'zod';
import { PlatformIdSchema, PostFormatSchema, TimeZoneSchema } from '../core/index.js';
import { deepFreeze, parseWithSchema } from '../core/internal.js';
import { ActivityMatrixSchema } from './activity-matrix-schema.js';

/**
 * The markets a persona belongs to: `'b2b'` (a professional buyer) or `'b2c'` (a consumer).
 *
 * @example
 * PERSONA_MARKETS; // ['b2b', 'b2c']
 */
export const PERSONA_MARKETS = /* @__PURE__ */ deepFreeze(['b2b', 'b2c'] as const);

/** A persona's market: `'b2b'` or `'b2c'`. */
export type PersonaMarket = (typeof PERSONA_MARKETS)[number];

const text = (max: number) => z.string().min(1, 'Must not be empty').max(max, `Must be at most ${max} characters`);
const textList = z.array(text(500)).max(1000).default([]);

// ISO 3166-1 alpha-2: two capital letters. 'UK' and 'EL' are common mistakes for 'GB' and 'GR'.
// The pattern is anchored and fixed-length, so it fails in constant time on any input.
const CountrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 country code in capitals, such as FR or GB')
  .refine((v) => v !== 'UK', { message: "Use 'GB' for the United Kingdom (ISO 3166-1 alpha-2)", params: { code: 'invalidCountry' } })
  .refine((v) => v !== 'EL', { message: "Use 'GR' for Greece (ISO 3166-1 alpha-2)", params: { code: 'invalidCountry' } });

function canonicalLanguage(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical ?? null;
  } catch {
    return null;
  }
}

// A BCP 47 language tag, returned in its canonical form ('fr-fr' → 'fr-FR').
const LanguageSchema = z
  .string()
  .max(35, 'A BCP 47 language tag is at most 35 characters')
  .transform((tag, ctx) => {
    const canonical = canonicalLanguage(tag);
    if (canonical === null) {
      ctx.addIssue({ code: 'custom', message: `Expected a BCP 47 language tag such as 'fr' or 'fr-FR'`, input: tag , params: { code: 'invalidLocale' } });
      return z.NEVER;
    }
    return canonical;
  });

const LocationSchema = z.strictObject({
  /** ISO 3166-1 alpha-2 country code. */
  country: CountrySchema,
  /** A region, state or département, in the caller's words. */
  region: text(200).optional(),
  /** A city. */
  city: text(200).optional(),
});

const AgeRangeSchema = z
  .strictObject({
    min: z.number().int().min(0).max(150),
    max: z.number().int().min(0).max(150),
  })
  .refine((r) => r.min <= r.max, { message: 'ageRange.min must not be above ageRange.max', path: ['max'] });

const PlatformUseSchema = z.strictObject({
  platform: PlatformIdSchema,
  /** How much the persona uses the platform, in any unit (shares, hours a week): only proportions between platforms matter. */
  weight: z.number().min(0, 'A platform weight must not be negative'),
});

/**
 * A persona: a portrait of someone the brand speaks to, with where and when
 * they can be reached.
 *
 * - `id`, `name`, `description`; `market` (`'b2b'` or `'b2c'`); `ageRange`
 *   (`{ min, max }`, whole years, optional);
 * - `locations` (`{ country, region?, city? }`, ISO 3166-1 alpha-2),
 *   `languages` (BCP 47, canonicalized: `'fr-fr'` becomes `'fr-FR'`);
 * - `goals`, `painPoints`, `objections`, `interests` (free text);
 * - `platforms`: the platforms used, each once, with a `weight` (any unit;
 *   only the proportions matter: `{ instagram: 3, facebook: 1 }` means 75 % / 25 %);
 * - `preferredFormats` (post formats);
 * - `timeZone` (IANA) and `activity`, the weekly 7 × 24 activity profile in
 *   that zone (row 0 is Monday, column 0 is 00:00–01:00 local).
 *
 * Unknown keys are refused, so a typo (`painpoints`) is an error rather than
 * lost data. Lists default to empty.
 *
 * @example
 * const p = PersonaSchema.parse({
 *   id: 'claire', name: 'Claire, young professional', market: 'b2c',
 *   platforms: [{ platform: 'instagram', weight: 3 }], timeZone: 'Europe/Paris',
 *   activity: buildActivityMatrix([{ weekdays: ['mon'], fromHour: 7, toHour: 9, value: 1 }]),
 * });
 * p.goals; // []
 */
export const PersonaSchema = z
  .strictObject({
    id: text(100),
    name: text(200),
    description: z.string().max(10_000).default(''),
    market: z.enum(PERSONA_MARKETS),
    ageRange: AgeRangeSchema.optional(),
    locations: z.array(LocationSchema).max(1000).default([]),
    languages: z.array(LanguageSchema).max(100).default([]),
    goals: textList,
    painPoints: textList,
    objections: textList,
    interests: textList,
    platforms: z.array(PlatformUseSchema).max(100),
    preferredFormats: z.array(PostFormatSchema).max(100).default([]),
    timeZone: TimeZoneSchema,
    activity: ActivityMatrixSchema,
  })
  .superRefine((persona, ctx) => {
    const seen = new Set<string>();
    for (let i = 0; i < persona.platforms.length; i += 1) {
      const id = (persona.platforms[i] as { platform: string }).platform;
      if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `Platform '${id}' is listed twice`, path: ['platforms', i, 'platform'] , params: { code: 'duplicate' } });
      seen.add(id);
    }
  });

/** A persona (see {@link PersonaSchema}). */
export type Persona = z.output<typeof PersonaSchema>;

/** A persona as accepted on input (see {@link PersonaSchema}). */
export type PersonaInput = z.input<typeof PersonaSchema>;

/**
 * Parses a persona with {@link PersonaSchema}, throwing a `ValidationError` (never a
 * raw `ZodError`) that lists every problem (up to 100), each with its path
 * and a socialkit issue code.
 *
 * @param value - the candidate persona
 * @returns the parsed persona (a new value: the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parsePersona(null); // throws ValidationError: persona must be an object
 */
export function parsePersona(value: unknown): Persona {
  return parseWithSchema(PersonaSchema, value, { name: 'persona' });
}
