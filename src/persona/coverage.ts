import { type PlatformId } from '../core/index.js';
import { arrayArgument, finiteNumber, formatPath, invalid, parseWithSchema, readOptions } from '../core/internal.js';
import { type PersonaInput, PersonaSchema } from './persona.js';
import { platformList, platformShares } from './platform-shares.js';

/** How the chosen platforms reach one persona. */
export interface PersonaCoverage {
  /** The persona's id. */
  personaId: string;
  /** The chosen platforms that reach it, best first (ties in the order of `platforms`). */
  reachedBy: PlatformId[];
  /** The persona's share of use that those platforms cover together, from 0 to 1. */
  share: number;
}

/** The result of {@link coverage}. */
export interface Coverage {
  /** One entry per persona, in input order. */
  personas: PersonaCoverage[];
  /** The ids of the personas no chosen platform reaches, in input order. */
  uncovered: string[];
}

/** Options of {@link coverage}. */
export interface CoverageOptions {
  /**
   * The smallest share of a persona's use for a platform to count as reaching
   * it (a fraction from 0 to 1; default 0, so every use above 0 counts).
   */
  minShare?: number;
}

/**
 * Says which personas the chosen platforms reach, and which they do not.
 *
 * The rule: a platform reaches a persona when the persona's share of use of it
 * (its weight on the platform over the sum of its platform weights, as in
 * {@link personaPlatformFit}) is above 0 and at least `minShare`. A persona
 * no chosen platform reaches is listed in `uncovered`.
 *
 * @param personas - the personas (each parsed with {@link PersonaSchema}; ids unique)
 * @param platforms - the chosen platform ids, each once
 * @param options - `minShare` (default 0)
 * @returns each persona's coverage and the uncovered persona ids
 * @throws {ValidationError} for a bad persona, a duplicate persona id (`duplicatePersona`), a bad or repeated
 *   platform id, or a `minShare` outside 0 … 1
 * @example
 * const base = { market: 'b2c', timeZone: 'Europe/Paris', activity: buildActivityMatrix([]) };
 * const personas = [
 *   { ...base, id: 'lea', name: 'Léa', platforms: [{ platform: 'instagram', weight: 3 }, { platform: 'tiktok', weight: 1 }] },
 *   { ...base, id: 'marc', name: 'Marc', platforms: [{ platform: 'linkedin', weight: 1 }] },
 * ];
 * coverage(personas, ['instagram', 'facebook']).uncovered; // ['marc']
 * coverage(personas, ['instagram', 'facebook']).personas[0]; // { personaId: 'lea', reachedBy: ['instagram'], share: 0.75 }
 */
export function coverage(personas: readonly PersonaInput[], platforms: readonly PlatformId[], options: CoverageOptions = {}): Coverage {
  const list = arrayArgument(personas, 'personas');
  const chosen = platformList(platforms, 'platforms');
  const opts = readOptions<CoverageOptions>(options, 'options', ['minShare']);
  const minShare = opts.minShare === undefined ? 0 : finiteNumber(opts.minShare, ['options', 'minShare'], { min: 0, max: 1 });
  const seen = new Set<string>();
  const result: PersonaCoverage[] = [];
  const uncovered: string[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const persona = parseWithSchema(PersonaSchema, list[i], { name: 'persona', path: ['personas', i] });
    if (seen.has(persona.id)) {
      throw invalid('duplicatePersona', `${formatPath(['personas', i, 'id'])}: persona id '${persona.id}' appears twice`, ['personas', i, 'id']);
    }
    seen.add(persona.id);
    const shares = platformShares(persona.platforms);
    const reaching = chosen
      .map((platform) => ({ platform, share: shares.get(platform) ?? 0 }))
      .filter((f) => f.share > 0 && f.share >= minShare)
      .sort((a, b) => b.share - a.share);
    let share = 0;
    for (const f of reaching) share += f.share;
    result.push({ personaId: persona.id, reachedBy: reaching.map((f) => f.platform), share: Math.min(share, 1) });
    if (reaching.length === 0) uncovered.push(persona.id);
  }
  return { personas: result, uncovered };
}
