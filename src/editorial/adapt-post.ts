import { type Finding, getPlatform, type PlatformId, type PlatformOverrides } from '../core/index.js';
import { describeValue, invalid } from '../core/internal.js';
import { readPostArguments } from './check-post.js';
import { type EditorialLine, type EditorialLineInput } from './editorial-line.js';
import { extractEntities, type TextEntity } from './extract-entities.js';
import { measureText, type MeasureTextOptions, type TextMeasure } from './measure-text.js';
import { type Post, type PostInput } from './post.js';
import { retagUtmSource } from './retag-utm.js';
import { foldText } from './text-fold.js';
import { alwaysBreaksBetween, graphemeBoundaries } from './text-units.js';

/** Options of {@link adaptPost}. */
export interface AdaptPostOptions {
  /** The platform to adapt the post to; by default the post's own. */
  platform?: PlatformId;
  /** The editorial line, for its hashtag policy (branded hashtags, caps). */
  editorialLine?: EditorialLineInput;
  /** Replacements for the platform's facts (see `measureText`). */
  overrides?: PlatformOverrides;
  /** What marks a cut text; default `'…'`. */
  ellipsis?: string;
}

/** The result of {@link adaptPost}. */
export interface PostAdaptation {
  /** The adapted post: the target platform, the adapted text, everything else as it was. */
  post: Post;
  /** What was changed, as `info` findings: `platformChanged`, `utmRetagged`, `hashtagRemoved`, `hashtagUnmarked`, `textTruncated`, `brandedHashtagKept`. */
  changes: Finding[];
  /** What could not be fixed: `entityTooLong` (error) when a URL, mention or hashtag alone is over the limit; `hashtagsKept` (warning) when trimming hashtags would have changed other entities. */
  findings: Finding[];
  /** `measureText` of the adapted text for the target platform. */
  measure: TextMeasure;
}

const OPTION_KEYS = ['platform', 'editorialLine', 'overrides', 'ellipsis'] as const;
const MAX_STEPS_BACK = 64;

// Whether a UTF-16 code unit is white space for `\s` (read without a regex: this runs on every character).
function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function change(code: AdaptationFindingCode, message: string, path: Finding['path'] = ['text']): Finding {
  return { code, severity: 'info', message, path };
}

function entityKeys(entities: readonly TextEntity[]): Set<string> {
  const keys = new Set<string>();
  for (const e of entities) if (e.kind !== 'emoji') keys.add(`${e.kind}\u0000${e.text}`);
  return keys;
}

// True when every non-emoji entity of `text` (except those starting in
// `[skipFrom, skipTo)`, the ellipsis) was already an entity of the original.
function keepsEntities(text: string, platform: PlatformId, known: Set<string>, skipFrom = text.length, skipTo = text.length): boolean {
  for (const e of extractEntities(text, { platform })) {
    if (e.kind !== 'emoji' && (e.start < skipFrom || e.start >= skipTo) && !known.has(`${e.kind}\u0000${e.text}`)) return false;
  }
  return true;
}

// The start of the trailing block of hashtags: the first hashtag after which
// there are only hashtags and spaces (the text's length when there is none).
function trailingBlockStart(text: string, entities: readonly TextEntity[]): number {
  let blockStart = text.length;
  for (let k = entities.length - 1; k >= 0; k -= 1) {
    const e = entities[k] as TextEntity;
    const after = k + 1 < entities.length ? (entities[k + 1] as TextEntity).start : text.length;
    if (e.kind !== 'hashtag' || text.slice(e.end, after).trim() !== '') break;
    blockStart = e.start;
  }
  return blockStart;
}

function normalizeTag(tag: string): string {
  return foldText(tag.replace(/^[#＃]/, ''));
}

interface Trimmed {
  text: string;
  changes: Finding[];
  findings: Finding[];
}

// Trims the hashtags of a text to `cap`: branded hashtags are kept first,
// then the others in text order. A dropped hashtag in the trailing block of
// hashtags is removed; one inside a sentence loses its `#` (`#Paris` →
// `Paris`), unless that would create or change another entity, in which
// case it is removed; if even that would, the hashtags are kept and a
// finding says so.
function trimHashtags(text: string, platform: PlatformId, cap: number, line: EditorialLine | undefined, known: Set<string>): Trimmed {
  const entities = extractEntities(text, { platform });
  const tags = entities.filter((e) => e.kind === 'hashtag');
  if (tags.length <= cap) return { text, changes: [], findings: [] };
  const branded = new Set((line?.hashtags.branded ?? []).map(normalizeTag));
  const order = [...tags.filter((t) => branded.has(normalizeTag(t.text))), ...tags.filter((t) => !branded.has(normalizeTag(t.text)))];
  const kept = new Set(order.slice(0, cap));
  const blockStart = trailingBlockStart(text, entities);
  const build = (inline: 'unmark' | 'remove'): { text: string; changes: Finding[] } => {
    const changes: Finding[] = [];
    let out = '';
    let position = 0;
    for (const tag of tags) {
      if (tag.start >= blockStart || kept.has(tag)) continue;
      if (inline === 'unmark') {
        out += text.slice(position, tag.start);
        position = tag.start + 1;
        changes.push(change('hashtagUnmarked', `Turned ${tag.text} into plain text to keep at most ${cap} hashtags.`));
      } else {
        let start = tag.start;
        while (start > position && isSpace(text.charCodeAt(start - 1))) start -= 1;
        out += text.slice(position, start);
        position = tag.end;
        changes.push(change('hashtagRemoved', `Removed ${tag.text} to keep at most ${cap} hashtags.`));
      }
    }
    out += text.slice(position, blockStart);
    if (blockStart < text.length) {
      const trailing = tags.filter((t) => t.start >= blockStart);
      const keptTrailing = trailing.filter((t) => kept.has(t));
      for (const tag of trailing) if (!kept.has(tag)) changes.push(change('hashtagRemoved', `Removed ${tag.text} to keep at most ${cap} hashtags.`));
      out = keptTrailing.length > 0 ? out + keptTrailing.map((t) => t.text).join(' ') : out.trimEnd();
    }
    return { text: out, changes };
  };
  for (const mode of ['unmark', 'remove'] as const) {
    const result = build(mode);
    if (keepsEntities(result.text, platform, known)) return { text: result.text, changes: result.changes, findings: [] };
  }
  return {
    text,
    changes: [],
    findings: [
      {
        code: 'hashtagsKept',
        severity: 'warning',
        message: `The text has ${tags.length} hashtags (at most ${cap} wanted), but removing some would change its links or mentions: edit it by hand.`,
        path: ['text'],
      },
    ],
  };
}

/**
 * The codes of the findings that `adaptPost` reports (each change it made, and what it could not do) (each explained in its module's guide).
 *
 * @example
 * ADAPTATION_FINDING_CODES.includes('textTruncated'); // true
 */
export const ADAPTATION_FINDING_CODES = Object.freeze([
  'platformChanged',
  'textTruncated',
  'hashtagRemoved',
  'hashtagUnmarked',
  'hashtagsKept',
  'utmRetagged',
  'brandedHashtagKept',
  'entityTooLong',
] as const);

/** A finding code of {@link ADAPTATION_FINDING_CODES}. */
export type AdaptationFindingCode = (typeof ADAPTATION_FINDING_CODES)[number];

/**
 * Declines a post for a platform: sets the platform, re-tags the links
 * whose `utm_source` names another platform (`utmRetagged`; only that value
 * changes), trims the hashtags to the lower of the platform's cap and the
 * editorial line's (branded ones kept first), then, if the text is still
 * too long, cuts it at a grapheme boundary, at the end of a word when
 * possible, and adds an ellipsis, never cutting a URL, a mention, a hashtag
 * or a cashtag. When that cut would remove a branded hashtag of the line,
 * the body is cut instead and the tag block kept after the ellipsis
 * (`brandedHashtagKept`, with what was cut). The adapted text
 * always passes `measureText` for the platform (every limit: characters,
 * bytes, links), except when one entity alone is over the limit (a very long
 * URL on Bluesky): then the text is returned whole, not valid, with an
 * `entityTooLong` finding naming it. Every change is reported.
 *
 * @param post - the post
 * @param options - the target platform (default: the post's), the editorial line, overrides, the ellipsis
 * @returns the adapted post, the changes, the findings and the measure of the adapted text
 * @throws {ValidationError} when the post, the line or an option is malformed
 * @example
 * const r = adaptPost({ id: 'p1', platform: 'linkedin', text: `${'Du pain chaque matin. '.repeat(20)}#pain #boulangerie`,
 *   format: 'text', pillar: 'savoirFaire', objectiveType: 'notoriety', language: 'fr' }, { platform: 'bluesky' });
 * r.measure.valid; // true
 * r.changes.map((c) => c.code); // ['platformChanged', 'textTruncated']
 */
export function adaptPost(post: PostInput, options: AdaptPostOptions = {}): PostAdaptation {
  const { post: parsed, line, platform, overrides, opts } = readPostArguments(post, options, OPTION_KEYS);
  const ellipsis = opts.ellipsis === undefined ? '…' : opts.ellipsis;
  if (typeof ellipsis !== 'string' || ellipsis.length > 16) {
    throw invalid('invalidType', `options.ellipsis must be a short string such as '…', got ${describeValue(ellipsis)}`, ['options', 'ellipsis']);
  }
  const measureOptions: MeasureTextOptions = overrides === undefined ? {} : { overrides };
  const rules = overrides === undefined ? getPlatform(platform) : getPlatform(platform, overrides);
  const changes: Finding[] = [];
  const findings: Finding[] = [];
  if (parsed.platform !== platform) changes.push(change('platformChanged', `Adapted from ${parsed.platform} to ${rules.name}.`, ['platform']));

  // Links tagged for another platform are re-tagged for this one.
  const links = parsed.links.map((url, i) => {
    const r = retagUtmSource(url, platform);
    if (r === null) return url;
    changes.push(change('utmRetagged', `Set utm_source=${platform} (was ${r.was}) in links[${i}], so that ${rules.name}'s visits are credited to ${rules.name}: ${r.url}`, ['links', i]));
    return r.url;
  });
  let text = parsed.text.includes('utm') || parsed.text.includes('%') ? retagText(parsed.text, platform, rules.name, changes) : parsed.text;
  const original = extractEntities(text, { platform });
  const known = entityKeys(original);
  const caps = [rules.hashtags?.max.value, line === undefined ? undefined : (line.hashtags.maxPerPlatform[platform] ?? line.hashtags.max)].filter(
    (c): c is number => c !== undefined,
  );
  if (caps.length > 0) {
    const trimmed = trimHashtags(text, platform, Math.min(...caps), line, known);
    text = trimmed.text;
    for (const c of trimmed.changes) changes.push(c);
    for (const f of trimmed.findings) findings.push(f);
  }

  let measure = measureText(text, platform, measureOptions);
  if (!measure.valid) {
    const entities = (text === parsed.text ? original : extractEntities(text, { platform })).filter((e) => e.kind !== 'emoji');
    const tooLong = entities.filter((e) => !measureText(e.text, platform, measureOptions).checks.every((c) => c.unit === 'links' || c.valid));
    if (tooLong.length > 0) {
      for (const e of tooLong) {
        findings.push({
          code: 'entityTooLong',
          severity: 'error',
          message: `The ${e.kind} ${e.text.length > 60 ? `${e.text.slice(0, 57)}…` : e.text} is by itself over ${rules.name}'s limit: shorten it (a link shortener for a URL); the text was left whole.`,
          path: ['text'],
        });
      }
    } else {
      const cut = truncateKeepingTags(text, platform, measureOptions, ellipsis, entities, known, line);
      changes.push(change('textTruncated', `Cut the text from ${text.length} to ${cut.text.length} characters${cut.atWord ? ' at the end of a word' : ''}, with an ellipsis, to fit ${rules.name}.`));
      if (cut.tags !== undefined) {
        const dropped = cut.tags.dropped.length > 0 ? ` and the hashtag${cut.tags.dropped.length === 1 ? '' : 's'} ${cut.tags.dropped.join(' ')}` : '';
        changes.push(
          change(
            'brandedHashtagKept',
            `Kept the hashtags ${cut.tags.kept.join(' ')} at the end (the editorial line's branded ones first) and cut the body instead: "${excerpt(cut.tags.removed)}"${dropped}.`,
          ),
        );
      }
      text = cut.text;
      measure = cut.measure;
    }
  }
  return { post: { ...parsed, platform, text, links }, changes, findings, measure };
}

// Re-tags the utm_source of the URLs in a text, reporting each.
function retagText(text: string, platform: PlatformId, name: string, changes: Finding[]): string {
  let out = '';
  let position = 0;
  for (const e of extractEntities(text, { platform })) {
    if (e.kind !== 'url') continue;
    const r = retagUtmSource(e.text, platform);
    if (r === null) continue;
    out += text.slice(position, e.start) + r.url;
    position = e.end;
    changes.push(change('utmRetagged', `Set utm_source=${platform} (was ${r.was}) in ${e.text}, so that ${name}'s visits are credited to ${name}.`));
  }
  return position === 0 ? text : out + text.slice(position);
}

// At most 100 code points of a text, for a message.
function excerpt(text: string): string {
  const points = Array.from(text.slice(0, 400));
  return points.length > 100 || text.length > 400 ? `${points.slice(0, 99).join('')}…` : text;
}

/** A cut text: the text, its measure, whether it was cut at a word, and where the kept prefix ends. */
interface Cut {
  text: string;
  measure: TextMeasure;
  atWord: boolean;
  cut: number;
}

// Cuts the text; when the cut would lose a branded hashtag of the line, cuts
// the body instead and keeps the hashtag block at the end: the trailing
// block's hashtags and the branded ones the cut removes from the body, then,
// while not even a whole word of the body fits, without the block's other
// hashtags (the last first). Falls back to the plain cut when not even the branded
// hashtags fit.
function truncateKeepingTags(
  text: string,
  platform: PlatformId,
  measureOptions: MeasureTextOptions,
  ellipsis: string,
  entities: readonly TextEntity[],
  known: Set<string>,
  line: EditorialLine | undefined,
): Cut & { tags?: { kept: string[]; dropped: string[]; removed: string } } {
  const plain = truncate(text, platform, measureOptions, ellipsis, entities, known) as Cut;
  const branded = new Set((line?.hashtags.branded ?? []).map(normalizeTag));
  const isBranded = (e: TextEntity): boolean => e.kind === 'hashtag' && branded.has(normalizeTag(e.text));
  if (!entities.some((e) => isBranded(e) && e.start >= plain.cut)) return plain;
  const blockStart = trailingBlockStart(text, entities);
  const body = text.slice(0, blockStart).trimEnd();
  const separator = blockStart > body.length ? text.slice(body.length, blockStart) : ' ';
  const bodyEntities = entities.filter((e) => e.end <= body.length);
  const inline = bodyEntities.filter(isBranded);
  const block = entities.filter((e) => e.start >= blockStart);
  const dropped: string[] = [];
  for (;;) {
    let lost: TextEntity[] = [];
    let result: Cut | null = null;
    let tags: string[] = [];
    // A shorter body may lose more inline branded hashtags: add them until none is lost.
    for (let round = 0; round <= inline.length; round += 1) {
      const seen = new Set<string>();
      tags = [];
      for (const t of [...block, ...lost]) {
        const key = normalizeTag(t.text);
        if (!seen.has(key)) tags.push(t.text);
        seen.add(key);
      }
      result = truncate(body, platform, measureOptions, ellipsis, bodyEntities, known, `${separator}${tags.join(' ')}`);
      const at = result?.cut ?? 0;
      const now = inline.filter((t) => t.start >= at);
      if (now.length === lost.length) break;
      lost = now;
    }
    const other = block.map((t, i) => (isBranded(t) ? -1 : i)).filter((i) => i >= 0);
    if ((result === null || !result.atWord) && other.length > 0) {
      const [removed] = block.splice(other[other.length - 1] as number, 1);
      dropped.unshift((removed as TextEntity).text);
      continue;
    }
    if (result === null) return plain;
    return { ...result, tags: { kept: tags, dropped, removed: body.slice(result.cut).trim() } };
  }
}

// The longest prefix of `text` that fits, cut where no entity is cut, with
// the ellipsis and `suffix` after it. Without a suffix it always returns a
// cut (the ellipsis alone, or nothing); with one, null when the ellipsis and
// the suffix alone do not fit.
function truncate(
  text: string,
  platform: PlatformId,
  measureOptions: MeasureTextOptions,
  ellipsis: string,
  entities: readonly TextEntity[],
  known: Set<string>,
  suffix = '',
): Cut | null {
  // Cuts before a space (the end of a word) where a grapheme boundary is
  // certain, then, if no word fits, at grapheme boundaries of the first word
  // (Intl.Segmenter only runs there); never strictly inside an entity.
  const outsideEntities = (positions: Iterable<number>): number[] => {
    const out: number[] = [];
    let e = 0;
    for (const c of positions) {
      while (e < entities.length && (entities[e] as TextEntity).end <= c) e += 1;
      const entity = entities[e];
      if (entity === undefined || !(entity.start < c && c < entity.end)) out.push(c);
    }
    return out;
  };
  const wordEnds = [0];
  for (let c = 1; c < text.length; c += 1) {
    if (!isSpace(text.charCodeAt(c))) continue;
    const before = text.codePointAt(c - 1) ?? 0;
    const prev = before >= 0xdc00 && before <= 0xdfff && c >= 2 ? (text.codePointAt(c - 2) ?? before) : before;
    if (alwaysBreaksBetween(prev, text.charCodeAt(c))) wordEnds.push(c);
  }
  const words = outsideEntities(wordEnds);
  const firstWordEnd = wordEnds.length > 1 ? (wordEnds[1] as number) : text.length;
  // Cutting inside the first word: its grapheme boundaries are needed only up
  // to a prefix already too long (found by doubling), not through a 1 MB word.
  const cuts = (): number[] => {
    let bound = Math.min(firstWordEnd, 64);
    while (bound < firstWordEnd && measureText(text.slice(0, bound), platform, measureOptions).valid) bound = Math.min(firstWordEnd, bound * 4);
    return outsideEntities(graphemeBoundaries(text.slice(0, bound)).filter((c) => c < text.length));
  };
  const output = (c: number): string => `${text.slice(0, c).trimEnd()}${ellipsis}${suffix}`;
  const attempt = (c: number): TextMeasure | undefined => {
    const candidate = output(c);
    const m = measureText(candidate, platform, measureOptions);
    const prefix = text.slice(0, c).trimEnd().length;
    return m.valid && keepsEntities(candidate, platform, known, prefix, prefix + ellipsis.length) ? m : undefined;
  };
  for (const atWord of [true, false]) {
    const list = atWord ? words : cuts();
    // Binary search for the longest prefix that fits (length grows with the prefix), then step back if a URL appeared.
    let lo = 0;
    let hi = list.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (measureText(output(list[mid] ?? 0), platform, measureOptions).valid) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let k = best; k >= 0 && k > best - MAX_STEPS_BACK; k -= 1) {
      const c = list[k] ?? 0;
      if (atWord && c === 0) break;
      const m = attempt(c);
      if (m !== undefined) return { text: output(c), measure: m, atWord, cut: c };
    }
  }
  const lone = measureText(ellipsis + suffix, platform, measureOptions);
  if (lone.valid) return { text: ellipsis + suffix, measure: lone, atWord: false, cut: 0 };
  if (suffix !== '') return null;
  return { text: '', measure: measureText('', platform, measureOptions), atWord: false, cut: 0 };
}
