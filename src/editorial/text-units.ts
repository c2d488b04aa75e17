import * as emoji from './emoji-scanner.js';

const mayStartEmoji = emoji.mayStartEmoji;
const rgiEmojiLength = emoji.rgiEmojiLength;

/** The grapheme segmenter (locale-independent rules of UAX #29, as the runtime's ICU implements them). */
const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * V8 iterates `Intl.Segmenter` segments in time that grows with the square
 * of the string's length (a 32,768-emoji string takes seconds), so long
 * texts are segmented in chunks of about this many code units (see
 * {@link graphemeChunks}). Internal: not exported from the module's index.
 */
export const GRAPHEME_CHUNK = 1024;
const CHUNK = GRAPHEME_CHUNK;

// One character class each: every test reads one code point.
const MARK = /^[\p{M}\p{Grapheme_Extend}\p{Emoji_Modifier}]$/u;
const PREPEND_LIKE = /^\p{Cf}$/u;
// Grapheme_Cluster_Break=Control (UAX #29): line and paragraph separators,
// controls, and format characters other than ZWNJ, ZWJ, the prepended
// concatenation marks and the Grapheme_Extend ones (tags): U+200B, U+2060,
// U+200E, U+FEFF, U+00AD… GB4 and GB5 break before and after them, before every other rule.
const CONTROL_LIKE = /^[\p{Cc}\p{Zl}\p{Zp}\p{Cf}]$/u;
const NOT_CONTROL = /^[\p{Grapheme_Extend}\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u{110bd}\u{110cd}]$/u;

/**
 * Whether a code point has Grapheme_Cluster_Break=Control (CR and LF left out).
 *
 * @param cp - the code point
 * @returns true for a control
 */
export function isGraphemeControl(cp: number): boolean {
  if (cp === 0x0d || cp === 0x0a) return false;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return true;
  if (cp < 0xad || cp === 0x200c || cp === 0x200d) return false;
  const ch = String.fromCodePoint(cp);
  return CONTROL_LIKE.test(ch) && !NOT_CONTROL.test(ch);
}
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
 * mark (the format characters that are not controls and the few Brahmic
 * prepend letters, taken widely). Next to a control (Grapheme_Cluster_Break
 * Control: U+200B, U+2060, U+200E, U+FEFF…) a boundary is always certain (GB4, GB5).
 * Conservative: a false "no" only costs a longer chunk.
 *
 * @param prev - the code point before
 * @param c - the code point after
 * @returns true when a boundary is certain
 */
export function alwaysBreaksBetween(prev: number, c: number): boolean {
  // GB4, GB5: around a control (GB3 keeps CR LF whole).
  if (isGraphemeControl(c) || isGraphemeControl(prev)) return true;
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

// Characters a grapheme rule may look back across (GB9c: InCB Extend and
// Linker; GB11: Extend and ZWJ; GB12/13: regional indicators), taken widely:
// every mark, Grapheme_Extend, emoji modifier, ZWNJ, ZWJ and regional indicator.
const TRANSPARENT = /^[\p{M}\p{Grapheme_Extend}\p{Emoji_Modifier}\p{RI}\u200c\u200d]$/u;

function isTransparent(cp: number): boolean {
  return cp >= 0x300 && TRANSPARENT.test(String.fromCodePoint(cp));
}

/** Where {@link graphemeChunks} cuts a text: the cut positions, and which cuts fall inside a cluster. */
export interface GraphemeChunks {
  /** The cut positions, from 0 to `text.length`. */
  cuts: number[];
  /** `joined[k]` is true when `cuts[k]` is not a grapheme boundary: the cluster ending the piece before goes on in the piece after. */
  joined: boolean[];
}

/**
 * Cuts a text into pieces of about {@link CHUNK} code units (at most 3 ×
 * CHUNK plus a transparent run, see below) that `Intl.Segmenter` can take
 * one by one with the same result as the whole text.
 *
 * A cut at `j` goes, in order of preference:
 * 1. on a certain boundary ({@link alwaysBreaksBetween}; in a run of
 *    regional indicators at an even offset), from CHUNK to 2 × CHUNK;
 * 2. else before the first code point `c` from there on that no rule looks
 *    back across (not a mark, Grapheme_Extend, emoji modifier, ZWNJ, ZWJ or
 *    regional indicator), whose lookback is short: `a`, the last such
 *    "opaque" code point before `j`, at most CHUNK before it. Why this is exact:
 *    every rule of UAX #29 decides a boundary from the code point after it
 *    and a context before it that is either one code point (GB3–GB9b) or a
 *    run of transparent code points back to an anchor (GB9c: a consonant,
 *    GB11: a pictographic, GB12/13: the start of the regional run). So
 *    (i) the boundaries before `j` do not depend on the text from `j` on;
 *    (ii) the boundaries after `j` do not depend on the text before `j`,
 *    since every lookback from there stops at `c` at the latest, `c` being
 *    opaque; and (iii) whether `j` itself is a boundary depends only on
 *    `text[a..j]`, since its lookback stops at `a`, also opaque. Segmenting
 *    `text[a..j]` plus `c` (at most CHUNK + 2 units) tells (iii); when `j` is
 *    not a boundary, the cut is `joined` and callers merge the two clusters
 *    that meet there. Indic conjuncts (क्क्क…) and Hangul jamo runs, which
 *    have no boundary at all, are cut this way.
 * 3. else (only a run of transparent code points, which has no boundary
 *    inside but a regional pair) the scan goes on to the next certain boundary or opaque code point.
 *
 * @param text - the text
 * @returns the cuts and which of them are joined
 */
export function graphemeChunks(text: string): GraphemeChunks {
  const cuts = [0];
  const joined = [false];
  const n = text.length;
  let start = 0;
  const cpAt = (j: number): number => text.codePointAt(j) ?? 0;
  const cpBefore = (j: number): number => {
    const before = text.charCodeAt(j - 1);
    return before >= 0xdc00 && before <= 0xdfff && j - 2 >= 0 ? (text.codePointAt(j - 2) ?? before) : before;
  };
  const sizeBefore = (j: number): number => (cpBefore(j) > 0xffff ? 2 : 1);
  while (n - start > CHUNK) {
    let j = start + CHUNK;
    if (text.charCodeAt(j) >= 0xdc00 && text.charCodeAt(j) <= 0xdfff && text.charCodeAt(j - 1) >= 0xd800 && text.charCodeAt(j - 1) <= 0xdbff) j += 1;
    const first = j;
    let cut = -1;
    let join = false;
    // 1. A certain boundary within CHUNK more.
    for (; j < n && j < first + CHUNK; ) {
      const c = cpAt(j);
      const prev = cpBefore(j);
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
    // 2. Before an opaque code point with a short lookback, asking the segmenter about that one position.
    for (let k = first; cut < 0 && k < n; ) {
      const c = cpAt(k);
      if (!isTransparent(c)) {
        let a = k - sizeBefore(k);
        while (a > k - CHUNK && a > 0 && isTransparent(cpAt(a))) a -= sizeBefore(a);
        // Back to the text's start, the lookback is the whole context: exact as well.
        if (a <= 0 || !isTransparent(cpAt(a))) {
          a = Math.max(a, 0);
          const window = text.slice(a, k + (c > 0xffff ? 2 : 1));
          let boundary = false;
          for (const segment of GRAPHEMES.segment(window)) {
            if (segment.index === k - a) boundary = true;
          }
          cut = k;
          join = !boundary;
          break;
        }
      }
      // 3. Only transparent code points so far: a certain boundary will do as well.
      if (alwaysBreaksBetween(cpBefore(k), c)) {
        cut = k;
        break;
      }
      k += c > 0xffff ? 2 : 1;
    }
    if (cut < 0) break;
    cuts.push(cut);
    joined.push(join);
    start = cut;
  }
  cuts.push(n);
  joined.push(false);
  return { cuts, joined };
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
  const { cuts, joined } = graphemeChunks(text);
  for (let k = 0; k + 1 < cuts.length; k += 1) {
    const segments = GRAPHEMES.segment(text.slice(cuts[k], cuts[k + 1]))[Symbol.iterator]();
    while (segments.next().done !== true) count += 1;
    if (joined[k + 1] === true) count -= 1;
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
  const { cuts, joined } = graphemeChunks(text);
  for (let k = 0; k + 1 < cuts.length; k += 1) {
    const base = cuts[k] ?? 0;
    for (const segment of GRAPHEMES.segment(text.slice(base, cuts[k + 1]))) out.push(base + segment.index + segment.segment.length);
    // A joined cut is inside a cluster: not a boundary.
    if (joined[k + 1] === true) out.pop();
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
