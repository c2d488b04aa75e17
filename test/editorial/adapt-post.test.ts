import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS, type PlatformId, ValidationError } from '../../src/core/index.js';
import { adaptPost, extractEntities, measureText, type PostInput } from '../../src/editorial/index.js';
import { LINE, POST } from './fixtures.js';

const post = (text: string, extra: Partial<PostInput> = {}): PostInput => ({ ...POST, text, media: [], ...extra });
const keys = (text: string, platform: PlatformId): Set<string> =>
  new Set(extractEntities(text, { platform }).filter((e) => e.kind !== 'emoji').map((e) => `${e.kind}:${e.text}`));

describe('adaptPost', () => {
  it('cuts a long LinkedIn post for Bluesky at the end of a word, with an ellipsis', () => {
    const text = `${'Du pain chaque matin, pétri à la main. '.repeat(12)}#pain #boulangerie`;
    const r = adaptPost(post(text, { platform: 'linkedin', format: 'text' }), { platform: 'bluesky' });
    expect(r.measure.valid).toBe(true);
    expect(r.post.platform).toBe('bluesky');
    expect(r.changes.map((c) => c.code)).toEqual(['platformChanged', 'textTruncated']);
    expect(r.post.text.endsWith('…')).toBe(true);
    expect(text.startsWith(r.post.text.slice(0, -1))).toBe(true);
    expect(r.post.text.at(-2)).not.toBe(' ');
    expect(r.measure.length).toBeLessThanOrEqual(300);
    expect(r.measure.length).toBeGreaterThan(280);
    expect(r.findings).toEqual([]);
  });

  it('leaves a post that fits unchanged', () => {
    const r = adaptPost(POST, { editorialLine: LINE });
    expect(r.post).toEqual({ ...POST, callToAction: undefined, ...r.post, text: POST.text });
    expect(r.changes).toEqual([]);
    expect(r.measure).toEqual(measureText(POST.text, 'instagram'));
  });

  it('trims hashtags to the platform’s cap, branded ones first, reporting each', () => {
    const r = adaptPost(post('Du pain frais.\n\n#levain #boulangerie #SocialKit'), { platform: 'threads', editorialLine: LINE });
    expect(r.post.text).toBe('Du pain frais.\n\n#SocialKit');
    expect(r.changes.map((c) => [c.code, c.message])).toEqual([
      ['platformChanged', 'Adapted from instagram to Threads.'],
      ['hashtagRemoved', 'Removed #levain to keep at most 1 hashtags.'],
      ['hashtagRemoved', 'Removed #boulangerie to keep at most 1 hashtags.'],
    ]);
  });

  it('turns a hashtag inside a sentence into its word, and removes the whole block when none is kept', () => {
    expect(adaptPost(post('Le #levain du jour #SocialKit'), { platform: 'threads', editorialLine: LINE }).post.text).toBe('Le levain du jour #SocialKit');
    expect(adaptPost(post('Du pain. #a #b #c'), { platform: 'linkedin', editorialLine: { ...LINE, hashtags: { maxPerPlatform: { linkedin: 0 } } } }).post.text).toBe('Du pain.');
  });

  it('removes a hashtag instead of unmarking it when its word would become a link, and keeps them when removing would too', () => {
    const removed = adaptPost(post('#SocialKit #example.com'), { platform: 'threads', editorialLine: LINE });
    expect(removed.post.text).toBe('#SocialKit.com');
    expect(removed.changes.map((c) => c.code)).toEqual(['platformChanged', 'hashtagRemoved']);
    const kept = adaptPost(post('a #example.com #tag'), { platform: 'threads', editorialLine: { ...LINE, hashtags: { branded: ['#tag'] } } });
    expect(kept.post.text).toBe('a #example.com #tag');
    expect(kept.findings.map((f) => f.code)).toEqual(['hashtagsKept']);
  });

  it('returns a text whole, not valid, when one entity alone is over the limit', () => {
    const url = `https://example.com/${'a'.repeat(400)}`;
    const r = adaptPost(post(`Lisez ceci : ${url}`), { platform: 'bluesky' });
    expect(r.post.text).toBe(`Lisez ceci : ${url}`);
    expect(r.measure.valid).toBe(false);
    expect(r.findings).toEqual([{ code: 'entityTooLong', severity: 'error', message: expect.stringContaining('by itself over Bluesky'), path: ['text'] }]);
  });

  it('never cuts a URL, a mention or a hashtag', () => {
    const text = `${'mot '.repeat(60)}https://boulangerie.fr/une-page-assez-longue @boulangerie_dupain #levain fin`;
    for (const limit of [250, 260, 270, 275, 280, 290, 300]) {
      const r = adaptPost(post(text), { platform: 'x', overrides: { text: { limit } } });
      expect(r.measure.valid).toBe(true);
      const before = keys(text, 'x');
      for (const k of keys(r.post.text, 'x')) expect(before.has(k)).toBe(true);
    }
  });

  it('cuts inside a word when no word fits, at a grapheme boundary', () => {
    const r = adaptPost(post('Anticonstitutionnellement👨‍👩‍👧'), { platform: 'x', overrides: { text: { limit: 12 } } });
    // '…' weighs 2 on X (U+2026 is outside the light ranges).
    expect(r.post.text).toBe('Anticonsti…');
    const emoji = adaptPost(post('👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧'), { platform: 'threads', overrides: { text: { limit: 40 } } });
    expect(emoji.post.text).toBe('👨‍👩‍👧👨‍👩‍👧…');
  });

  it('falls back to the ellipsis alone, then to nothing, when even that does not fit', () => {
    expect(adaptPost(post('#a b c'), { platform: 'x', overrides: { text: { limit: 2 } } }).post.text).toBe('…');
    expect(adaptPost(post('abc def'), { platform: 'x', overrides: { text: { limit: 1 } } }).post.text).toBe('');
    expect(adaptPost(post('abc def'), { platform: 'x', overrides: { text: { limit: 6 } }, ellipsis: '...' }).post.text).toBe('abc...');
  });

  it('keeps its promises on any text: valid or an entity too long, never a cut entity', () => {
    const piece = fc.constantFrom(
      'pain', 'levain', 'été', 'boulangère', '東京', '日本語の', '😀', '👨‍👩‍👧', '🇫🇷', ' ', ' ', ' ', '\n', '.', '!', '#levain', '#SocialKit', '#été',
      '@marie', '@bob@mastodon.social', '@alice.bsky.social', '$AIR', 'https://boulangerie.fr/ete', 'boulangerie.fr', 'https://t.co/abc', 'e\u0301',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), fc.constantFrom(...PLATFORM_IDS), fc.option(fc.integer({ min: 1, max: 120 })), (pieces, platform, limit) => {
        const text = pieces.join('');
        const options = limit === null ? { platform, editorialLine: LINE } : { platform, editorialLine: LINE, overrides: { text: { limit } } };
        const r = adaptPost(post(text), options);
        expect(r.measure).toEqual(measureText(r.post.text, platform, limit === null ? {} : { overrides: { text: { limit } } }));
        expect(r.measure.valid || r.findings.some((f) => f.code === 'entityTooLong')).toBe(true);
        const before = keys(text, platform);
        for (const k of keys(r.post.text, platform)) expect(before.has(k)).toBe(true);
      }),
      { numRuns: 250 },
    );
  });

  it('refuses malformed options and does not mutate its input', () => {
    expect(() => adaptPost(POST, { ellipsis: 3 as never })).toThrow(ValidationError);
    expect(() => adaptPost(POST, { ellipsis: '.'.repeat(17) })).toThrow(ValidationError);
    expect(() => adaptPost(POST, { target: 'x' } as never)).toThrow(ValidationError);
    expect(() => adaptPost({ ...POST, platform: 'vine' } as never)).toThrow(ValidationError);
    const frozen = Object.freeze({ ...POST, media: Object.freeze([]) as never, links: Object.freeze([]) as never, text: 'Tu #a #b #c #d #e #f' });
    expect(adaptPost(frozen, { platform: 'threads' }).post.text).toBe('Tu #a');
    expect(frozen.text).toBe('Tu #a #b #c #d #e #f');
  });
});
