import * as z from 'zod';
import { ObjectiveTypeSchema, OBSERVANCE_CATEGORIES, ObservanceCategorySchema, PLATFORM_IDS, PlatformIdSchema, POST_FORMATS, PostFormatSchema } from '../core/index.js';
import { parseWithSchema } from '../core/internal.js';
import { LanguageTagSchema } from './language-tag.js';
import { CONTENT_ROLES, expandMixPreset, mixPresets, MixPresetSchema, PILLAR_ID } from './mix-preset.js';

const SHARE_TOLERANCE = 1e-6;

/**
 * A content pillar (*pilier éditorial*): a theme the brand posts about, with
 * its target share of the mix (or none, when the line uses a mix preset),
 * its role for the presets, and the personas and objective types it serves.
 * The id is camelCase (`'savoirFaire'`).
 *
 * @example
 * ContentPillarSchema.parse({ id: 'savoirFaire', name: 'Savoir-faire', targetShare: 0.4 }).role; // 'original'
 */
export const ContentPillarSchema = z.object({
  id: z.string().regex(PILLAR_ID, "Expected a camelCase id such as 'savoirFaire'"),
  name: z.string().trim().min(1),
  description: z.string().optional(),
  targetShare: z.number().min(0).max(1).optional(),
  role: z.enum(CONTENT_ROLES).default('original'),
  personas: z.array(z.string().min(1)).default([]),
  objectives: z.array(ObjectiveTypeSchema).default([]),
});

/** A content pillar (see {@link ContentPillarSchema}). */
export type ContentPillar = z.output<typeof ContentPillarSchema>;

/** A content pillar as accepted on input. */
export type ContentPillarInput = z.input<typeof ContentPillarSchema>;

/** The longest forbidden term or brand spelling, in UTF-16 code units (a term is a word or a phrase, not a text). */
const MAX_TERM_LENGTH = 200;

const TermSchema = z
  .string()
  .trim()
  .min(1)
  .superRefine((term, ctx) => {
    if (term.length > MAX_TERM_LENGTH) {
      ctx.addIssue({ code: 'custom', message: `A term is at most ${MAX_TERM_LENGTH} characters (a word or a phrase); this one has ${term.length}`, input: term, params: { code: 'termTooLong' } });
    }
  });

/**
 * The tone of voice: descriptors and do / don't lists (for people), and the
 * rules {@link checkPost} enforces: forbidden terms (matched whole-word,
 * ignoring case and accents), required spellings of the brand (each term at
 * most 200 characters: `termTooLong`), the most
 * emoji and exclamation marks per post, the largest share of capital
 * letters, and the French form of address (`'tu'` or `'vous'`).
 *
 * @example
 * ToneOfVoiceSchema.parse({ forbiddenTerms: ['pas cher'], brandSpellings: ['SocialKit'], formality: 'vous' }).descriptors; // []
 */
export const ToneOfVoiceSchema = z.object({
  descriptors: z.array(z.string().trim().min(1)).default([]),
  do: z.array(z.string().trim().min(1)).default([]),
  dont: z.array(z.string().trim().min(1)).default([]),
  forbiddenTerms: z.array(TermSchema).default([]),
  brandSpellings: z.array(TermSchema).default([]),
  maxEmojiPerPost: z.number().int().min(0).optional(),
  maxExclamationsPerPost: z.number().int().min(0).optional(),
  maxUppercaseRatio: z.number().min(0).max(1).optional(),
  formality: z.enum(['tu', 'vous']).optional(),
});

/** A tone of voice (see {@link ToneOfVoiceSchema}). */
export type ToneOfVoice = z.output<typeof ToneOfVoiceSchema>;

/** A tone of voice as accepted on input. */
export type ToneOfVoiceInput = z.input<typeof ToneOfVoiceSchema>;

const HashtagSchema = z.string().regex(/^[#＃]?[^\s#＃]+$/, "Expected a hashtag such as '#SocialKit'");

/**
 * The hashtag policy: the brand's own hashtags (kept first when a post has
 * too many), the most hashtags per post on every platform (`max`) and per
 * platform (`maxPerPlatform`, which wins). The platform's own cap (5 on
 * Instagram, 1 on Threads) applies as well; the lower one wins.
 *
 * @example
 * HashtagPolicySchema.parse({ branded: ['#SocialKit'], maxPerPlatform: { linkedin: 3 } }).max; // undefined
 */
export const HashtagPolicySchema = z.object({
  branded: z.array(HashtagSchema).default([]),
  max: z.number().int().min(0).optional(),
  maxPerPlatform: z.partialRecord(PlatformIdSchema, z.number().int().min(0)).default({}),
});

/** A hashtag policy (see {@link HashtagPolicySchema}). */
export type HashtagPolicy = z.output<typeof HashtagPolicySchema>;

/** A hashtag policy as accepted on input. */
export type HashtagPolicyInput = z.input<typeof HashtagPolicySchema>;

/**
 * An editorial line (*ligne éditoriale*): the content pillars and the mix
 * they should form (each pillar's `targetShare`, summing to 1, or a
 * `mixPreset` that sets them), the tone of voice, the hashtag policy, the
 * formats allowed and the posting frequency per platform and per week, an
 * optional target share per format, the languages the brand posts in, and
 * optionally the pillar each category of observance (*marronnier*) goes to
 * (`categoryPillars`, e.g. `{ commercial: 'offres' }`; each must be a pillar
 * of the line), which the calendar's planner follows.
 *
 * @example
 * EditorialLineSchema.parse({ name: 'Boulangerie Dupain', languages: ['fr'], mixPreset: 'eightyTwenty',
 *   pillars: [{ id: 'savoirFaire', name: 'Savoir-faire' }, { id: 'offres', name: 'Offres', role: 'promotional' }] }).pillars.length; // 2
 */
export const EditorialLineSchema = z
  .object({
    name: z.string().trim().min(1),
    pillars: z.array(ContentPillarSchema).min(1),
    mixPreset: MixPresetSchema.optional(),
    tone: ToneOfVoiceSchema.prefault({}),
    hashtags: HashtagPolicySchema.prefault({}),
    formatsByPlatform: z.partialRecord(PlatformIdSchema, z.array(PostFormatSchema).min(1)).default({}),
    frequencyPerWeek: z.partialRecord(PlatformIdSchema, z.number().min(0).max(10_000)).default({}),
    formatTargets: z.partialRecord(PostFormatSchema, z.number().min(0).max(1)).optional(),
    languages: z.array(LanguageTagSchema).min(1),
    categoryPillars: z.partialRecord(ObservanceCategorySchema, z.string()).optional(),
  })
  .superRefine((line, ctx) => {
    const seen = new Set<string>();
    line.pillars.forEach((pillar, i) => {
      if (seen.has(pillar.id)) ctx.addIssue({ code: 'custom', message: `Pillar id '${pillar.id}' is used twice`, path: ['pillars', i, 'id'] , params: { code: 'duplicate' } });
      seen.add(pillar.id);
    });
    if (line.mixPreset !== undefined) {
      line.pillars.forEach((pillar, i) => {
        if (pillar.targetShare !== undefined) {
          ctx.addIssue({ code: 'custom', message: `Give either mixPreset or each pillar's targetShare, not both (pillar '${pillar.id}')`, path: ['pillars', i, 'targetShare'] });
        }
      });
      for (const bucket of mixPresets[line.mixPreset]) {
        if (!line.pillars.some((p) => bucket.roles.includes(p.role))) {
          ctx.addIssue({
            code: 'custom',
            message: `The ${line.mixPreset} mix needs a pillar with role ${bucket.roles.join(' or ')}`,
            path: ['mixPreset'],
          });
        }
      }
    } else {
      let sum = 0;
      line.pillars.forEach((pillar, i) => {
        if (pillar.targetShare === undefined) {
          ctx.addIssue({ code: 'custom', message: `Pillar '${pillar.id}' needs a targetShare (or give the line a mixPreset)`, path: ['pillars', i, 'targetShare'] });
        } else sum += pillar.targetShare;
      });
      if (line.pillars.every((p) => p.targetShare !== undefined) && Math.abs(sum - 1) > SHARE_TOLERANCE) {
        ctx.addIssue({ code: 'custom', message: `The pillars' target shares add up to ${sum}, not 1`, path: ['pillars'] });
      }
    }
    if (line.categoryPillars !== undefined) {
      for (const category of OBSERVANCE_CATEGORIES) {
        const pillar = line.categoryPillars[category];
        if (pillar !== undefined && !seen.has(pillar)) {
          ctx.addIssue({ code: 'custom', message: `categoryPillars.${category} names '${pillar}', which is not a pillar of the line (${[...seen].join(', ')})`, path: ['categoryPillars', category] });
        }
      }
    }
    if (line.formatTargets !== undefined) {
      let sum = 0;
      for (const format of POST_FORMATS) sum += line.formatTargets[format] ?? 0;
      if (Math.abs(sum - 1) > SHARE_TOLERANCE) ctx.addIssue({ code: 'custom', message: `The format target shares add up to ${sum}, not 1`, path: ['formatTargets'] });
    }
  });

/** An editorial line (see {@link EditorialLineSchema}). */
export type EditorialLine = z.output<typeof EditorialLineSchema>;

/** An editorial line as accepted on input. */
export type EditorialLineInput = z.input<typeof EditorialLineSchema>;

/**
 * The target share of each pillar of a parsed editorial line: the pillars'
 * own `targetShare`, or the expansion of the line's `mixPreset`
 * ({@link expandMixPreset}). The public, parsing form is `targetShares`.
 *
 * @param line - a parsed editorial line
 * @returns the target share per pillar id, summing to 1
 */
export function pillarShares(line: EditorialLine): Record<string, number> {
  if (line.mixPreset !== undefined) return expandMixPreset(line.mixPreset, line.pillars);
  const shares: Record<string, number> = {};
  for (const pillar of line.pillars) shares[pillar.id] = pillar.targetShare ?? 0;
  return shares;
}

/**
 * The target share of each platform in the posting frequency (its posts
 * per week over all posts per week), or an empty record when the line sets
 * no frequency.
 *
 * @param line - a parsed editorial line
 * @returns the share per platform id
 */
export function platformShares(line: EditorialLine): Partial<Record<(typeof PLATFORM_IDS)[number], number>> {
  let total = 0;
  for (const id of PLATFORM_IDS) total += line.frequencyPerWeek[id] ?? 0;
  const shares: Partial<Record<(typeof PLATFORM_IDS)[number], number>> = {};
  if (total <= 0) return shares;
  for (const id of PLATFORM_IDS) {
    const f = line.frequencyPerWeek[id];
    if (f !== undefined) shares[id] = f / total;
  }
  return shares;
}

/**
 * Parses a content pillar with {@link ContentPillarSchema}, throwing a `ValidationError` (never a
 * raw `ZodError`) that lists every problem (up to 100), each with its path
 * and a socialkit issue code.
 *
 * @param value - the candidate content pillar
 * @returns the parsed content pillar (a new value: the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parseContentPillar(null); // throws ValidationError: content pillar must be an object
 */
export function parseContentPillar(value: unknown): ContentPillar {
  return parseWithSchema(ContentPillarSchema, value, { name: 'content pillar' });
}

/**
 * Parses an editorial line with {@link EditorialLineSchema}, throwing a `ValidationError` (never a
 * raw `ZodError`) that lists every problem (up to 100), each with its path
 * and a socialkit issue code.
 *
 * @param value - the candidate editorial line
 * @returns the parsed editorial line (a new value: the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parseEditorialLine(null); // throws ValidationError: editorial line must be an object
 */
export function parseEditorialLine(value: unknown): EditorialLine {
  return parseWithSchema(EditorialLineSchema, value, { name: 'editorial line' });
}

/**
 * Parses a hashtag policy with {@link HashtagPolicySchema}, throwing a `ValidationError` (never a
 * raw `ZodError`) that lists every problem (up to 100), each with its path
 * and a socialkit issue code.
 *
 * @param value - the candidate hashtag policy
 * @returns the parsed hashtag policy (a new value: the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parseHashtagPolicy(null); // throws ValidationError: hashtag policy must be an object
 */
export function parseHashtagPolicy(value: unknown): HashtagPolicy {
  return parseWithSchema(HashtagPolicySchema, value, { name: 'hashtag policy' });
}

/**
 * Parses a tone of voice with {@link ToneOfVoiceSchema}, throwing a `ValidationError` (never a
 * raw `ZodError`) that lists every problem (up to 100), each with its path
 * and a socialkit issue code.
 *
 * @param value - the candidate tone of voice
 * @returns the parsed tone of voice (a new value: the input is not mutated)
 * @throws {ValidationError} with every problem found
 * @example
 * parseToneOfVoice(null); // throws ValidationError: tone of voice must be an object
 */
export function parseToneOfVoice(value: unknown): ToneOfVoice {
  return parseWithSchema(ToneOfVoiceSchema, value, { name: 'tone of voice' });
}
