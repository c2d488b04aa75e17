import { type Finding } from '../core/index.js';
import type { PlanInput } from './plan.js';
import { conflictsOf, readPlan } from './plan-tools.js';

/**
 * The conflicts in a plan, as findings sorted by instant (each `path` is
 * `['posts', id]`, naming the first post involved). Failed posts take no
 * place in a feed; published, failed and paused posts are never blocked.
 * - `duplicate` (error): two posts on one platform at the same instant;
 * - `tooClose` (warning): two consecutive posts on a platform less than its `minGapMinutes` apart;
 * - `overDailyCap` (warning): more posts on a platform in one local day than its `maxPerDay`;
 * - `inBlackout` (error): a post due during a blackout;
 * - `inFreeze` (error): a post due during a freeze in force that is not paused (moved or added there since);
 * - `outsidePeriod` (info): a post whose local date is outside the plan's period.
 *
 * @param plan - the plan (see `PlanSchema`); not mutated
 * @returns the findings, possibly empty
 * @throws {ValidationError} for a malformed plan
 * @example
 * const post = { platform: 'x', text: '', format: 'text', pillar: 'savoirFaire', objectiveType: 'engagement', language: 'fr' };
 * const conflicts = findConflicts({ timeZone: 'Europe/Paris', period: { from: '2027-03-01', to: '2027-03-31' }, constraints: { x: { minGapMinutes: 60 } },
 *   posts: [{ ...post, id: 'a', at: '2027-03-10T08:00:00Z', localTime: '09:00' }, { ...post, id: 'b', at: '2027-03-10T08:30:00Z', localTime: '09:30' }] });
 * conflicts.map((f) => `${f.code} ${f.path.join('.')}`); // ['tooClose posts.a']
 */
export function findConflicts(plan: PlanInput): Finding[] {
  return conflictsOf(readPlan(plan), null);
}
