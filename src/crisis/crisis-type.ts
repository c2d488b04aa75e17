import * as z from 'zod';
import { describeValue, invalid } from '../core/internal.js';

/**
 * The crisis types of Situational Crisis Communication Theory (Coombs 2007,
 * "Protecting Organization Reputations During a Crisis", Corporate
 * Reputation Review 10(3)), by cluster: victim (natural disaster, rumor,
 * workplace violence, product tampering), accidental (challenge,
 * technical-error accident, technical-error product harm), preventable
 * (human-error accident, human-error product harm, organizational misdeed
 * with or without injuries, management misconduct).
 *
 * @example
 * CRISIS_TYPES.length; // 12
 * CRISIS_TYPES[1]; // 'rumor'
 */
export const CRISIS_TYPES = Object.freeze([
  'naturalDisaster',
  'rumor',
  'workplaceViolence',
  'productTampering',
  'challenge',
  'technicalErrorAccident',
  'technicalErrorProductHarm',
  'humanErrorAccident',
  'humanErrorProductHarm',
  'organizationalMisdeedNoInjuries',
  'managementMisconduct',
  'organizationalMisdeedWithInjuries',
] as const);

/** An SCCT crisis type id (see {@link CRISIS_TYPES}). */
export type CrisisType = (typeof CRISIS_TYPES)[number];

/**
 * The zod schema of a crisis type id.
 *
 * @example
 * CrisisTypeSchema.parse('challenge'); // 'challenge'
 */
export const CrisisTypeSchema = z.enum(CRISIS_TYPES);

/** An SCCT crisis cluster: how much responsibility stakeholders attribute to the organization. */
export type CrisisCluster = 'victim' | 'accidental' | 'preventable';

const CLUSTERS: Readonly<Record<CrisisType, CrisisCluster>> = {
  naturalDisaster: 'victim',
  rumor: 'victim',
  workplaceViolence: 'victim',
  productTampering: 'victim',
  challenge: 'accidental',
  technicalErrorAccident: 'accidental',
  technicalErrorProductHarm: 'accidental',
  humanErrorAccident: 'preventable',
  humanErrorProductHarm: 'preventable',
  organizationalMisdeedNoInjuries: 'preventable',
  managementMisconduct: 'preventable',
  organizationalMisdeedWithInjuries: 'preventable',
};

/**
 * Reads a crisis type id.
 *
 * @param value - the candidate
 * @param path - where it is
 * @returns the id
 * @throws {ValidationError} `unknownCrisisType`
 */
export function readCrisisType(value: unknown, path: readonly (string | number)[]): CrisisType {
  if (typeof value === 'string' && Object.hasOwn(CLUSTERS, value)) return value as CrisisType;
  throw invalid('unknownCrisisType', `${path.length === 0 ? 'The crisis type' : path.join('.')} must be one of ${CRISIS_TYPES.join(', ')}, got ${describeValue(value)}`, path);
}

/**
 * The SCCT cluster of a crisis type (Coombs 2007): `'victim'` (weak
 * attributions of responsibility), `'accidental'` (minimal) or
 * `'preventable'` (strong).
 *
 * @param type - a crisis type id
 * @returns the cluster
 * @throws {ValidationError} `unknownCrisisType`
 * @example
 * classifyCrisis('rumor'); // 'victim'
 * classifyCrisis('technicalErrorProductHarm'); // 'accidental'
 * classifyCrisis('managementMisconduct'); // 'preventable'
 * classifyCrisis('scandal'); // throws ValidationError
 */
export function classifyCrisis(type: CrisisType): CrisisCluster {
  return CLUSTERS[readCrisisType(type, [])];
}
