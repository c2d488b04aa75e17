/**
 * Re-tagging the `utm_source` of a link for another platform, for
 * `adaptPost`. Internal: not exported from the module's index.
 *
 * The query is edited as text, one `&`-separated field at a time, so every
 * other byte of the URL (the other UTM parameters, their percent-encoding,
 * their order, the fragment) stays exactly as written: `URLSearchParams`
 * would re-encode the whole query.
 *
 * @module
 */
import { PLATFORM_IDS, type PlatformId, platforms } from '../core/index.js';

// The values of utm_source that name a platform: its id, its name, and X's former name.
const PLATFORM_SOURCES: ReadonlySet<string> = new Set([...PLATFORM_IDS, ...PLATFORM_IDS.map((id) => platforms[id].name.toLowerCase()), 'twitter']);

// Whether a lower-cased source already names the platform.
function namesPlatform(lower: string, platform: PlatformId): boolean {
  return lower === platform || lower === platforms[platform].name.toLowerCase() || (platform === 'x' && lower === 'twitter');
}

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** One re-tagged link: the URL as it was, as it is now, and the source it named. */
export interface RetaggedUrl {
  /** The URL with `utm_source` set to the target platform's id. */
  url: string;
  /** The former `utm_source` value (decoded). */
  was: string;
}

/**
 * Sets `utm_source` to `target` in a URL whose `utm_source` names another
 * platform (its id or its name, in any case, or `twitter`). Only the value
 * of that field changes; a source that names no platform (`newsletter`, a
 * partner's own tag) is left alone.
 *
 * @param url - a URL (with or without protocol)
 * @param target - the target platform
 * @returns the new URL and the former source, or null when nothing changes
 */
export function retagUtmSource(url: string, target: PlatformId): RetaggedUrl | null {
  const hash = url.indexOf('#');
  const q = url.indexOf('?');
  if (q < 0 || (hash >= 0 && hash < q)) return null;
  const end = hash < 0 ? url.length : hash;
  const fields = url.slice(q + 1, end).split('&');
  let was: string | null = null;
  for (let i = 0; i < fields.length; i += 1) {
    const field = fields[i] as string;
    const eq = field.indexOf('=');
    if (eq < 0 || decode(field.slice(0, eq)) !== 'utm_source') continue;
    const value = decode(field.slice(eq + 1));
    const lower = value?.toLowerCase();
    if (lower === undefined || !PLATFORM_SOURCES.has(lower) || namesPlatform(lower, target)) continue;
    was ??= value as string;
    fields[i] = `${field.slice(0, eq)}=${target}`;
  }
  if (was === null) return null;
  return { url: `${url.slice(0, q + 1)}${fields.join('&')}${url.slice(end)}`, was };
}
