import { type Finding, type PlatformId } from '../core/index.js';
import { parseDay, parseWithSchema } from '../core/internal.js';
import { coverage } from '../persona/index.js';
import { isKpiName } from './kpi-name.js';
import { type StrategyInput, StrategySchema } from './strategy.js';

/**
 * The codes of the findings that `validateStrategy` reports (each explained in its module's guide).
 *
 * @example
 * STRATEGY_FINDING_CODES.includes('noObjectives'); // true
 */
export const STRATEGY_FINDING_CODES = Object.freeze([
  'noObjectives',
  'noPersonas',
  'noPlatforms',
  'missingPositioning',
  'missingEditorialLineRef',
  'missingBudgetRef',
  'duplicateObjective',
  'duplicatePersona',
  'duplicatePlatform',
  'objectiveWithoutKpi',
  'objectiveWithoutBaseline',
  'objectiveWithoutTarget',
  'objectiveWithoutDeadline',
  'objectiveWithoutTracking',
  'objectiveUnknownPersona',
  'objectivePlatformNotChosen',
  'deadlineNotAfterStart',
  'unknownKpi',
  'platformWithoutRole',
  'platformUnknownPersona',
  'platformWithoutPersona',
  'platformPersonaAbsent',
  'personaNotReached',
  'personaNotServed',
] as const);

/** A finding code of {@link STRATEGY_FINDING_CODES}. */
export type StrategyFindingCode = (typeof STRATEGY_FINDING_CODES)[number];

/**
 * Cross-checks a strategy and returns what does not fit, as findings with
 * stable codes (an empty array means nothing to report). In order:
 *
 * | code | severity | when |
 * |---|---|---|
 * | `missingPositioning` | warning | `positioning` is blank |
 * | `noObjectives` / `noPersonas` / `noPlatforms` | error / warning / error | a list is empty |
 * | `duplicateObjective` / `duplicatePersona` / `duplicatePlatform` | error | an id or platform appears twice |
 * | `objectiveWithoutKpi` | error | an objective has no KPI |
 * | `unknownKpi` | info | a KPI is not a socialkit KPI name |
 * | `objectiveWithoutBaseline` / `objectiveWithoutTarget` / `objectiveWithoutDeadline` | error | the field is missing |
 * | `deadlineNotAfterStart` | error | the deadline is on or before the start |
 * | `objectivePlatformNotChosen` | warning | an objective's platform scope names a platform that is not chosen |
 * | `objectiveUnknownPersona` | error | an objective targets a persona id that does not exist |
 * | `objectiveWithoutTracking` | error | an acquisition or conversion objective has no `tracking.utm` |
 * | `missingBudgetRef` | error | there is an acquisition or conversion objective and no `budgetRef` |
 * | `platformWithoutRole` | error | a chosen platform has no (or a blank) role |
 * | `platformUnknownPersona` | error | a chosen platform serves a persona id that does not exist |
 * | `platformPersonaAbsent` | warning | a chosen platform says it serves a persona who does not use it |
 * | `platformWithoutPersona` | warning | a chosen platform serves no persona |
 * | `personaNotReached` | error | no chosen platform is used by the persona (see `coverage`) |
 * | `personaNotServed` | warning | no chosen platform lists the persona among those it serves |
 * | `missingEditorialLineRef` | info | there is no `editorialLineRef` |
 *
 * Paths point into the strategy (`['objectives', 2, 'deadline']`).
 *
 * @param strategy - the strategy (parsed with {@link StrategySchema})
 * @returns the findings
 * @throws {ValidationError} when the strategy does not match {@link StrategySchema}
 * @example
 * validateStrategy({ brand: { name: 'Boulangerie Martin' }, positioning: 'Craft bread.' }).map((f) => f.code);
 * // ['noObjectives', 'noPersonas', 'noPlatforms', 'missingEditorialLineRef']
 */
export function validateStrategy(strategy: StrategyInput): Finding[] {
  const s = parseWithSchema(StrategySchema, strategy, { name: 'strategy' });
  const findings: Finding[] = [];
  const add = (severity: Finding['severity'], code: StrategyFindingCode, message: string, path: (string | number)[]): void => {
    findings.push({ code, severity, message, path });
  };

  if (s.positioning.trim() === '') add('warning', 'missingPositioning', 'The strategy states no positioning: say what the brand stands for and against whom.', ['positioning']);
  if (s.objectives.length === 0) add('error', 'noObjectives', 'The strategy has no objective.', ['objectives']);
  if (s.personas.length === 0) add('warning', 'noPersonas', 'The strategy describes no persona: say whom the brand speaks to.', ['personas']);
  if (s.platforms.length === 0) add('error', 'noPlatforms', 'The strategy chooses no platform.', ['platforms']);

  const objectiveIds = new Set<string>();
  s.objectives.forEach((o, i) => {
    if (objectiveIds.has(o.id)) add('error', 'duplicateObjective', `Objective id '${o.id}' appears twice.`, ['objectives', i, 'id']);
    objectiveIds.add(o.id);
  });
  const personaIds = new Set<string>();
  s.personas.forEach((p, i) => {
    if (personaIds.has(p.id)) add('error', 'duplicatePersona', `Persona id '${p.id}' appears twice.`, ['personas', i, 'id']);
    personaIds.add(p.id);
  });
  const chosen = new Set<PlatformId>();
  s.platforms.forEach((p, i) => {
    if (chosen.has(p.platform)) add('error', 'duplicatePlatform', `Platform '${p.platform}' is chosen twice.`, ['platforms', i, 'platform']);
    chosen.add(p.platform);
  });

  let needsBudget = false;
  s.objectives.forEach((o, i) => {
    const at = (...rest: (string | number)[]): (string | number)[] => ['objectives', i, ...rest];
    if (o.kpis.length === 0) add('error', 'objectiveWithoutKpi', `Objective '${o.id}' has no KPI.`, at('kpis'));
    o.kpis.forEach((k, j) => {
      if (!isKpiName(k)) add('info', 'unknownKpi', `Objective '${o.id}': '${k}' is not a socialkit KPI, so socialkit cannot compute it.`, at('kpis', j));
    });
    if (o.baseline === undefined) add('error', 'objectiveWithoutBaseline', `Objective '${o.id}' has no baseline.`, at('baseline'));
    if (o.target === undefined) add('error', 'objectiveWithoutTarget', `Objective '${o.id}' has no target.`, at('target'));
    if (o.deadline === undefined) add('error', 'objectiveWithoutDeadline', `Objective '${o.id}' has no deadline.`, at('deadline'));
    if (o.start !== undefined && o.deadline !== undefined && parseDay(o.deadline) <= parseDay(o.start)) {
      add('error', 'deadlineNotAfterStart', `Objective '${o.id}' ends (${o.deadline}) on or before it starts (${o.start}).`, at('deadline'));
    }
    o.platforms.forEach((p, j) => {
      if (!chosen.has(p)) add('warning', 'objectivePlatformNotChosen', `Objective '${o.id}' counts on ${p}, which the strategy does not choose.`, at('platforms', j));
    });
    o.personas.forEach((p, j) => {
      if (!personaIds.has(p)) add('error', 'objectiveUnknownPersona', `Objective '${o.id}' targets persona '${p}', which the strategy does not describe.`, at('personas', j));
    });
    if (o.type === 'acquisition' || o.type === 'conversion') {
      needsBudget = true;
      if (o.tracking === undefined) {
        add('error', 'objectiveWithoutTracking', `Objective '${o.id}' (${o.type}) has no UTM tracking: without it, visits and sales cannot be attributed.`, at('tracking'));
      }
    }
  });
  if (needsBudget && s.budgetRef === undefined) {
    add('error', 'missingBudgetRef', 'The strategy has acquisition or conversion objectives but no budgetRef: name the media budget that pays for them.', ['budgetRef']);
  }

  const personasById = new Map(s.personas.map((p) => [p.id, p]));
  const served = new Set<string>();
  s.platforms.forEach((p, i) => {
    if (p.role === undefined || p.role.trim() === '') add('error', 'platformWithoutRole', `Platform '${p.platform}' has no role: say what the brand does there.`, ['platforms', i, 'role']);
    if (p.personas.length === 0) add('warning', 'platformWithoutPersona', `Platform '${p.platform}' serves no persona.`, ['platforms', i, 'personas']);
    p.personas.forEach((id, j) => {
      const persona = personasById.get(id);
      if (persona === undefined) {
        add('error', 'platformUnknownPersona', `Platform '${p.platform}' serves persona '${id}', which the strategy does not describe.`, ['platforms', i, 'personas', j]);
        return;
      }
      served.add(id);
      if (!persona.platforms.some((use) => use.platform === p.platform && use.weight > 0)) {
        add('warning', 'platformPersonaAbsent', `Platform '${p.platform}' is meant to serve persona '${id}', who does not use it.`, ['platforms', i, 'personas', j]);
      }
    });
  });

  const reach = coverage(
    s.personas.filter((p, i) => s.personas.findIndex((q) => q.id === p.id) === i),
    [...chosen],
  );
  const uncovered = new Set(reach.uncovered);
  s.personas.forEach((p, i) => {
    if (uncovered.has(p.id)) add('error', 'personaNotReached', `Persona '${p.id}' uses none of the chosen platforms.`, ['personas', i]);
    if (!served.has(p.id)) add('warning', 'personaNotServed', `No chosen platform lists persona '${p.id}' among those it serves.`, ['personas', i]);
  });
  if (s.editorialLineRef === undefined) add('info', 'missingEditorialLineRef', 'The strategy names no editorial line (editorialLineRef).', ['editorialLineRef']);
  return findings;
}
