import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SocialKitError, ValidationError } from '../../src/core/index.js';
import { measureText } from '../../src/editorial/index.js';
import { codePointCount, emojiBytesLength, graphemeBoundaries, graphemeCount, utf8Length } from '../../src/editorial/text-units.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const graphemes = (text: string): number => [...segmenter.segment(text)].length;
const bytes = (text: string): number => new TextEncoder().encode(text).length;

/** Strings rich in what grapheme rules care about: combining marks, ZWJ sequences, flags, Hangul jamo, CR LF. */
const graphemeText = fc
  .array(fc.constantFrom('a', 'é', 'e\u0301', '\u0301', '👍🏽', '👨‍👩‍👧', '🇫🇷', '🇫', '\u1100\u1161\u11a8', '\r\n', '\r', '\n', '東', '\u200d', '\ufe0f', '\ud83d', ' ', 'क्षि', '🏴󠁧󠁢󠁳󠁣󠁴󠁿'), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('measureText', () => {
  it('measures the DESIGN.md example on X (twitter-text counts 48)', () => {
    const m = measureText('Nouvelle collection ☕🥐 https://boulangerie.fr/ete', 'x');
    expect(m).toEqual({ length: 48, limit: 280, remaining: 232, valid: true, method: 'weighted', checks: [{ unit: 'weighted', length: 48, limit: 280, remaining: 232, valid: true }] });
  });

  it('applies overrides: a premium X account (25,000) and a Mastodon instance (5,000)', () => {
    const long = 'x'.repeat(1000);
    expect(measureText(long, 'x').valid).toBe(false);
    expect(measureText(long, 'x', { overrides: { text: { limit: 25000 } } })).toMatchObject({ length: 1000, limit: 25000, remaining: 24000, valid: true });
    expect(measureText(long, 'mastodon').valid).toBe(false);
    expect(measureText(long, 'mastodon', { overrides: { text: { limit: 5000 } } }).valid).toBe(true);
  });

  describe('Bluesky: graphemes (Intl.Segmenter) ≤ 300 and UTF-8 bytes ≤ 3000', () => {
    it('counts graphemes as Intl.Segmenter does, and bytes as TextEncoder does', () => {
      fc.assert(
        fc.property(fc.oneof(graphemeText, fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
          const m = measureText(text, 'bluesky');
          expect(m.length).toBe(graphemes(text));
          expect(m.checks[1]).toEqual({ unit: 'bytes', length: bytes(text), limit: 3000, remaining: 3000 - bytes(text), valid: bytes(text) <= 3000 });
          expect(graphemeCount(text)).toBe(graphemes(text));
          expect(graphemeBoundaries(text).length - 1).toBe(graphemes(text));
        }),
        { numRuns: 400 },
      );
    });

    it('counts a URL in full', () => {
      expect(measureText('https://boulangerie.fr/ete', 'bluesky').length).toBe(26);
    });

    it('is invalid over 3000 bytes even under 300 graphemes', () => {
      const text = '👨‍👩‍👧‍👦'.repeat(121); // 121 graphemes of 25 bytes each
      const m = measureText(text, 'bluesky');
      expect(m.checks).toEqual([
        { unit: 'graphemes', length: 121, limit: 300, remaining: 179, valid: true },
        { unit: 'bytes', length: 3025, limit: 3000, remaining: -25, valid: false },
      ]);
      expect(m).toMatchObject({ length: 121, remaining: 179, valid: false });
    });
  });

  describe('Mastodon: graphemes, URLs count 23, the server of a remote mention does not count', () => {
    it('counts an http(s) URL as 23, whatever its length', () => {
      expect(measureText(`Voir https://boulangerie.fr/${'a'.repeat(100)}`, 'mastodon').length).toBe(5 + 23);
    });
    it('counts a domain without protocol as text (Mastodon does not link it)', () => {
      expect(measureText('boulangerie.fr', 'mastodon').length).toBe(14);
    });
    it('counts @user@server as @user', () => {
      expect(measureText('Merci @marie@mastodon.social !', 'mastodon').length).toBe('Merci @marie !'.length);
      expect(measureText('Merci @marie !', 'mastodon').length).toBe(14);
    });
  });

  describe("Threads: 500 in 'emojiBytes' and at most 5 links", () => {
    it('counts characters, and each emoji as its UTF-8 bytes (Meta)', () => {
      expect(measureText('😀', 'threads').length).toBe(4);
      expect(measureText('a👍🏽', 'threads').length).toBe(9);
      expect(measureText('👨‍👩‍👧', 'threads').length).toBe(18);
      expect(measureText('été', 'threads').length).toBe(3);
      expect(emojiBytesLength('#️⃣ ©')).toBe(7 + 2);
    });
    it('checks distinct links', () => {
      const six = [1, 2, 3, 4, 5, 6].map((i) => `https://example.com/${i}`).join(' ');
      const m = measureText(six, 'threads');
      expect(m.checks[1]).toEqual({ unit: 'links', length: 6, limit: 5, remaining: -1, valid: false });
      expect(m.valid).toBe(false);
      expect(measureText('https://example.com HTTPS://EXAMPLE.COM example.com/a'.repeat(1), 'threads').checks[1]!.length).toBe(2);
    });
  });

  describe('the other platforms, as the registry says', () => {
    it('counts UTF-16 code units on Instagram, Facebook, LinkedIn, TikTok and Pinterest', () => {
      for (const p of ['instagram', 'facebook', 'linkedin', 'tiktok', 'pinterest'] as const) {
        const m = measureText('😀 été', p);
        expect(m.method).toBe('utf16');
        expect(m.length).toBe(6);
      }
    });
    it('counts code points and UTF-8 bytes on YouTube', () => {
      const m = measureText('😀 été', 'youtube');
      expect(m.method).toBe('codePoints');
      expect(m.length).toBe(5);
      expect(m.checks[1]).toMatchObject({ unit: 'bytes', length: 10, limit: 5000 });
      expect(codePointCount('\ud83d\ude00\ud83d')).toBe(2);
    });
    it('counts 23 per URL for a method other than graphemes when a URL length is set', () => {
      expect(measureText('https://example.com/abc', 'linkedin', { overrides: { text: { urlLength: 23 } } }).length).toBe(23);
      expect(measureText('https://example.com/abc', 'youtube', { overrides: { text: { urlLength: 10 } } }).length).toBe(10);
      expect(measureText('https://example.com/abc 😀', 'threads', { overrides: { text: { urlLength: 23 } } }).length).toBe(28);
    });
  });

  it('counts UTF-8 like TextEncoder, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 50 }), fc.string({ maxLength: 5 }), (text, tail) => {
        const withLone = text + tail + '\ud800x\udc00';
        expect(utf8Length(withLone)).toBe(bytes(withLone));
      }), { numRuns: 300 });
  });

  describe('errors', () => {
    it.each([
      ['a text that is not a string', () => measureText(42 as unknown as string, 'x')],
      ['an unknown platform', () => measureText('a', 'twitter' as 'x')],
      ['options that are not an object', () => measureText('a', 'x', 'fast' as never)],
      ['an unknown option', () => measureText('a', 'x', { limit: 3 } as never)],
      ['a malformed override', () => measureText('a', 'x', { overrides: { text: { limit: -1 } } })],
      ['an override that is not an object', () => measureText('a', 'x', { overrides: 5 as never })],
    ])('refuses %s with a ValidationError', (_what, call) => {
      expect(call).toThrow(ValidationError);
    });

    it("refuses 'weighted' without weights", () => {
      expect(() => measureText('a', 'mastodon', { overrides: { text: { method: 'weighted' } } })).toThrow(/no text.weighting/);
      try {
        measureText('a', 'mastodon', { overrides: { text: { method: 'weighted' } } });
      } catch (error) {
        expect(error).toBeInstanceOf(SocialKitError);
        expect((error as ValidationError).issues[0]!.code).toBe('missingWeighting');
      }
    });

    it('hints at the id when given an alias', () => {
      expect(() => measureText('a', 'twitter' as 'x')).toThrow(/use 'x'/);
    });
  });

  it('accepts undefined options and does not mutate frozen ones', () => {
    const options = Object.freeze({ overrides: Object.freeze({ text: Object.freeze({ limit: 10 }) }) });
    expect(measureText('abc', 'x', undefined).limit).toBe(280);
    expect(measureText('abc', 'x', options).limit).toBe(10);
    expect(options.overrides.text.limit).toBe(10);
  });
});
