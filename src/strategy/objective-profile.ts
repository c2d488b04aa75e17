import { OBJECTIVE_TYPES, type ObjectiveType, type PathInput } from '../core/index.js';
import { deepFreeze, describeValue, invalid, pathArgument } from '../core/internal.js';

/**
 * The stages of the marketing funnel, top to bottom: `'awareness'` (being
 * known), `'consideration'` (being engaged with, visited), `'conversion'`
 * (being bought), `'retention'` (being bought again, kept) and `'advocacy'`
 * (being recommended and defended).
 *
 * @example
 * FUNNEL_STAGES[0]; // 'awareness'
 */
export const FUNNEL_STAGES = /* @__PURE__ */ deepFreeze(['awareness', 'consideration', 'conversion', 'retention', 'advocacy'] as const);

/** A funnel stage (see {@link FUNNEL_STAGES}). */
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/**
 * The two professional lenses on social media that the source articles
 * oppose: the community manager's and the social media manager's.
 *
 * @example
 * LENSES; // ['communityManager', 'socialMediaManager']
 */
export const LENSES = /* @__PURE__ */ deepFreeze(['communityManager', 'socialMediaManager'] as const);

/** A lens (see {@link LENSES}). */
export type Lens = (typeof LENSES)[number];

/** What a lens measures success by. */
export type LensFocus = 'engagement' | 'retention' | 'acquisition' | 'roi';

/** The time horizon of a lens: `'long'` (months to years) or `'shortToMedium'` (weeks to months). */
export type LensHorizon = 'long' | 'shortToMedium';

/** A lens: what it measures success by, over which horizon, and where the distinction comes from. */
export interface LensProfile {
  /** The lens. */
  lens: Lens;
  /** What it measures success by. */
  focus: readonly LensFocus[];
  /** Its time horizon. */
  horizon: LensHorizon;
  /** One sentence on the lens. */
  summary: string;
  /** Where the distinction is drawn. */
  source: string;
}

const SOURCE =
  "« Social Media Manager : faire du marketing sur les réseaux sociaux » (community manager: engagement, retention, « une vision à long terme » ; social media manager: acquisition, ROI, « à court, voir moyen terme »), in the socialkit domain notes";

/**
 * The two lenses as typed data. The community manager builds and animates a
 * community: engagement and retention, judged over the long term. The social
 * media manager uses social networks for acquisition and sales: acquisition and
 * ROI, judged over the short and medium term.
 *
 * @example
 * lensProfiles.socialMediaManager.focus; // ['acquisition', 'roi']
 * lensProfiles.communityManager.horizon; // 'long'
 */
export const lensProfiles: Readonly<Record<Lens, LensProfile>> = /* @__PURE__ */ deepFreeze({
  communityManager: {
    lens: 'communityManager',
    focus: ['engagement', 'retention'],
    horizon: 'long',
    summary: 'Creates and animates a community around the brand; results show over the long term, through engagement and retention.',
    source: SOURCE,
  },
  socialMediaManager: {
    lens: 'socialMediaManager',
    focus: ['acquisition', 'roi'],
    horizon: 'shortToMedium',
    summary: 'Uses social networks to acquire traffic and sales; judged on cost against gain (ROI) over the short and medium term.',
    source: SOURCE,
  },
});

/** Everything socialkit attaches to an objective type. */
export interface ObjectiveProfile {
  /** The objective type. */
  type: ObjectiveType;
  /** The everyday English word for it (`'awareness'` for `'notoriety'`). */
  alias: string;
  /** Its stage in the funnel. */
  funnelStage: FunnelStage;
  /** The lens that owns it. */
  lens: Lens;
  /** The lens's horizon (the same as `lensProfiles[lens].horizon`). */
  horizon: LensHorizon;
}

function profile(type: ObjectiveType, alias: string, funnelStage: FunnelStage, lens: Lens): ObjectiveProfile {
  return { type, alias, funnelStage, lens, horizon: lensProfiles[lens].horizon };
}

/**
 * Each objective type's funnel stage and lens, as typed data:
 *
 * | type | alias | funnel stage | lens |
 * |---|---|---|---|
 * | notoriety | awareness | awareness | communityManager |
 * | engagement | community | consideration | communityManager |
 * | acquisition | traffic | consideration | socialMediaManager |
 * | conversion | sales | conversion | socialMediaManager |
 * | loyalty | retention | retention | communityManager |
 * | eReputation | care | advocacy | communityManager |
 *
 * @example
 * objectiveProfiles.conversion.lens; // 'socialMediaManager'
 * objectiveProfiles.loyalty.funnelStage; // 'retention'
 */
export const objectiveProfiles: Readonly<Record<ObjectiveType, ObjectiveProfile>> = /* @__PURE__ */ deepFreeze({
  notoriety: profile('notoriety', 'awareness', 'awareness', 'communityManager'),
  engagement: profile('engagement', 'community', 'consideration', 'communityManager'),
  acquisition: profile('acquisition', 'traffic', 'consideration', 'socialMediaManager'),
  conversion: profile('conversion', 'sales', 'conversion', 'socialMediaManager'),
  loyalty: profile('loyalty', 'retention', 'retention', 'communityManager'),
  eReputation: profile('eReputation', 'care', 'advocacy', 'communityManager'),
});

/**
 * Checks an objective type.
 *
 * @param value - the candidate
 * @param path - the field it came from
 * @returns the objective type
 * @throws {ValidationError} `invalidObjectiveType`
 * @example
 * objectiveType('loyalty'); // 'loyalty'
 * objectiveType('sales'); // throws ValidationError: use 'conversion'
 */
export function objectiveType(value: unknown, path: PathInput = 'objectiveType'): ObjectiveType {
  if (typeof value === 'string' && (OBJECTIVE_TYPES as readonly string[]).includes(value)) return value as ObjectiveType;
  let hint = '';
  if (typeof value === 'string') {
    for (const type of OBJECTIVE_TYPES) if (objectiveProfiles[type].alias === value) hint = `: use '${type}'`;
  }
  throw invalid('invalidObjectiveType', `The objective type must be one of ${OBJECTIVE_TYPES.join(', ')}, got ${describeValue(value)}${hint}`, pathArgument(path));
}

/**
 * The funnel stage, lens and horizon of an objective type.
 *
 * @param type - the objective type
 * @returns its profile (see {@link objectiveProfiles})
 * @throws {ValidationError} `invalidObjectiveType`
 * @example
 * objectiveProfile('acquisition');
 * // { type: 'acquisition', alias: 'traffic', funnelStage: 'consideration', lens: 'socialMediaManager', horizon: 'shortToMedium' }
 */
export function objectiveProfile(type: ObjectiveType): ObjectiveProfile {
  return { ...objectiveProfiles[objectiveType(type, 'type')] };
}
