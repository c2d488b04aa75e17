import { PLATFORM_IDS, type PlatformId, POST_FORMATS, type PostFormat } from '../core/index.js';
import { describeValue, invalid, parseWithSchema, readOptions } from '../core/internal.js';
import { EditorialLineSchema, platformShares, pillarShares, type EditorialLine, type EditorialLineInput } from './editorial-line.js';
import { PostSchema, type Post, type PostInput } from './post.js';

/** The actual and target share of one category (a pillar, a format, a platform) in a set of posts. */
export interface MixShare<K extends string = string> {
  /** The category. */
  key: K;
  /** How many posts fall in it. */
  count: number;
  /** `count / total`, or null when there are no posts. */
  actual: number | null;
  /** The target share, or null when the editorial line sets none. */
  target: number | null;
  /** `actual - target` (positive: over-served), or null when either is null. */
  deviation: number | null;
  /** `|actual - target|`, or null. */
  absoluteDeviation: number | null;
}

/** A pillar's share, with its name. */
export interface PillarShare extends MixShare {
  /** The pillar's name. */
  name: string;
}

/** The chi-square goodness-of-fit statistic of the pillar mix. */
export interface ChiSquare {
  /** `Σ (observed - expected)² / expected` over the pillars with a positive target (expected = target × total). */
  statistic: number;
  /** The number of pillars with a positive target, minus one. */
  degreesOfFreedom: number;
}

/** How a set of posts compares with the editorial line's target mix (see {@link mixReport}). */
export interface MixReport {
  /** The number of posts. */
  total: number;
  /** One share per pillar of the line, in the line's order. */
  pillars: PillarShare[];
  /** The pillar furthest from its target (largest absolute deviation; the first on ties), or null without posts. */
  largestDeviation: { pillar: string; deviation: number } | null;
  /** Total variation distance between the actual and target pillar shares, `½ Σ |actual - target|` (posts in unknown pillars count with target 0): 0 is the exact mix, 1 the opposite. Null without posts. */
  totalVariationDistance: number | null;
  /** Pearson's chi-square statistic of the pillar counts against the targets; null without posts, or when a pillar with target 0 (or an unknown pillar) has posts. */
  chiSquare: ChiSquare | null;
  /** One share per format used or targeted, in `POST_FORMATS` order (targets from the line's `formatTargets`). */
  formats: MixShare<PostFormat>[];
  /** One share per platform used or planned, in `PLATFORM_IDS` order (targets from the line's frequency per week). */
  platforms: MixShare<PlatformId>[];
  /** Posts whose pillar the line does not have, by pillar. */
  unknownPillars: { pillar: string; count: number }[];
}

/**
 * Parses an array of posts at a function's boundary.
 *
 * @param posts - the argument
 * @returns the parsed posts
 */
export function readPosts(posts: unknown): Post[] {
  if (!Array.isArray(posts)) throw invalid('invalidType', `posts must be an array of posts, got ${describeValue(posts)}`, 'posts');
  const out: Post[] = [];
  for (let i = 0; i < posts.length; i += 1) out.push(parseWithSchema(PostSchema, posts[i], { name: 'post', path: ['posts', i] }));
  return out;
}

/** Options for {@link mixReport} and {@link nextPillar}. */
export interface MixOptions {
  /** The editorial line whose targets the posts are compared with (required). */
  editorialLine: EditorialLineInput;
}

/**
 * Reads `{ editorialLine }`, the options of mixReport and nextPillar, and
 * parses the line; a line passed in the options' place (the former
 * positional form) gets its migration in the message. Private to editorial.
 *
 * @param options - the options argument as given
 * @param fn - the calling function's name, for the message
 * @returns the parsed editorial line
 */
export function lineOption(options: unknown, fn: string): EditorialLine {
  if (typeof options === 'object' && options !== null && !Array.isArray(options) && 'pillars' in options && !('editorialLine' in options)) {
    throw invalid('invalidType', `${fn} takes the editorial line as an option: ${fn}(posts, { editorialLine })`, 'options');
  }
  const o = options === undefined ? {} : readOptions<MixOptions>(options, 'options', ['editorialLine']);
  if (o.editorialLine === undefined) throw invalid('missingField', `${fn} needs the editorial line: ${fn}(posts, { editorialLine })`, ['options', 'editorialLine']);
  return parseWithSchema(EditorialLineSchema, o.editorialLine, { name: 'editorial line', path: ['options', 'editorialLine'] });
}

function share<K extends string>(key: K, count: number, total: number, target: number | null): MixShare<K> {
  const actual = total === 0 ? null : count / total;
  const deviation = actual === null || target === null ? null : actual - target;
  return { key, count, actual, target, deviation, absoluteDeviation: deviation === null ? null : Math.abs(deviation) };
}

function tally<K extends string>(values: readonly K[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/**
 * Compares the mix of a set of posts with the editorial line's targets:
 * actual and target share per pillar (the line's `targetShare`s or its mix
 * preset), per format (the line's `formatTargets`) and per platform (the
 * line's frequency per week), the absolute deviation per pillar, the
 * largest one, and two goodness-of-fit statistics of the pillar mix: the
 * total variation distance `½ Σ |actual − target|` (always defined with
 * posts, between 0 and 1) and Pearson's chi-square `Σ (O − E)² / E` with
 * its degrees of freedom (compare it with a chi-square table; undefined
 * when a category with target 0 has posts).
 *
 * @param posts - the posts (of a week, a month…)
 * @param options - `editorialLine`: the editorial line (required)
 * @returns the report
 * @throws {ValidationError} when a post or the line is malformed
 * @example
 * const line = { name: 'Dupain', languages: ['fr'], pillars: [{ id: 'savoirFaire', name: 'Savoir-faire', targetShare: 0.5 },
 *   { id: 'offres', name: 'Offres', targetShare: 0.5 }] };
 * const post = { id: 'p', platform: 'instagram', text: '', format: 'image', objectiveType: 'engagement', language: 'fr' };
 * const r = mixReport([{ ...post, pillar: 'savoirFaire' }, { ...post, pillar: 'savoirFaire' }, { ...post, pillar: 'offres' }, { ...post, pillar: 'savoirFaire' }], { editorialLine: line });
 * r.largestDeviation; // { pillar: 'savoirFaire', deviation: 0.25 }
 * r.totalVariationDistance; // 0.25
 * r.chiSquare; // { statistic: 1, degreesOfFreedom: 1 }
 */
export function mixReport(posts: readonly PostInput[], options: MixOptions): MixReport {
  const list = readPosts(posts);
  const line = lineOption(options, 'mixReport');
  const total = list.length;
  const targets = pillarShares(line);
  const byPillar = tally(list.map((p) => p.pillar));
  const pillars: PillarShare[] = line.pillars.map((p) => ({ ...share(p.id, byPillar.get(p.id) ?? 0, total, targets[p.id] ?? 0), name: p.name }));
  const known = new Set(line.pillars.map((p) => p.id));
  const unknownPillars = [...byPillar].filter(([id]) => !known.has(id)).map(([pillar, count]) => ({ pillar, count }));
  const unknownCount = unknownPillars.reduce((sum, u) => sum + u.count, 0);

  let largestDeviation: MixReport['largestDeviation'] = null;
  let totalVariationDistance: number | null = null;
  let chiSquare: ChiSquare | null = null;
  if (total > 0) {
    let tvd = unknownCount / total;
    let statistic = 0;
    let positive = 0;
    let defined = unknownCount === 0;
    for (const p of pillars) {
      const deviation = p.deviation ?? 0;
      if (largestDeviation === null || Math.abs(deviation) > Math.abs(largestDeviation.deviation)) largestDeviation = { pillar: p.key, deviation };
      tvd += Math.abs(deviation);
      const expected = (p.target ?? 0) * total;
      if (expected > 0) {
        statistic += (p.count - expected) ** 2 / expected;
        positive += 1;
      } else if (p.count > 0) defined = false;
    }
    totalVariationDistance = tvd / 2;
    if (defined) chiSquare = { statistic, degreesOfFreedom: Math.max(positive - 1, 0) };
  }

  const byFormat = tally(list.map((p) => p.format));
  const formatTargets = line.formatTargets;
  const formats = POST_FORMATS.filter((f) => byFormat.has(f) || (formatTargets?.[f] ?? 0) > 0).map((f) =>
    share(f, byFormat.get(f) ?? 0, total, formatTargets === undefined ? null : (formatTargets[f] ?? 0)),
  );
  const byPlatform = tally(list.map((p) => p.platform));
  const planned = platformShares(line);
  const anyPlan = Object.keys(planned).length > 0;
  const platforms = PLATFORM_IDS.filter((id) => byPlatform.has(id) || planned[id] !== undefined).map((id) =>
    share(id, byPlatform.get(id) ?? 0, total, anyPlan ? (planned[id] ?? 0) : null),
  );
  return { total, pillars, largestDeviation, totalVariationDistance, chiSquare, formats, platforms, unknownPillars };
}
