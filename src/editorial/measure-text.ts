import { getPlatform, type Platform, type PlatformId, type PlatformOverrides, platforms, type TextMethod } from '../core/index.js';
import { describeValue, invalid, platformId, readOptions } from '../core/internal.js';
import { linkKey } from './link-key.js';
import { entitySpans } from './extract-entities.js';
import { readText } from './read-text.js';
import { codePointCount, emojiBytesLength, graphemeCount, utf8Length } from './text-units.js';
import { scanXUrls } from './x-url-scanner.js';
import { xWeightedUnits } from './x-weighted-length.js';

/** What a {@link TextCheck} counts: a {@link TextMethod}, UTF-8 `'bytes'`, or distinct `'links'`. */
export type TextCheckUnit = TextMethod | 'bytes' | 'links';

/** One limit that applies to a text, and how the text fares against it. */
export interface TextCheck {
  /** What is counted. */
  unit: TextCheckUnit;
  /** The text's length in that unit. */
  length: number;
  /** The platform's limit in that unit. */
  limit: number;
  /** `limit - length` (negative when over). */
  remaining: number;
  /** Whether `length <= limit`. */
  valid: boolean;
}

/**
 * The measure of a text for a platform: its main limit (`length`, `limit`,
 * `remaining`, in the unit `method` names) and every limit that applies
 * (`checks`); `valid` only when all hold.
 */
export interface TextMeasure {
  /** The length, counted the way the platform counts. */
  length: number;
  /** The main limit. */
  limit: number;
  /** `limit - length` (negative when over). */
  remaining: number;
  /** True when every check holds. */
  valid: boolean;
  /** The unit of the main limit. */
  method: TextMethod;
  /** Every limit that applies, the main one first. */
  checks: TextCheck[];
}

/** Options of {@link measureText}. */
export interface MeasureTextOptions {
  /** Replacements for the platform's facts (a premium X account: `{ text: { limit: 25000 } }`; a Mastodon instance: `{ text: { limit: 5000 } }`). */
  overrides?: PlatformOverrides;
  /**
   * The field measured: `'post'` (the default: the main text, the post or
   * caption), `'bio'` (the profile's bio, about or description, with the
   * platform's `profile.bio` rule) or `'displayName'` (`profile.displayName`).
   */
  field?: 'post' | 'bio' | 'displayName';
}

const FIELDS = ['post', 'bio', 'displayName'] as const;

function check(unit: TextCheckUnit, length: number, limit: number): TextCheck {
  return { unit, length, limit, remaining: limit - length, valid: length <= limit };
}

/**
 * The text a platform counts once it has shortened links and mentions:
 * every URL becomes `urlLength` characters (Mastodon: 23) and, where the
 * server part of a remote mention does not count (Mastodon), `@user@server`
 * becomes `@user`.
 *
 * @param text - the text
 * @param platform - the platform (its rules say what to rewrite)
 * @param id - the platform id (Mastodon links only `http(s)://` URLs)
 * @returns the text to count
 */
export function countableText(text: string, platform: Platform, id: PlatformId): string {
  const urlLength = platform.text.urlLength?.value;
  const dropDomains = platform.text.remoteMentionDomainCounts?.value === false;
  if (urlLength === undefined && !dropDomains) return text;
  let out = '';
  let position = 0;
  for (const span of entitySpans(text, id)) {
    if (span.kind === 'url' && urlLength !== undefined) {
      out += text.slice(position, span.start) + 'x'.repeat(urlLength);
      position = span.end;
    } else if (span.kind === 'mention' && dropDomains && span.localEnd < span.end) {
      out += text.slice(position, span.localEnd);
      position = span.end;
    }
  }
  return out + text.slice(position);
}

/**
 * The number of distinct links in a text (URLs as twitter-text recognises
 * them, compared as `checkPost` compares links: scheme and host without
 * letter case, path and query exactly), for platforms that cap links (Threads: 5).
 *
 * @param text - the text
 * @param id - the platform (Mastodon links only `http(s)://` URLs)
 * @returns the number of distinct URLs
 */
export function distinctLinkCount(text: string, id: PlatformId): number {
  const seen = new Set<string>();
  for (const url of scanXUrls(text, { withoutProtocol: id !== 'mastodon' })) seen.add(linkKey(text.slice(url.start, url.end)));
  return seen.size;
}

/**
 * Measures a profile field (bio or display name) with the platform's profile rule.
 *
 * @param input - the text
 * @param rules - the platform's rules, overrides applied
 * @param id - the platform id
 * @param field - `'bio'` or `'displayName'`
 * @returns the measure
 * @throws {ValidationError} `incomplete` when the platform documents no limit for the field
 */
function measureProfileText(input: string, rules: Platform, id: PlatformId, field: 'bio' | 'displayName'): TextMeasure {
  const fieldRules = rules.profile[field];
  const limit = fieldRules.limit.value;
  if (limit === null) {
    throw invalid(
      'incomplete',
      `${rules.name} documents no ${field === 'bio' ? 'bio' : 'display name'} limit in socialkit's registry (${fieldRules.limit.note ?? 'undocumented'}): give one in options.overrides.profile.${field}.limit`,
      ['options', 'overrides', 'profile', field, 'limit'],
    );
  }
  const method = fieldRules.method.value;
  // Mastodon counts a note as it counts a status (URLs 23, remote mentions without their domain); others count the text as written.
  const counted = id === 'mastodon' && field === 'bio' ? countableText(input, rules, id) : input;
  let length: number;
  switch (method) {
    case 'weighted':
    case 'utf16':
      length = counted.length;
      break;
    case 'graphemes':
      length = graphemeCount(counted);
      break;
    case 'codePoints':
      length = codePointCount(counted);
      break;
    case 'emojiBytes':
      length = emojiBytesLength(counted);
      break;
  }
  const main = check(method, length, limit);
  const checks = [main];
  const bytes = fieldRules.bytes?.value;
  if (bytes !== undefined) checks.push(check('bytes', utf8Length(input), bytes));
  let valid = true;
  for (const c of checks) valid &&= c.valid;
  return { length, limit, remaining: main.remaining, valid, method, checks };
}

/**
 * Measures a text the way a platform counts it, against every limit that
 * applies, with the rules of the platform registry (`getPlatform`), so
 * overrides work (a premium X account, a Mastodon instance):
 * - `'weighted'` (X): twitter-text config v3 on the NFC text; code points in
 *   the light ranges weigh 1, others 2; every URL, with or without
 *   protocol, counts 23; every emoji sequence counts 2 (current Unicode
 *   data, so 🧑‍💻 counts 2 where twitter-text 3.1.0 says 5);
 * - `'graphemes'` (Bluesky, Mastodon): `Intl.Segmenter` clusters; Bluesky
 *   also checks 3000 UTF-8 bytes and counts URLs in full; Mastodon counts
 *   each `http(s)://` URL as 23 and drops the `@server` of remote mentions;
 * - `'emojiBytes'` (Threads): code points, each emoji sequence counted as its
 *   UTF-8 bytes; Threads also checks at most 5 distinct links;
 * - `'utf16'` (Instagram, Facebook, LinkedIn, TikTok, Pinterest): UTF-16 code units;
 * - `'codePoints'` (YouTube): code points, and 5000 UTF-8 bytes.
 * Other texts are not normalized. Linear in the text's length.
 *
 * @param text - the text
 * @param platform - the platform id
 * @param options - `overrides` of the platform's facts; `field`: `'post'` (default), `'bio'` or `'displayName'` (the profile's rule)
 * @returns the length, limit, remaining, validity, unit and every check
 * @throws {ValidationError} when `text` is not a string, the platform is unknown or an override is malformed; `incomplete` for a profile field whose limit the platform does not document
 * @example
 * measureText('Nouvelle collection ☕🥐 https://boulangerie.fr/ete', 'x');
 * // { length: 48, limit: 280, remaining: 232, valid: true, method: 'weighted',
 * //   checks: [{ unit: 'weighted', length: 48, limit: 280, remaining: 232, valid: true }] }
 * measureText('👨‍👩‍👧‍👦'.repeat(121), 'bluesky').checks;
 * // [{ unit: 'graphemes', length: 121, limit: 300, remaining: 179, valid: true },
 * //  { unit: 'bytes', length: 3025, limit: 3000, remaining: -25, valid: false }]
 * measureText('x'.repeat(300), 'x', { overrides: { text: { limit: 25000 } } }).valid; // true
 * measureText('Boulangerie artisanale à la Croix-Rousse 🥐', 'instagram', { field: 'bio' }).limit; // 150
 * measureText('Pain au levain, viennoiseries', 'bluesky', { field: 'bio' }).method; // 'graphemes'
 */
export function measureText(text: string, platform: PlatformId, options: MeasureTextOptions = {}): TextMeasure {
  const input = readText(text, 'text');
  const id = platformId(platform, 'platform');
  const opts = options === undefined ? undefined : readOptions<MeasureTextOptions>(options, 'options', ['overrides', 'field']);
  const overrides = opts?.overrides;
  const field: unknown = opts?.field ?? 'post';
  if (typeof field !== 'string' || !(FIELDS as readonly string[]).includes(field)) {
    throw invalid('invalidOption', `options.field must be 'post', 'bio' or 'displayName', got ${describeValue(field)}`, ['options', 'field']);
  }
  const rules = overrides === undefined ? platforms[id] : getPlatform(id, overrides);
  if (field !== 'post') return measureProfileText(input, rules, id, field as 'bio' | 'displayName');
  const textRules = rules.text;
  const method = textRules.method.value;
  const limit = textRules.limit.value;
  let length: number;
  switch (method) {
    case 'weighted': {
      const weighting = textRules.weighting?.value;
      if (weighting === undefined) {
        throw invalid('missingWeighting', `${rules.name} counts 'weighted' but has no text.weighting: give one in the overrides`, ['options', 'overrides', 'text', 'weighting']);
      }
      length = xWeightedUnits(input, weighting, textRules.urlLength?.value) / weighting.scale;
      break;
    }
    case 'graphemes':
      length = graphemeCount(countableText(input, rules, id));
      break;
    case 'codePoints':
      length = codePointCount(countableText(input, rules, id));
      break;
    case 'emojiBytes':
      length = emojiBytesLength(countableText(input, rules, id));
      break;
    case "utf16":
      length = countableText(input, rules, id).length;
  }
  const main = check(method, length, limit);
  const checks = [main];
  const bytes = textRules.bytes?.value;
  if (bytes !== undefined) checks.push(check('bytes', utf8Length(input), bytes));
  const maxLinks = textRules.maxLinks?.value;
  if (maxLinks !== undefined) checks.push(check('links', distinctLinkCount(input, id), maxLinks));
  let valid = true;
  for (const c of checks) valid &&= c.valid;
  return { length, limit, remaining: main.remaining, valid, method, checks };
}
