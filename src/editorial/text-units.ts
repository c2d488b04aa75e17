import * as emoji from './emoji-scanner.js';

const mayStartEmoji = emoji.mayStartEmoji;
const rgiEmojiLength = emoji.rgiEmojiLength;

/** The grapheme segmenter (locale-independent rules of UAX #29, as the runtime's ICU implements them). */
const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * V8 iterates `Intl.Segmenter` segments in time that grows with the square
 * of the string's length (a 32,768-emoji string takes seconds), so long
 * texts are segmented in chunks of about this many code units, cut only where
 * UAX #29 always breaks.
 */
const CHUNK = 1024;

// One character class each: every test reads one code point.
const MARK = /^[\p{M}\p{Grapheme_Extend}\p{Emoji_Modifier}]$/u;
const PREPEND_LIKE = /^\p{Cf}$/u;
const INCB_SCRIPT = /^[\p{sc=Deva}\p{sc=Beng}\p{sc=Gujr}\p{sc=Orya}\p{sc=Telu}\p{sc=Mlym}]$/u;
const REGIONAL = /^\p{RI}$/u;
const EXTEND = /^[\p{Grapheme_Extend}\p{Emoji_Modifier}]$/u;

function isHangulL(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0xa960 && cp <= 0xa97c);
}

/**
 * Whether UAX #29 (Unicode 17, GB3–GB13 with GB9c) always puts a grapheme
 * boundary between the code points `prev` and `c`, whatever comes before:
 * `c` is not a mark, joiner, spacing mark, LF after CR, Hangul jamo V or T
 * (or L or a syllable after L), an Indic consonant after an extending mark
 * (a virama, a nukta: GB9c), or a
 * regional indicator after one; and `prev` is neither ZWJ nor a prepended
 * mark (format characters and the few Brahmic prepend letters, taken widely).
 * Conservative: a false "no" only costs a longer chunk.
 *
 * @param prev - the code point before
 * @param c - the code point after
 * @returns true when a boundary is certain
 */
export function alwaysBreaksBetween(prev: number, c: number): boolean {
  if (prev === 0x200d || prev === 0x0d4e || (prev >= 0x11000 && prev <= 0x11fff) || PREPEND_LIKE.test(String.fromCodePoint(prev))) return false;
  if (c === 0x0a) return prev !== 0x0d;
  if (c < 0x300) return true;
  if (c === 0x200c || c === 0x200d || c === 0x0e33 || c === 0x0eb3) return false;
  if ((c >= 0x1160 && c <= 0x11ff) || (c >= 0xd7b0 && c <= 0xd7ff)) return false;
  if (isHangulL(c) || (c >= 0xac00 && c <= 0xd7a3)) return !isHangulL(prev);
  const ch = String.fromCodePoint(c);
  if (MARK.test(ch)) return false;
  if (REGIONAL.test(ch)) return !REGIONAL.test(String.fromCodePoint(prev));
  if (INCB_SCRIPT.test(ch)) return !EXTEND.test(String.fromCodePoint(prev));
  return true;
}

/**
 * Cuts a text into pieces that each end on a certain grapheme boundary, of
 * about {@link CHUNK} code units (longer only where no certain boundary
 * comes sooner; a run of regional indicators is cut at an even offset).
 *
 * @param text - the text
 * @returns the cut positions, from 0 to `text.length`
 */
export function graphemeChunks(text: string): number[] {
  const cuts = [0];
  const n = text.length;
  let start = 0;
  while (n - start > CHUNK) {
    let j = start + CHUNK;
    if (text.charCodeAt(j) >= 0xdc00 && text.charCodeAt(j) <= 0xdfff) j += 1;
    let cut = -1;
    while (j < n) {
      const c = text.codePointAt(j) ?? 0;
      const before = text.charCodeAt(j - 1);
      const prev = before >= 0xdc00 && before <= 0xdfff && j - 2 >= 0 ? (text.codePointAt(j - 2) ?? before) : before;
      if (alwaysBreaksBetween(prev, c)) {
        cut = j;
        break;
      }
      if (REGIONAL.test(String.fromCodePoint(c)) && REGIONAL.test(String.fromCodePoint(prev))) {
        // Inside a run of regional indicators (2 code units each), boundaries fall at even
        // offsets from the run's start, or from the chunk's start, itself a boundary.
        let runStart = j;
        while (runStart - 2 >= start && REGIONAL.test(text.slice(runStart - 2, runStart))) runStart -= 2;
        if ((j - runStart) % 4 === 0) {
          cut = j;
          break;
        }
      }
      j += c > 0xffff ? 2 : 1;
    }
    if (cut < 0) break;
    cuts.push(cut);
    start = cut;
  }
  cuts.push(n);
  return cuts;
}

// Whether every code unit is below U+0300, where each is a grapheme cluster of its own (except CR LF).
function isBelowCombining(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) >= 0x300) return false;
  return true;
}

/**
 * The number of user-perceived characters (extended grapheme clusters, as
 * `Intl.Segmenter` finds them). Text made only of code units below U+0300
 * is counted directly: there every code unit is a cluster, except CR LF.
 * Long texts are segmented in chunks cut at certain boundaries, so the time
 * stays linear.
 *
 * @param text - the text
 * @returns its grapheme count
 */
export function graphemeCount(text: string): number {
  if (isBelowCombining(text)) {
    let crlf = 0;
    for (let i = 0; i + 1 < text.length; i += 1) if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) crlf += 1;
    return text.length - crlf;
  }
  let count = 0;
  const cuts = graphemeChunks(text);
  for (let k = 0; k + 1 < cuts.length; k += 1) {
    const segments = GRAPHEMES.segment(text.slice(cuts[k], cuts[k + 1]))[Symbol.iterator]();
    while (segments.next().done !== true) count += 1;
  }
  return count;
}

/**
 * The grapheme cluster boundaries of a text: 0, the end of each cluster,
 * up to `text.length` (in linear time, as {@link graphemeCount}).
 *
 * @param text - the text
 * @returns the boundaries, increasing
 */
export function graphemeBoundaries(text: string): number[] {
  const out = [0];
  if (isBelowCombining(text)) {
    for (let i = 1; i <= text.length; i += 1) if (!(text.charCodeAt(i - 1) === 13 && text.charCodeAt(i) === 10)) out.push(i);
    return out;
  }
  const cuts = graphemeChunks(text);
  for (let k = 0; k + 1 < cuts.length; k += 1) {
    const base = cuts[k] ?? 0;
    for (const segment of GRAPHEMES.segment(text.slice(base, cuts[k + 1]))) out.push(base + segment.index + segment.segment.length);
  }
  return out;
}

/**
 * The number of Unicode code points (a lone surrogate counts as one).
 *
 * @param text - the text
 * @returns its code point count
 */
export function codePointCount(text: string): number {
  let count = text.length;
  for (let i = 0; i + 1 < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        count -= 1;
        i += 1;
      }
    }
  }
  return count;
}

/**
 * The UTF-8 length of one code point, from its first UTF-16 code unit
 * (`c`) and the next (`d`): 1 to 3 bytes in the BMP, 4 for a surrogate
 * pair; a lone surrogate is encoded as U+FFFD (3 bytes), as `TextEncoder` does.
 *
 * @param c - a code unit
 * @param d - the code unit after it (NaN at the end)
 * @returns the bytes of the code point (4 means it took two code units)
 */
function utf8Step(c: number, d: number): number {
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) return 4;
  return 3;
}

/**
 * The number of bytes of a text encoded in UTF-8 (lone surrogates become
 * U+FFFD, 3 bytes, as `TextEncoder` does).
 *
 * @param text - the text
 * @param start - first UTF-16 index (default 0)
 * @param end - end UTF-16 index, exclusive (default the length)
 * @returns its UTF-8 length
 */
export function utf8Length(text: string, start = 0, end = text.length): number {
  let bytes = 0;
  for (let i = start; i < end; i += 1) {
    const step = utf8Step(text.charCodeAt(i), i + 1 < end ? text.charCodeAt(i + 1) : Number.NaN);
    bytes += step;
    if (step === 4) i += 1;
  }
  return bytes;
}

/**
 * Meta's count for Threads: characters (code points), with every emoji
 * sequence (`\p{RGI_Emoji}`) counted as its UTF-8 bytes instead: 😀 counts
 * 4, 👍🏽 8, 👨‍👩‍👧 18.
 *
 * @param text - the text
 * @returns the count
 */
export function emojiBytesLength(text: string): number {
  let count = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c >= 0x23 && mayStartEmoji(text, i, c)) {
      const length = rgiEmojiLength(text, i);
      if (length > 0) {
        count += utf8Length(text, i, i + length);
        i += length;
        continue;
      }
    }
    count += 1;
    const d = text.charCodeAt(i + 1);
    i += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
  }
  return count;
}
