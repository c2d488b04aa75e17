import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { xCorpus } from '../../bench/editorial-corpus.js';
import { platforms } from '../../src/core/index.js';
import { measureText } from '../../src/editorial/index.js';
import { scanXUrls } from '../../src/editorial/x-url-scanner.js';
import { xWeightedUnits } from '../../src/editorial/x-weighted-length.js';
import { WEIGHTED_LENGTH_CASES } from './twitter-text-validate-cases.js';

const weighting = platforms.x.text.weighting!.value;
const xLength = (text: string): number => measureText(text, 'x').length;

describe('X weighted length: twitter-text conformance (conformance/tests/validate.yml, https://github.com/twitter/twitter-text)', () => {
  it.each(WEIGHTED_LENGTH_CASES.map((c) => [c.description, c.text, c.weightedLength] as const))('%s', (_description, text, expected) => {
    expect(xLength(text)).toBe(expected);
  });

  it('rebuilds the long-URL case at the length validate.yml gives (displayRangeEnd 12075)', () => {
    const longUrl = WEIGHTED_LENGTH_CASES.find((c) => c.description.startsWith('Handle long url'))!;
    expect(longUrl.text.length).toBe(12076);
  });
});

/** A deterministic generator of hostile URL-ish strings: fragments twitter-text's grammar cares about. */
function fragments(count: number, seed: number, maxTokens: number): string[] {
  const parts = [
    'a', 'x', 'com', 'co', 'fr', 'jp', 'xn--', 'xn--p1ai', '.', '.', '/', ':', '?', '#', '@', '-', '_', '(', ')', '((', '!', ' ', ' ',
    'é', 'É', '日本', 'ш', 'Ι', 'ʀ', 'ⱥ', 'http://', 'https://', 'HTTPS://', 't.co/', 'https://t.co/', '1', '=', '&', '%', '~', '+', '$', '[', ']',
    ';', ',', "'", '"', '\u202a', '\u200e', '\u3002', '\uff0e', '\ufe0f', '\u20e3', 'e\u0301', '😀', '👍🏽', '👨‍👩‍👧', '☕', '☃', '©', '#️⃣',
    '\ud83d', '\ude00', '\ufffe', '\u00a0', '\n', 'www.', 'example', 'ab-c', 'a_b', '🇫🇷', 'بازار', 'рус', 'РУС', 'onion', 'a'.repeat(33),
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefgh', '例', '.cn', '.com', '.co.jp', 'a.b.c.d',
  ];
  let state = seed;
  const random = (): number => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const tokens = 1 + Math.floor(random() * maxTokens);
    let s = '';
    for (let k = 0; k < tokens; k += 1) s += parts[Math.floor(random() * parts.length)];
    out.push(s);
  }
  return out;
}

describe('X weighted length: twitter-text 3.1.0 as oracle', () => {
  it('gives the same weighted length as parseTweet on 5,000 generated posts (bench corpus)', () => {
    const mismatches = xCorpus(5000, 7).filter((text) => xLength(text) !== twitterText.parseTweet(text).weightedLength);
    expect(mismatches).toEqual([]);
  });

  it('gives the same weighted length and the same URLs as twitter-text on 6,000 hostile URL-like strings', () => {
    const mismatches: string[] = [];
    for (const text of [...fragments(3000, 1, 14), ...fragments(3000, 2, 40)]) {
      const nfc = text.normalize('NFC');
      const expectedUrls = twitterText.extractUrlsWithIndices(nfc).map((u) => [u.indices[0], u.indices[1], u.url.length]);
      const urls = scanXUrls(nfc).map((u) => [u.start, u.end, u.length]);
      if (xLength(text) !== twitterText.parseTweet(text).weightedLength || JSON.stringify(urls) !== JSON.stringify(expectedUrls)) mismatches.push(text);
    }
    expect(mismatches).toEqual([]);
  });

  it.each([
    ['a URL with protocol', 'Voir https://boulangerie.fr/ete !', 30],
    ['a URL without protocol', 'boulangerie.fr', 23],
    ['a port without path (twitter-text counts the port as text)', 'example.com:8080', 28],
    ['a query without path (counted as text too)', 'example.com?q=1', 27],
    ['a t.co link cut after its slug', 'https://t.co/abc/def x', 29],
    ['balanced parentheses in a path', 'https://fr.wikipedia.org/wiki/Pain_(aliment).', 24],
    ['a URL preceded by a slash (not a URL)', 'foo/bar.com', 11],
    ['a 4,096-character limit on URLs', `https://${'ab'.repeat(2100)}.com`, 4212],
    ['the indexOf quirk of domains without protocol', 'x b.coq例.b.co y', 35],
    ['an emoji inside a URL domain', 'http://☃.net/', 23],
    ['a fully qualified keycap and a bare one', '#️⃣ #⃣', 5],
    ['a skin tone after a presentation selector (twemoji reads one emoji)', '☝️🏻', 2],
  ])('agrees with twitter-text on %s', (_what, text, expected) => {
    expect(twitterText.parseTweet(text).weightedLength).toBe(expected);
    expect(xLength(text)).toBe(expected);
  });
});

describe('X weighted length: where socialkit departs from twitter-text 3.1.0 (emoji sequences its 2019 data splits)', () => {
  it.each([
    ['🧑‍💻 (technologist, Emoji 12.1)', '🧑‍💻', 5],
    ['🐦‍🔥 (phoenix, Emoji 15.1)', '🐦‍🔥', 5],
    ['❤️‍🔥 (heart on fire, Emoji 13.1)', '❤️‍🔥', 5],
    ['🫱🏻‍🫲🏿 (handshake with skin tones, Emoji 14)', '🫱🏻‍🫲🏿', 9],
    ['👁️‍🗨️ (the fully qualified form twemoji 11 lacks)', '👁️‍🗨️', 5],
    ['♾️ (infinity with its presentation selector)', '♾️', 4],
  ])('counts %s as 2 where twitter-text counts it by its parts', (_what, text, oracle) => {
    expect(twitterText.parseTweet(text).weightedLength).toBe(oracle);
    expect(xLength(text)).toBe(2);
  });
});

describe('X weighted length: configuration', () => {
  it('normalizes to NFC first: e + combining acute counts 1', () => {
    expect(xLength('e\u0301')).toBe(1);
    expect(measureText('e\u0301', 'instagram').length).toBe(2);
  });

  it('follows a custom weighting: every code point light gives the code point count, emoji still count their weight', () => {
    const overrides = { text: { weighting: { scale: 100, defaultWeight: 100, emojiWeight: 100, ranges: [{ start: 0, end: 0x10ffff, weight: 100 }] } } };
    expect(measureText('日本語 😀', 'x', { overrides }).length).toBe(5);
    // A custom range split inside ASCII still weighs each character by its range.
    const split = { text: { weighting: { scale: 100, defaultWeight: 300, emojiWeight: 200, ranges: [{ start: 0, end: 64, weight: 100 }] } } };
    expect(measureText('a1', 'x', { overrides: split }).length).toBe(4);
    const noAscii = { text: { weighting: { scale: 100, defaultWeight: 200, emojiWeight: 200, ranges: [{ start: 200, end: 300, weight: 100 }] } } };
    expect(measureText('ab', 'x', { overrides: noAscii }).length).toBe(4);
  });

  it('counts URLs as text when the platform has no URL length', () => {
    expect(xWeightedUnits('https://example.com', weighting, undefined) / weighting.scale).toBe(19);
  });

  it('weighs an astral code point, a lone surrogate and a keycap digit like twitter-text', () => {
    expect(xLength('\u{10000}')).toBe(2);
    expect(xLength('\ud83d')).toBe(2);
    expect(xLength('1\ufe0f\u20e3 1')).toBe(4);
  });
});
