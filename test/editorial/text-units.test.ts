import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPost } from '../../src/editorial/index.js';
import { readOptions } from '../../src/core/internal.js';
import { foldText, skeleton, wholeWordOccurrences } from '../../src/editorial/text-fold.js';
import { alwaysBreaksBetween, GRAPHEME_CHUNK, graphemeBoundaries, graphemeChunks, graphemeCount, isGraphemeControl } from '../../src/editorial/text-units.js';
import { LINE, POST } from './fixtures.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const reference = (text: string): number[] => [0, ...Array.from(segmenter.segment(text), (s) => s.index + s.segment.length)];

describe('graphemes of long texts, in chunks cut at certain boundaries (V8 segments long strings in quadratic time)', () => {
  it.each([
    ['flags (a run of regional indicators, cut at even offsets)', `${'🇫🇷'.repeat(700)}🇫${'🇯🇵'.repeat(300)}`],
    ['flags after an odd indicator', `🇫${'🇫🇷'.repeat(900)}`],
    ['family emoji', '👨‍👩‍👧'.repeat(700)],
    ['decomposed accents (no certain boundary: one chunk)', `e${'\u0301'.repeat(3000)}a`],
    ['Devanagari conjuncts', 'क्षि'.repeat(800)],
    ['Hangul syllables and jamo', '한국어\u1100\u1161\u11a8'.repeat(500)],
    ['CR LF and prepended marks', '\r\n\u0600a\u200d😀x'.repeat(500)],
  ])('match Intl.Segmenter on %s', (_what, text) => {
    expect(graphemeBoundaries(text)).toEqual(reference(text));
    expect(graphemeCount(text)).toBe(reference(text).length - 1);
    const { cuts } = graphemeChunks(text);
    expect(cuts[0]).toBe(0);
    expect(cuts.at(-1)).toBe(text.length);
  });

  // Issue 13: runs with no certain boundary were handed to the segmenter whole
  // (100,000 × U+200B took 13–28 s); now every piece is bounded.
  it.each([
    ['U+200B zero width spaces (Grapheme_Cluster_Break Control)', '\u200b'.repeat(20_000)],
    ['U+2060 word joiners', '\u2060'.repeat(20_000)],
    ['U+200E left-to-right marks', '\u200e'.repeat(20_000)],
    ['U+FEFF and U+00AD', '\ufeff\u00ad'.repeat(10_000)],
    ['a Devanagari conjunct run (one cluster: consonant + virama, GB9c)', '\u0915\u094d'.repeat(10_000)],
    ['Devanagari consonants after combining marks', '\u0301\u0915'.repeat(10_000)],
    ['Devanagari consonants with nukta', '\u0915\u093c'.repeat(10_000)],
    ['Hangul L jamo (one cluster, GB6)', '\u1100'.repeat(20_000)],
    ['Hangul V jamo (GB7)', '\u1161'.repeat(20_000)],
    ['Hangul T jamo (GB8)', '\u11a8'.repeat(20_000)],
    ['prepended concatenation marks', '\u0600'.repeat(20_000)],
    ['a pictographic, marks, ZWJ and a pictographic (GB11 across a cut)', `👍${'\u0301'.repeat(900)}\u200d👍`.repeat(20)],
  ])('bounded chunks, same boundaries as Intl.Segmenter: %s', (_what, text) => {
    const { cuts } = graphemeChunks(text);
    for (let k = 0; k + 1 < cuts.length; k += 1) expect((cuts[k + 1] as number) - (cuts[k] as number)).toBeLessThanOrEqual(4 * GRAPHEME_CHUNK);
    expect(graphemeBoundaries(text)).toEqual(reference(text));
    expect(graphemeCount(text)).toBe(reference(text).length - 1);
  });

  it('agrees with Intl.Segmenter on random mixtures of long runs (fast-check)', () => {
    const units = ['\u200b', '\u2060', '\u200e', '\u0915\u094d', '\u0301\u0915', '\u0915\u093c', '\u1100', '\u1161', '\u11a8', '\u1100\u1161', 'a', 'e\u0301',
      '👩🏽‍💻', '🇫🇷', '🇫', '\u0301', '\u200d', '\u0600', '\r', '\n', '\ud800', 'क्ष', '\u0915\u094d\u200d', '\u{1f3fd}', '\u{e0061}'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...units), fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 500, max: 3000 }))), { minLength: 1, maxLength: 12 }), (runs) => {
        const text = runs.map(([u, n]) => u.repeat(n)).join('');
        expect(graphemeBoundaries(text)).toEqual(reference(text));
      }),
      { numRuns: 60 },
    );
  });

  it('every code point it takes for a control is one for the runtime segmenter (a break before and after, even before a mark)', () => {
    let controls = 0;
    for (let cp = 0; cp < 0x110000; cp += 1) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (!isGraphemeControl(cp)) continue;
      controls += 1;
      expect([...segmenter.segment(`a${String.fromCodePoint(cp)}\u0301`)].length, `U+${cp.toString(16)}`).toBe(3);
    }
    expect(controls).toBeGreaterThan(100);
    expect([0x200b, 0x2060, 0x200e, 0x200f, 0xfeff, 0xad, 0x2028, 0x7f].every(isGraphemeControl)).toBe(true);
    expect([0x200c, 0x200d, 0x0600, 0x0d, 0x0a, 0x61, 0xe0061].some(isGraphemeControl)).toBe(false);
  });

  it('says where a boundary is certain', () => {
    expect(alwaysBreaksBetween(0x61, 0x62)).toBe(true);
    expect(alwaysBreaksBetween(0x0d, 0x0a)).toBe(false);
    expect(alwaysBreaksBetween(0x200d, 0x1f600)).toBe(false);
    expect(alwaysBreaksBetween(0x0600, 0x61)).toBe(false);
    expect(alwaysBreaksBetween(0x61, 0x0301)).toBe(false);
    expect(alwaysBreaksBetween(0x1100, 0xac00)).toBe(false);
    expect(alwaysBreaksBetween(0x61, 0xac00)).toBe(true);
    expect(alwaysBreaksBetween(0x1f1eb, 0x1f1f7)).toBe(false);
    expect(alwaysBreaksBetween(0x94d, 0x915)).toBe(false);
    expect(alwaysBreaksBetween(0x93f, 0x915)).toBe(true);
    expect(alwaysBreaksBetween(0x61, 0x0e33)).toBe(false);
    // Controls (GB4, GB5): a break before and after, even after a format character or before a mark.
    expect(alwaysBreaksBetween(0x200b, 0x200b)).toBe(true);
    expect(alwaysBreaksBetween(0x200b, 0x0301)).toBe(true);
    expect(alwaysBreaksBetween(0x0600, 0x200b)).toBe(true);
    expect(alwaysBreaksBetween(0x2060, 0x61)).toBe(true);
  });
});

describe('folding for forbidden terms and brand spellings', () => {
  it('ignores case, accents, compatibility forms and typographic apostrophes', () => {
    expect(foldText('Été ﬁnal Ｅ aujourd’hui')).toBe("ete final e aujourd'hui");
  });

  it('matches whole words next to astral letters and digits', () => {
    expect(wholeWordOccurrences(foldText('𝐀pas cher'), 'pas cher')).toEqual([]);
    expect(wholeWordOccurrences(foldText('😀pas cher😀'), 'pas cher')).toEqual([2]);
    expect(wholeWordOccurrences('a', '')).toEqual([]);
    expect(wholeWordOccurrences("t'as t'", "t'")).toEqual([0, 5]);
  });

  it('maps a skeleton back to the original text', () => {
    const s = skeleton('Social-Kit 𝐀é');
    expect(s.text).toBe('socialkitae');
    expect(s.from.at(-1)).toBe(13);
    expect(s.to.at(-2)).toBe(13);
  });

  it('flags a brand spelt with astral letters or glued to a word, only when it stands alone', () => {
    const codes = (text: string): string[] => checkPost({ ...POST, text }, { editorialLine: LINE, ignore: ['tooMuchUppercase', 'linkNotClickable'] }).map((f) => f.code);
    expect(codes('Merci SocialKit𝐀')).toEqual([]);
    expect(codes('Merci beaucoup à SOCIALKIT pour ce pain')).toEqual(['brandMisspelt']);
  });

  it('does not take a brand inside a URL, a hashtag or a mention for a misspelling', () => {
    const codes = (text: string): string[] => checkPost({ ...POST, text }, { editorialLine: LINE, ignore: ['tooMuchUppercase', 'linkNotClickable'] }).map((f) => f.code);
    expect(codes('Merci ! https://socialkit.fr/pain #socialkit @socialkit')).toEqual([]);
    expect(codes('Merci socialkit, https://socialkit.fr')).toEqual(['brandMisspelt']);
  });
});

describe('readOptions', () => {
  it('reads undefined as no options, and refuses what is not a plain object', () => {
    expect(readOptions(undefined, 'options', ['a'])).toEqual({});
    expect(() => readOptions([], 'options', ['a'])).toThrow(/options must be an object/);
    expect(() => readOptions(new Date(), 'options', ['a'])).toThrow(/options must be an object/);
  });
});
