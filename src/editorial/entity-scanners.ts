import { type PlatformId } from '../core/index.js';
import * as emoji from './emoji-scanner.js';
import { type ScanStats } from './x-url-scanner.js';

const mayStartEmoji = emoji.mayStartEmoji;
const rgiEmojiLength = emoji.rgiEmojiLength;

/** A span found by a scanner, before offsets in bytes are added. */
export interface RawEntity {
  /** `'hashtag' | 'mention' | 'cashtag' | 'emoji'` (URLs come from the URL scanner). */
  kind: 'hashtag' | 'mention' | 'cashtag' | 'emoji';
  /** First UTF-16 index. */
  start: number;
  /** End UTF-16 index (exclusive). */
  end: number;
  /** For a Mastodon mention `@user@domain`: where `@domain` starts (else `end`). */
  localEnd: number;
}

// Every pattern below is one character class repeated, anchored with the
// sticky flag: it reads one run of characters once, so it runs in linear time.
const WORD_RUN = /[\p{L}\p{M}\p{N}\p{Pc}\u200C\u200D]*/uy;
const LETTER = /\p{L}/u;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}\p{Pc}]$/u;
const BEFORE_HASHTAG = /^[\p{L}\p{M}\p{N}\p{Pc}&#\uFF03]$/u;
const BEFORE_MENTION = /^[\p{L}\p{M}\p{N}\p{Pc}!#$%&*@\uFF20]$/u;
const BEFORE_MASTODON_MENTION = /^[\p{L}\p{M}\p{N}\p{Pc}=/]$/u;
const SPACE = /^\s$/u;

// The code point ending just before `i`, as a string ('' at the start).
function codePointBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return text.slice(i - 2, i);
  }
  return text.slice(i - 1, i);
}

// The code point starting at `i`, as a string ('' at the end).
function codePointAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

// Whether `://` starts at `i` (read code unit by code unit, not with startsWith, which reads the whole text).
function isSchemeSeparatorAt(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0x3a && text.charCodeAt(i + 1) === 0x2f && text.charCodeAt(i + 2) === 0x2f;
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || isAsciiLetter(c);
}

// The end of a run of `[A-Za-z0-9_]` from `i`.
function asciiWordRun(text: string, i: number): number {
  let j = i;
  while (isAsciiWordChar(text.charCodeAt(j))) j += 1;
  return j;
}

// The end of a run of word characters (letters, marks, digits, connectors, ZWJ, ZWNJ) from `i`.
function wordRun(text: string, i: number): number {
  WORD_RUN.lastIndex = i;
  WORD_RUN.exec(text);
  return WORD_RUN.lastIndex;
}

/**
 * Hashtags: `#` or `＃` not preceded by a letter, digit, mark, `_`, `&` or
 * another `#`, then a run of letters, marks, digits and connectors with at
 * least one letter (`#été`, `#Noël`, `#東京`, `#1st`; not `#2024`), not
 * followed by `#` or `://`.
 *
 * @param text - the text
 * @param out - where to add the hashtags
 * @param stats - a work counter
 */
export function scanHashtags(text: string, out: RawEntity[], stats?: ScanStats): void {
  let steps = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    steps += 1;
    if (c !== 0x23 && c !== 0xff03) continue;
    const before = i > 0 ? text.charCodeAt(i - 1) : -1;
    if (before < 0x80 ? before >= 0 && (isAsciiWordChar(before) || before === 0x26 || before === 0x23) : BEFORE_HASHTAG.test(codePointBefore(text, i))) continue;
    const end = wordRun(text, i + 1);
    steps += end - i;
    if (end === i + 1 || !LETTER.test(text.slice(i + 1, end))) continue;
    const next = text.charCodeAt(end);
    if (next === 0x23 || next === 0xff03 || isSchemeSeparatorAt(text, end)) continue;
    out.push({ kind: 'hashtag', start: i, end, localEnd: end });
    i = end - 1;
  }
  if (stats !== undefined) stats.steps += steps;
}

// The end of a Mastodon name `[A-Za-z0-9_]+([.-]+[A-Za-z0-9_]+)*` (or of a domain, with `word` true) from `i`, or `i`.
function dottedRun(text: string, i: number, word: boolean): number {
  const run = word ? wordRun : asciiWordRun;
  let end = run(text, i);
  if (end === i) return i;
  for (;;) {
    let j = end;
    while (text.charCodeAt(j) === 0x2e || text.charCodeAt(j) === 0x2d) j += 1;
    if (j === end) return end;
    const k = run(text, j);
    if (k === j) return end;
    end = k;
  }
}

// The end of a Bluesky handle (`alice.bsky.social`: labels of `[A-Za-z0-9-]` joined by dots, ending in a label that starts with a letter) from `i`, or `i`.
function handleRun(text: string, i: number): number {
  let end = i;
  let labels = 0;
  let lastLabelStart = i;
  let j = i;
  for (;;) {
    let k = j;
    while (isAsciiAlnum(text.charCodeAt(k)) || text.charCodeAt(k) === 0x2d) k += 1;
    // A label is non-empty and neither starts nor ends with a hyphen.
    if (k === j || text.charCodeAt(j) === 0x2d || text.charCodeAt(k - 1) === 0x2d) break;
    labels += 1;
    lastLabelStart = j;
    end = k;
    if (text.charCodeAt(k) !== 0x2e) break;
    j = k + 1;
  }
  if (labels < 2 || !isAsciiLetter(text.charCodeAt(lastLabelStart))) return i;
  return end;
}

/**
 * Mentions, by platform: `@name` (`[A-Za-z0-9_]`, not preceded by a word
 * character or by `!#$%&*@`, not followed by a word character, `@` or
 * `://`); Instagram and Threads names may hold dots (`@marie.dupont`);
 * Bluesky handles are domains (`@alice.bsky.social`); Mastodon mentions may
 * name the server (`@user@mastodon.social`).
 *
 * @param text - the text
 * @param platform - whose rules apply
 * @param out - where to add the mentions
 * @param stats - a work counter
 */
export function scanMentions(text: string, platform: PlatformId, out: RawEntity[], stats?: ScanStats): void {
  let steps = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    steps += 1;
    if (c !== 0x40 && c !== 0xff20) continue;
    const before = codePointBefore(text, i);
    let end = i + 1;
    let localEnd = -1;
    if (platform === 'mastodon') {
      if (c !== 0x40 || BEFORE_MASTODON_MENTION.test(before)) continue;
      localEnd = dottedRun(text, i + 1, false);
      if (localEnd === i + 1) continue;
      end = localEnd;
      if (text.charCodeAt(localEnd) === 0x40) {
        const domainEnd = dottedRun(text, localEnd + 1, true);
        if (domainEnd > localEnd + 1) end = domainEnd;
      }
    } else {
      if (BEFORE_MENTION.test(before)) continue;
      if (platform === 'bluesky') end = handleRun(text, i + 1);
      else if (platform === 'instagram' || platform === 'threads') {
        while (isAsciiWordChar(text.charCodeAt(end)) || text.charCodeAt(end) === 0x2e) end += 1;
        while (end > i + 1 && text.charCodeAt(end - 1) === 0x2e) end -= 1;
      } else end = asciiWordRun(text, i + 1);
      if (end === i + 1) continue;
      const next = text.charCodeAt(end);
      if (next === 0x40 || next === 0xff20 || WORD_CHAR.test(codePointAt(text, end)) || isSchemeSeparatorAt(text, end)) continue;
      localEnd = end;
    }
    steps += end - i;
    out.push({ kind: 'mention', start: i, end, localEnd });
    i = end - 1;
  }
  if (stats !== undefined) stats.steps += steps;
}

/**
 * Cashtags: `$` at the start or after a space, 1 to 6 ASCII letters,
 * optionally `.` or `_` and 1 or 2 letters (`$AIR.PA`), then the end, a
 * space or punctuation.
 *
 * @param text - the text
 * @param out - where to add the cashtags
 * @param stats - a work counter
 */
export function scanCashtags(text: string, out: RawEntity[], stats?: ScanStats): void {
  let steps = 0;
  const boundary = (j: number): boolean => j >= text.length || !(isAsciiAlnum(text.charCodeAt(j)) || text.charCodeAt(j) === 0x24 || WORD_CHAR.test(codePointAt(text, j)));
  for (let i = 0; i < text.length; i += 1) {
    steps += 1;
    if (text.charCodeAt(i) !== 0x24) continue;
    if (i > 0 && !SPACE.test(codePointBefore(text, i))) continue;
    let k = i + 1;
    while (k - i - 1 < 7 && isAsciiLetter(text.charCodeAt(k))) k += 1;
    const letters = k - i - 1;
    steps += letters;
    if (letters < 1 || letters > 6) continue;
    let end = -1;
    const sep = text.charCodeAt(k);
    if (sep === 0x2e || sep === 0x5f) {
      let m = k + 1;
      while (m - k - 1 < 3 && isAsciiLetter(text.charCodeAt(m))) m += 1;
      if (m - k - 1 >= 1 && m - k - 1 <= 2 && boundary(m)) end = m;
    }
    if (end < 0 && boundary(k)) end = k;
    if (end < 0) continue;
    out.push({ kind: 'cashtag', start: i, end, localEnd: end });
    i = end - 1;
  }
  if (stats !== undefined) stats.steps += steps;
}

/**
 * Emoji: every `\p{RGI_Emoji}` sequence (current Unicode data), a ZWJ
 * family or a flag counting as one.
 *
 * @param text - the text
 * @param out - where to add the emoji
 * @param stats - a work counter
 */
export function scanEmoji(text: string, out: RawEntity[], stats?: ScanStats): void {
  const n = text.length;
  let steps = 0;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    steps += 1;
    if (c >= 0x23 && mayStartEmoji(text, i, c)) {
      const length = rgiEmojiLength(text, i);
      if (length > 0) {
        out.push({ kind: 'emoji', start: i, end: i + length, localEnd: i + length });
        steps += length;
        i += length;
        continue;
      }
    }
    i += 1;
  }
  if (stats !== undefined) stats.steps += steps;
}
