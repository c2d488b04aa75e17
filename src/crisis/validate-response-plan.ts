import { type Finding } from '../core/index.js';
import { arrayArgument, describeValue, invalid, objectArgument } from '../core/internal.js';
import { recommendResponse, type CrisisSituation } from './recommend-response.js';
import { STRATEGY_POSTURES, type ResponseStrategy } from './response-strategy.js';
import { readOptions } from './read-options.js';

/** A planned response: the strategies the team means to use. */
export interface ResponsePlan {
  /** Response strategy ids (see {@link RESPONSE_STRATEGIES}). */
  strategies: readonly ResponseStrategy[];
}

/** Options of {@link validateResponsePlan}. */
export interface ValidateResponsePlanOptions {
  /** The situation the plan answers, as {@link recommendResponse} reads it. */
  situation: CrisisSituation;
}

/**
 * The codes of the findings that {@link validateResponsePlan} reports (see `docs/crisis.md`).
 *
 * @example
 * RESPONSE_PLAN_FINDING_CODES.includes('scapegoat'); // true
 */
export const RESPONSE_PLAN_FINDING_CODES = Object.freeze(['denyMixedWithAccommodation', 'scapegoat', 'weakerThanRebuild', 'victimageOutsideVictimCluster', 'noBaseResponse'] as const);

/** A finding code of {@link RESPONSE_PLAN_FINDING_CODES}. */
export type ResponsePlanFindingCode = (typeof RESPONSE_PLAN_FINDING_CODES)[number];

/**
 * Checks a planned crisis response against SCCT (Coombs 2007). Findings:
 * - `denyMixedWithAccommodation` (error): deny strategies (denial,
 *   attacking the accuser, scapegoat) beside diminish or rebuild ones, which
 *   contradict each other;
 * - `scapegoat` (warning): blaming someone outside the organization, never
 *   recommended;
 * - `weakerThanRebuild` (warning): the situation calls for rebuild and the
 *   plan has neither compensation nor apology;
 * - `victimageOutsideVictimCluster` (warning): victimage where the
 *   organization is not a victim;
 * - `noBaseResponse` (warning): no instructing information.
 *
 * @param plan - `{ strategies }`
 * @param options - `{ situation }`
 * @returns the findings (empty when the plan is sound)
 * @throws {ValidationError} `unknownStrategy` and the codes of {@link recommendResponse}
 * @example
 * validateResponsePlan({ strategies: ['instructingInformation', 'denial', 'apology'] }, { situation: { crisisType: 'rumor' } })[0].code;
 * // 'denyMixedWithAccommodation'
 * validateResponsePlan({ strategies: ['instructingInformation', 'adjustingInformation', 'compensation', 'apology'] }, { situation: { crisisType: 'humanErrorProductHarm' } });
 * // []
 */
export function validateResponsePlan(plan: ResponsePlan, options: ValidateResponsePlanOptions): Finding[] {
  const p = objectArgument(plan, 'plan');
  const list = arrayArgument(p.strategies, ['plan', 'strategies']);
  const strategies: ResponseStrategy[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const v: unknown = list[i];
    if (typeof v !== 'string' || !Object.hasOwn(STRATEGY_POSTURES, v)) {
      throw invalid('unknownStrategy', `plan.strategies[${i}] must be a response strategy id (${Object.keys(STRATEGY_POSTURES).join(', ')}), got ${describeValue(v)}`, ['plan', 'strategies', i]);
    }
    strategies.push(v as ResponseStrategy);
  }
  const o = readOptions(options, 'options', ['situation']);
  const recommendation = recommendResponse(o.situation as CrisisSituation);
  const findings: Finding[] = [];
  const has = (posture: string): boolean => strategies.some((s) => STRATEGY_POSTURES[s] === posture);
  const at = (pred: (s: ResponseStrategy) => boolean): number => strategies.findIndex(pred);
  if (has('deny') && (has('diminish') || has('rebuild'))) {
    findings.push({
      code: 'denyMixedWithAccommodation',
      severity: 'error',
      message: 'The plan denies (denial, attacking the accuser or scapegoating) and accommodates (excuse, justification, compensation or apology) at once: stakeholders hear a contradiction. Choose one posture.',
      path: ['plan', 'strategies', at((s) => STRATEGY_POSTURES[s] === 'deny')],
    });
  }
  if (strategies.includes('scapegoat')) {
    findings.push({
      code: 'scapegoat',
      severity: 'warning',
      message: 'Scapegoating (blaming a person or group outside the organization) is never recommended: it reads as evasion and usually backfires.',
      path: ['plan', 'strategies', strategies.indexOf('scapegoat')],
    });
  }
  if (recommendation.primary === 'rebuild' && !strategies.includes('compensation') && !strategies.includes('apology')) {
    findings.push({
      code: 'weakerThanRebuild',
      severity: 'warning',
      message: `This situation calls for rebuild (${recommendation.reasons[2] ?? ''}): add compensation or an apology.`,
      path: ['plan', 'strategies'],
    });
  }
  if (strategies.includes('victimage') && recommendation.cluster !== 'victim') {
    findings.push({
      code: 'victimageOutsideVictimCluster',
      severity: 'warning',
      message: `Victimage (reminding that the organization is a victim too) fits only the victim cluster; this crisis is ${recommendation.cluster}.`,
      path: ['plan', 'strategies', strategies.indexOf('victimage')],
    });
  }
  if (!strategies.includes('instructingInformation')) {
    findings.push({
      code: 'noBaseResponse',
      severity: 'warning',
      message: 'The plan has no instructing information: say first what people must do to protect themselves (the base response).',
      path: ['plan', 'strategies'],
    });
  }
  return findings;
}
