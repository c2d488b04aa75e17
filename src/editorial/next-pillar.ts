import { pillarShares } from './editorial-line.js';
import { lineOption, readPosts, type MixOptions } from './mix-report.js';
import { type PostInput } from './post.js';

/** Which pillar to post next, and why (see {@link nextPillar}). */
export interface NextPillar {
  /** The pillar id. */
  pillar: string;
  /** Its name. */
  name: string;
  /** Its target share. */
  targetShare: number;
  /** Its share of the posts so far, or null when there are none. */
  actualShare: number | null;
  /** How many posts it lacks to be on target once the next post is counted: `target × (posts + 1) − count`. */
  deficit: number;
}

/**
 * Says which pillar to post next to get back to the target mix: the pillar
 * with the largest deficit `target × (n + 1) − count`, where `n` is the
 * number of posts so far (the quota method: following it keeps every
 * pillar's count within one post of its target share). Ties go to the
 * larger target, then to the first pillar of the line. Posts in pillars the
 * line does not have count in `n` only.
 *
 * @param posts - the posts so far
 * @param options - `editorialLine`: the editorial line (required)
 * @returns the pillar to post next
 * @throws {ValidationError} when a post or the line is malformed
 * @example
 * const line = { name: 'Dupain', languages: ['fr'], mixPreset: 'eightyTwenty',
 *   pillars: [{ id: 'savoirFaire', name: 'Savoir-faire' }, { id: 'offres', name: 'Offres', role: 'promotional' }] };
 * nextPillar([], { editorialLine: line }).pillar; // 'savoirFaire'
 */
export function nextPillar(posts: readonly PostInput[], options: MixOptions): NextPillar {
  const list = readPosts(posts);
  const line = lineOption(options, 'nextPillar');
  const targets = pillarShares(line);
  const counts = new Map<string, number>();
  for (const p of list) counts.set(p.pillar, (counts.get(p.pillar) ?? 0) + 1);
  const n = list.length;
  let best: NextPillar | undefined;
  for (const pillar of line.pillars) {
    const target = targets[pillar.id] ?? 0;
    if (target <= 0) continue;
    const count = counts.get(pillar.id) ?? 0;
    const deficit = target * (n + 1) - count;
    if (best === undefined || deficit > best.deficit + 1e-12 || (Math.abs(deficit - best.deficit) <= 1e-12 && target > best.targetShare)) {
      best = { pillar: pillar.id, name: pillar.name, targetShare: target, actualShare: n === 0 ? null : count / n, deficit };
    }
  }
  // The line's shares sum to 1, so at least one pillar has a positive target.
  return best as NextPillar;
}
