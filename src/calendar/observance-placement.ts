/**
 * The planner's judgement on marronnier posts: which pillar each goes to.
 * Internal: not exported from the module's index.
 *
 * @module
 */
import type { Finding, ObservanceCategory } from '../core/index.js';
import type { EditorialLine } from '../editorial/index.js';

/** Which rule gave a marronnier post its pillar. */
export type ObservancePillarRule = 'categoryPillars' | 'commercialObjective' | 'rotation';

/** The pillar a marronnier post must take, or null when the rotation chooses. */
export interface ObservancePillar {
  /** The pillar id, or null for the rotation's turn. */
  pillar: string | null;
  /** The rule that decided. */
  rule: ObservancePillarRule;
}

/**
 * The pillar of a marronnier post: the line's `categoryPillars` for its
 * category; else, for a commercial day, the first pillar (in the line's
 * order) with a positive target whose objective type (its first objective,
 * which its posts take) is conversion or acquisition; else the rotation.
 *
 * @param category - the observance's category
 * @param line - the parsed editorial line
 * @param targets - the target share of each pillar
 * @returns the pillar and the rule
 */
export function observancePillar(category: ObservanceCategory, line: EditorialLine, targets: Readonly<Record<string, number>>): ObservancePillar {
  const mapped = line.categoryPillars?.[category];
  if (mapped !== undefined) return { pillar: mapped, rule: 'categoryPillars' };
  if (category === 'commercial') {
    const selling = line.pillars.find((p) => (targets[p.id] ?? 0) > 0 && (p.objectives[0] === 'conversion' || p.objectives[0] === 'acquisition'));
    if (selling !== undefined) return { pillar: selling.id, rule: 'commercialObjective' };
  }
  return { pillar: null, rule: 'rotation' };
}

/**
 * The `observancePillar` finding of one marronnier post: which rule put it
 * in its pillar.
 *
 * @param post - the post's id and pillar
 * @param observance - the observance's name, date and category
 * @param rule - the rule that decided
 * @returns an info finding whose path is `['posts', id]`
 */
export function observancePillarFinding(post: { id: string; pillar: string }, observance: { name: string; date: string; category: ObservanceCategory }, rule: ObservancePillarRule): Finding {
  const head = `${post.id} (${observance.name}, ${observance.date}) is in '${post.pillar}'`;
  const why =
    rule === 'categoryPillars'
      ? `the editorial line's categoryPillars maps ${observance.category} days to it`
      : rule === 'commercialObjective'
        ? 'the first pillar whose objective is conversion or acquisition, for a commercial day (categoryPillars names none)'
        : `the rotation's turn: categoryPillars maps no pillar to ${observance.category} days${observance.category === 'commercial' ? ' and no pillar has a conversion or acquisition objective' : ''}`;
  return { code: 'observancePillar', severity: 'info', message: `${head}: ${why}`, path: ['posts', post.id] };
}
