import { type PlatformId } from '../core/index.js';
import { parseWithSchema } from '../core/internal.js';
import { platformList, platformShares } from './platform-shares.js';
import { type PersonaInput, PersonaSchema } from './persona.js';

/** How well one platform reaches a persona. */
export interface PlatformFit {
  /** The platform. */
  platform: PlatformId;
  /**
   * The persona's share of use of this platform: its weight on the platform
   * divided by the sum of its platform weights, from 0 (not used) to 1 (the only one used).
   */
  score: number;
  /** Whether the platform reaches the persona at all (`score > 0`). */
  reaches: boolean;
}

/**
 * Scores which of the given platforms reach a persona, and how much.
 *
 * The rule: `score = weight(platform) / Σ weight(all the persona's platforms)`
 * (0 for a platform the persona does not use, and for every platform when all
 * its weights are 0). The result lists every given platform, best first; ties
 * keep the order of `platforms`.
 *
 * @param persona - the persona (parsed with {@link PersonaSchema})
 * @param platforms - the platform ids to score, each once
 * @returns one fit per platform, best first
 * @throws {ValidationError} for a bad persona, a bad platform id, or a platform listed twice (`duplicatePlatform`)
 * @example
 * const lea = { id: 'lea', name: 'Léa', market: 'b2c', timeZone: 'Europe/Paris',
 *   activity: buildActivityMatrix([]),
 *   platforms: [{ platform: 'instagram', weight: 3 }, { platform: 'facebook', weight: 1 }] };
 * personaPlatformFit(lea, ['facebook', 'instagram', 'linkedin']);
 * // [{ platform: 'instagram', score: 0.75, reaches: true }, { platform: 'facebook', score: 0.25, reaches: true },
 * //  { platform: 'linkedin', score: 0, reaches: false }]
 */
export function personaPlatformFit(persona: PersonaInput, platforms: readonly PlatformId[]): PlatformFit[] {
  const p = parseWithSchema(PersonaSchema, persona, { name: 'persona', path: ['persona'] });
  const ids = platformList(platforms, 'platforms');
  const shares = platformShares(p.platforms);
  const fits = ids.map((platform) => {
    const score = shares.get(platform) ?? 0;
    return { platform, score, reaches: score > 0 };
  });
  // Array.prototype.sort is stable: ties keep the input order.
  return fits.sort((a, b) => b.score - a.score);
}
