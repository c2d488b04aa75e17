import { KPI_FORMULAS, type KpiFormula } from '../kpi/index.js';

/**
 * The names of the KPI functions of `socialkit/kpi` that objectives can name
 * and socialkit can compute: `socialkit/kpi`'s {@link KPI_FORMULAS} (every
 * formula the module exports), so a formula added there is a KPI here.
 *
 * @example
 * KPI_NAMES.length; // 41
 * KPI_NAMES.includes('cpm'); // true
 */
export const KPI_NAMES: typeof KPI_FORMULAS = KPI_FORMULAS;

/** The name of a KPI function of `socialkit/kpi` (see {@link KPI_NAMES}). */
export type KpiName = KpiFormula;

/**
 * Tells whether a value is one of the {@link KPI_NAMES}.
 *
 * @param value - the candidate
 * @returns true for `'ctr'`, `'engagementRateByReach'`, …
 * @example
 * isKpiName('roas'); // true
 * isKpiName('likes'); // false
 */
export function isKpiName(value: unknown): value is KpiName {
  return typeof value === 'string' && (KPI_NAMES as readonly string[]).includes(value);
}
