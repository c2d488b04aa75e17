/**
 * The planner's judgement on marronnier posts: which pillar each goes to.
 * Internal: not exported from the module's index.
 *
 * @module
 */
import { type Finding, type ObservanceCategory } from '../core/index.js';
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

/** An observance occurrence as the planner reads it (the fields merging needs). */
export interface MergeableObservance {
  /** The id (`'mothersDayFr'`, `'dateHolidays:easter 39'`). */
  id: string;
  /** The (first) day. */
  date: string;
  /** The name in the plan's language. */
  name: string;
  /** The platforms that get a post; all when left out. */
  platforms?: readonly string[] | undefined;
}

/** One occurrence merged into another, and why. */
export interface ObservanceMerge<T> {
  /** The occurrence kept. */
  kept: T;
  /** The occurrence dropped. */
  dropped: T;
  /** Why they are the same observance. */
  reason: string;
}

const FR_MOTHERS_DAY_REASON =
  "date-holidays puts the Fête des mères on the last Sunday of May every year, while the law (loi n° 50-577 du 24 mai 1950) moves it to the first Sunday of June when Pentecost falls that day";

/**
 * The `date-holidays` rules (as `fromDateHolidays` writes them in its ids,
 * `'dateHolidays:' + rule`) that are a built-in marronnier under another
 * id, read from date-holidays 3.37's data for France, with why the built-in
 * date is kept.
 */
export const DATE_HOLIDAYS_EQUIVALENTS: Readonly<Record<string, { id: string; reason?: string }>> = Object.freeze({
  '01-01': { id: 'newYearsDay' },
  easter: { id: 'easterSunday' },
  'easter 1': { id: 'easterMonday' },
  '05-01': { id: 'labourDay' },
  '05-08': { id: 'victoryInEuropeDay' },
  'easter 39': { id: 'ascension' },
  'easter 49': { id: 'pentecost' },
  'easter 50': { id: 'whitMonday' },
  'sunday before 06-01': { id: 'mothersDayFr', reason: FR_MOTHERS_DAY_REASON },
  '07-14': { id: 'bastilleDay' },
  '08-15': { id: 'assumption' },
  '11-01': { id: 'allSaintsDay' },
  '11-11': { id: 'armisticeDay' },
  '12-25': { id: 'christmas' },
});

const DATE_HOLIDAYS = 'dateHolidays:';
const EQUIVALENT_IDS: ReadonlySet<string> = new Set(Object.values(DATE_HOLIDAYS_EQUIVALENTS).map((e) => e.id));

function foldName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Merges the occurrences of one observance given more than once: the same
 * id on the same day, the same name (ignoring case, accents and spaces) on
 * the same day, or a `date-holidays` holiday and the built-in marronnier it
 * is (see {@link DATE_HOLIDAYS_EQUIVALENTS}) in the same year. The one kept
 * is the built-in (an id of `builtInIds`), else one not from date-holidays,
 * else the first; it gets the union of the platforms of those it absorbs.
 *
 * @param list - the occurrences, sorted by date then id
 * @param builtInIds - the ids of the built-in marronniers
 * @param combine - builds the kept occurrence from the winner and the one it absorbs
 * @returns the occurrences kept (in the order of `list`) and each merge
 */
export function mergeObservances<T extends MergeableObservance>(list: readonly T[], builtInIds: ReadonlySet<string>, combine: (winner: T, other: T) => T): { kept: T[]; merged: ObservanceMerge<T>[] } {
  const rank = (o: T): number => (builtInIds.has(o.id) ? 0 : o.id.startsWith(DATE_HOLIDAYS) ? 2 : 1);
  const winners: T[] = [];
  const byKey = new Map<string, number>();
  // A date-holidays holiday and its built-in, in one year: matched once, one of each side.
  const pending = new Map<string, { group: number; side: 'dateHolidays' | 'builtIn'; rule: string; date: string }>();
  const merged: ObservanceMerge<T>[] = [];
  list.forEach((o) => {
    const isDh = o.id.startsWith(DATE_HOLIDAYS);
    const rule = isDh ? o.id.slice(DATE_HOLIDAYS.length) : '';
    const target = isDh ? DATE_HOLIDAYS_EQUIVALENTS[rule]?.id : EQUIVALENT_IDS.has(o.id) ? o.id : undefined;
    const sameKey = target === undefined ? undefined : `${target}\u0000${o.date.slice(0, 4)}`;
    const idKey = `id\u0000${o.id}\u0000${o.date}`;
    const nameKey = `name\u0000${foldName(o.name)}\u0000${o.date}`;
    let group = byKey.get(idKey);
    let reason = 'the same observance twice (same id, same day)';
    if (group === undefined) {
      group = byKey.get(nameKey);
      reason = 'the same name on the same day';
    }
    const side = isDh ? 'dateHolidays' : 'builtIn';
    const match = sameKey === undefined ? undefined : pending.get(sameKey);
    if (group === undefined && match !== undefined && match.side !== side) {
      group = match.group;
      const dhDate = isDh ? o.date : match.date;
      const dhRule = isDh ? rule : match.rule;
      const extra = DATE_HOLIDAYS_EQUIVALENTS[dhRule]?.reason;
      reason = `date-holidays' '${dhRule}' (${dhDate}) is the built-in '${target as string}'${extra === undefined ? '' : `: ${extra}`}`;
      pending.delete(sameKey as string);
    }
    if (group === undefined) {
      group = winners.length;
      winners.push(o);
      if (sameKey !== undefined && !pending.has(sameKey)) pending.set(sameKey, { group, side, rule, date: o.date });
    } else {
      const winner = winners[group] as T;
      const [kept, dropped] = rank(o) < rank(winner) ? [o, winner] : [winner, o];
      merged.push({ kept, dropped, reason });
      winners[group] = combine(kept, dropped);
    }
    if (!byKey.has(idKey)) byKey.set(idKey, group);
    if (!byKey.has(nameKey)) byKey.set(nameKey, group);
  });
  return { kept: winners, merged };
}

/**
 * The `observanceMerged` finding of one merge.
 *
 * @param merge - what was merged and why
 * @returns an info finding whose path is `['observances', kept id]`
 */
export function observanceMergedFinding(merge: ObservanceMerge<MergeableObservance>): Finding {
  const { kept, dropped, reason } = merge;
  return {
    code: 'observanceMerged',
    severity: 'info',
    message: `${dropped.name} (${dropped.id}, ${dropped.date}) merged into ${kept.name} (${kept.id}, ${kept.date}): ${reason}; ${kept.date} is kept`,
    path: ['observances', kept.id],
  };
}

/** The share of a platform's posts that marronnier posts may take when `maxObservanceShare` is left out. */
export const DEFAULT_MAX_OBSERVANCE_SHARE = 0.3;

/** The order in which categories keep their posts under the share cap (after those `categoryPillars` maps). */
export const CATEGORY_PRIORITY: readonly ObservanceCategory[] = Object.freeze(['commercial', 'cultural', 'holiday', 'awareness', 'religious', 'sport', 'platform', 'civic']);

/**
 * Sorts observances by the planner's priority: first the categories the
 * line's `categoryPillars` maps, then {@link CATEGORY_PRIORITY}, then by
 * date, then id.
 *
 * @param list - the observances
 * @param line - the parsed editorial line
 * @returns a new, sorted list
 */
export function byObservancePriority<T extends { id: string; date: string; category: ObservanceCategory }>(list: readonly T[], line: EditorialLine): T[] {
  const rank = (o: T): number => (line.categoryPillars?.[o.category] !== undefined ? -1 : CATEGORY_PRIORITY.indexOf(o.category));
  return [...list].sort((a, b) => rank(a) - rank(b) || (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Keeps observances, in priority order, while their posts fit in `room`
 * (an observance is kept whole or left out; a later, smaller one may still
 * fit).
 *
 * @param sorted - the observances in priority order
 * @param postsOf - how many posts each needs
 * @param room - the most posts the observances may take
 * @returns those kept and those left out, each in priority order
 */
export function capObservances<T>(sorted: readonly T[], postsOf: (o: T) => number, room: number): { kept: T[]; left: T[] } {
  const kept: T[] = [];
  const left: T[] = [];
  let free = room;
  for (const o of sorted) {
    const n = postsOf(o);
    if (n <= free) {
      kept.push(o);
      free -= n;
    } else left.push(o);
  }
  return { kept, left };
}

/**
 * The `observanceShareCapped` warning of a platform: the marronnier posts
 * left out by `maxObservanceShare`.
 *
 * @param platform - the platform
 * @param counts - posts kept and wanted, the platform's posts and the share
 * @param left - the observances left out
 * @returns a warning whose path is `['constraints', platform, 'maxObservanceShare']`
 */
export function observanceShareFinding(platform: string, counts: { kept: number; wanted: number; total: number; share: number }, left: readonly { name: string; date: string }[]): Finding {
  const list = left.map((o) => `${o.name} (${o.date})`);
  const shown = list.length > 20 ? [...list.slice(0, 20), `and ${list.length - 20} more`] : list;
  return {
    code: 'observanceShareCapped',
    severity: 'warning',
    message: `${platform}: ${counts.kept} of ${counts.wanted} marronnier posts kept, at most ${Math.round(counts.share * 1000) / 10} % of its ${counts.total} posts (maxObservanceShare ${counts.share}); left out: ${shown.join(', ')}`,
    path: ['constraints', platform, 'maxObservanceShare'],
  };
}
