import { describe, expect, it } from 'vitest';
import { getPlatform, platforms, tiktokCreatorOverrides, ValidationError } from '../../src/core/index.js';
import { checkPost, measureText, type PostInput } from '../../src/editorial/index.js';
import { POST } from './fixtures.js';

const post = (p: Partial<PostInput>): PostInput => ({ ...POST, ...p }) as PostInput;
const codes = (p: Partial<PostInput>, options: Parameters<typeof checkPost>[1] = {}): string[] => checkPost(post(p), options).map((f) => f.code);

describe('platform facts corrected in issue 14', () => {
  // https://github.com/pinterest/api-description/blob/main/v5/openapi.yaml (v5.13.0): PinCreate.description maxLength: 800, title maxLength: 100
  it('Pinterest: a pin description holds 800 characters (PinCreate.description, maxLength: 800)', () => {
    expect(platforms.pinterest.text.limit.value).toBe(800);
    expect(platforms.pinterest.text.limit.source).toBe('https://github.com/pinterest/api-description/blob/main/v5/openapi.yaml');
    expect(platforms.pinterest.title?.limit.value).toBe(100);
    const pin = { platform: 'pinterest' as const, format: 'image' as const };
    expect(measureText('a'.repeat(800), 'pinterest').valid).toBe(true);
    expect(codes({ ...pin, text: 'a'.repeat(650) })).toEqual([]);
    expect(codes({ ...pin, text: 'a'.repeat(800) })).toEqual([]);
    expect(codes({ ...pin, text: 'a'.repeat(801) })).toEqual(['overLimit']);
  });

  it("X: the counting page's current address", () => {
    expect(platforms.x.text.limit.source).toBe('https://docs.x.com/fundamentals/counting-characters');
    expect(platforms.x.text.method.source).toBe('https://docs.x.com/fundamentals/counting-characters');
  });

  // https://developers.tiktok.com/doc/content-posting-api-media-transfer-guide: "All TikTok creators can post 3-minute videos"
  // https://developers.tiktok.com/doc/content-posting-api-reference-query-creator-info: max_video_post_duration_sec, per creator
  describe('TikTok: the longest video is per creator', () => {
    it('defaults to the 3 minutes every creator may post', () => {
      const f = platforms.tiktok.media.maxVideoSeconds!;
      expect(f.value).toBe(180);
      expect(f.source).toBe('https://developers.tiktok.com/doc/content-posting-api-media-transfer-guide');
      expect(f.note).toMatch(/max_video_post_duration_sec/);
    });

    it("takes the creator's own max_video_post_duration_sec as an override", () => {
      const overrides = tiktokCreatorOverrides({ max_video_post_duration_sec: 600 });
      expect(getPlatform('tiktok', overrides).media.maxVideoSeconds).toEqual({
        value: 600,
        source: 'https://developers.tiktok.com/doc/content-posting-api-reference-query-creator-info',
        asOf: null,
        note: "The creator's max_video_post_duration_sec.",
      });
      // the registry itself is untouched
      expect(platforms.tiktok.media.maxVideoSeconds!.value).toBe(180);
      // a bare override works too
      expect(getPlatform('tiktok', { media: { maxVideoSeconds: 300 } }).media.maxVideoSeconds?.value).toBe(300);
      // other fields of the answer are ignored
      expect(tiktokCreatorOverrides({ max_video_post_duration_sec: 300, creator_username: 'x' } as never)).toEqual(tiktokCreatorOverrides({ max_video_post_duration_sec: 300 }));
    });

    it.each<[unknown, string]>([
      [null, 'invalidType'],
      [[], 'invalidType'],
      [{}, 'notANumber'],
      [{ max_video_post_duration_sec: 0 }, 'outOfRange'],
      [{ max_video_post_duration_sec: -60 }, 'negative'],
      [{ max_video_post_duration_sec: 59.5 }, 'notInteger'],
      [{ max_video_post_duration_sec: '600' }, 'notANumber'],
    ])('refuses %j (%s)', (input, code) => {
      let caught: unknown;
      try {
        tiktokCreatorOverrides(input as never);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(ValidationError);
      expect((caught as ValidationError).issues[0]?.code).toBe(code);
    });
  });

  // https://developers.google.com/youtube/v3/docs/videos#resource: title and description "may contain all valid UTF-8 characters except < and >"
  // https://developers.google.com/youtube/v3/docs/videos/insert#errors: invalidTitle, invalidDescription
  describe('YouTube: < and > are refused (unsafeCharacters)', () => {
    const video = { platform: 'youtube' as const, format: 'video' as const, media: [] };
    it('records the characters for the description and the title', () => {
      expect(platforms.youtube.text.forbiddenCharacters?.value).toBe('<>');
      expect(platforms.youtube.title?.forbiddenCharacters?.value).toBe('<>');
      expect(platforms.youtube.text.forbiddenCharacters?.source).toBe('https://developers.google.com/youtube/v3/docs/videos/insert#errors');
    });

    it('reports each character and how often, as an error', () => {
      const [f, ...rest] = checkPost(post({ ...video, text: 'A <b>gras</b> et 3 > 2' }));
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ code: 'unsafeCharacters', severity: 'error', path: ['text'] });
      expect(f!.message).toContain('"<" (2 times)');
      expect(f!.message).toContain('">" (3 times)');
    });

    it('is silent on YouTube texts without them, and on other platforms', () => {
      expect(codes({ ...video, text: 'Le pain ‹ et › le levain' })).toEqual([]);
      expect(codes({ platform: 'linkedin', format: 'text', media: [], text: 'a < b' })).toEqual([]);
    });

    it('follows an override', () => {
      expect(codes({ ...video, text: 'a < b' }, { overrides: { text: { forbiddenCharacters: '' } } })).toEqual([]);
      expect(codes({ platform: 'linkedin', format: 'text', media: [], text: 'a | b' }, { overrides: { text: { forbiddenCharacters: '|' } } })).toEqual(['unsafeCharacters']);
      expect(() => getPlatform('youtube', { text: { forbiddenCharacters: 5 as never } })).toThrow(ValidationError);
    });
  });

  describe('Instagram and TikTok: links in captions are not clickable (linkNotClickable)', () => {
    it('records it for both, not for the others', () => {
      expect(platforms.instagram.text.linksClickable?.value).toBe(false);
      expect(platforms.tiktok.text.linksClickable?.value).toBe(false);
      for (const id of ['x', 'facebook', 'linkedin', 'threads', 'bluesky', 'mastodon'] as const) expect(platforms[id].text.linksClickable).toBeUndefined();
    });

    it('warns once, counting the links, and suggests the link in bio', () => {
      const findings = checkPost(post({ text: 'Recettes : https://boulangerie.fr/a et boulangerie.fr/b' }));
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ code: 'linkNotClickable', severity: 'warning', path: ['text'] });
      expect(findings[0]!.message).toMatch(/2 links/);
      expect(findings[0]!.message).toMatch(/bio/);
      expect(codes({ platform: 'tiktok', format: 'shortVideo', media: [{ kind: 'video' }], text: 'Tuto https://boulangerie.fr' })).toEqual(['linkNotClickable']);
    });

    it('says nothing without a link in the text, or where links work', () => {
      expect(codes({ text: 'Du pain, sans lien.', links: ['https://boulangerie.fr'] })).toEqual([]);
      expect(codes({ platform: 'facebook', text: 'https://boulangerie.fr' })).toEqual([]);
      expect(codes({ text: 'https://boulangerie.fr' }, { overrides: { text: { linksClickable: true } } })).toEqual([]);
      expect(codes({ text: 'https://boulangerie.fr' }, { ignore: ['linkNotClickable'] })).toEqual([]);
    });
  });

  describe('Threads: link de-duplication compares scheme and host without case, path and query exactly', () => {
    const threads = { platform: 'threads' as const, format: 'text' as const, media: [] };
    it('counts /Menu and /menu as two links', () => {
      const text = 'https://a.fr/Menu https://a.fr/menu https://b.fr https://c.fr https://d.fr';
      expect(codes({ ...threads, text })).toEqual([]);
      expect(codes({ ...threads, text: `${text} https://e.fr/?q=A https://e.fr/?q=a` })).toEqual(['tooManyLinks']);
    });

    it('counts HTTPS://A.FR/x and https://a.fr/x as one', () => {
      const text = 'HTTPS://A.FR/x https://a.fr/x https://B.fr/p https://b.FR/p https://c.fr https://d.fr https://e.fr';
      expect(codes({ ...threads, text, links: ['https://E.FR'] })).toEqual([]);
      expect(codes({ ...threads, text, links: ['https://f.fr'] })).toEqual(['tooManyLinks']);
    });
  });
});
