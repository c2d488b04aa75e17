import { type Ratio, ratio } from '../core/index.js';
import { invalid } from '../core/internal.js';
import { countArgs } from './internal/args.js';

/**
 * Audience growth rate over a period: the net change of the follower count
 * relative to where it started. Negative when the audience shrank.
 *
 * Formula: (followersAtEnd − followersAtStart) / followersAtStart. Unit: a fraction per period.
 * Source: https://mytimecalculators.com/tools/follower-growth-rate-calculator ("5,000 → 5,750 … 15%")
 *
 * @param input - follower counts at the start (`followersAtStart`) and the end (`followersAtEnd`) of the period
 * @returns the growth rate, or `null` when followersAtStart is 0
 * @throws {ValidationError} when a field is not a whole number ≥ 0
 * @example
 * audienceGrowthRate({ followersAtStart: 5000, followersAtEnd: 5750 }); // 0.15
 * audienceGrowthRate({ followersAtStart: 1000, followersAtEnd: 900 }); // -0.1
 */
export function audienceGrowthRate(input: { followersAtStart: number; followersAtEnd: number }): Ratio {
  if (typeof input === 'object' && input !== null && 'start' in input && !('followersAtStart' in input)) {
    throw invalid('missingField', 'audienceGrowthRate counts followers: write { followersAtStart, followersAtEnd } (formerly { start, end })', ['followersAtStart']);
  }
  const [start, end] = countArgs(input, 'audienceGrowthRate', ['followersAtStart', 'followersAtEnd']) as [number, number];
  return ratio(end - start, start);
}

/**
 * Follower churn: the share of the starting audience lost over a period
 * (unfollows, not net change).
 *
 * Formula: lost / start. Unit: a fraction per period.
 * Source: https://www.lifesight.io/glossary/followers-churn-rate ("500/10000 … 5%")
 *
 * @param input - followers `lost` during the period and the follower count at its `start`
 * @returns the churn, or `null` when start is 0
 * @throws {ValidationError} when a field is not a whole number ≥ 0
 * @example
 * followerChurn({ lost: 500, start: 10000 }); // 0.05
 */
export function followerChurn(input: { lost: number; start: number }): Ratio {
  const [lost, start] = countArgs(input, 'followerChurn', ['lost', 'start']) as [number, number];
  return ratio(lost, start);
}

/**
 * Net follower growth: new followers minus lost followers over a period.
 *
 * Formula: gained − lost. Unit: followers (negative when the audience shrank).
 * Source: https://followertracker.app/followers-unfollowers ("gained 45 new followers but lost 30")
 *
 * @param input - followers `gained` and `lost` during the period
 * @returns the net change
 * @throws {ValidationError} when a field is not a whole number ≥ 0
 * @example
 * netFollowerGrowth({ gained: 45, lost: 30 }); // 15
 */
export function netFollowerGrowth(input: { gained: number; lost: number }): number {
  const [gained, lost] = countArgs(input, 'netFollowerGrowth', ['gained', 'lost']) as [number, number];
  const net = gained - lost;
  return net === 0 ? 0 : net;
}
