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

/** A width and a height in pixels. */
export interface PixelSize {
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
}

/** How a platform shows a profile image: cut to a circle, shown square, or shown whole. */
export type ProfileImageCrop = 'circle' | 'square' | 'none';

/**
 * The rules of a profile image (the avatar or the cover). A value a platform
 * does not document is `null`, with a note saying so: socialkit never
 * invents one. Override it with the value you see in the platform's
 * settings.
 */
export interface ProfileImageRules {
  /** The size the platform recommends uploading. */
  recommended: Fact<PixelSize | null>;
  /** The smallest size the platform accepts. */
  minimum: Fact<PixelSize | null>;
  /** The ratio width ÷ height the platform shows. */
  aspectRatio: Fact<number | null>;
  /** How the image is cut when shown. */
  crop: Fact<ProfileImageCrop | null>;
  /** The largest file, in bytes. */
  maxBytes: Fact<number | null>;
  /** The accepted file formats (`'jpeg'`, `'png'`, `'gif'`, `'webp'`). */
  formats: Fact<readonly string[] | null>;
  /** The area, centred, that every desktop layout shows, in pixels of the `recommended` canvas (covers only). */
  safeZoneDesktop?: Fact<PixelSize | null>;
  /** The area, centred, that every mobile layout shows, in pixels of the `recommended` canvas (covers only). */
  safeZoneMobile?: Fact<PixelSize | null>;
}

/** The rules of a profile's text field (display name, bio). */
export interface ProfileTextRules {
  /** The limit, in the unit `method` names, or `null` where the platform documents none. */
  limit: Fact<number | null>;
  /** How the platform counts. */
  method: Fact<TextMethod>;
  /** A second limit in UTF-8 bytes, where one applies (Bluesky). */
  bytes?: Fact<number>;
}

/** The rules of a username (handle). */
export interface UsernameRules {
  /** The fewest characters, or `null`. */
  minLength: Fact<number | null>;
  /** The most characters, or `null`. */
  maxLength: Fact<number | null>;
  /** The allowed characters, as the source of an anchored regular expression, or `null`. */
  pattern: Fact<string | null>;
  /** Words a username may not contain (compared without case), where documented. */
  reserved: Fact<readonly string[]>;
}

/** Everything socialkit knows about setting up an account on a platform. */
export interface PlatformProfileRules {
  /** The display name (the brand's name as shown). */
  displayName: ProfileTextRules;
  /** The username (the handle in mentions and the profile URL). */
  username: UsernameRules;
  /** The bio (about, description), counted by editorial's `measureText(text, platform, { field: 'bio' })`. */
  bio: ProfileTextRules;
  /** Links on the profile: how many, and whether they are clickable. */
  links: { max: Fact<number | null>; clickable: Fact<boolean | null> };
  /** The profile picture. */
  avatar: ProfileImageRules;
  /** The cover (header, banner), or `null` where the platform has none. */
  cover: ProfileImageRules | null;
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
  /** Account set-up: names, username, bio, links, avatar and cover (every value with its source; `null` where undocumented). */
  profile: PlatformProfileRules;
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

const X_USER = 'https://docs.x.com/x-api/fundamentals/data-dictionary';
const X_USERNAME = 'https://help.x.com/en/managing-your-account/x-username-rules';
const X_BIO = 'https://developer.x.com/en/docs/x-api/v1/accounts-and-users/manage-account-settings/api-reference/post-account-update_profile';
const X_IMAGES = 'https://www.hbgauthorresources.com/landing-page/info-for-authors-home/info-for-authors-social-media-guide-twitter/';
const IG_PROFILE = 'https://qainsta.com/qa/view/what-is-the-instagram-profile-header';
const IG_PROFILE_MIN = 'https://qainsta.com/qa/view/what-is-included-in-instagram-profile-customization';
const FB_USERNAME = 'https://www.facebook.com/help/105399436216001';
const FB_IMAGES = 'https://clgmusicmedia.com/how-to-optimize-your-facebook-page-images-for-the-news-feed';
const LI_PAGE_IMAGES = 'https://gohypersocial.com/linkedin-profile-formatting-guide/';
const LI_PAGE_TEXT = 'https://greatcareers.org/linkedin-image-sizes-and-character-limits/';
const TIKTOK_PROFILE = 'https://napoleoncat.com/dictionary/tiktok-character-count';
const TIKTOK_USERNAME = 'https://mrhack.io/tiktok-only-letters-numbers-underscores-periods-can-be-allowed/';
const YOUTUBE_CHANNEL = 'https://developers.google.com/youtube/v3/docs/channels';
const YOUTUBE_BANNER = 'https://developers.google.com/youtube/v3/docs/channelBanners/insert';
const YOUTUBE_SAFE = 'https://gist.github.com/atricfox/e6694d0ab4e9a20de85d1ee49247a8e6';
const YOUTUBE_AVATAR = 'https://www.imagine.art/blogs/youtube-profile-picture-size';
const BSKY_PROFILE = 'https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/actor/profile.json';
const MASTODON_ACCOUNT = 'https://github.com/mastodon/mastodon/blob/main/app/models/account.rb';
const MASTODON_AVATAR = 'https://github.com/mastodon/mastodon/blob/main/app/models/concerns/account/avatar.rb';
const MASTODON_HEADER = 'https://github.com/mastodon/mastodon/blob/main/app/models/concerns/account/header.rb';
const THIRD_PARTY = 'No page of the platform itself stating it was found in the 2026-12-04 check; the source is a third-party guide.';
const UNDOCUMENTED = 'Not found documented in the 2026-12-04 check (null, not a guess): override it with the value you see.';
const UNKNOWN_UNIT = 'The platform documents characters without a unit; socialkit counts UTF-16 code units, the stricter reading for emoji.';
const CHECKED = '2026-12-04';

function none<T>(source: string, note: string = UNDOCUMENTED): Fact<T | null> {
  return { value: null, source, asOf: CHECKED, note };
}

function undocumentedImage(source: string, crop: ProfileImageCrop | null, cover: boolean): ProfileImageRules {
  const rules: ProfileImageRules = {
    recommended: none(source),
    minimum: none(source),
    aspectRatio: crop === 'circle' || crop === 'square' ? fact(1, source, CHECKED, 'Implied by the square or circular crop.') : none(source),
    crop: crop === null ? none(source) : fact(crop, source, CHECKED),
    maxBytes: none(source),
    formats: none(source),
  };
  if (cover) {
    rules.safeZoneDesktop = none(source);
    rules.safeZoneMobile = none(source);
  }
  return rules;
}

const MB = 1024 * 1024;

const PROFILE: Readonly<Record<PlatformId, PlatformProfileRules>> = {
  x: {
    displayName: { limit: fact(50, X_USER, CHECKED, `User object: name "Typically capped at 50 characters, but subject to change". ${UNKNOWN_UNIT}`), method: fact('utf16', X_USER, CHECKED, UNKNOWN_UNIT) },
    username: {
      minLength: fact(4, X_USERNAME, CHECKED, 'New usernames need more than 4 characters; some older handles are shorter.'),
      maxLength: fact(15, X_USERNAME, CHECKED),
      pattern: fact('^[A-Za-z0-9_]+$', X_USERNAME, CHECKED, 'Letters A–Z, digits 0–9 and underscores.'),
      reserved: fact(['twitter', 'admin'], X_USERNAME, CHECKED, 'Usernames containing Twitter or Admin cannot be claimed.'),
    },
    bio: { limit: fact(160, X_BIO, CHECKED, `The 1.1 reference: description "Maximum of 160 characters". ${UNKNOWN_UNIT}`), method: fact('utf16', X_BIO, CHECKED, UNKNOWN_UNIT) },
    links: { max: fact(1, X_BIO, CHECKED, 'One website field (url); URLs written in the bio are linked as well.'), clickable: fact(true, X_BIO, CHECKED) },
    avatar: {
      ...undocumentedImage(X_IMAGES, 'circle', false),
      recommended: fact({ width: 400, height: 400 }, X_IMAGES, CHECKED, `"X recommends using a square image with dimensions of 400px x 400px". ${THIRD_PARTY}`),
    },
    cover: {
      ...undocumentedImage(X_IMAGES, 'none', true),
      recommended: fact({ width: 1500, height: 500 }, X_IMAGES, CHECKED, THIRD_PARTY),
      aspectRatio: fact(3, X_IMAGES, CHECKED, '1500 × 500.'),
      safeZoneDesktop: none(X_IMAGES, 'X documents no safe zone; the guide advises 1263 × 421 to avoid cropping and keeping the bottom left clear of the avatar. Override it with your own measure.'),
    },
  },
  instagram: {
    displayName: { limit: fact(30, IG_PROFILE, CHECKED, `${THIRD_PARTY} ${UNKNOWN_UNIT}`), method: fact('utf16', IG_PROFILE, CHECKED, UNKNOWN_UNIT) },
    username: {
      minLength: none(IG_PROFILE),
      maxLength: fact(30, IG_PROFILE, CHECKED, THIRD_PARTY),
      pattern: fact('^[A-Za-z0-9._]+$', IG_PROFILE_MIN, CHECKED, `Letters, numbers, periods and underscores. ${THIRD_PARTY}`),
      reserved: fact([], IG_PROFILE, CHECKED, 'No reserved words documented.'),
    },
    bio: { limit: fact(150, IG_PROFILE, CHECKED, `${THIRD_PARTY} ${UNKNOWN_UNIT}`), method: fact('utf16', IG_PROFILE, CHECKED, UNKNOWN_UNIT) },
    links: {
      max: none(IG_PROFILE, 'The guide speaks of one website link; Instagram has since allowed several bio links, and no Instagram page stating the number was found in the 2026-12-04 check: override it.'),
      clickable: fact(true, IG_PROFILE, CHECKED, `Bio links are clickable, unlike links in captions. ${THIRD_PARTY}`),
    },
    avatar: {
      ...undocumentedImage(IG_PROFILE, 'circle', false),
      recommended: fact({ width: 320, height: 320 }, IG_PROFILE, CHECKED, THIRD_PARTY),
      minimum: fact({ width: 110, height: 110 }, IG_PROFILE_MIN, CHECKED, `The size it is shown at. ${THIRD_PARTY}`),
      formats: fact(['jpeg', 'png'], IG_PROFILE, CHECKED, THIRD_PARTY),
    },
    cover: null,
  },
  facebook: {
    displayName: { limit: none(FB_USERNAME), method: fact('utf16', FB_USERNAME, CHECKED, UNKNOWN_UNIT) },
    username: {
      minLength: fact(5, FB_USERNAME, CHECKED),
      maxLength: none(FB_USERNAME),
      pattern: fact('^[A-Za-z0-9.]+$', FB_USERNAME, CHECKED, 'Alphanumeric characters (A–Z, 0–9) and periods; periods and capitals do not tell two usernames apart.'),
      reserved: fact(['.com', '.net'], FB_USERNAME, CHECKED, 'No generic terms or extensions (.com, .net).'),
    },
    bio: { limit: none(FB_USERNAME), method: fact('utf16', FB_USERNAME, CHECKED, UNKNOWN_UNIT) },
    links: { max: none(FB_USERNAME), clickable: none(FB_USERNAME) },
    avatar: {
      ...undocumentedImage(FB_IMAGES, 'circle', false),
      minimum: fact({ width: 180, height: 180 }, FB_IMAGES, CHECKED, `Shown at 160 × 160. ${THIRD_PARTY}`),
    },
    cover: {
      ...undocumentedImage(FB_IMAGES, 'none', true),
      recommended: fact({ width: 851, height: 315 }, FB_IMAGES, CHECKED, THIRD_PARTY),
      minimum: fact({ width: 399, height: 150 }, FB_IMAGES, CHECKED, THIRD_PARTY),
      aspectRatio: fact(851 / 315, FB_IMAGES, CHECKED, '851 × 315.'),
    },
  },
  linkedin: {
    displayName: { limit: fact(100, LI_PAGE_TEXT, CHECKED, `A Page's company name. ${THIRD_PARTY} ${UNKNOWN_UNIT}`), method: fact('utf16', LI_PAGE_TEXT, CHECKED, UNKNOWN_UNIT) },
    username: { minLength: none(LI_PAGE_TEXT), maxLength: none(LI_PAGE_TEXT), pattern: none(LI_PAGE_TEXT), reserved: fact([], LI_PAGE_TEXT, CHECKED, 'No reserved words documented.') },
    bio: { limit: none(LI_PAGE_TEXT, "A Page's tagline and About overview: the guide found gives 200 to 1500 characters for a company description, older than LinkedIn's current form; no LinkedIn page stating the limits was found in the 2026-12-04 check: override them."), method: fact('utf16', LI_PAGE_TEXT, CHECKED, UNKNOWN_UNIT) },
    links: { max: none(LI_PAGE_TEXT), clickable: none(LI_PAGE_TEXT) },
    avatar: {
      ...undocumentedImage(LI_PAGE_IMAGES, 'square', false),
      recommended: fact({ width: 300, height: 300 }, LI_PAGE_IMAGES, CHECKED, `A Page's logo, shown square. ${THIRD_PARTY}`),
    },
    cover: {
      ...undocumentedImage(LI_PAGE_IMAGES, 'none', true),
      recommended: fact({ width: 1128, height: 191 }, LI_PAGE_IMAGES, CHECKED, `A Page's cover. ${THIRD_PARTY}`),
      aspectRatio: fact(1128 / 191, LI_PAGE_IMAGES, CHECKED, '1128 × 191.'),
    },
  },
  tiktok: {
    displayName: { limit: none(TIKTOK_PROFILE), method: fact('utf16', TIKTOK_PROFILE, CHECKED, UNKNOWN_UNIT) },
    username: {
      minLength: none(TIKTOK_PROFILE),
      maxLength: fact(30, TIKTOK_PROFILE, CHECKED, `Raised from 24 to 30. ${THIRD_PARTY}`),
      pattern: fact('^[A-Za-z0-9._]+$', TIKTOK_USERNAME, CHECKED, `Letters, numbers, underscores and periods (a period not at the end). ${THIRD_PARTY}`),
      reserved: fact([], TIKTOK_PROFILE, CHECKED, 'No reserved words documented.'),
    },
    bio: { limit: fact(80, TIKTOK_PROFILE, CHECKED, `${THIRD_PARTY} ${UNKNOWN_UNIT}`), method: fact('utf16', TIKTOK_PROFILE, CHECKED, UNKNOWN_UNIT) },
    links: { max: fact(1, TIKTOK_LINKS, CHECKED, `The website field, for eligible accounts. ${NO_LINK_DOC}`), clickable: fact(true, TIKTOK_LINKS, CHECKED) },
    avatar: undocumentedImage(TIKTOK_PROFILE, null, false),
    cover: null,
  },
  youtube: {
    displayName: { limit: none(YOUTUBE_CHANNEL, 'The channels resource states no limit for snippet.title.'), method: fact('codePoints', YOUTUBE_CHANNEL, CHECKED) },
    username: { minLength: none(YOUTUBE_CHANNEL), maxLength: none(YOUTUBE_CHANNEL), pattern: none(YOUTUBE_CHANNEL), reserved: fact([], YOUTUBE_CHANNEL, CHECKED, 'No reserved words documented.') },
    bio: { limit: fact(1000, YOUTUBE_CHANNEL, CHECKED, 'snippet.description: "The property\'s value has a maximum length of 1000 characters."'), method: fact('codePoints', YOUTUBE_CHANNEL, CHECKED) },
    links: { max: none(YOUTUBE_CHANNEL), clickable: none(YOUTUBE_CHANNEL) },
    avatar: {
      recommended: fact({ width: 800, height: 800 }, YOUTUBE_AVATAR, CHECKED, THIRD_PARTY),
      minimum: fact({ width: 98, height: 98 }, YOUTUBE_AVATAR, CHECKED, THIRD_PARTY),
      aspectRatio: fact(1, YOUTUBE_AVATAR, CHECKED),
      crop: fact('circle', YOUTUBE_AVATAR, CHECKED, `The channel's Google account picture, shown as a circle. ${THIRD_PARTY}`),
      maxBytes: fact(4 * MB, YOUTUBE_AVATAR, CHECKED, `4MB (counted here as 4 × 1,048,576 bytes). ${THIRD_PARTY}`),
      formats: fact(['jpeg', 'png', 'gif', 'bmp'], YOUTUBE_AVATAR, CHECKED, THIRD_PARTY),
    },
    cover: {
      recommended: fact({ width: 2560, height: 1440 }, YOUTUBE_BANNER, CHECKED),
      minimum: fact({ width: 2048, height: 1152 }, YOUTUBE_BANNER, CHECKED),
      aspectRatio: fact(16 / 9, YOUTUBE_BANNER, CHECKED, '"The image must have a 16:9 aspect ratio".'),
      crop: fact('none', YOUTUBE_BANNER, CHECKED, 'Each device shows a different band of the banner: keep text and logos in the safe zone.'),
      maxBytes: fact(6 * MB, YOUTUBE_BANNER, CHECKED, 'Maximum file size: 6MB (counted here as 6 × 1,048,576 bytes).'),
      formats: fact(['jpeg', 'png'], YOUTUBE_BANNER, CHECKED),
      safeZoneDesktop: fact({ width: 1546, height: 423 }, YOUTUBE_SAFE, CHECKED, `The safe area for text and logos on every device, on a 2560 × 1440 canvas. ${THIRD_PARTY}`),
      safeZoneMobile: fact({ width: 1546, height: 423 }, YOUTUBE_SAFE, CHECKED, `The safe area for text and logos on every device, on a 2560 × 1440 canvas. ${THIRD_PARTY}`),
    },
  },
  threads: {
    displayName: { limit: none(THREADS, 'A Threads profile takes its name and username from the Instagram account: see Instagram.'), method: fact('utf16', THREADS, CHECKED, UNKNOWN_UNIT) },
    username: { minLength: none(THREADS), maxLength: none(THREADS, 'The Instagram username.'), pattern: none(THREADS, 'The Instagram username.'), reserved: fact([], THREADS, CHECKED, 'No reserved words documented.') },
    bio: { limit: none(THREADS), method: fact('utf16', THREADS, CHECKED, UNKNOWN_UNIT) },
    links: { max: none(THREADS), clickable: none(THREADS) },
    avatar: undocumentedImage(THREADS, null, false),
    cover: null,
  },
  bluesky: {
    displayName: {
      limit: fact(64, BSKY_PROFILE, CHECKED, 'displayName maxGraphemes.'),
      method: fact('graphemes', BSKY_PROFILE, CHECKED),
      bytes: fact(640, BSKY_PROFILE, CHECKED, 'displayName maxLength, in UTF-8 bytes.'),
    },
    username: {
      minLength: none(BSKY_PROFILE, 'A Bluesky handle is a domain name (the atproto handle specification), not a username with its own length rule.'),
      maxLength: none(BSKY_PROFILE, 'A Bluesky handle is a domain name (the atproto handle specification).'),
      pattern: none(BSKY_PROFILE, 'A Bluesky handle is a domain name (the atproto handle specification).'),
      reserved: fact([], BSKY_PROFILE, CHECKED, 'No reserved words in the lexicon.'),
    },
    bio: {
      limit: fact(256, BSKY_PROFILE, CHECKED, 'description maxGraphemes.'),
      method: fact('graphemes', BSKY_PROFILE, CHECKED),
      bytes: fact(2560, BSKY_PROFILE, CHECKED, 'description maxLength, in UTF-8 bytes.'),
    },
    links: { max: none(BSKY_PROFILE, 'The profile record has no link field; links are written in the description.'), clickable: none(BSKY_PROFILE) },
    avatar: {
      ...undocumentedImage(BSKY_PROFILE, null, false),
      maxBytes: fact(1000000, BSKY_PROFILE, CHECKED, 'avatar maxSize.'),
      formats: fact(['png', 'jpeg'], BSKY_PROFILE, CHECKED, 'avatar accept: image/png, image/jpeg.'),
    },
    cover: {
      ...undocumentedImage(BSKY_PROFILE, null, true),
      maxBytes: fact(1000000, BSKY_PROFILE, CHECKED, 'banner maxSize.'),
      formats: fact(['png', 'jpeg'], BSKY_PROFILE, CHECKED, 'banner accept: image/png, image/jpeg.'),
    },
  },
  mastodon: {
    displayName: { limit: fact(30, MASTODON_ACCOUNT, CHECKED, 'validates :display_name, length: { maximum: 30 } (local accounts; instances may patch it).'), method: fact('codePoints', MASTODON_ACCOUNT, CHECKED, "Rails' length: Ruby characters, that is code points.") },
    username: {
      minLength: none(MASTODON_ACCOUNT, 'account.rb requires a username but sets no minimum length.'),
      maxLength: fact(30, MASTODON_ACCOUNT, CHECKED, 'validates :username … length: { maximum: 30 } (local accounts).'),
      pattern: fact('^[A-Za-z0-9_]+$', MASTODON_ACCOUNT, CHECKED, 'format: { with: /\\A[a-z0-9_]+\\z/i } (local accounts).'),
      reserved: fact([], MASTODON_ACCOUNT, CHECKED, 'UnreservedUsernameValidator refuses instance-specific reserved names: override with your instance\'s list.'),
    },
    bio: { limit: fact(500, MASTODON_ACCOUNT, CHECKED, 'validates :note, note_length: { maximum: 500 }; counted like a status (URLs as 23, remote mentions without their domain).'), method: fact('graphemes', MASTODON_ACCOUNT, CHECKED) },
    links: { max: fact(4, MASTODON_ACCOUNT, CHECKED, 'validates :fields, length: { maximum: 4 }: four profile metadata rows, each may hold a link (verified with rel="me").'), clickable: fact(true, MASTODON_ACCOUNT, CHECKED) },
    avatar: {
      recommended: fact({ width: 400, height: 400 }, MASTODON_AVATAR, CHECKED, 'AVATAR_DIMENSIONS: every avatar is cropped to fill 400 × 400.'),
      minimum: none(MASTODON_AVATAR),
      aspectRatio: fact(1, MASTODON_AVATAR, CHECKED),
      crop: fact('square', MASTODON_AVATAR, CHECKED, "The geometry 400x400# crops to fill a square; each client decides the corners."),
      maxBytes: fact(2 * MB, MASTODON_AVATAR, CHECKED, 'AVATAR_LIMIT: 2 MB, or 8 MB when the instance uses libvips.'),
      formats: fact(['jpeg', 'png', 'gif', 'webp'], MASTODON_AVATAR, CHECKED),
    },
    cover: {
      recommended: fact({ width: 1500, height: 500 }, MASTODON_HEADER, CHECKED, 'HEADER_DIMENSIONS; larger headers are scaled down to 1500 × 500 pixels in area.'),
      minimum: none(MASTODON_HEADER),
      aspectRatio: fact(3, MASTODON_HEADER, CHECKED, '1500 × 500.'),
      crop: fact('none', MASTODON_HEADER, CHECKED, 'Scaled, not cropped, on upload; clients crop it to their layout.'),
      maxBytes: fact(2 * MB, MASTODON_HEADER, CHECKED, 'LIMIT = 2.megabytes.'),
      formats: fact(['jpeg', 'png', 'gif', 'webp'], MASTODON_HEADER, CHECKED),
      safeZoneDesktop: none(MASTODON_HEADER),
      safeZoneMobile: none(MASTODON_HEADER),
    },
  },
  pinterest: {
    displayName: { limit: none(PINTEREST), method: fact('utf16', PINTEREST, CHECKED, UNKNOWN_UNIT) },
    username: { minLength: none(PINTEREST), maxLength: none(PINTEREST), pattern: none(PINTEREST), reserved: fact([], PINTEREST, CHECKED, 'No reserved words documented.') },
    bio: { limit: none(PINTEREST), method: fact('utf16', PINTEREST, CHECKED, UNKNOWN_UNIT) },
    links: { max: none(PINTEREST), clickable: none(PINTEREST) },
    avatar: undocumentedImage(PINTEREST, null, false),
    cover: undocumentedImage(PINTEREST, null, true),
  },
};

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
 * platforms.bluesky.profile.bio.limit.value; // 256
 */
export const platforms: Readonly<Record<PlatformId, Platform>> = /* @__PURE__ */ deepFreeze({
  x: {
    id: 'x',
    profile: PROFILE.x,
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
    profile: PROFILE.instagram,
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
    profile: PROFILE.facebook,
    name: 'Facebook',
    text: {
      limit: fact(63206, FACEBOOK, '2026-11-01', 'No Meta page documents this long-standing limit; it is the figure every publishing tool uses.'),
      method: fact('utf16', FACEBOOK, '2026-11-01', META_UNIT),
    },
    media: {},
  },
  linkedin: {
    id: 'linkedin',
    profile: PROFILE.linkedin,
    name: 'LinkedIn',
    text: {
      limit: fact(3000, LINKEDIN, '2026-11-01'),
      method: fact('utf16', LINKEDIN, '2026-11-01', 'LinkedIn documents characters without a unit; socialkit counts UTF-16 code units.'),
    },
    media: {},
  },
  tiktok: {
    id: 'tiktok',
    profile: PROFILE.tiktok,
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
    profile: PROFILE.youtube,
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
    profile: PROFILE.threads,
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
    profile: PROFILE.bluesky,
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
    profile: PROFILE.mastodon,
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
    profile: PROFILE.pinterest,
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

const sizeSchema = z.strictObject({ width: positiveCountSchema, height: positiveCountSchema }, { error: 'must be { width, height } in pixels' });
const ratioSchema = z.number({ error: 'must be a ratio width ÷ height' }).positive().max(1000);
const cropSchema = z.enum(['circle', 'square', 'none'], { error: "must be 'circle', 'square' or 'none'" });
const stringListSchema = z.array(z.string().max(1000), { error: 'must be a list of strings' }).max(1000);
const patternSchema = z
  .string({ error: "must be the source of a regular expression such as '^[A-Za-z0-9_]+$'" })
  .max(1000)
  .refine(
    (source) => {
      try {
        new RegExp(source, 'u');
        return true;
      } catch {
        return false;
      }
    },
    { message: 'is not a valid regular expression', params: { code: 'invalidFormat' } },
  );
const profileTextSection = () =>
  section({
    limit: factOverride(positiveCountSchema.nullable()).optional(),
    method: factOverride(methodSchema).optional(),
    bytes: factOverride(positiveCountSchema).optional(),
  });
const profileImageSection = () =>
  section({
    recommended: factOverride(sizeSchema.nullable()).optional(),
    minimum: factOverride(sizeSchema.nullable()).optional(),
    aspectRatio: factOverride(ratioSchema.nullable()).optional(),
    crop: factOverride(cropSchema.nullable()).optional(),
    maxBytes: factOverride(positiveCountSchema.nullable()).optional(),
    formats: factOverride(stringListSchema.nullable()).optional(),
    safeZoneDesktop: factOverride(sizeSchema.nullable()).optional(),
    safeZoneMobile: factOverride(sizeSchema.nullable()).optional(),
  });

/**
 * The overrides {@link getPlatform} takes, as a schema: every fact of the
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
  profile: section({
    displayName: profileTextSection(),
    username: section({
      minLength: factOverride(countSchema.nullable()).optional(),
      maxLength: factOverride(positiveCountSchema.nullable()).optional(),
      pattern: factOverride(patternSchema.nullable()).optional(),
      reserved: factOverride(stringListSchema).optional(),
    }),
    bio: profileTextSection(),
    links: section({ max: factOverride(countSchema.nullable()).optional(), clickable: factOverride(booleanSchema.nullable()).optional() }),
    avatar: profileImageSection(),
    cover: profileImageSection(),
  }),
});

/** Overrides of {@link PlatformProfileRules}, every fact by field and name (`{ bio: { limit: 200 } }`); given for a platform without a cover, `cover` describes one. */
export type ProfileOverrides = NonNullable<PlatformOverrides['profile']>;

/** Overrides for {@link getPlatform}, every fact by section and name (see {@link PlatformOverridesSchema}). */
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
 * getPlatform('mastodon', { profile: { bio: { limit: 1000 } } }).profile.bio.limit.value; // 1000
 * getPlatform('x').profile.username.maxLength.value; // 15
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
    if (sectionName === 'profile') {
      const profile = result.profile as unknown as Record<string, Record<string, Fact<unknown>> | null>;
      for (const [field, facts] of Object.entries(given as Record<string, unknown>)) {
        if (facts === undefined) continue;
        applyFacts((profile[field] ??= { ...undocumentedImage('override', null, true) } as unknown as Record<string, Fact<unknown>>), facts);
      }
      continue;
    }
    applyFacts(((result as unknown as Record<string, Record<string, Fact<unknown>> | undefined>)[sectionName] ??= {}), given);
  }
  if (result.title !== undefined && (result.title.limit === undefined || result.title.method === undefined)) {
    throw invalid('incomplete', `${result.name} has no title field: an override must give both title.limit and title.method`, ['overrides', 'title']);
  }
  return result;
}

/**
 * Writes a section's parsed overrides into its facts (a clone), each as a
 * whole fact or as a bare value recorded with `source: 'override'`.
 *
 * @param target - the section's facts
 * @param given - the parsed overrides of the section
 */
function applyFacts(target: Record<string, Fact<unknown>>, given: unknown): void {
  for (const [key, raw] of Object.entries(given as Record<string, unknown>)) {
    if (raw === undefined) continue;
    target[key] = isFact(raw) ? { ...raw, asOf: raw.asOf ?? null } : { value: raw, source: 'override', asOf: null };
  }
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
