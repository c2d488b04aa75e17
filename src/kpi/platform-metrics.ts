import { type PlatformId } from '../core/index.js';
import { deepFreeze } from '../core/internal.js';

/**
 * What a native metric becomes in a kpi record: a record field
 * (`'impressions'`, `'reach'`, `'clicks'`, `'conversions'`, `'publishedAt'`,
 * `'id'`) or an engagement kind (`'likes'`, `'comments'`, `'shares'`,
 * `'saves'`: kpi's default engagement kinds, summed into `engagements`).
 */
export type MetricTarget = 'id' | 'publishedAt' | 'impressions' | 'reach' | 'clicks' | 'conversions' | 'likes' | 'comments' | 'shares' | 'saves';

/**
 * The record fields and engagement kinds a platform can report, in a stable order.
 *
 * @example
 * METRIC_TARGETS.includes('saves'); // true
 */
export const METRIC_TARGETS = /* @__PURE__ */ deepFreeze([
  'id',
  'publishedAt',
  'impressions',
  'reach',
  'clicks',
  'conversions',
  'likes',
  'comments',
  'shares',
  'saves',
] as const satisfies readonly MetricTarget[]);

/**
 * How a `publishedAt` metric writes its instant: an ISO 8601 string with an
 * offset (`'iso'`), one without an offset that the platform gives in UTC
 * (`'isoUtc'`), or seconds or milliseconds since the epoch.
 */
export type InstantFormat = 'iso' | 'isoUtc' | 'epochSeconds' | 'epochMillis';

/** One native metric of a platform's API or analytics export. */
export interface PlatformMetric {
  /**
   * The native name, as the API returns it. A dotted name (`'public_metrics.like_count'`)
   * is a path into a nested API object; a flat row may also carry it as one key.
   */
  name: string;
  /** The analytics export's column header, where the platform has an export and it differs; otherwise `null`. */
  header: string | null;
  /** What it counts, in a few words. */
  meaning: string;
  /** The kpi record field or engagement kind it maps to, or `null` when it maps to none (read, not used). */
  field: MetricTarget | null;
  /** For a `publishedAt` metric, how the instant is written (default `'iso'`). */
  format?: InstantFormat;
  /** The first day the metric is returned, `'YYYY-MM-DD'` (included), or `null` when it has always been, or the date is undocumented. */
  validFrom: string | null;
  /** The last day the metric is returned, `'YYYY-MM-DD'` (included), or `null` while it is current. */
  validTo: string | null;
  /** The native name of the metric that replaces it, once retired; otherwise `null`. */
  replacedBy: string | null;
  /** A URL where the metric (and its retirement) is documented, or `'override'`. */
  source: string;
  /** The date (`YYYY-MM-DD`) the entry was last checked against `source`, or `null` for an override. */
  asOf: string | null;
  /** A remark: what is undocumented, how the mapping was chosen. */
  note?: string;
}

/** A record field a platform's API never reports: `normalizeMetrics` emits it as `null`, with a `notReported` finding. */
export interface NotReportedMetric {
  /** The record field or engagement kind. */
  field: MetricTarget;
  /** A URL documenting what the API does report (the metric's absence). */
  source: string;
  /** The date the absence was last checked, or `null` for an override. */
  asOf: string | null;
  /** A remark. */
  note?: string;
}

/** The native metrics of one platform. */
export interface PlatformMetrics {
  /** The platform. */
  platform: PlatformId;
  /** The API (and export) the names come from. */
  api: string;
  /** The metrics, in order of preference: where two current metrics map to the same field, the first one present in a row is read. */
  metrics: readonly PlatformMetric[];
  /** The fields the platform never reports. */
  notReported: readonly NotReportedMetric[];
}

const ASOF = '2026-12-04';
const META_IG_MEDIA = 'https://developers.facebook.com/docs/instagram-platform/reference/instagram-media/insights';
const META_IG_BLOG = 'https://developers.facebook.com/blog/post/2025/01/21/making-it-easier-to-build-integrations-across-the-instagram-api-and-marketing-api/';
const META_IG_CHANGELOG = 'https://developers.facebook.com/docs/instagram-platform/changelog';
const META_IG_OBJECT = 'https://developers.facebook.com/docs/instagram-platform/reference/instagram-media';
const META_PAGE_DEPRECATED = 'https://developers.facebook.com/docs/platforminsights/page/deprecated-metrics';
const META_PAGE_BLOG = 'https://developers.facebook.com/blog/post/2025/08/15/page-insights-api-updates/';
const META_PAGES_CHANGELOG = 'https://developers.facebook.com/docs/pages-api/changelog/';
const META_POST = 'https://developers.facebook.com/docs/graph-api/reference/post/';
const META_PAGE_INSIGHTS = 'https://developers.facebook.com/docs/platforminsights/page';
const LINKEDIN_STATS = 'https://learn.microsoft.com/en-us/linkedin/marketing/community-management/organizations/share-statistics';
const LINKEDIN_POSTS = 'https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/posts-api';
const X_METRICS = 'https://docs.x.com/x-api/fundamentals/metrics';
const X_TWEET = 'https://docs.x.com/x-api/fundamentals/data-dictionary';
const TIKTOK_VIDEO = 'https://developers.tiktok.com/doc/tiktok-api-v2-video-object';
const YOUTUBE_METRICS = 'https://developers.google.com/youtube/analytics/metrics';
const YOUTUBE_VIDEOS = 'https://developers.google.com/youtube/v3/docs/videos';
const THREADS_INSIGHTS = 'https://developers.facebook.com/docs/threads/insights';
const THREADS_MEDIA = 'https://developers.facebook.com/docs/threads/threads-media';
const PINTEREST_ANALYTICS = 'https://developers.pinterest.com/docs/api/v5/pins-analytics/';
const PINTEREST_PIN = 'https://developers.pinterest.com/docs/api/v5/pins-get/';
const BLUESKY_POSTVIEW = 'https://docs.bsky.app/docs/api/app-bsky-feed-get-posts';
const MASTODON_STATUS = 'https://docs.joinmastodon.org/entities/Status/';

function m(
  name: string,
  field: MetricTarget | null,
  meaning: string,
  source: string,
  more: Partial<Pick<PlatformMetric, 'header' | 'format' | 'validFrom' | 'validTo' | 'replacedBy' | 'note'>> = {},
): PlatformMetric {
  const entry: PlatformMetric = {
    name,
    header: more.header ?? null,
    meaning,
    field,
    validFrom: more.validFrom ?? null,
    validTo: more.validTo ?? null,
    replacedBy: more.replacedBy ?? null,
    source,
    asOf: ASOF,
  };
  if (more.format !== undefined) entry.format = more.format;
  if (more.note !== undefined) entry.note = more.note;
  return entry;
}

function none(field: MetricTarget, source: string, note?: string): NotReportedMetric {
  return note === undefined ? { field, source, asOf: ASOF } : { field, source, asOf: ASOF, note };
}

const BUSINESS_SUITE_HEADERS = 'Column header as in Meta Business Suite content exports (2025); Meta does not document the export format.';

/**
 * The native metrics of each platform's API (and, where noted, its
 * analytics export): each with its native name, the export's header where it
 * differs, what it means, the kpi record field it maps to (or none), its
 * `validFrom` / `validTo` dates (both included) and its replacement once
 * retired, its `source` and `asOf`. Deep-frozen; `normalizeMetrics` takes
 * `overrides`, because platforms rename their metrics every year.
 *
 * The renames dated here: Instagram's media `impressions` and `plays` (and
 * `clips_replays_count`, `ig_reels_aggregated_all_plays_count`), replaced by
 * `views`, were deprecated for all API versions on 21 April 2025 (Meta's
 * developer blog, 21 January 2025; `views` came with Graph API v22.0 that
 * day); `video_views` on 8 January 2025. Facebook Page post
 * `post_impressions_unique` went on 15 June 2025 (alternative
 * `post_total_media_view_unique`) and `post_impressions` on 15 November 2025,
 * replaced by `post_media_view` (Meta's developer blog, 15 August 2025).
 *
 * @example
 * platformMetrics.instagram.metrics.find((m) => m.name === 'impressions').replacedBy; // 'views'
 * platformMetrics.instagram.metrics.find((m) => m.name === 'impressions').validTo; // '2025-04-20'
 * platformMetrics.x.notReported.map((n) => n.field); // ['reach']
 * platformMetrics.bluesky.notReported.map((n) => n.field).slice(0, 2); // ['impressions', 'reach']
 */
export const platformMetrics: Readonly<Record<PlatformId, PlatformMetrics>> = /* @__PURE__ */ deepFreeze({
  facebook: {
    platform: 'facebook',
    api: 'Graph API: Page post fields and post insights (lifetime); Meta Business Suite content export',
    metrics: [
      m('id', 'id', "The post's id (PAGEID_POSTID).", META_POST, { header: 'Post ID' }),
      m('created_time', 'publishedAt', 'When the post was published (ISO 8601).', META_POST, { header: 'Publish time', note: BUSINESS_SUITE_HEADERS }),
      m('post_media_view', 'impressions', 'Views: the number of times the post was on screen (the replacement of post_impressions).', META_PAGES_CHANGELOG, {
        header: 'Views',
        note: `Meta documents it as the alternative to post_impressions; the date it first appeared is not documented. ${BUSINESS_SUITE_HEADERS}`,
      }),
      m('post_impressions', 'impressions', 'Impressions: the number of times the post entered a screen.', META_PAGE_BLOG, {
        validTo: '2025-11-14',
        replacedBy: 'post_media_view',
        note: 'Deprecated for all API versions on 15 November 2025 (Meta developer blog, 15 August 2025; Pages API changelog).',
      }),
      m('post_total_media_view_unique', 'reach', 'Viewers: the number of people who saw the post at least once (the replacement of post_impressions_unique).', META_PAGE_DEPRECATED, {
        header: 'Reach',
        note: BUSINESS_SUITE_HEADERS,
      }),
      m('post_impressions_unique', 'reach', 'Reach: the number of people who had the post on screen.', META_PAGE_DEPRECATED, {
        validTo: '2025-06-14',
        replacedBy: 'post_total_media_view_unique',
        note: 'Deprecated for all API versions by 15 June 2025 (the deprecated-metrics page).',
      }),
      m('post_clicks', 'clicks', 'Clicks anywhere on the post.', META_PAGE_INSIGHTS),
      m('reactions.summary.total_count', 'likes', 'Reactions of every type (like, love, wow…), counted as likes.', META_POST, {
        header: 'Reactions',
        note: `The Post reactions edge with summary=total_count. ${BUSINESS_SUITE_HEADERS}`,
      }),
      m('comments.summary.total_count', 'comments', 'Comments.', META_POST, { header: 'Comments', note: BUSINESS_SUITE_HEADERS }),
      m('shares.count', 'shares', 'Shares.', META_POST, { header: 'Shares', note: BUSINESS_SUITE_HEADERS }),
    ],
    notReported: [none('saves', META_PAGE_INSIGHTS, 'Page post insights have no saves metric.')],
  },
  instagram: {
    platform: 'instagram',
    api: 'Instagram Graph API: IG Media fields and media insights (lifetime); Meta Business Suite content export',
    metrics: [
      m('id', 'id', "The media's id.", META_IG_OBJECT, { header: 'Post ID' }),
      m('timestamp', 'publishedAt', 'When the media was published (ISO 8601).', META_IG_OBJECT, { header: 'Publish time', note: BUSINESS_SUITE_HEADERS }),
      m('views', 'impressions', 'Views: the number of times the media was played or displayed, replays included.', META_IG_MEDIA, {
        header: 'Views',
        validFrom: '2025-01-21',
        note: `Introduced with Graph API v22.0 (21 January 2025) for feed, story and reels media; Meta names it the replacement of impressions and plays. ${BUSINESS_SUITE_HEADERS}`,
      }),
      m('impressions', 'impressions', 'Impressions: the number of times the media was seen (feed and story media).', META_IG_BLOG, {
        validTo: '2025-04-20',
        replacedBy: 'views',
        note:
          'Deprecated for v22.0 on 21 January 2025 and for all versions on 21 April 2025 (the blog post, and the media insights reference). Requests with v21.0 or older still return it for media created on or before 1 July 2024: to read such an export, override validTo.',
      }),
      m('plays', 'impressions', 'Plays: the number of times a reel started playing.', META_IG_BLOG, {
        validTo: '2025-04-20',
        replacedBy: 'views',
        note: 'Deprecated for all versions on 21 April 2025, with clips_replays_count and ig_reels_aggregated_all_plays_count.',
      }),
      m('ig_reels_aggregated_all_plays_count', null, "Plays of a reel on Instagram and Facebook, replays included.", META_IG_BLOG, { validTo: '2025-04-20', replacedBy: 'views' }),
      m('clips_replays_count', null, 'Replays of a reel.', META_IG_BLOG, { validTo: '2025-04-20', replacedBy: 'views' }),
      m('video_views', null, 'Video views (feed video).', META_IG_CHANGELOG, {
        validTo: '2025-01-07',
        replacedBy: 'views',
        note: 'No longer supported for all versions from 8 January 2025 (Instagram Platform changelog).',
      }),
      m('reach', 'reach', 'Reach: the number of unique accounts that saw the media.', META_IG_MEDIA, { header: 'Reach', note: BUSINESS_SUITE_HEADERS }),
      m('likes', 'likes', 'Likes.', META_IG_MEDIA, { header: 'Likes', note: BUSINESS_SUITE_HEADERS }),
      m('comments', 'comments', 'Comments.', META_IG_MEDIA, { header: 'Comments', note: BUSINESS_SUITE_HEADERS }),
      m('shares', 'shares', 'Shares.', META_IG_MEDIA, { header: 'Shares', note: BUSINESS_SUITE_HEADERS }),
      m('saved', 'saves', 'Saves.', META_IG_MEDIA, { header: 'Saves', note: BUSINESS_SUITE_HEADERS }),
      m('total_interactions', null, "Meta's own total of interactions (likes, saves, comments, shares, minus unlikes…): not used; engagements are summed from the parts.", META_IG_MEDIA),
    ],
    notReported: [none('clicks', META_IG_MEDIA, 'Media insights have no link-click metric (a caption link is not clickable).')],
  },
  linkedin: {
    platform: 'linkedin',
    api: 'LinkedIn Marketing API: organizationalEntityShareStatistics (totalShareStatistics) and the Posts API',
    metrics: [
      m('share', 'id', "The share's URN.", LINKEDIN_STATS),
      m('publishedAt', 'publishedAt', 'When the post was published, in milliseconds since the epoch (Posts API).', LINKEDIN_POSTS, { format: 'epochMillis' }),
      m('totalShareStatistics.impressionCount', 'impressions', 'Impressions.', LINKEDIN_STATS),
      m('totalShareStatistics.uniqueImpressionsCount', 'reach', 'Unique impressions: the number of members who saw the post.', LINKEDIN_STATS),
      m('totalShareStatistics.clickCount', 'clicks', 'Clicks on the content, the company name or logo.', LINKEDIN_STATS),
      m('totalShareStatistics.likeCount', 'likes', 'Likes (reactions).', LINKEDIN_STATS),
      m('totalShareStatistics.commentCount', 'comments', 'Comments.', LINKEDIN_STATS),
      m('totalShareStatistics.shareCount', 'shares', 'Shares (reposts).', LINKEDIN_STATS),
      m('totalShareStatistics.engagement', null, "LinkedIn's own engagement rate ((clicks + likes + comments + shares) / impressions): not used.", LINKEDIN_STATS),
    ],
    notReported: [none('saves', LINKEDIN_STATS, 'Share statistics have no saves count.')],
  },
  x: {
    platform: 'x',
    api: 'X API v2: Post fields, public_metrics and non_public_metrics',
    metrics: [
      m('id', 'id', "The post's id.", X_TWEET),
      m('created_at', 'publishedAt', 'When the post was created (ISO 8601).', X_TWEET),
      m('non_public_metrics.impression_count', 'impressions', 'Impressions, as the owner sees them (user context, last 30 days).', X_METRICS),
      m('public_metrics.impression_count', 'impressions', 'Impressions, public.', X_METRICS),
      m('non_public_metrics.url_link_clicks', 'clicks', 'Clicks on a URL in the post (user context).', X_METRICS),
      m('non_public_metrics.user_profile_clicks', null, "Clicks on the author's profile: not used.", X_METRICS),
      m('public_metrics.like_count', 'likes', 'Likes.', X_METRICS),
      m('public_metrics.reply_count', 'comments', 'Replies, counted as comments.', X_METRICS),
      m('public_metrics.retweet_count', 'shares', 'Reposts, counted as shares.', X_METRICS),
      m('public_metrics.quote_count', 'shares', 'Quote posts, counted as shares (added to the reposts).', X_METRICS),
      m('public_metrics.bookmark_count', 'saves', 'Bookmarks, counted as saves.', X_METRICS),
    ],
    notReported: [none('reach', X_METRICS, 'X reports impressions, never unique reach.')],
  },
  tiktok: {
    platform: 'tiktok',
    api: 'TikTok Display API v2: the Video object',
    metrics: [
      m('id', 'id', "The video's id.", TIKTOK_VIDEO),
      m('create_time', 'publishedAt', 'When the video was posted, in seconds since the epoch.', TIKTOK_VIDEO, { format: 'epochSeconds' }),
      m('view_count', 'impressions', 'Views, read as displays: the API reports no separate impressions.', TIKTOK_VIDEO),
      m('like_count', 'likes', 'Likes.', TIKTOK_VIDEO),
      m('comment_count', 'comments', 'Comments.', TIKTOK_VIDEO),
      m('share_count', 'shares', 'Shares.', TIKTOK_VIDEO),
    ],
    notReported: [
      none('reach', TIKTOK_VIDEO, 'The Display API has no reach.'),
      none('clicks', TIKTOK_VIDEO, 'The Display API has no clicks.'),
      none('saves', TIKTOK_VIDEO, 'The Display API has no favourites count.'),
    ],
  },
  youtube: {
    platform: 'youtube',
    api: 'YouTube Analytics API v2 (metrics by video) and the Data API Video resource',
    metrics: [
      m('video', 'id', "The video's id (the dimension).", YOUTUBE_METRICS),
      m('snippet.publishedAt', 'publishedAt', 'When the video was published (ISO 8601, Data API).', YOUTUBE_VIDEOS),
      m('views', 'impressions', 'Views, read as displays: the Analytics API reports no impressions of the video itself.', YOUTUBE_METRICS),
      m('likes', 'likes', 'Likes.', YOUTUBE_METRICS),
      m('comments', 'comments', 'Comments.', YOUTUBE_METRICS),
      m('shares', 'shares', 'Shares.', YOUTUBE_METRICS),
      m('estimatedMinutesWatched', null, 'Minutes watched: not used (see averageWatchTime).', YOUTUBE_METRICS),
      m('subscribersGained', null, 'Subscribers gained: not used.', YOUTUBE_METRICS),
    ],
    notReported: [
      none('reach', YOUTUBE_METRICS, 'The Analytics API has no unique viewers by video.'),
      none('clicks', YOUTUBE_METRICS, 'No link clicks by video.'),
      none('saves', YOUTUBE_METRICS, 'No saves (videosAddedToPlaylists is a different thing).'),
    ],
  },
  threads: {
    platform: 'threads',
    api: 'Threads API: media fields and media insights',
    metrics: [
      m('id', 'id', "The post's id.", THREADS_MEDIA),
      m('timestamp', 'publishedAt', 'When the post was published (ISO 8601).', THREADS_MEDIA),
      m('views', 'impressions', 'Views of the post.', THREADS_INSIGHTS),
      m('likes', 'likes', 'Likes.', THREADS_INSIGHTS),
      m('replies', 'comments', 'Replies, counted as comments.', THREADS_INSIGHTS),
      m('reposts', 'shares', 'Reposts, counted as shares.', THREADS_INSIGHTS),
      m('quotes', 'shares', 'Quotes, counted as shares (added to the reposts).', THREADS_INSIGHTS),
      m('shares', 'shares', 'Shares (sends), added to the reposts.', THREADS_INSIGHTS, { note: 'The date the metric first appeared is not documented.' }),
    ],
    notReported: [
      none('reach', THREADS_INSIGHTS, 'Media insights have no reach.'),
      none('clicks', THREADS_INSIGHTS, 'Media insights have no link clicks.'),
      none('saves', THREADS_INSIGHTS, 'No saves.'),
    ],
  },
  pinterest: {
    platform: 'pinterest',
    api: 'Pinterest API v5: Pin fields and Pin analytics (lifetime metrics)',
    metrics: [
      m('id', 'id', "The Pin's id.", PINTEREST_PIN),
      m('created_at', 'publishedAt', 'When the Pin was created (ISO 8601 without an offset, in UTC).', PINTEREST_PIN, {
        format: 'isoUtc',
        note: "The reference's examples carry no offset ('2020-01-01T20:10:40'); read as UTC.",
      }),
      m('IMPRESSION', 'impressions', 'Impressions.', PINTEREST_ANALYTICS),
      m('OUTBOUND_CLICK', 'clicks', 'Clicks to the destination URL.', PINTEREST_ANALYTICS),
      m('PIN_CLICK', null, 'Clicks to the Pin close-up: not used (not a link click).', PINTEREST_ANALYTICS),
      m('SAVE', 'saves', 'Saves.', PINTEREST_ANALYTICS),
      m('TOTAL_REACTIONS', 'likes', 'Reactions, counted as likes.', PINTEREST_ANALYTICS),
      m('TOTAL_COMMENTS', 'comments', 'Comments.', PINTEREST_ANALYTICS),
    ],
    notReported: [
      none('reach', PINTEREST_ANALYTICS, 'Pin analytics have no unique reach.'),
      none('shares', PINTEREST_ANALYTICS, 'No shares (a save is the reshare).'),
    ],
  },
  bluesky: {
    platform: 'bluesky',
    api: 'AT Protocol app.bsky.feed.defs#postView (getPosts, getAuthorFeed)',
    metrics: [
      m('uri', 'id', "The post's at:// URI.", BLUESKY_POSTVIEW),
      m('record.createdAt', 'publishedAt', 'When the author created the post (ISO 8601).', BLUESKY_POSTVIEW),
      m('indexedAt', 'publishedAt', 'When the AppView indexed the post: read only when record.createdAt is absent.', BLUESKY_POSTVIEW),
      m('likeCount', 'likes', 'Likes.', BLUESKY_POSTVIEW),
      m('replyCount', 'comments', 'Replies, counted as comments.', BLUESKY_POSTVIEW),
      m('repostCount', 'shares', 'Reposts, counted as shares.', BLUESKY_POSTVIEW),
      m('quoteCount', 'shares', 'Quotes, counted as shares (added to the reposts).', BLUESKY_POSTVIEW),
    ],
    notReported: [
      none('impressions', BLUESKY_POSTVIEW, 'Bluesky reports no views or impressions.'),
      none('reach', BLUESKY_POSTVIEW, 'Bluesky reports no reach.'),
      none('clicks', BLUESKY_POSTVIEW, 'No link clicks.'),
      none('saves', BLUESKY_POSTVIEW, 'No public saves count.'),
    ],
  },
  mastodon: {
    platform: 'mastodon',
    api: 'Mastodon REST API: the Status entity',
    metrics: [
      m('id', 'id', "The status's id.", MASTODON_STATUS),
      m('created_at', 'publishedAt', 'When the status was created (ISO 8601).', MASTODON_STATUS),
      m('favourites_count', 'likes', 'Favourites, counted as likes.', MASTODON_STATUS),
      m('replies_count', 'comments', 'Replies, counted as comments.', MASTODON_STATUS),
      m('reblogs_count', 'shares', 'Boosts, counted as shares.', MASTODON_STATUS),
    ],
    notReported: [
      none('impressions', MASTODON_STATUS, 'A status carries only its replies, boosts and favourites counts.'),
      none('reach', MASTODON_STATUS, 'No reach.'),
      none('clicks', MASTODON_STATUS, 'No clicks.'),
      none('saves', MASTODON_STATUS, 'Bookmarks are private: no count.'),
    ],
  },
});
