import { getPlatform, type PixelSize, type PlatformId, type PlatformOverrides, type ProfileImageCrop, type ProfileImageRules, type TextMethod } from '../core/index.js';
import { arrayArgument, describeValue, invalid, objectArgument, platformId, readOptions } from '../core/internal.js';
import { measureText } from '../editorial/index.js';
import { sameRatio, zoneInImage, type Rect } from './geometry.js';

/** One image a platform needs, at the size socialkit knows for it. */
export interface KitTarget {
  /** The platform. */
  platform: PlatformId;
  /** `'avatar'` or `'cover'`. */
  image: 'avatar' | 'cover';
  /** The size to deliver: the recommended size, or the minimum where only that is documented. */
  size: PixelSize;
  /** width ÷ height. */
  aspectRatio: number;
  /** How the platform cuts it. */
  crop: ProfileImageCrop | null;
  /** The centred area every layout shows (the smaller of the desktop and mobile safe zones), or `null`. */
  safeZone: PixelSize | null;
  /** The largest file, or `null`. */
  maxBytes: number | null;
  /** The accepted formats, or `null`. */
  formats: readonly string[] | null;
  /** The id of the master image it is exported from. */
  master: string;
}

/** What one platform needs. */
export interface KitPlatform {
  /** The platform. */
  platform: PlatformId;
  /** The display-name rule, and whether the brand's name fits (`null` when the limit is undocumented). */
  displayName: { limit: number | null; method: TextMethod; brandNameFits: boolean | null };
  /** The username rule. */
  username: { minLength: number | null; maxLength: number | null; pattern: string | null; reserved: readonly string[] };
  /** The bio rule. */
  bio: { limit: number | null; method: TextMethod };
  /** The link rule. */
  links: { max: number | null; clickable: boolean | null };
  /** The avatar to deliver, or `null` when its size is undocumented. */
  avatar: KitTarget | null;
  /** The cover to deliver, or `null` when the platform has none or its size is undocumented. */
  cover: KitTarget | null;
}

/** A source image a designer makes once, and the targets exported from it. */
export interface KitMaster {
  /** Its id, also a file name: `<brand>-<image>-<width>x<height>`. */
  id: string;
  /** `'avatar'` or `'cover'`. */
  image: 'avatar' | 'cover';
  /** Its size: the largest width and height of its targets. */
  size: PixelSize;
  /** The area of the master that every target shows inside its own safe zone (where the logo and the text go), in the master's pixels. */
  safeArea: Rect;
  /** The platforms exported from it. */
  platforms: PlatformId[];
}

/** An image socialkit cannot size for a platform. */
export interface KitGap {
  /** The platform. */
  platform: PlatformId;
  /** `'avatar'` or `'cover'`. */
  image: 'avatar' | 'cover';
  /** Why. */
  message: string;
}

/** The result of {@link profileKit}. */
export interface ProfileKit {
  /** What each platform needs, in the given order. */
  platforms: KitPlatform[];
  /** The smallest set of source images that covers every target. */
  masters: KitMaster[];
  /** The images whose size the platforms do not document (make them from a master and check them by eye). */
  undocumented: KitGap[];
}

/** Options of {@link profileKit}. */
export interface ProfileKitOptions {
  /** The brand's name (it names the masters' files and is measured against each display-name limit). */
  brand: string;
  /** Overrides per platform (`{ x: { profile: { avatar: { recommended: { width: 800, height: 800 } } } } }`). */
  overrides?: Partial<Record<PlatformId, PlatformOverrides>>;
}

const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .slice(0, 60)
    .replace(/^-|-$/gu, '') || 'brand';

function target(platform: PlatformId, image: 'avatar' | 'cover', rules: ProfileImageRules, gaps: KitGap[]): Omit<KitTarget, 'master'> | null {
  const size = rules.recommended.value ?? rules.minimum.value;
  if (size === null) {
    gaps.push({ platform, image, message: `${platform} documents no ${image} size in socialkit's registry (override profile.${image}.recommended).` });
    return null;
  }
  const zones = [rules.safeZoneDesktop?.value, rules.safeZoneMobile?.value].filter((z): z is PixelSize => z !== undefined && z !== null);
  const safeZone = zones.length === 0 ? null : { width: Math.min(...zones.map((z) => z.width)), height: Math.min(...zones.map((z) => z.height)) };
  return {
    platform,
    image,
    size,
    aspectRatio: rules.aspectRatio.value ?? size.width / size.height,
    crop: rules.crop.value,
    safeZone,
    maxBytes: rules.maxBytes.value,
    formats: rules.formats.value,
  };
}

function intersect(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - x), height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - y) };
}

/**
 * What a brand needs to set up its accounts: per platform, every image size,
 * the bio limit, the username rule, the link rule and whether the brand's
 * name fits; and the smallest set of source images (masters) that covers
 * every image, so a designer makes each one once.
 *
 * A master covers a target when the target fits after scaling the master
 * down and centre-cropping it inside the target's safe zone: the master is at
 * least as wide and as tall as the target, and the two ratios are within ±2 %
 * (cover ratios within ±2 % share a master; every avatar is square). Masters
 * are found greedily by ratio, which is optimal for this interval rule: sorted
 * by ratio, a master starts at the smallest ratio not yet covered and takes
 * every ratio up to 2 % above it. Each master reports the safe area that every
 * one of its targets shows. Images whose size is undocumented are listed in
 * `undocumented`, not guessed.
 *
 * @param platforms - the platform ids (each once)
 * @param options - `{ brand, overrides }`
 * @returns `{ platforms, masters, undocumented }`
 * @throws {ValidationError} for an unknown or repeated platform, a missing brand name, or a malformed override
 * @example
 * const kit = profileKit(['x', 'mastodon', 'youtube'], { brand: 'Boulangerie Martin' });
 * kit.masters.map((m) => m.id); // ['boulangerie-martin-avatar-800x800', 'boulangerie-martin-cover-2560x1440', 'boulangerie-martin-cover-1500x500']
 * kit.platforms[0].bio.limit; // 160
 * profileKit(['x', 'mastodon'], { brand: 'Boulangerie Martin' }).masters.length; // 2
 */
export function profileKit(platforms: readonly PlatformId[], options: ProfileKitOptions): ProfileKit {
  const list = arrayArgument(platforms, 'platforms');
  const o = readOptions<ProfileKitOptions>(objectArgument(options, 'options'), 'options', ['brand', 'overrides']);
  const brand: unknown = o.brand;
  if (typeof brand !== 'string' || brand.trim() === '' || brand.length > 500) {
    throw invalid('invalidType', `options.brand must be the brand's name, such as 'Boulangerie Martin', got ${describeValue(brand)}`, ['options', 'brand']);
  }
  const overrides = o.overrides === undefined ? {} : objectArgument(o.overrides, ['options', 'overrides']);
  for (const key of Object.keys(overrides)) platformId(key, ['options', 'overrides', key]);
  const seen = new Set<PlatformId>();
  const gaps: KitGap[] = [];
  const targets: Omit<KitTarget, 'master'>[] = [];
  const perPlatform = list.map((value, i) => {
    const id = platformId(value, ['platforms', i]);
    if (seen.has(id)) throw invalid('duplicatePlatform', `platforms lists '${id}' twice`, ['platforms', i]);
    seen.add(id);
    const given = Object.hasOwn(overrides, id) ? (overrides[id] as PlatformOverrides | undefined) : undefined;
    const rules = getPlatform(id, given);
    const p = rules.profile;
    const nameLimit = p.displayName.limit.value;
    const brandNameFits = nameLimit === null ? null : measureText(brand, id, { field: 'displayName', ...(given === undefined ? {} : { overrides: given }) }).valid;
    const avatar = target(id, 'avatar', p.avatar, gaps);
    const cover = p.cover === null ? null : target(id, 'cover', p.cover, gaps);
    if (avatar !== null) targets.push(avatar);
    if (cover !== null) targets.push(cover);
    return { id, p, nameLimit, brandNameFits, avatar, cover };
  });

  const masters: KitMaster[] = [];
  const masterOf = new Map<Omit<KitTarget, 'master'>, string>();
  const name = slug(brand);
  for (const image of ['avatar', 'cover'] as const) {
    const sorted = targets.filter((t) => t.image === image).sort((a, b) => a.aspectRatio - b.aspectRatio || a.platform.localeCompare(b.platform));
    let i = 0;
    while (i < sorted.length) {
      const first = sorted[i] as Omit<KitTarget, 'master'>;
      const group = [first];
      i += 1;
      while (i < sorted.length && sameRatio((sorted[i] as Omit<KitTarget, 'master'>).aspectRatio, first.aspectRatio)) {
        group.push(sorted[i] as Omit<KitTarget, 'master'>);
        i += 1;
      }
      const size = { width: Math.max(...group.map((t) => t.size.width)), height: Math.max(...group.map((t) => t.size.height)) };
      let safeArea: Rect = { x: 0, y: 0, width: size.width, height: size.height };
      for (const t of group) safeArea = intersect(safeArea, zoneInImage(size, t.size, t.safeZone ?? t.size));
      const id = `${name}-${image}-${size.width}x${size.height}`;
      masters.push({ id, image, size, safeArea, platforms: group.map((t) => t.platform) });
      for (const t of group) masterOf.set(t, id);
    }
  }
  const withMaster = (t: Omit<KitTarget, 'master'> | null): KitTarget | null => (t === null ? null : { ...t, master: masterOf.get(t) ?? '' });
  return {
    platforms: perPlatform.map(({ id, p, nameLimit, brandNameFits, avatar, cover }) => ({
      platform: id,
      displayName: { limit: nameLimit, method: p.displayName.method.value, brandNameFits },
      username: { minLength: p.username.minLength.value, maxLength: p.username.maxLength.value, pattern: p.username.pattern.value, reserved: [...p.username.reserved.value] },
      bio: { limit: p.bio.limit.value, method: p.bio.method.value },
      links: { max: p.links.max.value, clickable: p.links.clickable.value },
      avatar: withMaster(avatar),
      cover: withMaster(cover),
    })),
    masters,
    undocumented: gaps,
  };
}
