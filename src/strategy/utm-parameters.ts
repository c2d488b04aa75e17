import { type PathInput } from '../core/index.js';
import { describeValue, formatPath, invalid, objectArgument, pathArgument } from '../core/internal.js';
import { isWellFormedText } from './text-guards.js';

/**
 * The UTM parameters of a tracked link, as Google Analytics reads them:
 * `source` (`utm_source`: where the visit comes from, `instagram`), `medium`
 * (`utm_medium`: the kind of traffic, `social` or `paid_social`), `campaign`
 * (`utm_campaign`), and optionally `content` (`utm_content`: which link or
 * creative) and `term` (`utm_term`: a keyword).
 */
export interface UtmParameters {
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
}

/**
 * The UTM fields in the order they are written, with their query keys.
 *
 * @example
 * UTM_KEYS[0]; // ['source', 'utm_source']
 */
export const UTM_KEYS = [
  ['source', 'utm_source'],
  ['medium', 'utm_medium'],
  ['campaign', 'utm_campaign'],
  ['content', 'utm_content'],
  ['term', 'utm_term'],
] as const;

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
 * `content` and `term` optional (leave them out rather than empty), no other key.
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
        `${formatPath([...base, key])} is not a UTM parameter: use source, medium, campaign, content or term`,
        [...base, key],
      );
    }
  }
  const out: UtmParameters = {
    source: utmValue(record.source, [...base, 'source']),
    medium: utmValue(record.medium, [...base, 'medium']),
    campaign: utmValue(record.campaign, [...base, 'campaign']),
  };
  if (record.content !== undefined) out.content = utmValue(record.content, [...base, 'content']);
  if (record.term !== undefined) out.term = utmValue(record.term, [...base, 'term']);
  return out;
}
