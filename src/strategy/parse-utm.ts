import { describeValue, invalid } from '../core/internal.js';
import { httpUrl } from './http-url.js';
import { UTM_KEYS, type UtmParameters } from './utm-parameters.js';

/**
 * Reads the UTM parameters back from a link.
 *
 * The rule: the URL is parsed with the WHATWG `URL` parser (http or https
 * only) and its query read with `URLSearchParams` (so `%20` and `+` are
 * spaces). A URL with no UTM parameter gives `null`. An empty value counts as
 * absent. `content` and `term` appear in the result only when present.
 *
 * @param url - an absolute http(s) URL, as a string or a `URL`
 * @returns `{ source, medium, campaign, content?, term? }`, or `null` when the URL carries no UTM parameter
 * @throws {ValidationError} `invalidUrl`, `unsupportedProtocol`, `malformedText`; `incompleteUtm` when some
 *   UTM parameters are present but `utm_source`, `utm_medium` or `utm_campaign` is missing;
 *   `ambiguousUtm` when a UTM key appears twice with different values
 * @example
 * parseUtm('https://boulangerie-martin.fr/?utm_source=instagram&utm_medium=social&utm_campaign=galette%202027');
 * // { source: 'instagram', medium: 'social', campaign: 'galette 2027' }
 * parseUtm('https://boulangerie-martin.fr/'); // null
 */
export function parseUtm(url: string | URL): UtmParameters | null {
  const query = httpUrl(url, 'url').searchParams;
  const found: Partial<Record<(typeof UTM_KEYS)[number][0], string>> = {};
  let any = false;
  for (const [field, key] of UTM_KEYS) {
    const values = query.getAll(key).filter((v) => v !== '');
    if (values.length === 0) continue;
    const first = values[0] as string;
    if (values.some((v) => v !== first)) {
      throw invalid('ambiguousUtm', `url has ${key} ${values.length} times with different values (${values.map((v) => describeValue(v)).join(', ')})`, ['url', key]);
    }
    found[field] = first;
    any = true;
  }
  if (!any) return null;
  const missing = UTM_KEYS.slice(0, 3)
    .filter(([field]) => found[field] === undefined)
    .map(([, key]) => key);
  if (missing.length > 0) {
    throw invalid('incompleteUtm', `url has UTM parameters but lacks ${missing.join(', ')}`, ['url', missing[0] as string]);
  }
  const result: UtmParameters = { source: found.source as string, medium: found.medium as string, campaign: found.campaign as string };
  if (found.content !== undefined) result.content = found.content;
  if (found.term !== undefined) result.term = found.term;
  return result;
}
