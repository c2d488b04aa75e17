import { TWEMOJI_PATTERN } from './data/twemoji-pattern.js';

// An approximation of \p{RGI_Emoji} for engines without the `v` flag
// (Node < 20, Safari < 17): a flag pair, a keycap, an emoji (with a skin tone,
// a presentation selector or a tag sequence) and ZWJ-joined emoji. Every
// repetition starts with a fixed character (a tag, a ZWJ), so matching is
// linear.
const FALLBACK_EMOJI_SOURCE =
  '\\p{RI}\\p{RI}|[#*0-9]\\uFE0F\\u20E3|' +
  '(?:\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}|\\p{Emoji_Presentation}|\\p{Extended_Pictographic}\\uFE0F)' +
  '(?:[\\u{E0020}-\\u{E007E}]+\\u{E007F})?' +
  '(?:\\u200D(?:\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}|\\p{Emoji_Presentation}|\\p{Extended_Pictographic}\\uFE0F?))*';

/**
 * Creates the sticky pattern of one emoji sequence: `\p{RGI_Emoji}` (the
 * runtime's current Unicode emoji data) where the engine supports the `v`
 * flag, else an approximation built from emoji properties.
 *
 * @param useUnicodeSets - try `\p{RGI_Emoji}` first (false forces the approximation, for tests)
 * @returns a sticky regular expression; set `lastIndex` before each `exec`
 */
export function createEmojiPattern(useUnicodeSets = true): RegExp {
  if (useUnicodeSets) {
    try {
      return new RegExp('\\p{RGI_Emoji}', 'vy');
    } catch {
      /* v8 ignore next -- Node 20 supports the v flag */
    }
  }
  return new RegExp(FALLBACK_EMOJI_SOURCE, 'uy');
}

// Sticky patterns are used synchronously, with `lastIndex` set before every
// `exec`: their state never carries from one call to the next.
const RGI_EMOJI = createEmojiPattern();
// twemoji-parser's pattern: a bounded alternation (its longest match is 14
// code units), so one attempt costs a bounded number of steps.
const TWEMOJI = new RegExp(TWEMOJI_PATTERN, 'y');

function buildBmpEmoji(): Uint8Array {
  const table = new Uint8Array(0x1300);
  const emoji = /\p{Emoji}/u;
  for (let c = 0x2000; c < 0x3300; c += 1) if (emoji.test(String.fromCharCode(c))) table[c - 0x2000] = 1;
  return table;
}
const BMP_EMOJI = buildBmpEmoji();

function buildStarts(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of [0x23, 0x2a, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0xa9, 0xae, 0xfe0f, 0xe50a, 0xd83c, 0xd83d, 0xd83e]) table[c] = 1;
  for (let c = 0x2000; c < 0x3300; c += 1) if (BMP_EMOJI[c - 0x2000] === 1) table[c] = 1;
  return table;
}

/**
 * 1 for every UTF-16 code unit that {@link mayStartEmoji} can say yes to
 * (whatever follows it), 0 elsewhere: a filter for hot loops.
 */
export const EMOJI_START_UNITS: Readonly<Uint8Array> = buildStarts();

/**
 * Whether an emoji sequence (for twemoji-parser or `\p{RGI_Emoji}`) can start
 * at `i`: a keycap base or © ® followed by a variation selector or the
 * keycap mark, an emoji of U+2000–U+32FF, a high surrogate of the emoji
 * planes, or one of twemoji-parser's oddities (a lone U+FE0F, U+E50A). A
 * cheap filter: the patterns run only where it says yes.
 *
 * @param text - the text
 * @param i - a UTF-16 index
 * @param c - `text.charCodeAt(i)`
 * @returns true when a pattern should be tried at `i`
 */
export function mayStartEmoji(text: string, i: number, c: number): boolean {
  if (c < 0x2000) {
    if (c === 0x23 || c === 0x2a || (c >= 0x30 && c <= 0x39)) {
      const next = text.charCodeAt(i + 1);
      return next === 0xfe0f || next === 0x20e3;
    }
    return (c === 0xa9 || c === 0xae) && text.charCodeAt(i + 1) === 0xfe0f;
  }
  if (c < 0x3300) return BMP_EMOJI[c - 0x2000] === 1;
  return (c >= 0xd83c && c <= 0xd83e) || c === 0xfe0f || c === 0xe50a;
}

const PRESENTATION = /\p{Emoji_Presentation}/uy;

/**
 * Whether the code units `next` and `after` (the two after an emoji) can
 * extend it into a longer sequence: a presentation selector, a joiner, the
 * keycap mark, a tag, or a skin tone (U+1F3FB–U+1F3FF). A regional indicator
 * extends only a regional indicator ({@link isRegionalAt}).
 *
 * @param next - the code unit right after the emoji
 * @param after - the one after it
 * @returns true when a longer sequence is possible
 */
function mayExtend(next: number, after: number): boolean {
  return next === 0xfe0f || next === 0x200d || next === 0x20e3 || next === 0xdb40 || (next === 0xd83c && after >= 0xdffb && after <= 0xdfff);
}

/**
 * Whether the code point of `size` code units at `i` could be the start of
 * an emoji sequence longer than itself: an extender follows it, or it is a
 * regional indicator.
 *
 * @param text - the text
 * @param i - a UTF-16 index
 * @param size - the code point's length in code units (1 or 2)
 * @returns false when the code point can only be an emoji on its own
 */
export function mayBeSequenceAt(text: string, i: number, size: number): boolean {
  return mayExtend(text.charCodeAt(i + size), text.charCodeAt(i + size + 1)) || isRegionalAt(text, i);
}

/**
 * Whether a regional indicator (U+1F1E6–U+1F1FF) starts at `i`.
 *
 * @param text - the text
 * @param i - a UTF-16 index
 * @returns true for a regional indicator
 */
function isRegionalAt(text: string, i: number): boolean {
  const low = text.charCodeAt(i + 1);
  return text.charCodeAt(i) === 0xd83c && low >= 0xdde6 && low <= 0xddff;
}

/**
 * The length (UTF-16) of the `\p{RGI_Emoji}` sequence at `i`, or 0. The
 * engine's RGI pattern costs microseconds per try, so a code point that
 * nothing extends (no selector, joiner, keycap mark, skin tone, tag or
 * second regional indicator follows) is decided by its Emoji_Presentation
 * property alone, which is what the RGI set says of single code points.
 *
 * @param text - the text
 * @param i - where to look; call only where {@link mayStartEmoji} says yes
 * @returns the length of the emoji sequence starting there, or 0
 */
export function rgiEmojiLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const size = c >= 0xd800 && c <= 0xdbff && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff ? 2 : 1;
  const next = text.charCodeAt(i + size);
  const after = text.charCodeAt(i + size + 1);
  if (!isRegionalAt(text, i) && !mayExtend(next, after)) {
    PRESENTATION.lastIndex = i;
    return PRESENTATION.test(text) ? size : 0;
  }
  RGI_EMOJI.lastIndex = i;
  // test() with the sticky flag leaves lastIndex at the end of the match, without allocating one.
  return RGI_EMOJI.test(text) ? RGI_EMOJI.lastIndex - i : 0;
}

/**
 * The length of the emoji X counts as one unit at `i`: the longer of
 * twemoji-parser's match (what twitter-text 3.1.0 counts, Emoji 11 data) and
 * the `\p{RGI_Emoji}` match (current data, so that newer sequences such as
 * 🧑‍💻 count once as X documents). The RGI pattern runs only when it could
 * give more: no twemoji match, or one followed by a joiner, a selector, a
 * keycap mark, a skin tone or a tag.
 *
 * @param text - the text (NFC)
 * @param i - where to look; call only where {@link mayStartEmoji} says yes
 * @returns the length in UTF-16 code units, or 0
 */
export function xEmojiLength(text: string, i: number): number {
  TWEMOJI.lastIndex = i;
  const length = TWEMOJI.test(text) ? TWEMOJI.lastIndex - i : 0;
  // A flag is two regional indicators: once twemoji has both, RGI cannot give more.
  if (length === 0 || mayExtend(text.charCodeAt(i + length), text.charCodeAt(i + length + 1)) || (length < 4 && isRegionalAt(text, i))) {
    const rgi = rgiEmojiLength(text, i);
    if (rgi > length) return rgi;
  }
  return length;
}
