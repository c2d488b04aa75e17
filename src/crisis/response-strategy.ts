import * as z from 'zod';

/**
 * SCCT crisis response strategies (Coombs 2007), by posture: base
 * (instructing information; adjusting information: sympathy and corrective
 * action), diminish (excuse, justification), rebuild (compensation,
 * apology), bolstering (reminder, ingratiation, victimage) and deny
 * (denial, attacking the accuser, scapegoat).
 *
 * @example
 * RESPONSE_STRATEGIES.length; // 12
 */
export const RESPONSE_STRATEGIES = Object.freeze([
  'instructingInformation',
  'adjustingInformation',
  'excuse',
  'justification',
  'compensation',
  'apology',
  'reminder',
  'ingratiation',
  'victimage',
  'denial',
  'attackTheAccuser',
  'scapegoat',
] as const);

/** An SCCT response strategy id (see {@link RESPONSE_STRATEGIES}). */
export type ResponseStrategy = (typeof RESPONSE_STRATEGIES)[number];

/**
 * The zod schema of a response strategy id.
 *
 * @example
 * ResponseStrategySchema.parse('apology'); // 'apology'
 */
export const ResponseStrategySchema = z.enum(RESPONSE_STRATEGIES);

/** The primary posture of a response. */
export type ResponsePosture = 'base' | 'diminish' | 'rebuild' | 'deny';

/**
 * The posture each strategy belongs to (bolstering supplements any posture).
 *
 * @example
 * STRATEGY_POSTURES.excuse; // 'diminish'
 * STRATEGY_POSTURES.reminder; // 'bolstering'
 */
export const STRATEGY_POSTURES: Readonly<Record<ResponseStrategy, ResponsePosture | 'bolstering'>> = Object.freeze({
  instructingInformation: 'base',
  adjustingInformation: 'base',
  excuse: 'diminish',
  justification: 'diminish',
  compensation: 'rebuild',
  apology: 'rebuild',
  reminder: 'bolstering',
  ingratiation: 'bolstering',
  victimage: 'bolstering',
  denial: 'deny',
  attackTheAccuser: 'deny',
  scapegoat: 'deny',
});
