/**
 * The phrases a holding statement must not contain: speculation (what is
 * not confirmed) and blame (pointing at a person, a supplier or a customer),
 * in French and English. A holding statement says what is confirmed, what is
 * being done and when the next update comes; it neither guesses nor accuses
 * (the practice of crisis communication: say what you know, show empathy,
 * commit to the next update).
 *
 * @example
 * STATEMENT_RULES.some((r) => r.phrase === 'probablement'); // true
 */
export const STATEMENT_RULES: readonly StatementRule[] = Object.freeze(
  (
    [
      ['speculation', 'en', ['we believe', 'we think', 'we suspect', 'probably', 'presumably', 'it seems', 'it appears that', 'apparently', 'might have', 'may have been', 'could have been', 'likely caused', 'rumour has it', 'rumor has it', 'supposedly']],
      ['speculation', 'fr', ['il semblerait', 'il semble que', 'probablement', 'sans doute', 'peut-être', 'nous pensons que', 'nous supposons', 'nous soupçonnons', 'apparemment', 'aurait été', 'aurait causé', 'selon toute vraisemblance', 'il est possible que', 'vraisemblablement']],
      ['blame', 'en', ['the fault of', 'their fault', "customer's fault", 'to blame', 'negligence of', 'careless employee', 'rogue employee', 'human error by', 'our supplier caused', 'caused by our supplier', 'caused by the customer']],
      ['blame', 'fr', ['la faute de', 'la faute à', 'de sa faute', 'de leur faute', 'négligence de', 'un employé négligent', 'erreur humaine de', 'à cause de notre fournisseur', 'à cause du client', 'responsabilité de notre prestataire', 'blâme']],
    ] as const
  ).flatMap(([kind, language, phrases]) => phrases.map((phrase) => Object.freeze({ kind, language, phrase }))),
);

/** One phrase a statement must not contain. */
export interface StatementRule {
  /** `'speculation'` or `'blame'`. */
  readonly kind: 'speculation' | 'blame';
  /** The language of the phrase. */
  readonly language: 'en' | 'fr';
  /** The phrase, in lower case. */
  readonly phrase: string;
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();

/**
 * The rules a text breaks: each phrase found as whole words, whatever the
 * letter case and the apostrophe (’ or ').
 *
 * @param text - the text
 * @returns the rules broken, in rule order
 */
export function brokenStatementRules(text: string): StatementRule[] {
  const folded = text.normalize('NFC').toLowerCase().replaceAll('\u2019', "'");
  const broken: StatementRule[] = [];
  for (const rule of STATEMENT_RULES) {
    for (let i = folded.indexOf(rule.phrase); i !== -1; i = folded.indexOf(rule.phrase, i + 1)) {
      if (!isLetter(folded[i - 1]) && !isLetter(folded[i + rule.phrase.length])) {
        broken.push(rule);
        break;
      }
    }
  }
  return broken;
}
