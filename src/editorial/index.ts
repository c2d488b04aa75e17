/**
 * The editorial line and the posts that follow it: content pillars and
 * their mix (with the 80/20, 4-1-1 and rule-of-thirds presets), tone of
 * voice and hashtag policy; exact text measurement the way each platform
 * counts (X's weighted count as twitter-text computes it, graphemes,
 * bytes, links); entity extraction with UTF-16 and UTF-8 offsets; post
 * checks, adaptation to another platform, and mix reports.
 *
 * @module editorial
 */
export { adaptPost, type AdaptPostOptions, type PostAdaptation } from './adapt-post.js';
export { checkPost, type CheckPostOptions } from './check-post.js';
export {
  ContentPillarSchema,
  EditorialLineSchema,
  HashtagPolicySchema,
  ToneOfVoiceSchema,
  type ContentPillar,
  type ContentPillarInput,
  type EditorialLine,
  type EditorialLineInput,
  type HashtagPolicy,
  type HashtagPolicyInput,
  type ToneOfVoice,
  type ToneOfVoiceInput,
} from './editorial-line.js';
export { targetShares } from './target-shares.js';
export { extractEntities, type ExtractEntitiesOptions, type TextEntity, type TextEntityKind } from './extract-entities.js';
export { measureText, type MeasureTextOptions, type TextCheck, type TextCheckUnit, type TextMeasure } from './measure-text.js';
export {
  CONTENT_ROLES,
  expandMixPreset,
  MIX_PRESET_NAMES,
  mixPresets,
  MixPresetSchema,
  type ContentRole,
  type MixBucket,
  type MixPillar,
  type MixPreset,
} from './mix-preset.js';
export { mixReport, type ChiSquare, type MixOptions, type MixReport, type MixShare, type PillarShare } from './mix-report.js';
export { nextPillar, type NextPillar } from './next-pillar.js';
export { MEDIA_KINDS, PostMediaSchema, PostSchema, type MediaKind, type Post, type PostInput, type PostMedia, type PostMediaInput } from './post.js';
export { POST_FINDING_CODES, postRules, type PostFindingCode, type PostRule, type PostRuleContext } from './post-rules.js';
export { parseContentPillar, parseEditorialLine, parseHashtagPolicy, parseToneOfVoice } from './editorial-line.js';
export { parsePostMedia, parsePost } from './post.js';
export { ADAPTATION_FINDING_CODES, type AdaptationFindingCode } from './adapt-post.js';
