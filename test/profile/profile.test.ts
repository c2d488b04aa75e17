import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { measureText } from '../../src/editorial/index.js';
import { checkProfile, parseProfile, PROFILE_FINDING_CODES, profileKit, type ProfileInput } from '../../src/profile/index.js';

const codes = (profile: ProfileInput, options: Parameters<typeof checkProfile>[1]) => checkProfile(profile, options).map((f) => f.code);
const complete: ProfileInput = {
  name: 'Boulangerie Martin',
  username: 'boulangerie_m',
  bio: 'Pain au levain et viennoiseries, Croix-Rousse, Lyon 🥐',
  website: 'https://boulangerie-martin.fr/?utm_source=x&utm_medium=social&utm_campaign=profil',
  avatar: { width: 800, height: 800, bytes: 150_000, format: 'png' },
  cover: { width: 1500, height: 500, bytes: 400_000, format: 'jpg', focus: { x: 500, y: 150, width: 500, height: 200 } },
};

describe("measureText(text, platform, { field: 'bio' })", () => {
  it('Bluesky counts the description in graphemes (256) and UTF-8 bytes (2560): 👨‍👩‍👧‍👦 is 1 grapheme and 25 bytes', () => {
    const ok = measureText('👨‍👩‍👧‍👦'.repeat(100), 'bluesky', { field: 'bio' });
    expect(ok.checks).toEqual([
      { unit: 'graphemes', length: 100, limit: 256, remaining: 156, valid: true },
      { unit: 'bytes', length: 2500, limit: 2560, remaining: 60, valid: true },
    ]);
    expect(measureText('👨‍👩‍👧‍👦'.repeat(103), 'bluesky', { field: 'bio' }).valid).toBe(false);
  });
  it('Instagram: 150, in UTF-16 units (🥐 counts 2)', () => {
    expect(measureText('a'.repeat(148) + '🥐', 'instagram', { field: 'bio' })).toMatchObject({ length: 150, limit: 150, valid: true });
    expect(measureText('a'.repeat(149) + '🥐', 'instagram', { field: 'bio' }).valid).toBe(false);
  });
  it('Mastodon counts a URL in the note as 23, like a status', () => {
    const url = 'https://boulangerie-martin.fr/une/tres/longue/adresse/pour/voir';
    expect(measureText(`Site : ${url}`, 'mastodon', { field: 'bio' }).length).toBe(7 + 23);
    expect(measureText(`Site : ${url}`, 'x', { field: 'bio' }).length).toBe(7 + url.length);
  });
  it('the display name uses profile.displayName; the post rule is unchanged', () => {
    expect(measureText('Boulangerie Martin', 'x', { field: 'displayName' }).limit).toBe(50);
    expect(measureText('Boulangerie Martin', 'x').limit).toBe(280);
    expect(measureText('Boulangerie Martin', 'x', { field: 'post' }).limit).toBe(280);
  });
  it('an undocumented limit is an error that says how to give one, and overrides apply', () => {
    expect(() => measureText('Bonjour', 'pinterest', { field: 'bio' })).toThrow(/profile\.bio\.limit/);
    expect(measureText('Bonjour', 'pinterest', { field: 'bio', overrides: { profile: { bio: { limit: 500 } } } }).limit).toBe(500);
    expect(() => measureText('Bonjour', 'x', { field: 'biography' } as never)).toThrow(ValidationError);
  });
});

describe('checkProfile', () => {
  it('a complete profile on X has no finding', () => {
    expect(checkProfile(complete, { platform: 'x', requireUtm: true, brandHandles: { instagram: '@Boulangerie_M' } })).toEqual([]);
  });

  it('text fields: name and bio too long, measured with measureText', () => {
    const f = checkProfile({ ...complete, name: 'B'.repeat(51), bio: 'b'.repeat(161) }, { platform: 'x' });
    expect(f.map((x) => x.code)).toEqual(['nameTooLong', 'bioTooLong']);
    expect(f[1]!.message).toContain('161 utf16 against 160');
  });

  it('username: too short, too long, characters, reserved words, and the brand handles', () => {
    expect(codes({ ...complete, username: 'bm' }, { platform: 'x' })).toEqual(['usernameTooShort']);
    expect(codes({ ...complete, username: 'boulangerie_martin' }, { platform: 'x' })).toEqual(['usernameTooLong']);
    expect(codes({ ...complete, username: 'boulangerie.m' }, { platform: 'x' })).toEqual(['usernameInvalidCharacters']);
    expect(codes({ ...complete, username: 'martin_admin' }, { platform: 'x' })).toEqual(['usernameReserved']);
    expect(codes({ ...complete, username: 'boulangerie.martin.com' }, { platform: 'facebook' })).toContain('usernameReserved');
    const differs = checkProfile(complete, { platform: 'x', brandHandles: { instagram: 'boulangerie.martin', mastodon: 'boulangerie_m' } });
    expect(differs.map((x) => x.code)).toEqual(['usernameDiffers']);
    expect(differs[0]!.message).toContain("instagram ('boulangerie.martin')");
    expect(differs[0]!.message).not.toContain('mastodon');
  });

  it('links: missing, malformed, without UTM when the strategy asks, not clickable', () => {
    expect(codes({ ...complete, website: undefined }, { platform: 'x' })).toEqual(['missingLink']);
    expect(codes({ ...complete, website: 'boulangerie martin' }, { platform: 'x' })).toEqual(['invalidLink']);
    expect(codes({ ...complete, website: 'https://boulangerie-martin.fr' }, { platform: 'x', requireUtm: true })).toEqual(['linkWithoutUtm']);
    expect(codes({ ...complete, website: 'https://boulangerie-martin.fr' }, { platform: 'x' })).toEqual([]);
    expect(codes(complete, { platform: 'x', overrides: { profile: { links: { clickable: false } } } })).toEqual(['linkNotClickable']);
  });

  it('avatar: under the minimum, under the recommended size, off ratio, too heavy, refused format', () => {
    expect(codes({ ...complete, avatar: { width: 100, height: 100 } }, { platform: 'instagram' })).toContain('avatarTooSmall');
    expect(codes({ ...complete, avatar: { width: 200, height: 200 } }, { platform: 'instagram' })).toContain('avatarBelowRecommended');
    // 408 / 400 = 1.02: within ±2 %; 409 / 400 is not.
    expect(codes({ ...complete, avatar: { width: 408, height: 400 } }, { platform: 'x' })).toEqual([]);
    expect(codes({ ...complete, avatar: { width: 409, height: 400 } }, { platform: 'x' })).toEqual(['avatarWrongRatio']);
    expect(codes({ ...complete, avatar: { width: 400, height: 400, bytes: 2 * 1024 * 1024 + 1 } }, { platform: 'mastodon' })).toEqual(['avatarTooHeavy']);
    expect(codes({ ...complete, avatar: { width: 400, height: 400, format: 'gif' } }, { platform: 'bluesky' })).toContain('avatarWrongFormat');
  });

  it('cover: size, ratio, weight, format, and a platform without a cover', () => {
    expect(codes({ ...complete, cover: { width: 2000, height: 1125 } }, { platform: 'youtube' })).toContain('coverTooSmall');
    expect(codes({ ...complete, cover: { width: 1500, height: 600 } }, { platform: 'x' })).toContain('coverWrongRatio');
    expect(codes({ ...complete, cover: { width: 2560, height: 1440, bytes: 7_000_000 } }, { platform: 'youtube' })).toContain('coverTooHeavy');
    expect(codes({ ...complete, cover: { width: 2560, height: 1440, format: 'webp' } }, { platform: 'youtube' })).toContain('coverWrongFormat');
    expect(codes(complete, { platform: 'instagram' })).toContain('coverNotSupported');
    expect(codes({ ...complete, cover: undefined }, { platform: 'x' })).toEqual(['missingCover']);
  });

  it("the cover's focus against YouTube's safe zone (1546 × 423 centred on 2560 × 1440: x 507–2053, y 508.5–931.5)", () => {
    const yt = (focus: { x: number; y: number; width: number; height: number }, width = 2560, height = 1440) =>
      codes({ ...complete, cover: { width, height, focus } }, { platform: 'youtube' }).filter((c) => c === 'coverFocusOutsideSafeZone');
    expect(yt({ x: 507, y: 509, width: 1546, height: 422 })).toEqual([]);
    expect(yt({ x: 506, y: 509, width: 100, height: 100 })).toEqual(['coverFocusOutsideSafeZone']);
    expect(yt({ x: 1000, y: 932, width: 100, height: 100 })).toEqual(['coverFocusOutsideSafeZone']);
    // The same banner at twice the size: the zone is x 1014–4106, y 1017–1863.
    expect(yt({ x: 1014, y: 1017, width: 3092, height: 846 }, 5120, 2880)).toEqual([]);
    expect(yt({ x: 1000, y: 1017, width: 100, height: 100 }, 5120, 2880)).toEqual(['coverFocusOutsideSafeZone']);
  });

  it('without a documented safe zone, the focus must be in the area shown (X: a 1500 × 600 cover shows y 50–550)', () => {
    const x = (focus: { x: number; y: number; width: number; height: number }) =>
      checkProfile({ ...complete, cover: { width: 1500, height: 600, focus } }, { platform: 'x' }).find((f) => f.code === 'coverFocusOutsideSafeZone');
    expect(x({ x: 0, y: 50, width: 1500, height: 500 })).toBeUndefined();
    expect(x({ x: 0, y: 0, width: 300, height: 100 })?.message).toContain('y 50–550');
  });

  it('missing fields and undocumented rules are findings, not guesses', () => {
    expect(codes({}, { platform: 'x' })).toEqual(['missingName', 'missingUsername', 'missingBio', 'missingLink', 'missingAvatar', 'missingCover']);
    const pin = codes({ ...complete }, { platform: 'pinterest' });
    // name, username, bio, avatar size, cover size, and the cover's focus: none documented for Pinterest.
    expect(pin.filter((c) => c === 'ruleUndocumented')).toHaveLength(6);
  });

  it('every code it can report is listed, and the list is frozen', () => {
    expect(Object.isFrozen(PROFILE_FINDING_CODES)).toBe(true);
    expect(new Set(PROFILE_FINDING_CODES).size).toBe(PROFILE_FINDING_CODES.length);
  });

  it('refuses malformed input', () => {
    expect(() => checkProfile(complete, { platform: 'twitter' as never })).toThrow(/use 'x'/);
    expect(() => checkProfile(complete, { platform: 'x', requireUTM: true } as never)).toThrow(ValidationError);
    expect(() => checkProfile(complete, { platform: 'x', brandHandles: { twitter: 'a' } as never })).toThrow(ValidationError);
    expect(() => parseProfile({ avatar: { width: 0, height: 10 } })).toThrow(ValidationError);
    expect(() => parseProfile({ cover: { width: 100, height: 50, focus: { x: 90, y: 0, width: 20, height: 10 } } })).toThrow(/inside the image/);
  });
});

describe('profileKit', () => {
  it('what each platform needs, and the fewest masters', () => {
    const kit = profileKit(['x', 'instagram', 'mastodon', 'youtube', 'facebook'], { brand: 'Boulangerie Martin' });
    expect(kit.platforms.map((p) => [p.platform, p.bio.limit])).toEqual([
      ['x', 160],
      ['instagram', 150],
      ['mastodon', 500],
      ['youtube', 1000],
      ['facebook', null],
    ]);
    expect(kit.platforms[0]!.displayName.brandNameFits).toBe(true);
    expect(kit.platforms[4]!.displayName.brandNameFits).toBeNull();
    // Avatars: X 400, Instagram 320, Mastodon 400, YouTube 800, Facebook 180 (minimum): one 800 × 800 master.
    // Covers: Facebook 851 × 315 (2.70), YouTube 16:9 (1.78), X and Mastodon 3:1.
    expect(kit.masters.map((m) => [m.id, m.platforms])).toEqual([
      ['boulangerie-martin-avatar-800x800', ['facebook', 'instagram', 'mastodon', 'x', 'youtube']],
      ['boulangerie-martin-cover-2560x1440', ['youtube']],
      ['boulangerie-martin-cover-851x315', ['facebook']],
      ['boulangerie-martin-cover-1500x500', ['mastodon', 'x']],
    ]);
    expect(kit.masters[1]!.safeArea).toEqual({ x: 507, y: 508.5, width: 1546, height: 423 });
    expect(kit.platforms[1]!.avatar?.master).toBe('boulangerie-martin-avatar-800x800');
    expect(kit.undocumented).toEqual([]);
    expect(profileKit(['tiktok', 'x'], { brand: 'B' }).undocumented).toEqual([{ platform: 'tiktok', image: 'avatar', message: expect.stringContaining('no avatar size') }]);
  });

  it('cover ratios within ±2 % share a master; 3.05 joins 3:1, 3.1 does not', () => {
    const near = profileKit(['x', 'bluesky'], { brand: 'B', overrides: { bluesky: { profile: { cover: { recommended: { width: 1525, height: 500 } } } } } });
    expect(near.masters.filter((m) => m.image === 'cover').map((m) => [m.size, m.platforms])).toEqual([[{ width: 1525, height: 500 }, ['x', 'bluesky']]]);
    // The master is scaled to 500 high for X (1525 wide) and centre-cropped by 12.5 px each side.
    expect(near.masters.find((m) => m.image === 'cover')!.safeArea).toEqual({ x: 12.5, y: 0, width: 1500, height: 500 });
    const far = profileKit(['x', 'bluesky'], { brand: 'B', overrides: { bluesky: { profile: { cover: { recommended: { width: 1550, height: 500 } } } } } });
    expect(far.masters.filter((m) => m.image === 'cover')).toHaveLength(2);
  });

  it('refuses a repeated platform and a missing brand', () => {
    expect(() => profileKit(['x', 'x'], { brand: 'B' })).toThrow(/twice/);
    expect(() => profileKit(['x'], {} as never)).toThrow(/brand/);
  });
});
