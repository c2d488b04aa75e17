import * as z from 'zod';
import { InfeasibleError } from '../core/index.js';
import { describeValue, invalid } from '../core/internal.js';

/**
 * The role a content pillar plays in the mix, which the mix presets split on:
 * `'original'` (your own useful content: tips, behind the scenes, know-how),
 * `'curated'` (content from others you share: press, partners, users),
 * `'conversation'` (interaction: questions, polls, replies, community
 * highlights) and `'promotional'` (offers, products, calls to buy).
 *
 * @example
 * CONTENT_ROLES; // ['original', 'curated', 'conversation', 'promotional']
 */
export const CONTENT_ROLES = Object.freeze(['original', 'curated', 'conversation', 'promotional'] as const);

/** A content role (see {@link CONTENT_ROLES}). */
export type ContentRole = (typeof CONTENT_ROLES)[number];

/**
 * The named content mixes (see {@link mixPresets}).
 *
 * @example
 * MIX_PRESET_NAMES; // ['eightyTwenty', 'fourOneOne', 'ruleOfThirds']
 */
export const MIX_PRESET_NAMES = Object.freeze(['eightyTwenty', 'fourOneOne', 'ruleOfThirds'] as const);

/**
 * A named content mix: `'eightyTwenty'`, `'fourOneOne'` or `'ruleOfThirds'`.
 *
 * @example
 * MixPresetSchema.parse('ruleOfThirds'); // 'ruleOfThirds'
 */
export const MixPresetSchema = z.enum(MIX_PRESET_NAMES);

/** A mix preset name (see {@link MixPresetSchema}). */
export type MixPreset = z.output<typeof MixPresetSchema>;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** One bucket of a mix preset: the roles it gathers and its share of all posts. */
export interface MixBucket {
  /** The roles whose pillars share this bucket. */
  roles: readonly ContentRole[];
  /** The bucket's share of all posts (a fraction). */
  share: number;
}

/**
 * How each preset splits the mix between roles:
 * - `eightyTwenty` (the 80/20 rule): 80 % for `original`, `curated` and
 *   `conversation` pillars, 20 % for `promotional` ones;
 * - `fourOneOne` (the 4-1-1 rule of Andrew Davis and Joe Pulizzi): out of
 *   six posts, four `curated`, one `original` or `conversation`, one `promotional`;
 * - `ruleOfThirds` (Hootsuite's rule of thirds): a third `promotional`, a
 *   third ideas and stories (`original` and `curated`), a third `conversation`.
 *
 * @example
 * mixPresets.fourOneOne[0]; // { roles: ['curated'], share: 4 / 6 }
 */
export const mixPresets: Readonly<Record<MixPreset, readonly Readonly<MixBucket>[]>> = deepFreeze({
  eightyTwenty: [
    { roles: ['original', 'curated', 'conversation'], share: 0.8 },
    { roles: ['promotional'], share: 0.2 },
  ],
  fourOneOne: [
    { roles: ['curated'], share: 4 / 6 },
    { roles: ['original', 'conversation'], share: 1 / 6 },
    { roles: ['promotional'], share: 1 / 6 },
  ],
  ruleOfThirds: [
    { roles: ['promotional'], share: 1 / 3 },
    { roles: ['original', 'curated'], share: 1 / 3 },
    { roles: ['conversation'], share: 1 / 3 },
  ],
});

/** The shape of a pillar id: camelCase (`'savoirFaire'`, `'offers2027'`). */
export const PILLAR_ID = /^[a-z][A-Za-z0-9]*$/;

/** What {@link expandMixPreset} needs of a pillar. */
export interface MixPillar {
  /** The pillar id. */
  id: string;
  /** Its role; `'original'` when left out. */
  role?: ContentRole | undefined;
}

/**
 * Expands a mix preset into a target share per pillar: each bucket of the
 * preset ({@link mixPresets}) is split equally between the pillars whose
 * role it gathers (a pillar without role is `'original'`). Three
 * `promotional`-free pillars under `eightyTwenty` with one promotional
 * pillar get 80 % / 3 each and 20 %.
 *
 * @param preset - the preset name
 * @param pillars - the pillars, with their roles
 * @returns the target share of each pillar id, summing to 1
 * @throws {ValidationError} for an unknown preset, or pillars that are not `{ id, role? }` with camelCase ids
 * @throws {InfeasibleError} when a bucket of the preset has no pillar (`fourOneOne` without a `curated` pillar)
 * @example
 * expandMixPreset('eightyTwenty', [{ id: 'tips' }, { id: 'offers', role: 'promotional' }]); // { tips: 0.8, offers: 0.2 }
 */
export function expandMixPreset(preset: MixPreset, pillars: readonly MixPillar[]): Record<string, number> {
  if (!(MIX_PRESET_NAMES as readonly unknown[]).includes(preset)) {
    throw invalid('invalidPreset', `preset must be one of ${MIX_PRESET_NAMES.join(', ')}, got ${describeValue(preset)}`, 'preset');
  }
  if (!Array.isArray(pillars)) throw invalid('invalidType', `pillars must be an array of { id, role }, got ${describeValue(pillars)}`, 'pillars');
  const checked: { id: string; role: ContentRole }[] = [];
  for (let i = 0; i < pillars.length; i += 1) {
    const pillar: unknown = pillars[i];
    if (typeof pillar !== 'object' || pillar === null) throw invalid('invalidType', `pillars[${i}] must be an object { id, role }`, ['pillars', i]);
    const { id, role } = pillar as { id?: unknown; role?: unknown };
    if (typeof id !== 'string' || !PILLAR_ID.test(id)) {
      throw invalid('invalidId', `pillars[${i}].id must be a camelCase id such as 'savoirFaire', got ${describeValue(id)}`, ['pillars', i, 'id']);
    }
    if (role !== undefined && !(CONTENT_ROLES as readonly unknown[]).includes(role)) {
      throw invalid('invalidRole', `pillars[${i}].role must be one of ${CONTENT_ROLES.join(', ')}, got ${describeValue(role)}`, ['pillars', i, 'role']);
    }
    checked.push({ id, role: (role as ContentRole | undefined) ?? 'original' });
  }
  const buckets = mixPresets[preset];
  const shares: Record<string, number> = {};
  for (const bucket of buckets) {
    const members = checked.filter((p) => bucket.roles.includes(p.role));
    if (members.length === 0) {
      throw new InfeasibleError(
        `The ${preset} mix gives ${Math.round(bucket.share * 1000) / 10} % to ${bucket.roles.join(' or ')} content, but no pillar has that role: add one or set each pillar's targetShare.`,
        { path: ['pillars'], details: { preset, roles: bucket.roles } },
      );
    }
    for (const member of members) shares[member.id] = bucket.share / members.length;
  }
  return shares;
}
