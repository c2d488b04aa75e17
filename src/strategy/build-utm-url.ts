import { invalid } from '../core/internal.js';
import { httpUrl } from './http-url.js';
import { UTM_KEYS, utmParameters, type UtmParameters } from './utm-parameters.js';

// Reads the key of one `key=value` query segment the way URLSearchParams does ('+' is a space).
function segmentKey(segment: string): string {
  const eq = segment.indexOf('=');
  const raw = (eq === -1 ? segment : segment.slice(0, eq)).replaceAll('+', ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The longest tracked URL, in characters: 2,048, the most that every
 * browser, platform and analytics tool in use is known to keep whole (the
 * sitemaps protocol caps URLs there, and Internet Explorer, the strictest
 * browser still seen, stopped at 2,083); a longer link gets truncated in
 * some client, and its campaign goes uncounted.
 */
const MAX_URL_LENGTH = 2048;

/**
 * Adds UTM parameters to a link, for campaign tracking.
 *
 * The rule: the URL is parsed with the WHATWG `URL` parser and must be http or
 * https. Its existing query segments are kept as they are written (same order,
 * same encoding), except those whose key is one of the UTM keys being set,
 * which are replaced. The new parameters are appended in Google Analytics'
 * order ({@link UTM_KEYS}: `utm_id`, `utm_source`, `utm_medium`,
 * `utm_campaign`, `utm_source_platform`, `utm_term`, `utm_content`,
 * `utm_creative_format`, `utm_marketing_tactic`, the optional ones when given), each value encoded with `encodeURIComponent` (a space is `%20`, `&`
 * is `%26`, `+` is `%2B`, non-ASCII as UTF-8 bytes). The fragment is kept at
 * the end. The result is the URL's serialization (so `HTTPS://Example.com` comes back as `https://example.com/`).
 * A link meant for public posting carries no credentials (`https://admin:s3cret@…` is refused), and
 * the result is at most 2,048 characters (the most every browser and platform keeps whole).
 *
 * @param url - an absolute http(s) URL, as a string or a `URL`
 * @param utm - `source`, `medium`, `campaign` (required, non-empty); `id`, `sourcePlatform`, `term`, `content`, `creativeFormat`, `marketingTactic` (optional)
 * @returns the tracked URL
 * @throws {ValidationError} `invalidUrl`, `unsupportedProtocol` (mailto:, javascript:, …), `malformedText`,
 *   `credentialsInUrl` (a user name or password in the URL), `urlTooLong` (a result over 2,048 characters),
 *   and for the parameters `invalidType`, `empty`, `unknownUtmParameter`
 * @example
 * buildUtmUrl('https://boulangerie-martin.fr/galette?taille=6#commande', { source: 'instagram', medium: 'social', campaign: 'galette 2027' });
 * // 'https://boulangerie-martin.fr/galette?taille=6&utm_source=instagram&utm_medium=social&utm_campaign=galette%202027#commande'
 */
export function buildUtmUrl(url: string | URL, utm: UtmParameters): string {
  const target = httpUrl(url, 'url');
  if (target.username !== '' || target.password !== '') {
    throw invalid('credentialsInUrl', 'url holds a user name or password (https://user:password@…); a link for public posting must not carry credentials: remove them', ['url']);
  }
  const params = utmParameters(utm, 'utm');
  const additions: string[] = [];
  const replaced = new Set<string>();
  for (const [field, key] of UTM_KEYS) {
    const value = params[field];
    if (value === undefined) continue;
    replaced.add(key);
    additions.push(`${key}=${encodeURIComponent(value)}`);
  }
  const existing = target.search === '' ? [] : target.search.slice(1).split('&');
  const kept = existing.filter((segment) => !replaced.has(segmentKey(segment)));
  target.search = `?${[...kept, ...additions].join('&')}`;
  const href = target.href;
  if (href.length > MAX_URL_LENGTH) {
    throw invalid('urlTooLong', `The tracked URL would be ${href.length} characters, over ${MAX_URL_LENGTH} (the most every browser and platform keeps whole): shorten the link or the UTM values`, ['utm']);
  }
  return href;
}
