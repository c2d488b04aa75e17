import { describeValue, invalid } from '../core/internal.js';
import { httpUrl } from './http-url.js';
import { UTM_KEYS, type UtmParameters } from './utm-parameters.js';

/**
 * The UTM parameters read from a link: `source` always (a link without it is
 * incomplete), the others only when the link has them. GA4 accepts a link
 * with `utm_source` and `utm_medium` and no `utm_campaign`.
 */
export type ParsedUtm = Omit<UtmParameters, 'medium' | 'campaign'> & {
  /** `utm_medium`, when present. */
  medium?: string;
  /** `utm_campaign`, when present. */
  campaign?: string;
};

/**
 * Reads the UTM values of a query, by field (an empty value counts as absent).
 *
 * @param query - the URL's search parameters
 * @returns the values found
 * @throws {ValidationError} `ambiguousUtm` for a key repeated with different values
 */
export function readUtmValues(query: URLSearchParams): Partial<Record<(typeof UTM_KEYS)[number][0], string>> {
  const found: Partial<Record<(typeof UTM_KEYS)[number][0], string>> = {};
  for (const [field, key] of UTM_KEYS) {
    const values = query.getAll(key).filter((v) => v !== '');
    if (values.length === 0) continue;
    const first = values[0] as string;
    if (values.some((v) => v !== first)) {
      throw invalid('ambiguousUtm', `url has ${key} ${values.length} times with different values (${values.map((v) => describeValue(v)).join(', ')})`, ['url', key]);
    }
    found[field] = first;
  }
  return found;
}

/**
 * Reads the UTM parameters back from a link.
 *
 * The rule: the URL is parsed with the WHATWG `URL` parser (http or https
 * only) and its query read with `URLSearchParams` (so `%20` and `+` are
 * spaces). A URL with no UTM parameter gives `null`. An empty value counts as
 * absent. Every parameter GA4 reads (`utm_id`, `utm_source`, `utm_medium`,
 * `utm_campaign`, `utm_source_platform`, `utm_term`, `utm_content`,
 * `utm_creative_format`, `utm_marketing_tactic`) is returned when present,
 * and only then; only `source` is required, as GA4 needs it.
 *
 * @param url - an absolute http(s) URL, as a string or a `URL`
 * @returns the parameters present (`source` and any of the others), or `null` when the URL carries no UTM parameter
 * @throws {ValidationError} `invalidUrl`, `unsupportedProtocol`, `malformedText`; `incompleteUtm` when some
 *   UTM parameters are present but `utm_source` is missing; `ambiguousUtm` when a UTM key appears twice with different values
 * @example
 * parseUtm('https://boulangerie-martin.fr/?utm_source=instagram&utm_medium=social&utm_campaign=galette%202027');
 * // { source: 'instagram', medium: 'social', campaign: 'galette 2027' }
 * parseUtm('https://boulangerie-martin.fr/?utm_id=42&utm_source=newsletter&utm_medium=email'); // { id: '42', source: 'newsletter', medium: 'email' }
 * parseUtm('https://boulangerie-martin.fr/'); // null
 */
export function parseUtm(url: string | URL): ParsedUtm | null {
  const found = readUtmValues(httpUrl(url, 'url').searchParams);
  if (Object.keys(found).length === 0) return null;
  if (found.source === undefined) {
    throw invalid('incompleteUtm', 'url has UTM parameters but lacks utm_source, which GA4 needs to attribute the visit', ['url', 'utm_source']);
  }
  const result = {} as ParsedUtm;
  for (const [field] of UTM_KEYS) {
    const value = found[field];
    if (value !== undefined) result[field] = value;
  }
  return result;
}
