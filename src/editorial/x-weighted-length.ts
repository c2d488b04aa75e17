import { type WeightedCountConfig } from '../core/index.js';
import * as emoji from './emoji-scanner.js';
import * as urls from './x-url-scanner.js';

// Module-local copies: the hot loop then calls local functions, not import bindings.
const mayStartEmoji = emoji.mayStartEmoji;
const mayBeSequenceAt = emoji.mayBeSequenceAt;
const xEmojiLength = emoji.xEmojiLength;
const EMOJI_START = emoji.EMOJI_START_UNITS;
const scanXUrls = urls.scanXUrls;
type ScanStats = urls.ScanStats;

/** The light ranges of twitter-text config v3: 0–4351, 8192–8205, 8208–8223, 8242–8247. */
const STANDARD_RANGES: readonly (readonly [number, number])[] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];


/**
 * X's weighted length (twitter-text config v3), in weight units (divide by
 * `scale` for characters): the text is normalized to NFC; every URL
 * twitter-text recognises weighs `urlLength × scale` whatever its length;
 * every emoji sequence weighs `emojiWeight`; any other code point weighs the
 * weight of the range it falls in, or `defaultWeight`. URLs and emoji are
 * found by two independent left-to-right scans, as twitter-text does, and
 * the count walks the text taking a URL, else an emoji, else one code point.
 *
 * @param text - the text
 * @param config - the weights (from the platform registry)
 * @param urlLength - the length a URL counts for, or undefined to count URLs like other text
 * @param stats - a work counter, for the linear-time tests
 * @returns the weighted length in weight units
 */
export function xWeightedUnits(text: string, config: WeightedCountConfig, urlLength: number | undefined, stats?: ScanStats): number {
  const t = text.normalize('NFC');
  const n = t.length;
  const urlList = urlLength === undefined ? [] : scanXUrls(t, stats === undefined ? {} : { stats });
  // twitter-text keys URLs by their start; the scanner's starts strictly increase
  // (each search resumes after the previous URL), so a pointer walks them in order.
  const ranges = config.ranges;
  const rangeCount = ranges.length;
  const defaultWeight = config.defaultWeight;
  const emojiWeight = config.emojiWeight;
  const urlWeight = (urlLength ?? 0) * config.scale;
  // The ranges of config v3 (all of one weight): tested inline.
  const light = ranges[0]?.weight ?? defaultWeight;
  let standard = rangeCount === STANDARD_RANGES.length;
  for (let r = 0; r < rangeCount && standard; r += 1) {
    const range = ranges[r];
    const expected = STANDARD_RANGES[r];
    standard = range !== undefined && expected !== undefined && range.start === expected[0] && range.end === expected[1] && range.weight === light;
  }
  // The weight of ASCII, when one range covers all of it (config v3: 0–4351).
  let asciiWeight = -1;
  for (let r = 0; r < rangeCount && asciiWeight < 0; r += 1) {
    const range = ranges[r];
    if (range !== undefined && range.start <= 0 && range.end >= 127) asciiWeight = range.weight;
    else if (range !== undefined && range.start <= 127 && range.end >= 0) break;
  }
  if (asciiWeight < 0 && !ranges.some((range) => range.start <= 127)) asciiWeight = defaultWeight;
  let urlIndex = 0;
  let nextUrl = urlList.length > 0 ? (urlList[0]?.start ?? n) : n;
  let weight = 0;
  // `scan`: how far twitter-text's independent emoji scan has gone.
  let scan = 0;
  let i = 0;
  while (i < n) {
    if (nextUrl <= i) {
      while (nextUrl < i) {
        urlIndex += 1;
        nextUrl = urlList[urlIndex]?.start ?? n;
      }
      if (nextUrl === i) {
        weight += urlWeight;
        i += urlList[urlIndex]?.length ?? 1;
        continue;
      }
    }
    let c = t.charCodeAt(i);
    if (scan === i && standard) {
      // A run of BMP code points where no emoji can start (the common
      // case), in step with the emoji scan: each weighs by its range.
      const stop = nextUrl < n ? nextUrl : n;
      let j = i;
      let w = 0;
      while (j < stop) {
        const d = t.charCodeAt(j);
        if (d >= 0xd800 || (EMOJI_START[d] === 1 && mayStartEmoji(t, j, d))) break;
        w += d <= 4351 || (d >= 8192 && d <= 8205) || (d >= 8208 && d <= 8223) || (d >= 8242 && d <= 8247) ? light : defaultWeight;
        j += 1;
      }
      if (j > i) {
        weight += w;
        i = j;
        scan = j;
        continue;
      }
    } else if (c < 0x80 && scan === i && asciiWeight >= 0) {
      // A run of plain ASCII in step with the emoji scan: no emoji can start
      // in it (a digit, '#' or '*' starts one only before U+FE0F or U+20E3).
      const stop = nextUrl < n ? nextUrl : n;
      let j = i;
      while (j < stop && c < 0x80) {
        if (c === 0x23 || c === 0x2a || (c >= 0x30 && c <= 0x39)) {
          const next = t.charCodeAt(j + 1);
          if (next === 0xfe0f || next === 0x20e3) break;
        }
        j += 1;
        c = t.charCodeAt(j);
      }
      if (j > i) {
        weight += asciiWeight * (j - i);
        i = j;
        scan = j;
        continue;
      }
      c = t.charCodeAt(i);
    }
    // After a URL, the emoji scan catches up through it (an emoji can straddle its end).
    while (scan < i) {
      const d = t.charCodeAt(scan);
      const length = EMOJI_START[d] === 1 && mayStartEmoji(t, scan, d) ? xEmojiLength(t, scan) : 0;
      scan += length > 0 ? length : 1;
    }
    if (scan === i) {
      if (mayStartEmoji(t, i, c)) {
        // An emoji code point nothing extends weighs as much as a heavy code point
        // under config v3 (every emoji code point is outside the light ranges).
        const size = c >= 0xd800 && c <= 0xdbff && t.charCodeAt(i + 1) >= 0xdc00 && t.charCodeAt(i + 1) <= 0xdfff ? 2 : 1;
        if (standard && emojiWeight === defaultWeight && c >= 0x2000 && !mayBeSequenceAt(t, i, size)) {
          weight += defaultWeight;
          i += size;
          scan = i;
          continue;
        }
        const length = xEmojiLength(t, i);
        if (length > 0) {
          weight += emojiWeight;
          i += length;
          scan = i;
          continue;
        }
      }
      scan = i + 1;
    }
    i += 1;
    if (c >= 0xd800 && c <= 0xdbff && i < n) {
      const d = t.charCodeAt(i);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i += 1;
      }
    }
    let w = defaultWeight;
    if (standard) {
      if (c <= 4351 || (c >= 8192 && c <= 8205) || (c >= 8208 && c <= 8223) || (c >= 8242 && c <= 8247)) w = light;
    } else {
      for (let r = 0; r < rangeCount; r += 1) {
        const range = ranges[r];
        if (range !== undefined && c >= range.start && c <= range.end) {
          w = range.weight;
          break;
        }
      }
    }
    weight += w;
  }
  if (stats !== undefined) stats.steps += n;
  return weight;
}
