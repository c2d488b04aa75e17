import { booleanArgument, objectArgument } from '../core/internal.js';
import { classifyCrisis, readCrisisType, type CrisisCluster, type CrisisType } from './crisis-type.js';
import type { ResponsePosture, ResponseStrategy } from './response-strategy.js';

/** The situation {@link recommendResponse} reads (each flag `false` when absent). */
export interface CrisisSituation {
  /** The SCCT crisis type. */
  crisisType: CrisisType;
  /** The organization had a similar crisis before (an intensifying factor). */
  crisisHistory?: boolean;
  /** The organization's prior reputation is unfavourable (an intensifying factor). */
  negativeReputation?: boolean;
  /** Victims suffered serious harm (adds compensation). */
  seriousHarm?: boolean;
}

/** What {@link recommendResponse} returns. */
export interface ResponseRecommendation {
  /** The SCCT cluster of the crisis type. */
  cluster: CrisisCluster;
  /** The primary posture. */
  primary: ResponsePosture;
  /** The strategies to use, base response first. */
  strategies: ResponseStrategy[];
  /** Strategies that may supplement it: bolstering (reminder, ingratiation; victimage only in the victim cluster). */
  supplements: ResponseStrategy[];
  /** Why, one sentence per rule applied. */
  reasons: string[];
}

/**
 * Recommends a crisis response by Situational Crisis Communication Theory
 * (Coombs 2007). Rules, in order:
 * - always the base response: instructing and adjusting information;
 * - victim cluster: the base response suffices; with an intensifying factor
 *   (crisis history or an unfavourable prior reputation), add diminish
 *   (excuse, justification);
 * - accidental cluster: diminish; with an intensifying factor, rebuild
 *   (compensation, apology);
 * - preventable cluster: rebuild;
 * - deny (denial, attacking the accuser) is the primary posture only for a
 *   rumor or a challenge with no intensifying factor and no serious harm
 *   (Coombs: they "are best used only for rumor and challenge crises"); for
 *   a challenge this overrides the accidental cluster's rule (socialkit's
 *   reading); deny is never beside diminish or rebuild;
 * - serious harm adds compensation without changing the primary posture;
 * - bolstering may supplement any response, victimage only in the victim
 *   cluster; scapegoating is never recommended.
 *
 * @param situation - `{ crisisType, crisisHistory, negativeReputation, seriousHarm }`
 * @returns `{ cluster, primary, strategies, supplements, reasons }`
 * @throws {ValidationError} `unknownCrisisType`, `invalidType`
 * @example
 * recommendResponse({ crisisType: 'technicalErrorProductHarm' }).primary; // 'diminish'
 * recommendResponse({ crisisType: 'technicalErrorProductHarm', crisisHistory: true }).strategies;
 * // ['instructingInformation', 'adjustingInformation', 'compensation', 'apology']
 * recommendResponse({ crisisType: 'rumor' }).strategies;
 * // ['instructingInformation', 'adjustingInformation', 'denial', 'attackTheAccuser']
 */
export function recommendResponse(situation: CrisisSituation): ResponseRecommendation {
  const s = objectArgument(situation, 'situation');
  const crisisType = readCrisisType(s.crisisType, ['situation', 'crisisType']);
  const history = booleanArgument(s.crisisHistory, ['situation', 'crisisHistory'], false);
  const reputation = booleanArgument(s.negativeReputation, ['situation', 'negativeReputation'], false);
  const harm = booleanArgument(s.seriousHarm, ['situation', 'seriousHarm'], false);
  const cluster = classifyCrisis(crisisType);
  const intensified = history || reputation;
  const reasons: string[] = [`'${crisisType}' is in the ${cluster} cluster (Coombs 2007).`, 'The base response (instructing and adjusting information) comes first, always.'];
  const factors = [history ? 'a crisis history' : '', reputation ? 'an unfavourable prior reputation' : ''].filter((f) => f !== '').join(' and ');
  let primary: ResponsePosture;
  if ((crisisType === 'rumor' || crisisType === 'challenge') && !intensified && !harm) {
    primary = 'deny';
    reasons.push(`A ${crisisType} with no intensifying factor and no serious harm: deny (denial, attacking the accuser), the only case where Coombs recommends it.`);
  } else if (cluster === 'victim') {
    primary = intensified ? 'diminish' : 'base';
    reasons.push(intensified ? `Victim cluster with ${factors}: add diminish (excuse, justification).` : 'Victim cluster with no intensifying factor: the base response suffices.');
  } else if (cluster === 'accidental') {
    primary = intensified ? 'rebuild' : 'diminish';
    reasons.push(intensified ? `Accidental cluster with ${factors}: rebuild (compensation, apology).` : 'Accidental cluster with no intensifying factor: diminish (excuse, justification).');
  } else {
    primary = 'rebuild';
    reasons.push('Preventable cluster: rebuild (compensation, apology).');
  }
  const strategies: ResponseStrategy[] = ['instructingInformation', 'adjustingInformation'];
  if (primary === 'deny') strategies.push('denial', 'attackTheAccuser');
  if (primary === 'diminish') strategies.push('excuse', 'justification');
  if (primary === 'rebuild') strategies.push('compensation', 'apology');
  if (harm && !strategies.includes('compensation')) {
    strategies.push('compensation');
    reasons.push('Serious harm to victims: add compensation.');
  }
  const supplements: ResponseStrategy[] = cluster === 'victim' ? ['reminder', 'ingratiation', 'victimage'] : ['reminder', 'ingratiation'];
  reasons.push(cluster === 'victim' ? 'Bolstering (reminder, ingratiation, victimage) may supplement it.' : 'Bolstering (reminder, ingratiation) may supplement it; victimage only in the victim cluster.');
  return { cluster, primary, strategies, supplements, reasons };
}
