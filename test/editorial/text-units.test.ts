import { describe, expect, it } from 'vitest';
import { checkPost } from '../../src/editorial/index.js';
import { readOptions } from '../../src/core/internal.js';
import { foldText, skeleton, wholeWordOccurrences } from '../../src/editorial/text-fold.js';
import { alwaysBreaksBetween, graphemeBoundaries, graphemeChunks, graphemeCount } from '../../src/editorial/text-units.js';
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
    const cuts = graphemeChunks(text);
    expect(cuts[0]).toBe(0);
    expect(cuts.at(-1)).toBe(text.length);
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
    const codes = (text: string): string[] => checkPost({ ...POST, text }, { editorialLine: LINE, ignore: ['tooMuchUppercase'] }).map((f) => f.code);
    expect(codes('Merci SocialKit𝐀')).toEqual([]);
    expect(codes('Merci beaucoup à SOCIALKIT pour ce pain')).toEqual(['brandMisspelt']);
  });

  it('does not take a brand inside a URL, a hashtag or a mention for a misspelling', () => {
    const codes = (text: string): string[] => checkPost({ ...POST, text }, { editorialLine: LINE, ignore: ['tooMuchUppercase'] }).map((f) => f.code);
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
