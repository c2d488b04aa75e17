import { type Finding } from '../core/index.js';
import { DAY_MS, finiteNumber, invalid, parseDay, parseWithSchema, readOptions } from '../core/internal.js';
import { isKpiName } from './kpi-name.js';
import { metricObservations, type MetricObservationInput } from './metric-observation.js';
import { type ObjectiveInput, ObjectiveSchema } from './objective.js';
import { kpisByObjective } from './recommended-kpis.js';
import { formatNumber } from './numbers.js';

/** The five SMART criteria. */
export type SmartCriterion = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'timeBound';

/** A finding of {@link checkSmart}: a core {@link Finding} with the SMART criterion it concerns. */
export type SmartFinding = Finding & {
  /** The criterion the finding is about. */
  criterion: SmartCriterion;
};

/** Options of {@link checkSmart}. */
export interface CheckSmartOptions {
  /**
   * Past measurements of the objective's KPI (the first of `kpis`), at least
   * two at different instants, for the Achievable check. Give them at the
   * granularity you plan at (monthly snapshots, for instance): the pace is
   * measured between consecutive observations.
   */
  history?: readonly MetricObservationInput[];
  /** Flag `paceUnrealistic` (warning) when the required pace is at least this many times the best historical pace. Default 3. */
  maxPaceRatio?: number;
  /** Flag `paceAboveHistory` (info) when the required pace is more than this many times the best historical pace. Default 1. */
  stretchPaceRatio?: number;
}


/**
 * The codes of the findings that `checkSmart` reports, by SMART criterion (each explained in its module's guide).
 *
 * @example
 * SMART_FINDING_CODES.includes('missingKpi'); // true
 */
export const SMART_FINDING_CODES = Object.freeze([
  'missingKpi',
  'missingPlatformScope',
  'unknownKpi',
  'missingBaseline',
  'missingTarget',
  'targetEqualsBaseline',
  'achievabilityNotChecked',
  'noHistoricalProgress',
  'paceUnrealistic',
  'paceAboveHistory',
  'missingBusinessGoal',
  'kpiNotRecommended',
  'missingDeadline',
  'missingStart',
  'deadlineNotAfterStart',
] as const);

/** A finding code of {@link SMART_FINDING_CODES}. */
export type SmartFindingCode = (typeof SMART_FINDING_CODES)[number];

/**
 * Checks an objective against the SMART criteria and returns what falls
 * short, as findings (an empty array means nothing to report).
 *
 * - Specific: at least one KPI (`missingKpi`, error) and a platform scope
 *   (`missingPlatformScope`, error); a KPI that is not a socialkit KPI name is
 *   reported (`unknownKpi`, info).
 * - Measurable: a numeric `baseline` (`missingBaseline`, error) and `target`
 *   (`missingTarget`, error) that differ (`targetEqualsBaseline`, error).
 * - Achievable: the required pace, `|target − baseline| / days` with
 *   `days = deadline − start + 1` (the deadline is included), against the best
 *   pace between consecutive observations of `history`, each
 *   `(v₂ − v₁) / (t₂ − t₁)` in days, counted in the objective's direction
 *   (a fall counts for a goal that goes down). `paceUnrealistic` (warning)
 *   when required ≥ `maxPaceRatio` × best; `paceAboveHistory` (info) when
 *   required > `stretchPaceRatio` × best; `noHistoricalProgress` (warning)
 *   when the KPI never moved in the right direction; `achievabilityNotChecked`
 *   (info) when there is no usable history or no baseline, target and dates.
 * - Relevant: a `businessGoal` (`missingBusinessGoal`, warning); KPIs of
 *   which none is recommended for the objective type (`kpiNotRecommended`, info).
 * - Time-bound: a `deadline` (`missingDeadline`, error), a `start`
 *   (`missingStart`, warning), and a deadline after the start (`deadlineNotAfterStart`, error).
 *
 * Findings come in S, M, A, R, T order; each `path` is relative to the objective.
 *
 * @param objective - the objective (parsed with {@link ObjectiveSchema})
 * @param options - `history`, `maxPaceRatio` (default 3), `stretchPaceRatio` (default 1)
 * @returns the findings, each with its SMART `criterion`
 * @throws {ValidationError} for a bad objective or options, `stretchPaceRatio` above `maxPaceRatio` (`invalidThresholds`)
 * @example
 * const objective = { id: 'engagement', type: 'engagement', kpis: ['engagementRateByReach'], platforms: ['instagram'],
 *   baseline: 0.03, target: 0.06, start: '2027-01-01', deadline: '2027-03-31', businessGoal: 'Bring neighbours to the new tea room' };
 * const history = [{ at: '2026-10-01T00:00:00Z', value: 0.027 }, { at: '2026-12-31T00:00:00Z', value: 0.03 }];
 * checkSmart(objective, { history }).map((f) => f.code); // ['paceUnrealistic']
 */
export function checkSmart(objective: ObjectiveInput, options: CheckSmartOptions = {}): SmartFinding[] {
  const o = parseWithSchema(ObjectiveSchema, objective, { name: 'objective', path: ['objective'] });
  const opts = readOptions<CheckSmartOptions>(options, 'options', ['history', 'maxPaceRatio', 'stretchPaceRatio']);
  const history = opts.history === undefined ? [] : metricObservations(opts.history, ['options', 'history']);
  const maxRatio = opts.maxPaceRatio === undefined ? 3 : finiteNumber(opts.maxPaceRatio, ['options', 'maxPaceRatio'], { min: 0, minExclusive: true });
  const stretchRatio =
    opts.stretchPaceRatio === undefined ? 1 : finiteNumber(opts.stretchPaceRatio, ['options', 'stretchPaceRatio'], { min: 0, minExclusive: true });
  if (stretchRatio > maxRatio) {
    throw invalid(
      'invalidThresholds',
      `options.stretchPaceRatio (${stretchRatio}) must not be above options.maxPaceRatio (${maxRatio})`,
      ['options', 'stretchPaceRatio'],
    );
  }

  const findings: SmartFinding[] = [];
  const add = (criterion: SmartCriterion, severity: Finding['severity'], code: SmartFindingCode, message: string, path: (string | number)[]): void => {
    findings.push({ code, severity, message, path, criterion });
  };

  // Specific.
  if (o.kpis.length === 0) add('specific', 'error', 'missingKpi', `Objective '${o.id}' names no KPI: say which indicator measures it.`, ['kpis']);
  if (o.platforms.length === 0) {
    add('specific', 'error', 'missingPlatformScope', `Objective '${o.id}' names no platform: say where it is to be reached.`, ['platforms']);
  }
  o.kpis.forEach((kpi, i) => {
    if (!isKpiName(kpi)) add('specific', 'info', 'unknownKpi', `'${kpi}' is not a socialkit KPI: socialkit cannot compute it for you.`, ['kpis', i]);
  });

  // Measurable.
  const { baseline, target } = o;
  if (baseline === undefined) add('measurable', 'error', 'missingBaseline', `Objective '${o.id}' has no baseline: measure where you start from.`, ['baseline']);
  if (target === undefined) add('measurable', 'error', 'missingTarget', `Objective '${o.id}' has no numeric target.`, ['target']);
  if (baseline !== undefined && target !== undefined && baseline === target) {
    add('measurable', 'error', 'targetEqualsBaseline', `Objective '${o.id}' has its target equal to its baseline (${baseline}): there is nothing to achieve.`, ['target']);
  }

  // Achievable.
  const startDay = o.start === undefined ? undefined : parseDay(o.start);
  const deadlineDay = o.deadline === undefined ? undefined : parseDay(o.deadline);
  const days = startDay !== undefined && deadlineDay !== undefined && deadlineDay > startDay ? deadlineDay - startDay + 1 : undefined;
  if (baseline === undefined || target === undefined || baseline === target || days === undefined) {
    add('achievable', 'info', 'achievabilityNotChecked', 'Achievability was not checked: it needs a baseline, a target, a start and a deadline after it.', []);
  } else {
    const direction = target > baseline ? 1 : -1;
    const required = Math.abs(target - baseline) / days;
    const best = bestPace(history, direction);
    if (best === null || !Number.isFinite(required)) {
      add(
        'achievable',
        'info',
        'achievabilityNotChecked',
        'Achievability was not checked: give options.history, at least two measurements of the KPI at different dates.',
        [],
      );
    } else if (best <= 0) {
      add(
        'achievable',
        'warning',
        'noHistoricalProgress',
        `The KPI never ${direction > 0 ? 'rose' : 'fell'} between two measurements of the history, yet the objective needs ${formatNumber(required)} a day.`,
        ['target'],
      );
    } else {
      const ratio = required / best;
      if (ratio >= maxRatio) {
        add(
          'achievable',
          'warning',
          'paceUnrealistic',
          `The objective needs ${formatNumber(required)} a day, ${formatNumber(ratio)}× the best pace in the history (${formatNumber(best)} a day); the limit is ${maxRatio}×.`,
          ['target'],
        );
      } else if (ratio > stretchRatio) {
        add(
          'achievable',
          'info',
          'paceAboveHistory',
          `The objective needs ${formatNumber(required)} a day, ${formatNumber(ratio)}× the best pace in the history (${formatNumber(best)} a day): a stretch.`,
          ['target'],
        );
      }
    }
  }

  // Relevant.
  if (o.businessGoal === undefined || o.businessGoal.trim() === '') {
    add('relevant', 'warning', 'missingBusinessGoal', `Objective '${o.id}' is linked to no business goal: say which business result it serves.`, ['businessGoal']);
  }
  const recommended: readonly string[] = kpisByObjective[o.type];
  if (o.kpis.length > 0 && !o.kpis.some((k) => recommended.includes(k))) {
    add(
      'relevant',
      'info',
      'kpiNotRecommended',
      `None of the KPIs of objective '${o.id}' is among those recommended for ${o.type} (${recommended.join(', ')}).`,
      ['kpis'],
    );
  }

  // Time-bound.
  if (o.deadline === undefined) add('timeBound', 'error', 'missingDeadline', `Objective '${o.id}' has no deadline.`, ['deadline']);
  if (o.start === undefined) add('timeBound', 'warning', 'missingStart', `Objective '${o.id}' has no start date, so its pace cannot be judged.`, ['start']);
  if (startDay !== undefined && deadlineDay !== undefined && deadlineDay <= startDay) {
    add('timeBound', 'error', 'deadlineNotAfterStart', `Objective '${o.id}' has its deadline (${o.deadline}) on or before its start (${o.start}).`, ['deadline']);
  }
  return findings;
}

// The best pace per day between consecutive observations (sorted by time), in the
// objective's direction; null when no two observations are at different instants.
function bestPace(history: readonly { at: Date; value: number }[], direction: number): number | null {
  const sorted = [...history].sort((a, b) => a.at.getTime() - b.at.getTime());
  let best: number | null = null;
  for (let i = 1; i < sorted.length; i += 1) {
    const a = sorted[i - 1] as { at: Date; value: number };
    const b = sorted[i] as { at: Date; value: number };
    const dt = (b.at.getTime() - a.at.getTime()) / DAY_MS;
    if (dt <= 0) continue;
    const pace = (direction * (b.value - a.value)) / dt;
    if (!Number.isFinite(pace)) continue;
    if (best === null || pace > best) best = pace;
  }
  return best;
}
