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
  const extended =
    next === 0xfe0f || next === 0x200d || next === 0x20e3 || next === 0xdb40 || (next === 0xd83c && ((after >= 0xdffb && after <= 0xdfff) || (after >= 0xdde6 && after <= 0xddff)));
  const regional = c === 0xd83c && text.charCodeAt(i + 1) >= 0xdde6 && text.charCodeAt(i + 1) <= 0xddff;
  if (!extended && !regional) {
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
  const next = text.charCodeAt(i + length);
  if (length === 0 || next === 0x200d || next === 0xfe0f || next === 0x20e3 || next === 0xd83c || next === 0xdb40) {
    const rgi = rgiEmojiLength(text, i);
    if (rgi > length) return rgi;
  }
  return length;
}
