import { OBJECTIVE_TYPES, type ObjectiveType } from '../core/index.js';
import { arrayArgument, deepFreeze, describeValue, invalid, objectArgument, readOptions } from '../core/internal.js';
import { isKpiName, KPI_NAMES, type KpiName } from './kpi-name.js';
import { objectiveType as checkObjectiveType } from './objective-profile.js';

/**
 * The KPIs socialkit recommends for each objective type, as names of
 * `socialkit/kpi` functions:
 * - notoriety: `reachRate`, `frequency`, `shareOfVoice`, `audienceGrowthRate`;
 * - engagement: `engagementRateByReach`, `amplificationRate`, `conversationRate`;
 * - acquisition: `ctr`, `cpc`, `conversionRate`;
 * - conversion: `conversionRate`, `cpa`, `roas`, `roi`;
 * - loyalty: `followerChurn`, `responseRate`, `firstResponseTime`, `nps`;
 * - eReputation: `netSentiment`, `shareOfVoice`, `firstResponseTime`.
 *
 * @example
 * kpisByObjective.acquisition; // ['ctr', 'cpc', 'conversionRate']
 */
export const kpisByObjective: Readonly<Record<ObjectiveType, readonly KpiName[]>> = /* @__PURE__ */ deepFreeze({
  notoriety: ['reachRate', 'frequency', 'shareOfVoice', 'audienceGrowthRate'],
  engagement: ['engagementRateByReach', 'amplificationRate', 'conversationRate'],
  acquisition: ['ctr', 'cpc', 'conversionRate'],
  conversion: ['conversionRate', 'cpa', 'roas', 'roi'],
  loyalty: ['followerChurn', 'responseRate', 'firstResponseTime', 'nps'],
  eReputation: ['netSentiment', 'shareOfVoice', 'firstResponseTime'],
});

/** Options of {@link recommendedKpis}. */
export interface RecommendedKpisOptions {
  /** Your own lists, by objective type; a type you list replaces socialkit's list for that type. */
  overrides?: Partial<Readonly<Record<ObjectiveType, readonly KpiName[]>>>;
}

/**
 * The KPIs to track for an objective type: names of `socialkit/kpi`
 * functions, from {@link kpisByObjective} unless `overrides` replaces the list
 * for that type.
 *
 * @param objectiveType - the objective type
 * @param options - `overrides`, by objective type
 * @returns a new array of KPI names, most telling first
 * @throws {ValidationError} for an unknown objective type, an override for an unknown type,
 *   or an override list holding something other than distinct KPI names
 * @example
 * recommendedKpis('loyalty'); // ['followerChurn', 'responseRate', 'firstResponseTime', 'nps']
 * recommendedKpis('engagement', { overrides: { engagement: ['conversationRate'] } }); // ['conversationRate']
 */
export function recommendedKpis(objectiveType: ObjectiveType, options: RecommendedKpisOptions = {}): KpiName[] {
  const type = checkObjectiveType(objectiveType, 'objectiveType');
  const opts = readOptions<RecommendedKpisOptions>(options, 'options', ['overrides']);
  if (opts.overrides !== undefined) {
    const overrides = objectArgument(opts.overrides, ['options', 'overrides']);
    for (const key of Object.keys(overrides)) {
      if (!(OBJECTIVE_TYPES as readonly string[]).includes(key)) {
        throw invalid('invalidObjectiveType', `options.overrides names ${describeValue(key)}, which is not an objective type (${OBJECTIVE_TYPES.join(', ')})`, ['options', 'overrides', key]);
      }
    }
    if (Object.hasOwn(overrides, type) && overrides[type] !== undefined) return kpiList(overrides[type], ['options', 'overrides', type]);
  }
  return [...kpisByObjective[type]];
}

function kpiList(value: unknown, path: readonly (string | number)[]): KpiName[] {
  const list = arrayArgument(value, path);
  const out: KpiName[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const name = list[i];
    if (!isKpiName(name)) {
      throw invalid('invalidKpi', `${path.join('.')}[${i}] must be a KPI name (${KPI_NAMES.join(', ')}), got ${describeValue(name)}`, [...path, i]);
    }
    if (out.includes(name)) throw invalid('duplicateKpi', `${path.join('.')}[${i}]: '${name}' is listed twice`, [...path, i]);
    out.push(name);
  }
  return out;
}
