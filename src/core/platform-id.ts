import { describeValue } from './describe-value.js';
import { invalid, type PathInput, formatPath, toPath } from './errors.js';
import { deepFreeze } from './deep-freeze.js';

/**
 * The platforms socialkit knows, as literal ids.
 *
 * @example
 * PLATFORM_IDS[0]; // 'x'
 */
export const PLATFORM_IDS = /* @__PURE__ */ deepFreeze([
  'x',
  'instagram',
  'facebook',
  'linkedin',
  'tiktok',
  'youtube',
  'threads',
  'bluesky',
  'mastodon',
  'pinterest',
] as const);

/** A platform id: `'x'`, `'instagram'`, `'facebook'`, `'linkedin'`, `'tiktok'`, `'youtube'`, `'threads'`, `'bluesky'`, `'mastodon'` or `'pinterest'`. */
export type PlatformId = (typeof PLATFORM_IDS)[number];

/**
 * Tells whether a value is a known platform id.
 *
 * @param value - the candidate id
 * @returns true for `'x'`, `'instagram'`, …
 * @example
 * isPlatformId('bluesky'); // true
 * isPlatformId('twitter'); // false (the id is 'x')
 */
export function isPlatformId(value: unknown): value is PlatformId {
  return typeof value === 'string' && (PLATFORM_IDS as readonly string[]).includes(value);
}

/**
 * Checks a platform id and returns it.
 *
 * @param value - the candidate id
 * @param path - the field it came from
 * @returns the id
 * @throws {ValidationError} `invalidPlatform`, with a hint for common aliases (`twitter` is `x`)
 * @example
 * platformId('linkedin'); // 'linkedin'
 * platformId('twitter'); // throws ValidationError: use 'x'
 */
export function platformId(value: unknown, path: PathInput = 'platform'): PlatformId {
  if (isPlatformId(value)) return value;
  const aliases: Readonly<Record<string, PlatformId>> = { twitter: 'x', ig: 'instagram', fb: 'facebook', bsky: 'bluesky', yt: 'youtube' };
  const lower = typeof value === 'string' ? value.toLowerCase() : undefined;
  const alias = lower === undefined ? undefined : Object.hasOwn(aliases, lower) ? aliases[lower] : isPlatformId(lower) ? lower : undefined;
  const hint = alias === undefined ? '' : `: use '${alias}'`;
  const label = toPath(path).length === 0 ? 'The platform' : formatPath(path);
  throw invalid('invalidPlatform', `${label} must be one of ${PLATFORM_IDS.join(', ')}, got ${describeValue(value)}${hint}`, path);
}
