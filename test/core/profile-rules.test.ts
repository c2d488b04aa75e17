/**
 * The profile rules of the platform registry, each against the value its
 * source states (quoted in the test name), and the registry's contract:
 * every fact has a source URL and a date, every undocumented value is null
 * with a note, and every fact can be overridden.
 */
import { describe, expect, it } from 'vitest';
import { getPlatform, PLATFORM_IDS, platforms, ValidationError, type Fact } from '../../src/core/index.js';

const p = (id: (typeof PLATFORM_IDS)[number]) => platforms[id].profile;

function facts(value: unknown, path: string[] = []): [string, Fact<unknown>][] {
  if (typeof value !== 'object' || value === null) return [];
  if ('source' in value && 'value' in value && 'asOf' in value) return [[path.join('.'), value as Fact<unknown>]];
  return Object.entries(value).flatMap(([k, v]) => facts(v, [...path, k]));
}

describe('every profile fact has its source, its date, and a note when it is null', () => {
  for (const id of PLATFORM_IDS) {
    it(id, () => {
      const all = facts(p(id));
      expect(all.length).toBeGreaterThan(15);
      for (const [path, f] of all) {
        expect(f.source, `${id}.${path}`).toMatch(/^https:\/\//);
        expect(f.asOf, `${id}.${path}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (f.value === null) expect(f.note, `${id}.${path} is null without a note`).toBeTruthy();
      }
    });
  }
});

describe('Bluesky: app.bsky.actor.profile lexicon (bluesky-social/atproto)', () => {
  it('displayName "maxGraphemes": 64, "maxLength": 640', () => {
    expect(p('bluesky').displayName.limit.value).toBe(64);
    expect(p('bluesky').displayName.method.value).toBe('graphemes');
    expect(p('bluesky').displayName.bytes?.value).toBe(640);
  });
  it('description "maxGraphemes": 256, "maxLength": 2560', () => {
    expect(p('bluesky').bio.limit.value).toBe(256);
    expect(p('bluesky').bio.bytes?.value).toBe(2560);
  });
  it('avatar and banner "accept": ["image/png", "image/jpeg"], "maxSize": 1000000', () => {
    expect(p('bluesky').avatar.maxBytes.value).toBe(1000000);
    expect(p('bluesky').cover?.maxBytes.value).toBe(1000000);
    expect(p('bluesky').avatar.formats.value).toEqual(['png', 'jpeg']);
    expect(p('bluesky').cover?.formats.value).toEqual(['png', 'jpeg']);
    expect(p('bluesky').avatar.recommended.value).toBeNull(); // the lexicon states no size
  });
  it('sources the lexicon', () => {
    expect(p('bluesky').bio.limit.source).toBe('https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/actor/profile.json');
  });
});

describe('Mastodon: app/models/account.rb and its avatar and header concerns', () => {
  it('display_name length: { maximum: 30 }; note note_length: { maximum: 500 }; fields length: { maximum: 4 }', () => {
    expect(p('mastodon').displayName.limit.value).toBe(30);
    expect(p('mastodon').bio.limit.value).toBe(500);
    expect(p('mastodon').links.max.value).toBe(4);
  });
  it('username format /\\A[a-z0-9_]+\\z/i, length: { maximum: 30 }', () => {
    expect(p('mastodon').username.maxLength.value).toBe(30);
    const re = new RegExp(p('mastodon').username.pattern.value!, 'u');
    expect(re.test('Boulangerie_Martin')).toBe(true);
    expect(re.test('boulangerie.martin')).toBe(false);
  });
  it('AVATAR_DIMENSIONS = [400, 400], AVATAR_LIMIT 2.megabytes; HEADER_DIMENSIONS = [1500, 500], LIMIT = 2.megabytes; jpeg, png, gif, webp', () => {
    expect(p('mastodon').avatar.recommended.value).toEqual({ width: 400, height: 400 });
    expect(p('mastodon').avatar.maxBytes.value).toBe(2 * 1024 * 1024);
    expect(p('mastodon').cover?.recommended.value).toEqual({ width: 1500, height: 500 });
    expect(p('mastodon').cover?.maxBytes.value).toBe(2 * 1024 * 1024);
    expect(p('mastodon').avatar.formats.value).toEqual(['jpeg', 'png', 'gif', 'webp']);
  });
});

describe('X', () => {
  it('user object name "Typically capped at 50 characters"; bio "Maximum of 160 characters" (1.1 update_profile)', () => {
    expect(p('x').displayName.limit.value).toBe(50);
    expect(p('x').bio.limit.value).toBe(160);
  });
  it('username 4 to 15 characters, letters, digits and underscores; no "Twitter" or "Admin"', () => {
    const u = p('x').username;
    expect([u.minLength.value, u.maxLength.value]).toEqual([4, 15]);
    const re = new RegExp(u.pattern.value!, 'u');
    expect(re.test('boulangerie_m')).toBe(true);
    expect(re.test('boulangerie-m')).toBe(false);
    expect(u.reserved.value).toEqual(['twitter', 'admin']);
  });
  it('avatar 400 × 400, header 1500 × 500 (3:1)', () => {
    expect(p('x').avatar.recommended.value).toEqual({ width: 400, height: 400 });
    expect(p('x').avatar.crop.value).toBe('circle');
    expect(p('x').cover?.recommended.value).toEqual({ width: 1500, height: 500 });
    expect(p('x').cover?.aspectRatio.value).toBe(3);
  });
});

describe('Instagram (third-party guide, so noted)', () => {
  it('name 30, username 30 of letters, numbers, periods and underscores, bio 150, avatar 320 × 320 (110 × 110 shown), no cover', () => {
    expect(p('instagram').displayName.limit.value).toBe(30);
    expect(p('instagram').username.maxLength.value).toBe(30);
    expect(new RegExp(p('instagram').username.pattern.value!, 'u').test('boulangerie.martin_lyon')).toBe(true);
    expect(p('instagram').bio.limit.value).toBe(150);
    expect(p('instagram').avatar.recommended.value).toEqual({ width: 320, height: 320 });
    expect(p('instagram').avatar.minimum.value).toEqual({ width: 110, height: 110 });
    expect(p('instagram').cover).toBeNull();
    expect(p('instagram').bio.limit.note).toMatch(/third-party/);
  });
  it('the number of bio links is not stated by a page found: null with a note', () => {
    expect(p('instagram').links.max.value).toBeNull();
    expect(p('instagram').links.max.note).toMatch(/override/);
  });
});

describe('Facebook: "Usernames must be at least 5 characters long", "alphanumeric characters (A–Z, 0–9) and periods", no ".com, .net"', () => {
  it('username rule', () => {
    const u = p('facebook').username;
    expect(u.minLength.value).toBe(5);
    expect(new RegExp(u.pattern.value!, 'u').test('boulangerie.martin')).toBe(true);
    expect(new RegExp(u.pattern.value!, 'u').test('boulangerie_martin')).toBe(false);
    expect(u.reserved.value).toEqual(['.com', '.net']);
    expect(u.minLength.source).toBe('https://www.facebook.com/help/105399436216001');
  });
  it('cover 851 × 315, at least 399 × 150; profile picture at least 180 × 180', () => {
    expect(p('facebook').cover?.recommended.value).toEqual({ width: 851, height: 315 });
    expect(p('facebook').cover?.minimum.value).toEqual({ width: 399, height: 150 });
    expect(p('facebook').avatar.minimum.value).toEqual({ width: 180, height: 180 });
  });
});

describe('YouTube: Data API channels and channelBanners.insert', () => {
  it('snippet.description "maximum length of 1000 characters"', () => {
    expect(p('youtube').bio.limit.value).toBe(1000);
  });
  it('banner "16:9 aspect ratio and at least 2048x1152 pixels", "2560px by 1440px" recommended, 6MB, image/jpeg and image/png', () => {
    const c = p('youtube').cover!;
    expect(c.minimum.value).toEqual({ width: 2048, height: 1152 });
    expect(c.recommended.value).toEqual({ width: 2560, height: 1440 });
    expect(c.aspectRatio.value).toBeCloseTo(16 / 9, 12);
    expect(c.maxBytes.value).toBe(6 * 1024 * 1024);
    expect(c.formats.value).toEqual(['jpeg', 'png']);
  });
  it('profile picture 800 × 800 recommended, 98 × 98 minimum, a circle, 4MB, JPG, PNG, GIF, BMP (third-party guide)', () => {
    const a = p('youtube').avatar;
    expect([a.recommended.value, a.minimum.value, a.crop.value, a.maxBytes.value, a.formats.value]).toEqual([
      { width: 800, height: 800 },
      { width: 98, height: 98 },
      'circle',
      4 * 1024 * 1024,
      ['jpeg', 'png', 'gif', 'bmp'],
    ]);
  });
  it('safe area 1546 × 423 on 2560 × 1440', () => {
    expect(p('youtube').cover?.safeZoneMobile?.value).toEqual({ width: 1546, height: 423 });
  });
});

describe('LinkedIn, TikTok, Threads, Pinterest', () => {
  it('LinkedIn Page logo 300 × 300 (square), cover 1128 × 191, company name 100', () => {
    expect(p('linkedin').avatar.recommended.value).toEqual({ width: 300, height: 300 });
    expect(p('linkedin').avatar.crop.value).toBe('square');
    expect(p('linkedin').cover?.recommended.value).toEqual({ width: 1128, height: 191 });
    expect(p('linkedin').displayName.limit.value).toBe(100);
    expect(p('linkedin').bio.limit.value).toBeNull();
  });
  it('TikTok bio 80, username 30 of letters, numbers, underscores and periods, one website link', () => {
    expect(p('tiktok').bio.limit.value).toBe(80);
    expect(p('tiktok').username.maxLength.value).toBe(30);
    expect(p('tiktok').links.max.value).toBe(1);
    expect(p('tiktok').cover).toBeNull();
  });
  it('Threads and Pinterest: undocumented values are null, not guessed', () => {
    expect(p('threads').bio.limit.value).toBeNull();
    expect(p('pinterest').bio.limit.value).toBeNull();
    expect(p('pinterest').avatar.recommended.value).toBeNull();
  });
});

describe('profile overrides', () => {
  it('a bare value is recorded as an override; a whole fact keeps its source', () => {
    expect(getPlatform('threads', { profile: { bio: { limit: 150 } } }).profile.bio.limit).toEqual({ value: 150, source: 'override', asOf: null });
    const withFact = getPlatform('x', { profile: { avatar: { recommended: { value: { width: 800, height: 800 }, source: 'https://example.org/x', asOf: '2027-01-01' } } } });
    expect(withFact.profile.avatar.recommended).toEqual({ value: { width: 800, height: 800 }, source: 'https://example.org/x', asOf: '2027-01-01' });
    expect(platforms.x.profile.avatar.recommended.value).toEqual({ width: 400, height: 400 });
  });
  it('a cover can be described for a platform without one', () => {
    const r = getPlatform('instagram', { profile: { cover: { recommended: { width: 1080, height: 1080 } } } });
    expect(r.profile.cover?.recommended.value).toEqual({ width: 1080, height: 1080 });
    expect(r.profile.cover?.maxBytes.value).toBeNull();
  });
  it('refuses unknown fields and bad values', () => {
    const issues = (overrides: unknown) => {
      try {
        getPlatform('x', overrides as never);
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        return (error as ValidationError).issues.map((i) => [i.code, i.path.join('.')]);
      }
      return [];
    };
    expect(issues({ profile: { bios: {} } })).toEqual([['unknownKey', 'overrides.profile.bios']]);
    expect(issues({ profile: { bio: { limt: 3 } } })).toEqual([['unknownKey', 'overrides.profile.bio.limt']]);
    expect(issues({ profile: { bio: { limit: -1 } } })[0]?.[1]).toBe('overrides.profile.bio.limit');
    expect(issues({ profile: { username: { pattern: '[' } } })).toEqual([['invalidFormat', 'overrides.profile.username.pattern']]);
    expect(issues({ profile: { avatar: { crop: 'hexagon' } } })[0]?.[1]).toBe('overrides.profile.avatar.crop');
  });
});
