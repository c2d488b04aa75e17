import { getPlatform, type Finding, type PixelSize, type PlatformId, type PlatformOverrides, type ProfileImageRules, SocialKitError } from '../core/index.js';
import { booleanArgument, describeValue, invalid, objectArgument, platformId, readOptions } from '../core/internal.js';
import { measureText } from '../editorial/index.js';
import { parseUtm } from '../strategy/index.js';
import { inside, sameRatio, zoneInImage, type Rect } from './geometry.js';
import { parseProfile, type CoverImage, type ProfileImage, type ProfileInput } from './profile.js';

/**
 * The codes of the findings that {@link checkProfile} reports (see `docs/profile.md`).
 *
 * @example
 * PROFILE_FINDING_CODES.includes('bioTooLong'); // true
 */
export const PROFILE_FINDING_CODES = Object.freeze([
  'missingName',
  'nameTooLong',
  'missingUsername',
  'usernameTooShort',
  'usernameTooLong',
  'usernameInvalidCharacters',
  'usernameReserved',
  'usernameDiffers',
  'missingBio',
  'bioTooLong',
  'missingLink',
  'invalidLink',
  'linkWithoutUtm',
  'linkNotClickable',
  'missingAvatar',
  'avatarTooSmall',
  'avatarBelowRecommended',
  'avatarWrongRatio',
  'avatarTooHeavy',
  'avatarWrongFormat',
  'missingCover',
  'coverNotSupported',
  'coverTooSmall',
  'coverBelowRecommended',
  'coverWrongRatio',
  'coverTooHeavy',
  'coverWrongFormat',
  'coverFocusOutsideSafeZone',
  'ruleUndocumented',
] as const);

/** A finding code of {@link PROFILE_FINDING_CODES}. */
export type ProfileFindingCode = (typeof PROFILE_FINDING_CODES)[number];

/** A finding of {@link checkProfile}: a {@link Finding} whose code is a {@link ProfileFindingCode}. */
export type ProfileFinding = Finding & { code: ProfileFindingCode };

/** Options of {@link checkProfile}. */
export interface CheckProfileOptions {
  /** The platform the profile is on. */
  platform: PlatformId;
  /** Replacements for the platform's facts (`{ profile: { bio: { limit: 200 } } }`). */
  overrides?: PlatformOverrides;
  /** The brand's usernames on its other platforms: a different one here is a finding. */
  brandHandles?: Partial<Record<PlatformId, string>>;
  /** Whether the strategy asks for UTM parameters on every link (default false). */
  requireUtm?: boolean;
}

const normalizeHandle = (h: string): string => h.replace(/^@/u, '').toLowerCase();

function imageFindings(
  kind: 'avatar' | 'cover',
  image: ProfileImage | CoverImage,
  rules: ProfileImageRules,
  platformName: string,
  add: (code: ProfileFindingCode, severity: Finding['severity'], message: string, path: (string | number)[]) => void,
): void {
  const path = ['profile', kind];
  const label = kind === 'avatar' ? 'The avatar' : 'The cover';
  const min = rules.minimum.value;
  const rec = rules.recommended.value;
  const ratio = rules.aspectRatio.value;
  if (min === null && rec === null && ratio === null) {
    add('ruleUndocumented', 'info', `${platformName} documents no size or ratio for the ${kind} in socialkit's registry: ${label.toLowerCase()} was not checked for size (override profile.${kind}).`, path);
  }
  if (min !== null && (image.width < min.width || image.height < min.height)) {
    add(`${kind}TooSmall`, 'error', `${label} is ${image.width} × ${image.height} px; ${platformName} needs at least ${min.width} × ${min.height}.`, path);
  } else if (rec !== null && (image.width < rec.width || image.height < rec.height)) {
    add(`${kind}BelowRecommended`, 'info', `${label} is ${image.width} × ${image.height} px, below the ${rec.width} × ${rec.height} ${platformName} recommends: it may look soft on large screens.`, path);
  }
  if (ratio !== null && !sameRatio(image.width / image.height, ratio)) {
    add(
      `${kind}WrongRatio`,
      'warning',
      `${label} has a ratio of ${(image.width / image.height).toFixed(3)} (${image.width} × ${image.height}); ${platformName} shows ${ratio.toFixed(3)}, so it will be cropped: export it at that ratio (±2 %).`,
      path,
    );
  }
  const maxBytes = rules.maxBytes.value;
  if (image.bytes !== undefined && maxBytes !== null && image.bytes > maxBytes) {
    add(`${kind}TooHeavy`, 'error', `${label} weighs ${image.bytes} bytes; ${platformName} accepts at most ${maxBytes}.`, [...path, 'bytes']);
  }
  const formats = rules.formats.value;
  if (image.format !== undefined && formats !== null && !formats.includes(image.format)) {
    add(`${kind}WrongFormat`, 'error', `${label} is ${image.format}; ${platformName} accepts ${formats.join(', ')}.`, [...path, 'format']);
  }
}

function focusFindings(
  cover: CoverImage,
  rules: ProfileImageRules,
  platformName: string,
  add: (code: ProfileFindingCode, severity: Finding['severity'], message: string, path: (string | number)[]) => void,
): void {
  const focus = cover.focus;
  if (focus === undefined) return;
  const ratio = rules.aspectRatio.value;
  const canvas: PixelSize | null = rules.recommended.value ?? (ratio === null ? null : { width: 1000 * ratio, height: 1000 });
  if (canvas === null) {
    add('ruleUndocumented', 'info', `${platformName} documents neither the cover's size nor its ratio in socialkit's registry: cover.focus was not checked (override profile.cover).`, ['profile', 'cover', 'focus']);
    return;
  }
  const zones: [string, PixelSize][] = [];
  if (rules.safeZoneDesktop?.value) zones.push(['desktop', rules.safeZoneDesktop.value]);
  if (rules.safeZoneMobile?.value) zones.push(['mobile', rules.safeZoneMobile.value]);
  const documented = zones.length > 0;
  if (!documented) zones.push(['every layout (the area shown; no safe zone is documented)', canvas]);
  const outside = zones.filter(([, zone]) => !inside(focus, zoneInImage(cover, canvas, zone)));
  if (outside.length === 0) return;
  const zone = (outside[0] as [string, PixelSize])[1];
  const area: Rect = zoneInImage(cover, canvas, zone);
  const r = (n: number): number => Math.round(n);
  add(
    'coverFocusOutsideSafeZone',
    'warning',
    `The cover's important area (x ${focus.x}, y ${focus.y}, ${focus.width} × ${focus.height}) is not inside what ${platformName} shows on ${outside.map(([l]) => l).join(' and ')}: keep it within x ${r(area.x)}–${r(area.x + area.width)}, y ${r(area.y)}–${r(area.y + area.height)} of this ${cover.width} × ${cover.height} image.`,
    ['profile', 'cover', 'focus'],
  );
}

/**
 * Checks a brand's profile on one platform against the platform's profile
 * rules (the registry's `profile` section, with your overrides), and returns
 * findings with stable codes ({@link PROFILE_FINDING_CODES}):
 * - the display name and the bio, measured with editorial's
 *   `measureText(text, platform, { field })` (`nameTooLong`, `bioTooLong`);
 * - the username: length, allowed characters, reserved words, and whether it
 *   matches the brand's handles elsewhere (`brandHandles`; `usernameDiffers`);
 * - the link: missing, malformed, without UTM parameters when `requireUtm`,
 *   or not clickable on the platform;
 * - the avatar and the cover: smaller than the minimum (error) or the
 *   recommended size (info), a ratio more than ±2 % off, too heavy, a format
 *   the platform refuses; the cover's `focus` outside the desktop or mobile
 *   safe zone (the image scaled to cover the platform's canvas and
 *   centre-cropped), or outside the visible area where no safe zone is documented;
 * - a rule the platform does not document (`ruleUndocumented`, info): not checked, never guessed.
 *
 * @param profile - the profile (see {@link ProfileSchema})
 * @param options - `{ platform, overrides, brandHandles, requireUtm }`
 * @returns the findings, in the order of the fields (empty when all is well)
 * @throws {ValidationError} for a malformed profile or option, an unknown platform, or a malformed override
 * @example
 * checkProfile({ name: 'Boulangerie Martin', username: 'boulangerie_martin_lyon', bio: 'Pain au levain', website: 'https://boulangerie-martin.fr' }, { platform: 'x' }).map((f) => f.code);
 * // ['usernameTooLong', 'missingAvatar', 'missingCover']
 * checkProfile({ username: 'boulangeriemartin', website: 'https://boulangerie-martin.fr' }, { platform: 'instagram', requireUtm: true, brandHandles: { x: 'boulangerie_m' } }).map((f) => f.code);
 * // ['missingName', 'usernameDiffers', 'missingBio', 'linkWithoutUtm', 'missingAvatar']
 */
export function checkProfile(profile: ProfileInput, options: CheckProfileOptions): ProfileFinding[] {
  const p = parseProfile(profile);
  const o = readOptions<CheckProfileOptions>(objectArgument(options, 'options'), 'options', ['platform', 'overrides', 'brandHandles', 'requireUtm']);
  const id = platformId(o.platform, ['options', 'platform']);
  const rules = getPlatform(id, o.overrides);
  const requireUtm = booleanArgument(o.requireUtm, ['options', 'requireUtm'], false);
  const handles: [PlatformId, string][] = [];
  if (o.brandHandles !== undefined) {
    const given = objectArgument(o.brandHandles, ['options', 'brandHandles']);
    for (const key of Object.keys(given)) {
      const value = given[key];
      const platform = platformId(key, ['options', 'brandHandles', key]);
      if (typeof value !== 'string' || value === '' || value.length > 100) {
        throw invalid('invalidType', `options.brandHandles.${key} must be the brand's username there, got ${describeValue(value)}`, ['options', 'brandHandles', key]);
      }
      handles.push([platform, value]);
    }
  }
  const findings: ProfileFinding[] = [];
  const add = (code: ProfileFindingCode, severity: Finding['severity'], message: string, path: (string | number)[]): void => {
    findings.push({ code, severity, message, path });
  };
  const measureOptions = o.overrides === undefined ? {} : { overrides: o.overrides };
  const profileRules = rules.profile;

  if (p.name === undefined || p.name === '') add('missingName', 'warning', `The profile has no display name: people look for the brand's name on ${rules.name}.`, ['profile', 'name']);
  else if (profileRules.displayName.limit.value === null) {
    add('ruleUndocumented', 'info', `${rules.name} documents no display-name limit in socialkit's registry: the name was not measured (override profile.displayName.limit).`, ['profile', 'name']);
  } else {
    const m = measureText(p.name, id, { ...measureOptions, field: 'displayName' });
    if (!m.valid) add('nameTooLong', 'error', `The display name is ${m.length} (${m.method}) against ${rules.name}'s ${m.limit}: shorten it by ${-m.remaining}.`, ['profile', 'name']);
  }

  if (p.username === undefined || p.username === '') add('missingUsername', 'warning', `The profile has no username on ${rules.name}.`, ['profile', 'username']);
  else {
    const u = p.username.replace(/^@/u, '');
    const length = Array.from(u).length;
    const ur = profileRules.username;
    if (ur.minLength.value === null && ur.maxLength.value === null && ur.pattern.value === null) {
      add('ruleUndocumented', 'info', `${rules.name} documents no username rule in socialkit's registry: the username was not checked (override profile.username).`, ['profile', 'username']);
    }
    if (ur.minLength.value !== null && length < ur.minLength.value) add('usernameTooShort', 'error', `The username '${u}' has ${length} characters; ${rules.name} needs at least ${ur.minLength.value}.`, ['profile', 'username']);
    if (ur.maxLength.value !== null && length > ur.maxLength.value) add('usernameTooLong', 'error', `The username '${u}' has ${length} characters; ${rules.name} allows ${ur.maxLength.value}.`, ['profile', 'username']);
    if (ur.pattern.value !== null && !new RegExp(ur.pattern.value, 'u').test(u)) {
      add('usernameInvalidCharacters', 'error', `The username '${u}' has characters ${rules.name} refuses (allowed: ${ur.pattern.note ?? ur.pattern.value}).`, ['profile', 'username']);
    }
    const lower = u.toLowerCase();
    const reserved = ur.reserved.value.filter((w) => lower.includes(w.toLowerCase()));
    if (reserved.length > 0) add('usernameReserved', 'error', `The username '${u}' contains ${reserved.map((w) => `'${w}'`).join(', ')}, which ${rules.name} does not allow.`, ['profile', 'username']);
    const differs = handles.filter(([, h]) => normalizeHandle(h) !== normalizeHandle(u));
    if (differs.length > 0) {
      add('usernameDiffers', 'warning', `The username '${u}' differs from the brand's handle on ${differs.map(([pl, h]) => `${pl} ('${h}')`).join(', ')}: one handle everywhere is easier to find and to mention.`, ['profile', 'username']);
    }
  }

  if (p.bio === undefined || p.bio === '') add('missingBio', 'warning', `The profile has no bio: say who the brand is and what it offers in ${rules.name}'s bio.`, ['profile', 'bio']);
  else if (profileRules.bio.limit.value === null) {
    add('ruleUndocumented', 'info', `${rules.name} documents no bio limit in socialkit's registry: the bio was not measured (override profile.bio.limit).`, ['profile', 'bio']);
  } else {
    const m = measureText(p.bio, id, { ...measureOptions, field: 'bio' });
    if (!m.valid) {
      const over = m.checks.filter((c) => !c.valid).map((c) => `${c.length} ${c.unit} against ${c.limit}`);
      add('bioTooLong', 'error', `The bio is too long for ${rules.name}: ${over.join('; ')}. Shorten it by ${Math.max(...m.checks.map((c) => -c.remaining))}.`, ['profile', 'bio']);
    }
  }

  if (p.website === undefined || p.website === '') {
    if (profileRules.links.max.value !== 0) add('missingLink', 'warning', `The profile has no link: point ${rules.name}'s visitors to the website.`, ['profile', 'website']);
  } else {
    let utm: ReturnType<typeof parseUtm> = null;
    let valid = true;
    try {
      utm = parseUtm(p.website);
    } catch (error) {
      if (!(error instanceof SocialKitError)) throw error;
      valid = false;
      add('invalidLink', 'error', `The link ${describeValue(p.website)} is not a web address: ${error.message}`, ['profile', 'website']);
    }
    if (valid && requireUtm && utm === null) {
      add('linkWithoutUtm', 'warning', `The link has no UTM parameters, and the strategy asks for them: add utm_source=${id}, utm_medium=social and a campaign so the visits from the profile are counted.`, ['profile', 'website']);
    }
    if (profileRules.links.clickable.value === false) add('linkNotClickable', 'info', `Links are not clickable on ${rules.name}'s profile: write the address so people can type it.`, ['profile', 'website']);
  }

  if (p.avatar === undefined) add('missingAvatar', 'warning', `The profile has no avatar: ${rules.name} shows a placeholder instead of the brand's logo.`, ['profile', 'avatar']);
  else imageFindings('avatar', p.avatar, profileRules.avatar, rules.name, add);

  const coverRules = profileRules.cover;
  if (coverRules === null) {
    if (p.cover !== undefined) add('coverNotSupported', 'info', `${rules.name} profiles have no cover: the cover is not used there.`, ['profile', 'cover']);
  } else if (p.cover === undefined) {
    add('missingCover', 'info', `The profile has no cover: ${rules.name} shows an empty banner.`, ['profile', 'cover']);
  } else {
    imageFindings('cover', p.cover, coverRules, rules.name, add);
    focusFindings(p.cover, coverRules, rules.name, add);
  }
  return findings;
}
