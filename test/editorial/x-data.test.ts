import { createRequire } from 'node:module';
import fc from 'fast-check';
import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { COUNTRY_TLDS, GENERIC_TLDS } from '../../src/editorial/data/tlds.js';
import { TWEMOJI_PATTERN } from '../../src/editorial/data/twemoji-pattern.js';
import { createEmojiPattern, mayStartEmoji } from '../../src/editorial/emoji-scanner.js';
import { punycodeLength } from '../../src/editorial/punycode-length.js';
import { foldCodeUnit, tldEnd } from '../../src/editorial/tld-matcher.js';
import {
  C_ASCII_DOMAIN,
  C_DOMAIN,
  C_PATH,
  C_PATH_END,
  C_PRECEDING,
  C_QUERY,
  C_QUERY_END,
  URL_CHAR_CLASSES,
} from '../../src/editorial/url-char-table.js';

const require = createRequire(import.meta.url);
const rx = (twitterText as unknown as { regexen: Record<string, RegExp> }).regexen;
const twemojiRegex = (require('twemoji-parser/dist/lib/regex.js') as { default: RegExp }).default;
// punycode.js 1.4.1, the copy twitter-text 3.1.0 ships with.
const punycode = require(require.resolve('punycode', { paths: [require.resolve('twitter-text')] })) as { encode: (s: string) => string };

function alternatives(regex: RegExp): string[] {
  const source = regex.source;
  return source.slice('(?:(?:'.length, source.indexOf(')(?=')).split('|');
}

describe('the data socialkit reproduces from twitter-text 3.1.0 and twemoji-parser 11.0.2', () => {
  it('has the TLD lists of twitter-text, in its order', () => {
    expect(GENERIC_TLDS).toEqual(alternatives(rx.validGTLD!));
    expect(COUNTRY_TLDS).toEqual(alternatives(rx.validCCTLD!));
    expect(GENERIC_TLDS.length).toBe(1259);
    expect(COUNTRY_TLDS.length).toBe(315);
  });

  it("classifies all 65,536 code units as twitter-text's URL regexes (with the i flag) do", () => {
    const latin = rx.latinAccentChars!.source;
    const cyrillic = rx.cyrillicLettersAndMarks!.source;
    const classes: [number, RegExp][] = [
      [C_PATH, new RegExp(`^${rx.validGeneralUrlPathChars!.source}$`, 'i')],
      [C_PATH_END, new RegExp(`^[\\+\\-a-z${cyrillic}0-9=_#\\/${latin}]$`, 'i')],
      [C_QUERY, new RegExp(`^${rx.validUrlQueryChars!.source}$`, 'i')],
      [C_QUERY_END, new RegExp(`^${rx.validUrlQueryEndingChars!.source}$`, 'i')],
      [C_ASCII_DOMAIN, new RegExp(`^[\\-a-z0-9${latin}]$`, 'i')],
      [C_DOMAIN, new RegExp(`^${rx.validDomainChars!.source}$`, 'i')],
      [C_PRECEDING, new RegExp(`^(?:${rx.validUrlPrecedingChars!.source})$`, 'i')],
    ];
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c += 1) {
      const ch = String.fromCharCode(c);
      for (const [flag, regex] of classes) if (((URL_CHAR_CLASSES[c]! & flag) !== 0) !== regex.test(ch)) wrong.push(`${flag}:${c.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it("has twemoji-parser's emoji pattern", () => {
    expect(TWEMOJI_PATTERN).toBe(twemojiRegex.source);
  });

  it('tries emoji wherever twemoji-parser could start one', () => {
    const sticky = new RegExp(TWEMOJI_PATTERN, 'y');
    const missed: string[] = [];
    for (let c = 0; c < 0x10000; c += 1) {
      if (c >= 0xdc00 && c <= 0xdfff) continue;
      for (const next of ['', '\ufe0f', '\u20e3', '\ufe0f\u20e3', '\udffb', '\udde6', '\udc40']) {
        const text = String.fromCharCode(c) + next;
        sticky.lastIndex = 0;
        if (sticky.test(text) && !mayStartEmoji(text, 0, c)) missed.push(text);
      }
    }
    expect(missed).toEqual([]);
  });

  it('matches each TLD, in any case, where twitter-text does, and picks the same one', () => {
    const tld = new RegExp(`^(?:${rx.validGTLD!.source}|${rx.validCCTLD!.source})`, 'i');
    const wrong: string[] = [];
    for (const name of [...GENERIC_TLDS, ...COUNTRY_TLDS]) {
      for (const variant of [name, name.toUpperCase(), name.charAt(0).toUpperCase() + name.slice(1)]) {
        for (const after of ['', ' ', '/', 'x', '-', '.']) {
          const text = variant + after;
          const m = tld.exec(text);
          const expected = m === null ? -1 : m[0].length;
          if (tldEnd(text, 0, text.length) !== expected) wrong.push(text);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('matches punycode TLDs greedily, with no condition on what follows', () => {
    expect(tldEnd('XN--p1ai2!', 0, 10)).toBe(9);
    expect(tldEnd('xn--', 0, 4)).toBe(-1);
  });

  it('folds code units as a regex with the i flag and without u compares them', () => {
    for (const [a, b] of [['K', 'k'], ['É', 'é'], ['Р', 'р'], ['Σ', 'σ']] as const) expect(foldCodeUnit(a.charCodeAt(0))).toBe(foldCodeUnit(b.charCodeAt(0)));
    // ſ (U+017F) upper-cases to S, but the regex never maps a non-ASCII character to ASCII.
    expect(foldCodeUnit(0x17f)).not.toBe(foldCodeUnit(0x73));
    // ß upper-cases to two characters: it stays itself.
    expect(foldCodeUnit(0xdf)).toBe(0xdf);
  });

  it('computes the length of punycode.js encodings (RFC 3492)', () => {
    expect(punycodeLength([...'bücher'].map((c) => c.codePointAt(0)!))).toBe('bcher-kva'.length);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0x10ffff })), { maxLength: 63 }), (points) => {
        expect(punycodeLength(points)).toBe(punycode.encode(String.fromCodePoint(...points)).length);
      }),
      { numRuns: 500 },
    );
  });

  it('falls back to an emoji pattern built from properties where the v flag is missing', () => {
    const fallback = createEmojiPattern(false);
    const length = (text: string): number => {
      fallback.lastIndex = 0;
      return fallback.test(text) ? fallback.lastIndex : 0;
    };
    expect(fallback.flags).toContain('u');
    expect(length('👨‍👩‍👧')).toBe(8);
    expect(length('👍🏽')).toBe(4);
    expect(length('🇫🇷')).toBe(4);
    expect(length('#️⃣')).toBe(3);
    expect(length('🏴󠁧󠁢󠁳󠁣󠁴󠁿')).toBe(14);
    expect(length('a')).toBe(0);
    expect(createEmojiPattern().flags).toContain('v');
  });
});

describe('the shortcut of rgiEmojiLength for single code points', () => {
  it('agrees with \\p{RGI_Emoji} on every emoji code point, alone or followed by text', async () => {
    const { rgiEmojiLength, mayStartEmoji: may } = await import('../../src/editorial/emoji-scanner.js');
    const rgi = new RegExp('\\p{RGI_Emoji}', 'vy');
    const wrong: string[] = [];
    for (let cp = 0x20; cp <= 0x1faff; cp += 1) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (!/\p{Emoji}/u.test(ch)) continue;
      for (const text of [ch, `${ch} `, `${ch}a`, `${ch}\ufe0f`, `${ch}\u{1F3FD}`, `${ch}\u{1F1EB}`]) {
        if (!may(text, 0, text.charCodeAt(0))) continue;
        rgi.lastIndex = 0;
        const expected = rgi.test(text) ? rgi.lastIndex : 0;
        if (rgiEmojiLength(text, 0) !== expected) wrong.push(text);
      }
    }
    expect(wrong).toEqual([]);
  });
});
