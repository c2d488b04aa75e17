import { type FindingInput, type Platform, type PlatformId } from '../core/index.js';
import { linkKey } from './link-key.js';
import { type EditorialLine } from './editorial-line.js';
import { type TextEntity } from './extract-entities.js';
import { type TextCheck, type TextMeasure } from './measure-text.js';
import { type Post } from './post.js';
import { createTermMatcher } from './term-matcher.js';
import { foldText, skeleton, standsAlone, touchesWord, wholeWordOccurrences, wordEdges } from './text-fold.js';

/** What a {@link PostRule} knows besides the post. */
export interface PostRuleContext {
  /** The platform the post is checked for. */
  platform: PlatformId;
  /** That platform's rules, with the caller's overrides. */
  rules: Platform;
  /** The editorial line, when one is given (parsed). */
  editorialLine: EditorialLine | undefined;
  /** `measureText` of the post's text for the platform. */
  measure: TextMeasure;
  /** `extractEntities` of the post's text for the platform. */
  entities: readonly TextEntity[];
}

/**
 * A post check: a pure function of the (parsed) post and its context that
 * returns findings (none when all is well). `checkPost` runs the built-in
 * {@link postRules}, then the caller's own.
 */
export type PostRule = (post: Post, context: PostRuleContext) => readonly FindingInput[];

/**
 * The stable codes of the findings of the built-in rules:
 * - `overLimit` (error): the text is longer than the platform's main limit;
 * - `overByteLimit` (error): longer than its byte limit (Bluesky 3000, YouTube 5000);
 * - `tooManyLinks` (error): more distinct links than the platform allows (Threads: 5);
 * - `tooManyHashtagsForPlatform` (error): more hashtags than the platform allows (Instagram 5, Threads 1);
 * - `tooManyHashtagsForPolicy` (warning): more than the editorial line's hashtag policy;
 * - `tooManyMentions` (error): more mentions than the platform allows (Instagram 20);
 * - `forbiddenTerm` (error): a forbidden term of the tone of voice, whole word, ignoring case and accents;
 * - `brandMisspelt` (warning): the brand written otherwise than its required spelling;
 * - `missingCallToAction` (warning): an acquisition or conversion post without a call to action;
 * - `missingAltText` (warning): an image or GIF without alternative text;
 * - `unknownPillar` (error): a pillar the editorial line does not have;
 * - `formatNotAllowed` (error): a format the editorial line does not use on that platform;
 * - `tooManyExclamations` (warning), `tooMuchUppercase` (warning), `tooManyEmoji` (warning): tone policy;
 * - `formalityMismatch` (warning): `tu` in a line that says `vous`, or the reverse (French posts);
 * - `languageNotInLine` (warning): a language the editorial line does not post in;
 * - `emptyText` (error): a text post without text;
 * - `unsafeCharacters` (error): a character the platform refuses (YouTube: `<` and `>` in a description);
 * - `linkNotClickable` (warning): a URL in a caption the platform does not make clickable (Instagram, TikTok): put it in the bio.
 *
 * @example
 * POST_FINDING_CODES.length; // 20
 * POST_FINDING_CODES.includes('brandMisspelt'); // true
 */
export const POST_FINDING_CODES = Object.freeze([
  'overLimit',
  'overByteLimit',
  'tooManyLinks',
  'tooManyHashtagsForPlatform',
  'tooManyHashtagsForPolicy',
  'tooManyMentions',
  'forbiddenTerm',
  'brandMisspelt',
  'missingCallToAction',
  'missingAltText',
  'unknownPillar',
  'formatNotAllowed',
  'tooManyExclamations',
  'tooMuchUppercase',
  'tooManyEmoji',
  'formalityMismatch',
  'languageNotInLine',
  'emptyText',
  'unsafeCharacters',
  'linkNotClickable',
] as const);

/** A finding code of the built-in rules (see {@link POST_FINDING_CODES}). */
export type PostFindingCode = (typeof POST_FINDING_CODES)[number];

/** Below this many cased letters, the share of capitals is not judged (`OK`, `ETA 9h`). */
const MIN_LETTERS_FOR_CASE = 12;

const UNIT_WORDS: Readonly<Record<TextCheck['unit'], string>> = {
  weighted: 'characters (weighted: URLs count 23, emoji and most non-Latin characters 2)',
  graphemes: 'characters',
  codePoints: 'characters (code points)',
  utf16: 'characters (UTF-16 units; most emoji count 2)',
  emojiBytes: 'characters (each emoji counts its UTF-8 bytes)',
  bytes: 'bytes (UTF-8)',
  links: 'links',
};

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function finding(code: PostFindingCode, severity: FindingInput['severity'], message: string, path: FindingInput['path']): FindingInput {
  return { code, severity, message, path };
}

const lengthRule: PostRule = (_post, { measure, rules }) => {
  const out: FindingInput[] = [];
  for (const c of measure.checks) {
    if (c.valid || c.unit === 'links') continue;
    const over = c.length - c.limit;
    out.push(
      finding(
        c.unit === 'bytes' ? 'overByteLimit' : 'overLimit',
        'error',
        `The text is ${c.length} ${UNIT_WORDS[c.unit]} long, over ${rules.name}'s limit of ${c.limit}: shorten it by ${over}.`,
        ['text'],
      ),
    );
  }
  return out;
};

const linkRule: PostRule = (post, { rules, entities }) => {
  const max = rules.text.maxLinks?.value;
  if (max === undefined) return [];
  const links = new Set<string>();
  for (const e of entities) if (e.kind === 'url') links.add(linkKey(e.text));
  for (const link of post.links) links.add(linkKey(link));
  if (links.size <= max) return [];
  return [finding('tooManyLinks', 'error', `The post has ${links.size} distinct links; ${rules.name} accepts at most ${max}: remove ${links.size - max}.`, ['text'])];
};

function hashtagCap(line: EditorialLine | undefined, platform: PlatformId): number | undefined {
  return line === undefined ? undefined : (line.hashtags.maxPerPlatform[platform] ?? line.hashtags.max);
}

const hashtagRule: PostRule = (_post, { platform, rules, entities, editorialLine }) => {
  const count = entities.filter((e) => e.kind === 'hashtag').length;
  const out: FindingInput[] = [];
  const platformMax = rules.hashtags?.max.value;
  if (platformMax !== undefined && count > platformMax) {
    out.push(finding('tooManyHashtagsForPlatform', 'error', `The post has ${plural(count, 'hashtag', 'hashtags')}; ${rules.name} accepts at most ${platformMax}: remove ${count - platformMax}.`, ['text']));
  }
  const policyMax = hashtagCap(editorialLine, platform);
  if (policyMax !== undefined && count > policyMax) {
    out.push(finding('tooManyHashtagsForPolicy', 'warning', `The post has ${plural(count, 'hashtag', 'hashtags')}; the editorial line allows ${policyMax} on ${rules.name}: keep the branded ones and drop ${count - policyMax}.`, ['text']));
  }
  return out;
};

const mentionRule: PostRule = (_post, { rules, entities }) => {
  const max = rules.mentions?.max.value;
  const count = entities.filter((e) => e.kind === 'mention').length;
  if (max === undefined || count <= max) return [];
  return [finding('tooManyMentions', 'error', `The post mentions ${count} accounts; ${rules.name} accepts at most ${max}: remove ${count - max}.`, ['text'])];
};

// Forbidden terms and brand spellings are found in one pass over the text
// for all terms (Aho–Corasick): O(text + terms + occurrences).
const forbiddenTermRule: PostRule = (post, { editorialLine }) => {
  const terms = editorialLine?.tone.forbiddenTerms ?? [];
  if (terms.length === 0) return [];
  const folded = foldText(post.text);
  const keys = terms.map((term) => foldText(term));
  const edges = keys.map(wordEdges);
  const counts = new Array<number>(terms.length).fill(0);
  createTermMatcher(keys).each(folded, (t, start) => {
    if (standsAlone(folded, start, edges[t] as (typeof edges)[number])) counts[t] = (counts[t] as number) + 1;
  });
  const out: FindingInput[] = [];
  terms.forEach((term, t) => {
    const occurrences = counts[t] as number;
    if (occurrences > 0) {
      out.push(finding('forbiddenTerm', 'error', `The text uses the forbidden term "${term}" ${occurrences === 1 ? 'once' : `${occurrences} times`}: rephrase it.`, ['text']));
    }
  });
  return out;
};

const brandSpellingRule: PostRule = (post, { editorialLine, entities }) => {
  const spellings = editorialLine?.tone.brandSpellings ?? [];
  if (spellings.length === 0) return [];
  const text = post.text;
  // A brand inside a URL, a hashtag or a mention cannot hold its spaces and
  // capitals (boulangerie-martin.fr, #BoulangerieMartin): not a misspelling.
  // covered[p] counts the code units before p that lie in such an entity, so
  // an overlap test is two reads (it scanned every entity per occurrence).
  const covered = new Array<number>(text.length + 1).fill(0);
  for (const e of entities) {
    if (e.kind === 'emoji') continue;
    covered[e.start] = (covered[e.start] as number) + 1;
    covered[e.end] = (covered[e.end] as number) - 1;
  }
  for (let p = 0, depth = 0, sum = 0; p <= text.length; p += 1) {
    depth += covered[p] as number;
    covered[p] = sum;
    if (depth > 0) sum += 1;
  }
  const inEntity = (start: number, end: number): boolean => (covered[end] as number) - (covered[start] as number) > 0;
  const sk = skeleton(text);
  const keys = spellings.map((spelling) => skeleton(spelling).text);
  const wanted = spellings.map((spelling) => spelling.normalize('NFC'));
  const wrong = spellings.map(() => new Set<string>());
  createTermMatcher(keys).each(sk.text, (t, i) => {
    const length = (keys[t] as string).length;
    const start = sk.from[i] ?? 0;
    const end = sk.to[i + length - 1] ?? start;
    if (touchesWord(text, start, end) || inEntity(start, end)) return;
    const written = text.slice(start, end);
    if (written.normalize('NFC') !== wanted[t]) (wrong[t] as Set<string>).add(written);
  });
  const out: FindingInput[] = [];
  spellings.forEach((spelling, t) => {
    for (const written of wrong[t] as Set<string>) out.push(finding('brandMisspelt', 'warning', `Write the brand "${spelling}", not "${written}".`, ['text']));
  });
  return out;
};

const callToActionRule: PostRule = (post) => {
  if ((post.objectiveType !== 'acquisition' && post.objectiveType !== 'conversion') || post.callToAction !== undefined) return [];
  return [
    finding(
      'missingCallToAction',
      'warning',
      `This ${post.objectiveType} post has no call to action: say what the reader should do (visit, book, buy) in callToAction.`,
      ['callToAction'],
    ),
  ];
};

const altTextRule: PostRule = (post) => {
  const out: FindingInput[] = [];
  post.media.forEach((m, i) => {
    if ((m.kind === 'image' || m.kind === 'gif') && (m.altText === undefined || m.altText.trim() === '')) {
      out.push(finding('missingAltText', 'warning', `Media ${i + 1} (${m.kind}) has no alternative text: describe it for people using a screen reader.`, ['media', i, 'altText']));
    }
  });
  return out;
};

const pillarRule: PostRule = (post, { editorialLine }) => {
  if (editorialLine === undefined || editorialLine.pillars.some((p) => p.id === post.pillar)) return [];
  return [
    finding(
      'unknownPillar',
      'error',
      `The pillar "${post.pillar}" is not in the editorial line (${editorialLine.pillars.map((p) => p.id).join(', ')}): use one of them or add it.`,
      ['pillar'],
    ),
  ];
};

const formatRule: PostRule = (post, { editorialLine, platform, rules }) => {
  const allowed = editorialLine?.formatsByPlatform[platform];
  if (allowed === undefined || allowed.includes(post.format)) return [];
  return [finding('formatNotAllowed', 'error', `The editorial line does not use the ${post.format} format on ${rules.name} (it uses ${allowed.join(', ')}).`, ['format'])];
};

function textOutsideEntities(text: string, entities: readonly TextEntity[]): string {
  let out = '';
  let position = 0;
  for (const e of entities) {
    if (e.kind === 'emoji') continue;
    out += `${text.slice(position, e.start)} `;
    position = e.end;
  }
  return out + text.slice(position);
}

const EXCLAMATIONS = /[!\uFF01]/g;
const UPPER = /\p{Lu}/gu;
const LOWER = /\p{Ll}/gu;

function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  // One character class, global: each match consumes one character.
  while (pattern.exec(text) !== null) n += 1;
  return n;
}

const toneRule: PostRule = (post, { editorialLine, entities }) => {
  const tone = editorialLine?.tone;
  if (tone === undefined) return [];
  const out: FindingInput[] = [];
  if (tone.maxExclamationsPerPost !== undefined) {
    const n = countMatches(post.text, EXCLAMATIONS);
    if (n > tone.maxExclamationsPerPost) {
      out.push(finding('tooManyExclamations', 'warning', `The text has ${plural(n, 'exclamation mark', 'exclamation marks')}; the tone of voice allows ${tone.maxExclamationsPerPost}.`, ['text']));
    }
  }
  if (tone.maxUppercaseRatio !== undefined) {
    const plain = textOutsideEntities(post.text, entities);
    const upper = countMatches(plain, UPPER);
    const letters = upper + countMatches(plain, LOWER);
    if (letters >= MIN_LETTERS_FOR_CASE && upper / letters > tone.maxUppercaseRatio) {
      out.push(
        finding(
          'tooMuchUppercase',
          'warning',
          `${Math.round((upper / letters) * 100)} % of the letters are capitals; the tone of voice allows ${Math.round(tone.maxUppercaseRatio * 100)} %: avoid writing in capitals.`,
          ['text'],
        ),
      );
    }
  }
  if (tone.maxEmojiPerPost !== undefined) {
    const n = entities.filter((e) => e.kind === 'emoji').length;
    if (n > tone.maxEmojiPerPost) out.push(finding('tooManyEmoji', 'warning', `The text has ${n} emoji; the tone of voice allows ${tone.maxEmojiPerPost}.`, ['text']));
  }
  return out;
};

const TU_FORMS = ['tu', 'toi', 'ton', 'ta', 'tes', 'te', "t'"];
const VOUS_FORMS = ['vous', 'votre', 'vos'];

const formalityRule: PostRule = (post, { editorialLine }) => {
  const formality = editorialLine?.tone.formality;
  if (formality === undefined || !/^fr(?:-|$)/i.test(post.language)) return [];
  const folded = foldText(post.text);
  const forms = formality === 'vous' ? TU_FORMS : VOUS_FORMS;
  const used = forms.filter((form) => wholeWordOccurrences(folded, form).length > 0);
  if (used.length === 0) return [];
  return [
    finding(
      'formalityMismatch',
      'warning',
      `The editorial line addresses readers with "${formality}", but the text uses ${used.map((u) => `"${u}"`).join(', ')}.`,
      ['text'],
    ),
  ];
};

const languageRule: PostRule = (post, { editorialLine }) => {
  if (editorialLine === undefined) return [];
  const lang = post.language.toLowerCase();
  const primary = lang.split('-')[0];
  const ok = editorialLine.languages.some((l) => {
    const line = l.toLowerCase();
    return line === lang || line === primary || line.split('-')[0] === lang;
  });
  if (ok) return [];
  return [finding('languageNotInLine', 'warning', `The post is in ${post.language}; the editorial line posts in ${editorialLine.languages.join(', ')}.`, ['language'])];
};

const emptyTextRule: PostRule = (post) => {
  if (post.format !== 'text' || post.text.trim() !== '') return [];
  return [finding('emptyText', 'error', 'A text post needs text: write it, or choose a format with media.', ['text'])];
};

const unsafeCharactersRule: PostRule = (post, { rules }) => {
  const forbidden = rules.text.forbiddenCharacters?.value;
  if (forbidden === undefined || forbidden === '') return [];
  const found = new Map<string, number>();
  for (const ch of post.text) if (forbidden.includes(ch)) found.set(ch, (found.get(ch) ?? 0) + 1);
  if (found.size === 0) return [];
  const list = [...found].map(([ch, n]) => `"${ch}" (${n === 1 ? 'once' : `${n} times`})`).join(', ');
  return [
    finding(
      'unsafeCharacters',
      'error',
      `${rules.name} refuses ${list} in the text: replace them (‹ ›, or words) before publishing.`,
      ['text'],
    ),
  ];
};

const linkNotClickableRule: PostRule = (_post, { rules, entities }) => {
  if (rules.text.linksClickable?.value !== false) return [];
  const n = entities.filter((e) => e.kind === 'url').length;
  if (n === 0) return [];
  return [
    finding(
      'linkNotClickable',
      'warning',
      `${rules.name} does not make links in captions clickable (${plural(n, 'link', 'links')} here): put the link in the bio and say "link in bio" ("lien en bio").`,
      ['text'],
    ),
  ];
};

/**
 * The finding codes of each built-in rule, in {@link postRules}' order: how
 * `checkPost` names a built-in rule that fails. Internal: not exported from
 * the module's index.
 */
export const POST_RULE_CODES: readonly (readonly PostFindingCode[])[] = Object.freeze([
  Object.freeze(['overLimit', 'overByteLimit'] as const),
  Object.freeze(['tooManyLinks'] as const),
  Object.freeze(['tooManyHashtagsForPlatform', 'tooManyHashtagsForPolicy'] as const),
  Object.freeze(['tooManyMentions'] as const),
  Object.freeze(['forbiddenTerm'] as const),
  Object.freeze(['brandMisspelt'] as const),
  Object.freeze(['missingCallToAction'] as const),
  Object.freeze(['missingAltText'] as const),
  Object.freeze(['unknownPillar'] as const),
  Object.freeze(['formatNotAllowed'] as const),
  Object.freeze(['tooManyExclamations', 'tooMuchUppercase', 'tooManyEmoji'] as const),
  Object.freeze(['formalityMismatch'] as const),
  Object.freeze(['languageNotInLine'] as const),
  Object.freeze(['emptyText'] as const),
]);

/**
 * The built-in post checks, in the order `checkPost` runs them: length and
 * bytes, links, hashtags, mentions, forbidden terms, brand spelling, call to
 * action, alternative text, pillar, format, tone (exclamations, capitals,
 * emoji), formality, language, empty text, unsafe characters, links that are
 * not clickable. Their codes are {@link POST_FINDING_CODES}. Each is a
 * {@link PostRule}; `checkPost` runs them, then the caller's.
 *
 * @example
 * postRules.length; // 16
 * typeof postRules[0]; // 'function'
 */
export const postRules: readonly PostRule[] = Object.freeze([
  lengthRule,
  linkRule,
  hashtagRule,
  mentionRule,
  forbiddenTermRule,
  brandSpellingRule,
  callToActionRule,
  altTextRule,
  pillarRule,
  formatRule,
  toneRule,
  formalityRule,
  languageRule,
  emptyTextRule,
  unsafeCharactersRule,
  linkNotClickableRule,
]);
