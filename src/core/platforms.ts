import * as z from 'zod';
import { count } from './count.js';
import { describeValue } from './describe-value.js';
import { invalid } from './errors.js';
import { type PlatformId, platformId } from './platform-id.js';
import { parseWithSchema } from './zod-error.js';
import { deepFreeze } from './deep-freeze.js';

/**
 * How a platform counts the length of a text:
 * - `'weighted'`: X's weighted count (twitter-text config v3): light code points weigh 1, others 2, URLs a fixed length, emoji sequences 2;
 * - `'graphemes'`: user-perceived characters (`Intl.Segmenter`), as Bluesky and Mastodon count;
 * - `'codePoints'`: Unicode code points;
 * - `'utf16'`: UTF-16 code units (JavaScript's `string.length`; an emoji outside the BMP counts 2);
 * - `'emojiBytes'`: characters, with each emoji counted as its UTF-8 bytes, as Meta documents for Threads.
 */
export type TextMethod = 'weighted' | 'graphemes' | 'codePoints' | 'utf16' | 'emojiBytes';

/**
 * The counting methods, in a stable order.
 *
 * @example
 * TEXT_METHODS.includes('graphemes'); // true
 */
export const TEXT_METHODS: readonly TextMethod[] = /* @__PURE__ */ deepFreeze(['weighted', 'graphemes', 'codePoints', 'utf16', 'emojiBytes']);

/**
 * A fact about a platform, with where it comes from and when it was checked.
 * Platforms change their rules; a caller's override carries `source: 'override'` and `asOf: null`.
 */
export interface Fact<T> {
  /** The value. */
  value: T;
  /** A URL where the value is documented, or `'override'` for a caller's value. */
  source: string;
  /** The date (`YYYY-MM-DD`) the value was last checked against `source`, or `null` for an override. */
  asOf: string | null;
  /** A remark on the value: what is undocumented, what changed. */
  note?: string;
}

/** One range of code points with its weight, in X's weighted count. */
export interface WeightedRange {
  /** First code point of the range. */
  start: number;
  /** Last code point of the range (included). */
  end: number;
  /** Weight of each code point in the range, on `scale` (100 = one character). */
  weight: number;
}

/** The parameters of X's weighted character count (twitter-text config v3). */
export interface WeightedCountConfig {
  /** The weight of one character (100): lengths are summed weights divided by this. */
  scale: number;
  /** The weight of a code point outside every range (200: two characters). */
  defaultWeight: number;
  /** Ranges of light code points. */
  ranges: readonly WeightedRange[];
  /** The weight of one emoji sequence, whatever its code points (200: two characters). */
  emojiWeight: number;
}

/** The text rules of a platform's main text field (the post, caption or description). */
export interface PlatformTextRules {
  /** The main limit, in the unit `method` names. */
  limit: Fact<number>;
  /** How the platform counts. */
  method: Fact<TextMethod>;
  /** A second limit in UTF-8 bytes, where one applies. */
  bytes?: Fact<number>;
  /** The fixed length a URL counts for, whatever its real length, where the platform shortens links. */
  urlLength?: Fact<number>;
  /** The most links (distinct URLs) a post may hold. */
  maxLinks?: Fact<number>;
  /** The weights, for `method: 'weighted'`. */
  weighting?: Fact<WeightedCountConfig>;
  /** Whether the `@domain` part of a remote mention counts (Mastodon: it does not). */
  remoteMentionDomainCounts?: Fact<boolean>;
  /** Characters the platform refuses in the field (YouTube: `<` and `>`), as one string. */
  forbiddenCharacters?: Fact<string>;
  /** Whether a URL written in the text becomes a clickable link (Instagram and TikTok captions: it does not). */
  linksClickable?: Fact<boolean>;
}

/** A secondary text field such as a title. */
export interface PlatformFieldRules {
  /** The limit, in the unit `method` names. */
  limit: Fact<number>;
  /** How the platform counts. */
  method: Fact<TextMethod>;
  /** Characters the platform refuses in the field (YouTube: `<` and `>`), as one string. */
  forbiddenCharacters?: Fact<string>;
}

/** Media limits, where documented. */
export interface PlatformMediaRules {
  /** The most images in one post. */
  maxImages?: Fact<number>;
  /** The most items in one carousel. */
  maxCarouselItems?: Fact<number>;
  /**
   * The longest video, in seconds. On TikTok it is a per-account fact: the
   * registry holds the length every creator may post, and
   * {@link tiktokCreatorOverrides} turns the creator's own
   * `max_video_post_duration_sec` into an override.
   */
  maxVideoSeconds?: Fact<number>;
}

/** Everything socialkit knows about a platform's publishing rules. */
export interface Platform {
  /** The platform id. */
  id: PlatformId;
  /** The platform's display name. */
  name: string;
  /** The main text field. */
  text: PlatformTextRules;
  /** The title field, where the platform has one (YouTube, Pinterest). */
  title?: PlatformFieldRules;
  /** The cap on hashtags per post, where the platform sets one. */
  hashtags?: { max: Fact<number> };
  /** The cap on mentions per post, where the platform sets one. */
  mentions?: { max: Fact<number> };
  /** Media limits. */
  media: PlatformMediaRules;
}

const X_TEXT = 'https://docs.x.com/fundamentals/counting-characters';
const X_CONFIG = 'https://github.com/twitter/twitter-text/blob/master/config/v3.json';
const IG_PUBLISH = 'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media';
const IG_HASHTAGS = 'https://www.socialmediatoday.com/news/instagrams-implementing-new-limits-on-hashtag-use/808309/';
const THREADS = 'https://developers.facebook.com/documentation/threads/posts';
const THREADS_LINKS = 'https://developers.facebook.com/documentation/threads/create-posts/text-attachments';
const BSKY = 'https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/post.json';
const BSKY_IMAGES = 'https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/embed/images.json';
const MASTODON = 'https://github.com/mastodon/mastodon/blob/main/app/validators/status_length_validator.rb';
const MASTODON_INSTANCE = 'https://docs.joinmastodon.org/entities/Instance/';
const TIKTOK = 'https://developers.tiktok.com/doc/content-posting-api-reference-direct-post';
const TIKTOK_MEDIA = 'https://developers.tiktok.com/doc/content-posting-api-media-transfer-guide';
/** TikTok's creator-info query, which returns each creator's `max_video_post_duration_sec`. */
const TIKTOK_CREATOR_INFO_SOURCE = 'https://developers.tiktok.com/doc/content-posting-api-reference-query-creator-info';
const TIKTOK_LINKS = 'https://cutt.ly/resources/encyclopedia/short-links-tiktok/';
const IG_LINKS = 'https://qainsta.com/qa/view/why-isnt-the-link-clickable-in-instagram';
const NO_LINK_DOC =
  'No page of the platform itself found that states it (checked 2026-12-03); the source is a third-party guide, and the behaviour is what every publishing tool tells its users.';
const YOUTUBE = 'https://developers.google.com/youtube/v3/docs/videos#resource';
const YOUTUBE_ERRORS = 'https://developers.google.com/youtube/v3/docs/videos/insert#errors';
const YOUTUBE_ANGLES =
  'snippet.title and snippet.description "may contain all valid UTF-8 characters except < and >"; videos.insert refuses them (invalidTitle, invalidDescription).';
const LINKEDIN = 'https://www.ayrshare.com/docs/apis/post/social-networks/linkedin';
const FACEBOOK = 'https://ferryman.io/character-limits/facebook';
const PINTEREST = 'https://github.com/pinterest/api-description/blob/main/v5/openapi.yaml';
const META_UNIT =
  'Meta does not document the unit; socialkit counts UTF-16 code units, the stricter reading for emoji and most scripts.';

function fact<T>(value: T, source: string, asOf: string, note?: string): Fact<T> {
  return note === undefined ? { value, source, asOf } : { value, source, asOf, note };
}

/**
 * The built-in platform registry: text limits and the unit each platform
 * counts in, hashtag and mention caps, media limits. Every value carries its
 * `source` and `asOf`. Read it through {@link getPlatform}, which applies
 * your overrides (a premium X account, a Mastodon instance with 5000
 * characters); never mutate it.
 *
 * @example
 * platforms.bluesky.text.limit.value; // 300
 * platforms.x.text.method.value; // 'weighted'
 */
export const platforms: Readonly<Record<PlatformId, Platform>> = /* @__PURE__ */ deepFreeze({
  x: {
    id: 'x',
    name: 'X',
    text: {
      limit: fact(280, X_TEXT, '2026-11-01', 'Premium accounts may post up to 25,000: override the limit.'),
      method: fact('weighted', X_TEXT, '2026-11-01'),
      urlLength: fact(23, X_TEXT, '2026-11-01'),
      weighting: fact(
        {
          scale: 100,
          defaultWeight: 200,
          ranges: [
            { start: 0, end: 4351, weight: 100 },
            { start: 8192, end: 8205, weight: 100 },
            { start: 8208, end: 8223, weight: 100 },
            { start: 8242, end: 8247, weight: 100 },
          ],
          emojiWeight: 200,
        },
        X_CONFIG,
        '2026-11-01',
        'twitter-text 3.1.0 knows the emoji of 2019 and counts newer ZWJ sequences by their parts (🧑‍💻 gives 5); X documents every emoji sequence as 2, which socialkit follows with current Unicode data.',
      ),
    },
    media: {
      maxImages: fact(4, 'https://help.x.com/en/using-x/posting-gifs-and-pictures', '2026-11-01'),
    },
  },
  instagram: {
    id: 'instagram',
    name: 'Instagram',
    text: {
      limit: fact(2200, IG_PUBLISH, '2026-11-01'),
      method: fact('utf16', IG_PUBLISH, '2026-11-01', META_UNIT),
      linksClickable: fact(false, IG_LINKS, '2026-12-03', `Links work in the bio, in a story's link sticker and in ads. ${NO_LINK_DOC}`),
    },
    hashtags: { max: fact(5, IG_HASHTAGS, '2025-12-18', 'Lowered from 30 to 5 per post or reel in December 2025.') },
    mentions: { max: fact(20, IG_PUBLISH, '2026-11-01') },
    media: {
      maxCarouselItems: fact(10, IG_PUBLISH, '2026-11-01', 'Through the API; the app itself allows 20.'),
    },
  },
  facebook: {
    id: 'facebook',
    name: 'Facebook',
    text: {
      limit: fact(63206, FACEBOOK, '2026-11-01', 'No Meta page documents this long-standing limit; it is the figure every publishing tool uses.'),
      method: fact('utf16', FACEBOOK, '2026-11-01', META_UNIT),
    },
    media: {},
  },
  linkedin: {
    id: 'linkedin',
    name: 'LinkedIn',
    text: {
      limit: fact(3000, LINKEDIN, '2026-11-01'),
      method: fact('utf16', LINKEDIN, '2026-11-01', 'LinkedIn documents characters without a unit; socialkit counts UTF-16 code units.'),
    },
    media: {},
  },
  tiktok: {
    id: 'tiktok',
    name: 'TikTok',
    text: {
      limit: fact(2200, TIKTOK, '2026-11-01', 'The caption of a video post; TikTok documents the length in UTF-16 runes.'),
      method: fact('utf16', TIKTOK, '2026-11-01'),
      linksClickable: fact(false, TIKTOK_LINKS, '2026-12-03', `Only the bio's website field (and ads) carry a clickable link. ${NO_LINK_DOC}`),
    },
    media: {
      maxCarouselItems: fact(35, 'https://docs.zernio.com/platforms/tiktok', '2026-11-01', 'Photo carousels.'),
      maxVideoSeconds: fact(
        180,
        TIKTOK_MEDIA,
        '2026-12-03',
        'Per creator: "All TikTok creators can post 3-minute videos, while some have access to post 5-minute or 10-minute videos"; the API accepts at most 10 minutes. The creator-info query returns the account\'s own max_video_post_duration_sec: pass it through tiktokCreatorOverrides.',
      ),
    },
  },
  youtube: {
    id: 'youtube',
    name: 'YouTube',
    text: {
      limit: fact(5000, YOUTUBE, '2026-11-01', 'The video description.'),
      method: fact('codePoints', YOUTUBE, '2026-11-01'),
      bytes: fact(5000, YOUTUBE, '2026-11-01', 'The Data API states the description limit in bytes of UTF-8.'),
      forbiddenCharacters: fact('<>', YOUTUBE_ERRORS, '2026-12-03', YOUTUBE_ANGLES),
    },
    title: {
      limit: fact(100, YOUTUBE, '2026-11-01'),
      method: fact('codePoints', YOUTUBE, '2026-11-01'),
      forbiddenCharacters: fact('<>', YOUTUBE_ERRORS, '2026-12-03', YOUTUBE_ANGLES),
    },
    media: {},
  },
  threads: {
    id: 'threads',
    name: 'Threads',
    text: {
      limit: fact(500, THREADS, '2026-11-01'),
      method: fact('emojiBytes', THREADS, '2026-11-01', 'Meta: "Emojis are counted as the number of UTF-8 bytes."'),
      maxLinks: fact(5, THREADS_LINKS, '2026-11-01', 'Enforced since 22 December 2025; unique URLs count once.'),
    },
    hashtags: { max: fact(1, IG_HASHTAGS, '2025-12-18', 'Threads allows one topic tag per post.') },
    media: {
      maxCarouselItems: fact(20, THREADS, '2026-11-01'),
    },
  },
  bluesky: {
    id: 'bluesky',
    name: 'Bluesky',
    text: {
      limit: fact(300, BSKY, '2026-11-01', 'maxGraphemes of app.bsky.feed.post#text.'),
      method: fact('graphemes', BSKY, '2026-11-01'),
      bytes: fact(3000, BSKY, '2026-11-01', 'maxLength of app.bsky.feed.post#text, in UTF-8 bytes.'),
    },
    media: {
      maxImages: fact(4, BSKY_IMAGES, '2026-11-01'),
    },
  },
  mastodon: {
    id: 'mastodon',
    name: 'Mastodon',
    text: {
      limit: fact(500, MASTODON_INSTANCE, '2026-11-01', 'The default; each instance sets its own (configuration.statuses.max_characters): override it.'),
      method: fact('graphemes', MASTODON, '2026-11-01', 'The content warning (spoiler text) counts in the same limit.'),
      urlLength: fact(23, MASTODON, '2026-11-01'),
      remoteMentionDomainCounts: fact(false, MASTODON, '2026-11-01'),
    },
    media: {
      maxImages: fact(4, MASTODON_INSTANCE, '2026-11-01', 'The default of configuration.statuses.max_media_attachments.'),
    },
  },
  pinterest: {
    id: 'pinterest',
    name: 'Pinterest',
    text: {
      limit: fact(
        800,
        PINTEREST,
        '2026-12-03',
        'PinCreate.description maxLength: 800 in Pinterest\'s own API description (v5.13.0; v5.8.0 said 500, and PinUpdate.description still says 500).',
      ),
      method: fact('utf16', PINTEREST, '2026-12-03', 'Pinterest documents characters without a unit; socialkit counts UTF-16 code units.'),
    },
    title: {
      limit: fact(100, PINTEREST, '2026-12-03', 'PinCreate.title maxLength: 100.'),
      method: fact('utf16', PINTEREST, '2026-12-03'),
    },
    media: {
      maxCarouselItems: fact(5, PINTEREST, '2026-12-03', 'maxItems: 5 of PinMediaSourceImagesURL.items.'),
    },
  },
});

/** A value to override a fact with: the bare value (recorded as `source: 'override'`), or a whole {@link Fact}. */
export type FactOverride<T> = T | Fact<T>;

const MAX_COUNT = Number.MAX_SAFE_INTEGER;
const countSchema = z.int({ error: (i) => `must be a count (a whole number ≥ 0), got ${describeValue(i.input)}` }).min(0, { error: (i) => `must be a count (a whole number ≥ 0), got ${describeValue(i.input)}` }).max(MAX_COUNT);
const positiveCountSchema = z.int({ error: (i) => `must be a whole number ≥ 1, got ${describeValue(i.input)}` }).min(1, { error: (i) => `must be at least 1, got ${describeValue(i.input)}` }).max(MAX_COUNT);
const methodSchema = z.enum(TEXT_METHODS, { error: `must be one of ${TEXT_METHODS.join(', ')}` });
const charactersSchema = z.string({ error: "must be a string of characters such as '<>'" });
const booleanSchema = z.boolean({ error: 'must be true or false' });
const nonNegative = z.number().min(0);
const weightingSchema = z.strictObject(
  {
    scale: z.number().positive(),
    defaultWeight: nonNegative,
    ranges: z.array(z.strictObject({ start: countSchema, end: countSchema, weight: nonNegative }), { error: 'ranges must be an array of { start, end, weight }' }).max(10_000),
    emojiWeight: nonNegative,
  },
  { error: 'must be an object { scale, defaultWeight, ranges, emojiWeight }' },
);

function factOverride<T extends z.ZodType>(value: T) {
  return z.union([
    value,
    z.strictObject({
      value,
      source: z.string({ error: 'a fact override needs a source' }).min(1, { error: 'a fact override needs a non-empty source' }),
      asOf: z.string({ error: 'asOf must be a date string or null' }).nullable().optional(),
      note: z.string().optional(),
    }),
  ]);
}

const section = <S extends z.core.$ZodLooseShape>(shape: S) => z.strictObject(shape, { error: 'must be an object' }).optional();

/**
 * The overrides {@link getPlatform} takes, as a schema: any fact of the
 * registry by section and name, each either the bare value (recorded with
 * `source: 'override'`) or a whole fact `{ value, source, asOf?, note? }`.
 * Strict: a section or a fact the registry has no place for is `unknownKey`.
 *
 * @example
 * PlatformOverridesSchema.parse({ text: { limit: 25000 } }).text?.limit; // 25000
 */
export const PlatformOverridesSchema = z.strictObject({
  name: z.string({ error: 'must be a string' }).min(1, { error: 'must not be empty' }).optional(),
  text: section({
    limit: factOverride(positiveCountSchema).optional(),
    method: factOverride(methodSchema).optional(),
    bytes: factOverride(positiveCountSchema).optional(),
    urlLength: factOverride(countSchema).optional(),
    maxLinks: factOverride(countSchema).optional(),
    weighting: factOverride(weightingSchema).optional(),
    remoteMentionDomainCounts: factOverride(booleanSchema).optional(),
    forbiddenCharacters: factOverride(charactersSchema).optional(),
    linksClickable: factOverride(booleanSchema).optional(),
  }),
  title: section({
    limit: factOverride(positiveCountSchema).optional(),
    method: factOverride(methodSchema).optional(),
    forbiddenCharacters: factOverride(charactersSchema).optional(),
  }),
  hashtags: section({ max: factOverride(countSchema).optional() }),
  mentions: section({ max: factOverride(countSchema).optional() }),
  media: section({
    maxImages: factOverride(countSchema).optional(),
    maxCarouselItems: factOverride(countSchema).optional(),
    maxVideoSeconds: factOverride(countSchema).optional(),
  }),
});

/** Overrides for {@link getPlatform}: any fact, by section and name (see {@link PlatformOverridesSchema}). */
export type PlatformOverrides = z.input<typeof PlatformOverridesSchema>;

/**
 * Returns a platform's rules with a caller's overrides applied, as a new
 * object (the registry is never changed). An override is either the bare
 * value, recorded with `source: 'override'` and `asOf: null`, or a whole
 * {@link Fact} with your own source.
 *
 * @param id - the platform id
 * @param overrides - the facts to replace, by section and name
 * @returns the platform's rules
 * @throws {ValidationError} `invalidPlatform` for an unknown id; `unknownKey` for an override the registry has no place for; a guard's code for a bad value
 * @example
 * getPlatform('x', { text: { limit: 25000 } }).text.limit; // { value: 25000, source: 'override', asOf: null }
 * getPlatform('mastodon', { text: { limit: 5000 } }).text.limit.value; // 5000
 */
export function getPlatform(id: PlatformId, overrides: PlatformOverrides = {}): Platform {
  const base = platforms[platformId(id, 'id')];
  const result: Platform = structuredClone(base);
  if (overrides === undefined || overrides === null) return result;
  const parsed = parseWithSchema(PlatformOverridesSchema, overrides, { name: 'platform overrides', path: 'overrides' });
  for (const [sectionName, given] of Object.entries(parsed)) {
    if (given === undefined) continue;
    if (typeof given === 'string') {
      result.name = given;
      continue;
    }
    const target = ((result as unknown as Record<string, Record<string, Fact<unknown>> | undefined>)[sectionName] ??= {});
    for (const [key, raw] of Object.entries(given as Record<string, unknown>)) {
      if (raw === undefined) continue;
      target[key] = isFact(raw) ? { ...raw, asOf: raw.asOf ?? null } : { value: raw, source: 'override', asOf: null };
    }
  }
  if (result.title !== undefined && (result.title.limit === undefined || result.title.method === undefined)) {
    throw invalid('incomplete', `${result.name} has no title field: an override must give both title.limit and title.method`, ['overrides', 'title']);
  }
  return result;
}

// A parsed override is a whole fact when it is an object with a source (the
// schema's second branch); weighting values are objects too, but without one.
function isFact(value: unknown): value is { value: unknown; source: string; asOf?: string | null; note?: string } {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, 'source') && Object.hasOwn(value, 'value');
}

/** The part of TikTok's creator-info answer (`data` of `POST /v2/post/publish/creator_info/query/`) that {@link tiktokCreatorOverrides} reads. */
export interface TikTokCreatorInfo {
  /** The longest video, in seconds, this creator may post. */
  max_video_post_duration_sec: number;
}

/**
 * Turns a TikTok creator's own video-length allowance into platform
 * overrides. TikTok's maximum video length is per account: every creator may
 * post 3 minutes (the registry's default, 180 s), some 5 or 10; the
 * Content Posting API's creator-info query returns the account's
 * `max_video_post_duration_sec`, which this function records as
 * `media.maxVideoSeconds` with that query's documentation as its source.
 *
 * @param creatorInfo - the `data` object of the creator-info answer (other fields are ignored)
 * @returns overrides for {@link getPlatform}, `checkPost` and `measureText`
 * @throws {ValidationError} `invalidType` when `creatorInfo` is not an object; `notANumber`, `notFinite`, `negative`, `notInteger` or `outOfRange` for a duration that is not a whole number of seconds of at least 1
 * @example
 * getPlatform('tiktok', tiktokCreatorOverrides({ max_video_post_duration_sec: 600 })).media.maxVideoSeconds?.value; // 600
 * getPlatform('tiktok').media.maxVideoSeconds?.value; // 180
 */
export function tiktokCreatorOverrides(creatorInfo: TikTokCreatorInfo): PlatformOverrides {
  if (typeof creatorInfo !== 'object' || creatorInfo === null || Array.isArray(creatorInfo)) {
    throw invalid('invalidType', `creatorInfo must be the data object of TikTok's creator-info answer, got ${describeValue(creatorInfo)}`, 'creatorInfo');
  }
  const path = ['creatorInfo', 'max_video_post_duration_sec'];
  const seconds = count((creatorInfo as unknown as Record<string, unknown>).max_video_post_duration_sec, path);
  if (seconds === 0) throw invalid('outOfRange', 'creatorInfo.max_video_post_duration_sec must be at least 1, got 0', path);
  return {
    media: {
      maxVideoSeconds: { value: seconds, source: TIKTOK_CREATOR_INFO_SOURCE, asOf: null, note: "The creator's max_video_post_duration_sec." },
    },
  };
}
