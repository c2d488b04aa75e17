/**
 * Profiles: account set-up checks per platform (display name, username,
 * bio, link, avatar, cover and its safe zone) against the platform
 * registry's profile rules, and the kit of images and limits a brand needs
 * on all its platforms, with the fewest source images. See docs/profile.md.
 *
 * @module profile
 */
export {
  CoverFocusSchema,
  CoverImageSchema,
  parseProfile,
  ProfileImageSchema,
  ProfileSchema,
  type CoverFocus,
  type CoverImage,
  type Profile,
  type ProfileImage,
  type ProfileInput,
} from './profile.js';
export { checkProfile, PROFILE_FINDING_CODES, type CheckProfileOptions, type ProfileFinding, type ProfileFindingCode } from './check-profile.js';
export { profileKit, type KitGap, type KitMaster, type KitPlatform, type KitTarget, type ProfileKit, type ProfileKitOptions } from './profile-kit.js';
