import { type PathInput } from '../core/index.js';
import { deepFreeze, describeValue, formatPath, invalid, objectArgument, pathArgument } from '../core/internal.js';
import { isWellFormedText } from './text-guards.js';

/**
 * The UTM parameters of a tracked link, as Google Analytics 4 reads them
 * (Google Analytics help, "URL builders: collect campaign data with custom
 * URLs", https://support.google.com/analytics/answer/10917952):
 * `source` (`utm_source`: where the visit comes from, `instagram`), `medium`
 * (`utm_medium`: the kind of traffic, `social` or `paid_social`), `campaign`
 * (`utm_campaign`), and optionally `id` (`utm_id`: the campaign ID),
 * `sourcePlatform` (`utm_source_platform`), `term` (`utm_term`: a keyword),
 * `content` (`utm_content`: which link or creative), `creativeFormat`
 * (`utm_creative_format`) and `marketingTactic` (`utm_marketing_tactic`).
 */
export interface UtmParameters {
  /** `utm_id`: the campaign ID, the one used when importing campaign data into GA4. */
  id?: string;
  /** `utm_source`: the referrer (`instagram`, `newsletter`). */
  source: string;
  /** `utm_medium`: the marketing medium (`social`, `paid_social`, `email`). */
  medium: string;
  /** `utm_campaign`: the campaign name. */
  campaign: string;
  /** `utm_content`: what was clicked, to tell links or creatives apart. */
  content?: string;
  /** `utm_term`: a paid keyword. */
  term?: string;
  /** `utm_source_platform`: the platform that directs the traffic (a buying platform such as Display & Video 360). */
  sourcePlatform?: string;
  /** `utm_creative_format`: the type of creative (`display`, `native`, `video`, `search`); GA4 does not report it yet. */
  creativeFormat?: string;
  /** `utm_marketing_tactic`: the targeting criteria (`remarketing`, `prospecting`); GA4 does not report it yet. */
  marketingTactic?: string;
}

/**
 * The UTM fields with their query keys, in the order Google Analytics lists
 * them and `buildUtmUrl` writes them (`utm_id` first).
 *
 * @example
 * UTM_KEYS[0]; // ['id', 'utm_id']
 * UTM_KEYS.map(([, key]) => key).indexOf('utm_term') < UTM_KEYS.map(([, key]) => key).indexOf('utm_content'); // true
 */
export const UTM_KEYS = /* @__PURE__ */ deepFreeze([
  ['id', 'utm_id'],
  ['source', 'utm_source'],
  ['medium', 'utm_medium'],
  ['campaign', 'utm_campaign'],
  ['sourcePlatform', 'utm_source_platform'],
  ['term', 'utm_term'],
  ['content', 'utm_content'],
  ['creativeFormat', 'utm_creative_format'],
  ['marketingTactic', 'utm_marketing_tactic'],
] as const);

/** The optional UTM fields. */
const OPTIONAL_FIELDS = ['id', 'sourcePlatform', 'term', 'content', 'creativeFormat', 'marketingTactic'] as const;

/**
 * Checks one UTM value: a non-empty, well-formed string (no lone surrogate, which cannot be encoded).
 *
 * @param value - the candidate
 * @param path - the field it came from
 * @returns the value, unchanged
 * @throws {ValidationError} `invalidType`, `empty` or `malformedText`
 */
export function utmValue(value: unknown, path: PathInput): string {
  const name = formatPath(path);
  if (typeof value !== 'string') throw invalid('invalidType', `${name} must be a string, got ${describeValue(value)}`, path);
  if (value.length === 0) throw invalid('empty', `${name} must not be empty`, path);
  if (!isWellFormedText(value)) throw invalid('malformedText', `${name} contains a lone surrogate (broken UTF-16), which cannot be encoded in a URL`, path);
  return value;
}

/**
 * Checks a UTM parameter object: `source`, `medium` and `campaign` required,
 * `id`, `sourcePlatform`, `term`, `content`, `creativeFormat` and
 * `marketingTactic` optional (leave them out rather than empty), no other key.
 *
 * @param value - the candidate
 * @param path - the field it came from
 * @returns a new {@link UtmParameters} with only the keys given
 * @throws {ValidationError} `invalidType`, `empty`, `malformedText`, `unknownUtmParameter`
 * @example
 * utmParameters({ source: 'instagram', medium: 'social', campaign: 'galette-2027' }).campaign; // 'galette-2027'
 */
export function utmParameters(value: unknown, path: PathInput = 'utm'): UtmParameters {
  const base = pathArgument(path);
  const record = objectArgument(value, base);
  const known = new Set<string>(UTM_KEYS.map(([field]) => field));
  for (const key of Object.keys(record)) {
    if (!known.has(key)) {
      throw invalid(
        'unknownUtmParameter',
        `${formatPath([...base, key])} is not a UTM parameter: use ${UTM_KEYS.map(([field]) => field).join(', ')}`,
        [...base, key],
      );
    }
  }
  const out: UtmParameters = {
    source: utmValue(record.source, [...base, 'source']),
    medium: utmValue(record.medium, [...base, 'medium']),
    campaign: utmValue(record.campaign, [...base, 'campaign']),
  };
  for (const field of OPTIONAL_FIELDS) {
    if (record[field] !== undefined) out[field] = utmValue(record[field], [...base, field]);
  }
  return out;
}
