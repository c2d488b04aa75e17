/**
 * Internal helpers on personas' platform weights (not exported from the module's index).
 *
 * @module
 */
import { type PlatformId } from '../core/index.js';
import { arrayArgument, describeValue, invalid, platformId } from '../core/internal.js';

/**
 * Checks a list of distinct platform ids.
 *
 * @param value - the candidate list
 * @param path - the field it came from
 * @returns the ids
 * @throws {ValidationError} `invalidType`, `invalidPlatform`, `duplicatePlatform`
 */
export function platformList(value: unknown, path: string): PlatformId[] {
  const list = arrayArgument(value, path);
  const out: PlatformId[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const id = platformId(list[i], [path, i]);
    if (out.includes(id)) throw invalid('duplicatePlatform', `${path}[${i}]: ${describeValue(id)} is listed twice`, [path, i]);
    out.push(id);
  }
  return out;
}

/**
 * The share of each platform in a persona's platform weights (empty when they are all 0).
 *
 * @param uses - the persona's platforms with their weights
 * @returns platform → share, the shares summing to 1
 */
export function platformShares(uses: readonly { platform: PlatformId; weight: number }[]): Map<PlatformId, number> {
  const shares = new Map<PlatformId, number>();
  let total = 0;
  let max = 0;
  for (const use of uses) {
    total += use.weight;
    max = Math.max(max, use.weight);
  }
  if (max === 0) return shares;
  // Scale by the largest weight only when the plain sum overflows.
  const scale = Number.isFinite(total) ? 1 : max;
  if (scale !== 1) {
    total = 0;
    for (const use of uses) total += use.weight / scale;
  }
  for (const use of uses) shares.set(use.platform, use.weight / scale / total);
  return shares;
}
