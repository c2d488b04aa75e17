import { type Finding, FindingSchema, getPlatform, type PlatformId, type PlatformOverrides, SocialKitError, ValidationError } from '../core/index.js';
import { describeValue, invalid, parseWithSchema, platformId, readOptions } from '../core/internal.js';
import { EditorialLineSchema, type EditorialLine, type EditorialLineInput } from './editorial-line.js';
import { extractEntities } from './extract-entities.js';
import { measureText } from './measure-text.js';
import { PostSchema, type Post, type PostInput } from './post.js';
import { POST_RULE_CODES, postRules, type PostRule, type PostRuleContext } from './post-rules.js';

/** Options of {@link checkPost}. */
export interface CheckPostOptions {
  /** The editorial line to check against (pillars, formats, tone, hashtag policy, languages); without it only the platform's rules apply. */
  editorialLine?: EditorialLineInput;
  /** The platform to check for; by default the post's own. */
  platform?: PlatformId;
  /** Replacements for the platform's facts (see `measureText`). */
  overrides?: PlatformOverrides;
  /** Your own checks, run after the built-in {@link postRules}. */
  rules?: readonly PostRule[];
  /** Finding codes to leave out (`['missingAltText']`). */
  ignore?: readonly string[];
}

const OPTION_KEYS = ['editorialLine', 'platform', 'overrides', 'rules', 'ignore'] as const;

/**
 * Parses and checks the common arguments of `checkPost` and `adaptPost`.
 *
 * @param post - the post argument
 * @param options - the options argument
 * @param keys - the option keys allowed
 * @returns the parsed post, line, platform and rules
 */
export function readPostArguments(
  post: unknown,
  options: unknown,
  keys: readonly string[],
): { post: Post; line: EditorialLine | undefined; platform: PlatformId; overrides: PlatformOverrides | undefined; opts: Readonly<Record<string, unknown>> } {
  const opts = readOptions(options, 'options', keys);
  const parsed = parseWithSchema(PostSchema, post, { name: 'post', path: 'post' });
  const line = opts.editorialLine === undefined ? undefined : parseWithSchema(EditorialLineSchema, opts.editorialLine, { name: 'editorial line', path: ['options', 'editorialLine'] });
  const platform = opts.platform === undefined ? parsed.platform : platformId(opts.platform, ['options', 'platform']);
  const overrides = opts.overrides as PlatformOverrides | undefined;
  return { post: parsed, line, platform, overrides, opts };
}

/**
 * Checks a post against its platform's rules and the editorial line, and
 * returns what is wrong as findings with stable codes
 * ({@link POST_FINDING_CODES}), a severity and a message a person can act
 * on: over the length limit, too many hashtags, mentions or links, a
 * forbidden term, the brand misspelt, no call to action on an acquisition
 * post, an image without alternative text, an unknown pillar, a format the
 * line does not use there, tone breaches. The checks are data: the built-in
 * {@link postRules}, then `options.rules` (pure functions returning
 * findings); `options.ignore` drops codes.
 *
 * @param post - the post
 * @param options - the editorial line, the platform (default: the post's), overrides, extra rules, codes to ignore
 * @returns the findings, in rule order (empty when the post is fine)
 * @throws {ValidationError} when the post, the line or an option is malformed, or a rule returns something that is not a finding (`invalidFinding`) or throws (`ruleFailed`)
 * @example
 * checkPost({ id: 'p1', platform: 'instagram', text: 'Nouveau pain ! #pain', format: 'image', pillar: 'savoirFaire',
 *   objectiveType: 'acquisition', language: 'fr', media: [{ kind: 'image' }] }).map((f) => f.code);
 * // ['missingCallToAction', 'missingAltText']
 */
export function checkPost(post: PostInput, options: CheckPostOptions = {}): Finding[] {
  const { post: parsed, line, platform, overrides, opts } = readPostArguments(post, options, OPTION_KEYS);
  const extra = opts.rules === undefined ? [] : opts.rules;
  if (!Array.isArray(extra)) throw invalid('invalidType', `options.rules must be an array of functions, got ${describeValue(extra)}`, ['options', 'rules']);
  const rules: PostRule[] = [...postRules];
  for (let i = 0; i < extra.length; i += 1) {
    const rule: unknown = extra[i];
    if (typeof rule !== 'function') throw invalid('invalidType', `options.rules[${i}] must be a function (post, context) => findings, got ${describeValue(rule)}`, ['options', 'rules', i]);
    rules.push(rule as PostRule);
  }
  const ignoreInput = opts.ignore === undefined ? [] : opts.ignore;
  if (!Array.isArray(ignoreInput)) throw invalid('invalidType', `options.ignore must be an array of finding codes, got ${describeValue(ignoreInput)}`, ['options', 'ignore']);
  const ignore = new Set<string>();
  for (let i = 0; i < ignoreInput.length; i += 1) {
    const code: unknown = ignoreInput[i];
    if (typeof code !== 'string') throw invalid('invalidType', `options.ignore[${i}] must be a finding code, got ${describeValue(code)}`, ['options', 'ignore', i]);
    ignore.add(code);
  }
  const measureOptions = overrides === undefined ? {} : { overrides };
  const rulesOfPlatform = overrides === undefined ? getPlatform(platform) : getPlatform(platform, overrides);
  const context: PostRuleContext = {
    platform,
    rules: rulesOfPlatform,
    editorialLine: line,
    measure: measureText(parsed.text, platform, measureOptions),
    entities: extractEntities(parsed.text, { platform }),
  };
  const findings: Finding[] = [];
  for (let i = 0; i < rules.length; i += 1) {
    const rule = rules[i] as PostRule;
    let produced: unknown;
    try {
      produced = rule(parsed, context);
    } catch (error) {
      if (error instanceof SocialKitError) throw error;
      const why = error instanceof Error ? error.message : describeValue(error);
      if (i < postRules.length) {
        // A built-in rule is named by its finding codes, not by a negative index of options.rules.
        const codes = (POST_RULE_CODES[i] ?? []).join(', ');
        throw new ValidationError([{ code: 'ruleFailed', message: `The built-in rule ${codes} threw: ${why}`, path: ['post'] }]);
      }
      throw new ValidationError([{ code: 'ruleFailed', message: `options.rules[${i - postRules.length}] threw: ${why}`, path: ['options', 'rules', i - postRules.length] }]);
    }
    if (!Array.isArray(produced)) {
      throw invalid('invalidFinding', `options.rules[${i - postRules.length}] must return an array of findings, got ${describeValue(produced)}`, ['options', 'rules', i - postRules.length]);
    }
    for (let k = 0; k < produced.length; k += 1) {
      const f = parseWithSchema(FindingSchema, produced[k], { name: 'finding', path: ['options', 'rules', i - postRules.length, k] });
      if (!ignore.has(f.code)) findings.push(f);
    }
  }
  return findings;
}
