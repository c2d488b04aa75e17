import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS, ValidationError } from '../../src/core/index.js';
import { extractEntities } from '../../src/editorial/index.js';

const utf8 = (text: string): number => new TextEncoder().encode(text).length;
const summary = (text: string, platform: (typeof PLATFORM_IDS)[number] = 'x'): [string, string][] => extractEntities(text, { platform }).map((e) => [e.kind, e.text]);

const pieces = fc.constantFrom(
  '#été', '#Noël', '#東京', '#2027', '#a#b', '@marie', '@marie.dupont', '@alice.bsky.social', '@bob@mastodon.social', '$AIR.PA', '$TOOLONGX',
  'https://example.com/#anchor', 'example.com/x?y=1', 'http://t.co/abc', '😀', '👨‍👩‍👧', '🇫🇷', '#️⃣', 'e\u0301', ' ', ' ', '\n', '.', ',', '!', 'texte', '日本語', '\ud83d', '＃タグ', '＠user',
);
const texts = fc.array(pieces, { maxLength: 25 }).map((p) => p.join(''));

describe('extractEntities', () => {
  it('finds hashtags with accents and non-Latin letters, with UTF-16 and UTF-8 offsets', () => {
    expect(extractEntities('Été à #Noël ☕ https://boulangerie.fr/ete', { platform: 'bluesky' })).toEqual([
      { kind: 'hashtag', text: '#Noël', start: 6, end: 11, byteStart: 9, byteEnd: 15 },
      { kind: 'emoji', text: '☕', start: 12, end: 13, byteStart: 16, byteEnd: 19 },
      { kind: 'url', text: 'https://boulangerie.fr/ete', start: 14, end: 40, byteStart: 20, byteEnd: 46 },
    ]);
    expect(summary('#été #東京 #1st #Noël')).toEqual([
      ['hashtag', '#été'],
      ['hashtag', '#東京'],
      ['hashtag', '#1st'],
      ['hashtag', '#Noël'],
    ]);
  });

  it('does not take a # inside a URL, a number alone, C#, an HTML entity or #a#b as a hashtag', () => {
    expect(summary('https://example.com/#anchor #2027 C# &#39; #a#b')).toEqual([['url', 'https://example.com/#anchor']]);
  });

  it('takes a keycap emoji for an emoji, not a hashtag', () => {
    expect(summary('#️⃣ 1️⃣')).toEqual([
      ['emoji', '#️⃣'],
      ['emoji', '1️⃣'],
    ]);
  });

  it('finds Mastodon mentions with their server, and other platforms’ mentions as they write them', () => {
    expect(summary('Merci @marie@mastodon.social et @paul !', 'mastodon')).toEqual([
      ['mention', '@marie@mastodon.social'],
      ['mention', '@paul'],
    ]);
    expect(summary('Merci @marie@mastodon.social et @paul !', 'x')).toEqual([['mention', '@paul']]);
    expect(summary('@marie.dupont. et @paul_2', 'instagram')).toEqual([
      ['mention', '@marie.dupont'],
      ['mention', '@paul_2'],
    ]);
    expect(summary('@alice.bsky.social @bob @-x.y @a.1b', 'bluesky')).toEqual([['mention', '@alice.bsky.social']]);
    expect(summary('mail@example.com @bobé @bob://x ＠ユーザー @bob')).toEqual([['mention', '@bob']]);
  });

  it('finds cashtags', () => {
    expect(summary('$AIR.PA $MC $TOOLONGX $ab.cde x$AB $AB1 $EUR, $GOOG.')).toEqual([
      ['cashtag', '$AIR.PA'],
      ['cashtag', '$MC'],
      ['cashtag', '$ab'],
      ['cashtag', '$EUR'],
      ['cashtag', '$GOOG'],
    ]);
  });

  it('recognises URLs with or without protocol on X, only with protocol on Mastodon', () => {
    expect(summary('boulangerie.fr https://a.fr')).toEqual([
      ['url', 'boulangerie.fr'],
      ['url', 'https://a.fr'],
    ]);
    expect(summary('boulangerie.fr https://a.fr', 'mastodon')).toEqual([['url', 'https://a.fr']]);
  });

  it('keeps the invariants on any text: sorted, disjoint, text = slice, bytes = UTF-8 of the prefix', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(...PLATFORM_IDS), (text, platform) => {
        const entities = extractEntities(text, { platform });
        let last = 0;
        for (const e of entities) {
          expect(e.start).toBeGreaterThanOrEqual(last);
          expect(e.end).toBeGreaterThan(e.start);
          expect(e.text).toBe(text.slice(e.start, e.end));
          expect(e.byteStart).toBe(utf8(text.slice(0, e.start)));
          expect(e.byteEnd).toBe(utf8(text.slice(0, e.end)));
          last = e.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('defaults to X rules and refuses bad arguments', () => {
    expect(summary('x.com')).toEqual(extractEntities('x.com').map((e) => [e.kind, e.text]));
    expect(() => extractEntities(null as unknown as string)).toThrow(ValidationError);
    expect(() => extractEntities('a', { platform: 'myspace' as 'x' })).toThrow(ValidationError);
    expect(() => extractEntities('a', [] as never)).toThrow(ValidationError);
  });
});
