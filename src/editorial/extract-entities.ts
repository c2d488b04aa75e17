import { type PlatformId } from '../core/index.js';
import { platformId, readOptions } from '../core/internal.js';
import { scanCashtags, scanEmoji, scanHashtags, scanMentions, type RawEntity } from './entity-scanners.js';
import { readText } from './read-text.js';
import { utf8Length } from './text-units.js';
import { scanXUrls, type ScanStats } from './x-url-scanner.js';

/** The kinds of entity {@link extractEntities} finds. */
export type TextEntityKind = 'hashtag' | 'mention' | 'cashtag' | 'url' | 'emoji';

/**
 * A hashtag, mention, cashtag, URL or emoji found in a text, with its
 * offsets both in UTF-16 code units (JavaScript string indices) and in
 * UTF-8 bytes (what Bluesky facets use). `end` and `byteEnd` are exclusive;
 * `text === input.slice(start, end)`, with its `#`, `@` or `$`.
 */
export interface TextEntity {
  /** What the entity is. */
  kind: TextEntityKind;
  /** The entity as written. */
  text: string;
  /** First UTF-16 index. */
  start: number;
  /** End UTF-16 index (exclusive). */
  end: number;
  /** First UTF-8 byte offset. */
  byteStart: number;
  /** End UTF-8 byte offset (exclusive). */
  byteEnd: number;
}

/** Options of {@link extractEntities}. */
export interface ExtractEntitiesOptions {
  /**
   * Whose rules apply (default `'x'`): URLs as twitter-text recognises them
   * (with or without protocol; Mastodon links only `http(s)://` URLs) and
   * mentions as each platform writes them (`@marie.dupont` on Instagram and
   * Threads, `@alice.bsky.social` on Bluesky, `@user@server` on Mastodon).
   */
  platform?: PlatformId;
}

/** A found span with its kind and, for Mastodon mentions, where the server part starts. */
export interface EntitySpan {
  /** The kind. */
  kind: TextEntityKind;
  /** First UTF-16 index. */
  start: number;
  /** End UTF-16 index (exclusive). */
  end: number;
  /** Where the `@server` part of a Mastodon mention starts (else `end`). */
  localEnd: number;
}

/**
 * The entity spans of a text for a platform, sorted and without overlaps:
 * URLs first, then the other entities that do not overlap a URL or an
 * earlier entity (so a `#` inside a URL is not a hashtag).
 *
 * @param text - the text
 * @param platform - whose rules apply
 * @param stats - a work counter
 * @returns the spans, sorted by start
 */
export function entitySpans(text: string, platform: PlatformId, stats?: ScanStats): EntitySpan[] {
  const urls = scanXUrls(text, stats === undefined ? { withoutProtocol: platform !== 'mastodon' } : { withoutProtocol: platform !== 'mastodon', stats });
  const others: RawEntity[] = [];
  scanHashtags(text, others, stats);
  scanMentions(text, platform, others, stats);
  scanCashtags(text, others, stats);
  scanEmoji(text, others, stats);
  others.sort((a, b) => a.start - b.start);
  const out: EntitySpan[] = [];
  let u = 0;
  let lastEnd = 0;
  let o = 0;
  while (u < urls.length || o < others.length) {
    const url = urls[u];
    const other = others[o];
    if (url !== undefined && (other === undefined || url.start <= other.start || other.end > url.start)) {
      u += 1;
      if (url.start < lastEnd) continue;
      out.push({ kind: 'url', start: url.start, end: url.end, localEnd: url.end });
      lastEnd = url.end;
    } else if (other !== undefined) {
      o += 1;
      if (other.start < lastEnd) continue;
      out.push({ kind: other.kind, start: other.start, end: other.end, localEnd: other.localEnd });
      lastEnd = other.end;
    }
  }
  return out;
}

/**
 * Finds the hashtags, mentions, cashtags, URLs and emoji of a text, sorted
 * by position, with UTF-16 and UTF-8 offsets. URLs are recognised as
 * twitter-text recognises them (its TLD list; with or without protocol,
 * except on Mastodon) and win over anything they contain; hashtags take
 * letters of any script (`#été`, `#Noël`, `#東京`) and need at least one
 * letter; emoji are `\p{RGI_Emoji}` sequences. Linear in the text's length.
 *
 * @param text - the text
 * @param options - `platform`, whose rules apply (default `'x'`)
 * @returns the entities
 * @throws {ValidationError} when `text` is not a string, the platform is unknown or the options are malformed
 * @example
 * extractEntities('Été à #Noël ☕ https://boulangerie.fr/ete', { platform: 'bluesky' }).map((e) => [e.kind, e.text, e.byteStart]);
 * // [['hashtag', '#Noël', 9], ['emoji', '☕', 16], ['url', 'https://boulangerie.fr/ete', 20]]
 */
export function extractEntities(text: string, options: ExtractEntitiesOptions = {}): TextEntity[] {
  const input = readText(text, 'text');
  const opts = readOptions(options, 'options', ['platform']);
  const platform = opts.platform === undefined ? 'x' : platformId(opts.platform, ['options', 'platform']);
  const spans = entitySpans(input, platform);
  const out: TextEntity[] = [];
  let position = 0;
  let bytes = 0;
  for (const span of spans) {
    bytes += utf8Length(input, position, span.start);
    const byteStart = bytes;
    bytes += utf8Length(input, span.start, span.end);
    position = span.end;
    out.push({ kind: span.kind, text: input.slice(span.start, span.end), start: span.start, end: span.end, byteStart, byteEnd: bytes });
  }
  return out;
}
