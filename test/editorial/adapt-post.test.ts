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

  // The galette post of examples/demo.ts, and its editorial line's hashtag policy.
  const galette = post(
    'La galette des rois de la Boulangerie Martin revient du 2 au 31 janvier ! Feuilletage pur beurre, frangipane maison, ' +
      'fève en porcelaine de Limoges dessinée par une artiste de la Croix-Rousse. Réservez la vôtre en boutique ou sur ' +
      'https://boulangerie-martin.fr/galette?utm_source=instagram #galette #epiphanie #BoulangerieMartin #Lyon #CroixRousse',
  );
  const martin = { ...LINE, hashtags: { branded: ['#BoulangerieMartin'], max: 3 } };

  it('brandedHashtagKept: the demo’s galette post keeps #BoulangerieMartin on X, the body is cut instead', () => {
    const r = adaptPost(galette, { platform: 'x', editorialLine: martin });
    expect(r.post.text).toBe(
      'La galette des rois de la Boulangerie Martin revient du 2 au 31 janvier ! Feuilletage pur beurre, frangipane maison, ' +
        'fève en porcelaine de Limoges dessinée par une artiste de la Croix-Rousse. Réservez la vôtre en boutique ou sur… #galette #epiphanie #BoulangerieMartin',
    );
    expect(r.measure).toMatchObject({ valid: true, length: 269, limit: 280 });
    expect(r.changes.map((c) => c.code)).toEqual(['platformChanged', 'utmRetagged', 'hashtagRemoved', 'hashtagRemoved', 'textTruncated', 'brandedHashtagKept']);
    expect(r.changes.at(-1)).toEqual({
      code: 'brandedHashtagKept',
      severity: 'info',
      message: 'Kept the hashtags #galette #epiphanie #BoulangerieMartin at the end (the editorial line\'s branded ones first) and cut the body instead: "https://boulangerie-martin.fr/galette?utm_source=x".',
      path: ['text'],
    });
    // Without the line, the branded hashtag is not known: the plain cut loses the block.
    expect(adaptPost(galette, { platform: 'x' }).post.text.includes('#BoulangerieMartin')).toBe(false);
  });

  it('brandedHashtagKept: a branded hashtag inside the cut part of the body joins the block; one the cut keeps changes nothing', () => {
    const text = `Chez #SocialKit, ${'du pain chaque matin, '.repeat(20)}fin. #levain`;
    const r = adaptPost(post(text), { platform: 'bluesky', editorialLine: LINE });
    expect(r.measure.valid).toBe(true);
    expect(r.post.text.startsWith('Chez #SocialKit, du pain')).toBe(true);
    expect(r.post.text.endsWith(' du pain chaque…')).toBe(true);
    expect(r.changes.map((c) => c.code)).toEqual(['platformChanged', 'textTruncated']);
    const late = `${'Du pain chaque matin, '.repeat(20)}chez #SocialKit. #levain`;
    const moved = adaptPost(post(late), { platform: 'bluesky', editorialLine: LINE });
    expect(moved.post.text.endsWith('… #levain #SocialKit')).toBe(true);
    expect(moved.measure.valid).toBe(true);
    expect(moved.changes.at(-1)!.message).toContain('and cut the body instead: "matin, Du pain chaque matin,');
  });

  it('brandedHashtagKept: drops the block’s other hashtags (the last first) when no word of the body fits beside them, then falls back to the plain cut', () => {
    const text = 'Anticonstitutionnellement pain #levainnaturel #SocialKit #boulangeriefrancaise';
    const r = adaptPost(post(text), { platform: 'x', editorialLine: LINE, overrides: { text: { limit: 40 } } });
    expect(r.post.text).toBe('Anticonstitutionnellement… #SocialKit');
    expect(r.measure.valid).toBe(true);
    expect(r.changes.at(-1)!.message).toBe(
      'Kept the hashtags #SocialKit at the end (the editorial line\'s branded ones first) and cut the body instead: "pain" and the hashtags #levainnaturel #boulangeriefrancaise.',
    );
    // 12 weighted characters: not even '… #SocialKit' fits, so the plain cut applies.
    const tiny = adaptPost(post('Anticonstitutionnellement #SocialKit'), { platform: 'x', editorialLine: LINE, overrides: { text: { limit: 12 } } });
    expect(tiny.post.text).toBe('Anticonsti…');
    expect(tiny.changes.map((c) => c.code)).not.toContain('brandedHashtagKept');
  });

  it('utmRetagged: links tagged for Instagram are re-tagged for X, every other byte kept', () => {
    const url = 'https://boulangerie-martin.fr/galette?utm_campaign=f%C3%AAte+des+m%C3%A8res&utm_source=instagram&utm_medium=social&utm_content=A%2FB#commande';
    const r = adaptPost(post(`Commandez : ${url}`, { links: [url, 'https://boulangerie-martin.fr/?utm_source=newsletter', 'https://boulangerie-martin.fr/?utm_source=X'] }), { platform: 'x' });
    const retagged = url.replace('utm_source=instagram', 'utm_source=x');
    expect(r.post.links).toEqual([retagged, 'https://boulangerie-martin.fr/?utm_source=newsletter', 'https://boulangerie-martin.fr/?utm_source=X']);
    expect(r.post.text).toBe(`Commandez : ${retagged}`);
    expect(r.changes.map((c) => [c.code, c.path])).toEqual([
      ['platformChanged', ['platform']],
      ['utmRetagged', ['links', 0]],
      ['utmRetagged', ['text']],
    ]);
    expect(r.changes[1]!.message).toBe(`Set utm_source=x (was instagram) in links[0], so that X's visits are credited to X: ${retagged}`);
  });

  it('utmRetagged: a source named by the platform\'s name, in any case, or twitter; links without one are left alone', () => {
    const r = adaptPost(post('Voir boulangerie.fr/?utm_source=Facebook&x=1 et https://t.co/abc', { links: ['https://a.fr/?utm_source=TWITTER', 'https://a.fr/?utm_source', 'https://a.fr/#?utm_source=instagram', 'https://a.fr/?utm%5Fsource=linkedin'] }), { platform: 'linkedin' });
    expect(r.post.text).toBe('Voir boulangerie.fr/?utm_source=linkedin&x=1 et https://t.co/abc');
    expect(r.post.links).toEqual(['https://a.fr/?utm_source=linkedin', 'https://a.fr/?utm_source', 'https://a.fr/#?utm_source=instagram', 'https://a.fr/?utm%5Fsource=linkedin']);
    expect(adaptPost(post('x', { links: ['https://a.fr/?utm_source=twitter'] }), { platform: 'x' }).changes.map((c) => c.code)).toEqual(['platformChanged']);
    expect(adaptPost(post('x', { links: ['https://a.fr/?utm_source=%E0%A4%A'] }), { platform: 'x' }).post.links).toEqual(['https://a.fr/?utm_source=%E0%A4%A']);
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
