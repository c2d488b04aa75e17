import { ValidationError, type ValidationIssue } from '../core/index.js';
import { arrayArgument, describeValue, instant, invalid, objectArgument, timeZone as readTimeZone } from '../core/internal.js';
import { readOptions } from './read-options.js';
import { brokenStatementRules } from './statement-rules.js';

/** A fact's value: text, a number, an instant (for `time` and `nextUpdate`) or a list of texts. */
export type StatementFact = string | number | Date | readonly string[];

/** Options of {@link renderStatement}. */
export interface RenderStatementOptions {
  /** A BCP 47 locale for dates, numbers and lists (default `'en'`). */
  locale?: string;
  /** The IANA zone of the times written (default `'UTC'`). */
  timeZone?: string;
}

const INSTANT_FIELDS = new Set(['time', 'nextUpdate']);

/**
 * The `{placeholder}` names of a template, in order of first appearance
 * (a name is a letter then letters, digits or `_`).
 *
 * @param text - the template text
 * @returns the names
 */
export function placeholdersOf(text: string): string[] {
  const names: string[] = [];
  for (const part of scan(text)) if (typeof part !== 'string' && !names.includes(part.name)) names.push(part.name);
  return names;
}

function scan(text: string): (string | { name: string })[] {
  const parts: (string | { name: string })[] = [];
  let i = 0;
  let literal = '';
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '{') {
      let j = i + 1;
      while (j < text.length && j - i <= 64 && /[A-Za-z0-9_]/.test(text[j] as string)) j += 1;
      if (j > i + 1 && text[j] === '}' && /[A-Za-z]/.test(text[i + 1] as string)) {
        if (literal !== '') parts.push(literal);
        literal = '';
        parts.push({ name: text.slice(i + 1, j) });
        i = j + 1;
        continue;
      }
    }
    literal += ch;
    i += 1;
  }
  if (literal !== '') parts.push(literal);
  return parts;
}

/**
 * Renders a holding statement: fills each `{placeholder}` of the template
 * from `facts`. The usual fields are `{time}` and `{nextUpdate}` (instants,
 * written in `locale` and `timeZone`), `{confirmedFacts}` and
 * `{actionsTaken}` (a text or a list, joined as the locale joins lists) and
 * `{empathy}`; a template may have its own. It refuses to render with a
 * placeholder missing (`missingPlaceholder`, every one named), and refuses
 * speculation or blame in the template or in a fact (`speculation`,
 * `blame`: the French and English phrases of {@link STATEMENT_RULES}).
 *
 * @param template - the template text, or a template `{ text }`
 * @param facts - the values of the placeholders
 * @param options - `locale` (default `'en'`) and `timeZone` (default `'UTC'`)
 * @returns the statement
 * @throws {ValidationError} `missingPlaceholder`, `speculation`, `blame`, `invalidLocale`
 * @example
 * renderStatement('Depuis {time}, {confirmedFacts}. Prochain point à {nextUpdate}.',
 *   { time: '2027-03-10T08:00:00Z', confirmedFacts: ['des clients signalent un goût anormal', 'la fournée du 9 mars est retirée'], nextUpdate: '2027-03-10T12:00:00Z' },
 *   { locale: 'fr-FR', timeZone: 'Europe/Paris' });
 * // 'Depuis 10 mars 2027 à 09:00, des clients signalent un goût anormal et la fournée du 9 mars est retirée. Prochain point à 10 mars 2027 à 13:00.'
 * renderStatement('We are sorry. {empathy}', {}); // throws ValidationError: facts.empathy is missing
 * renderStatement('It was probably a supplier error.', {}); // throws ValidationError
 */
export function renderStatement(template: string | { text: string }, facts: Readonly<Record<string, StatementFact>>, options?: RenderStatementOptions): string {
  const text = typeof template === 'string' ? template : objectArgument(template, 'template').text;
  if (typeof text !== 'string' || text.length > 20_000) throw invalid('invalidType', `template must be a text of at most 20,000 characters (or { text }), got ${describeValue(text)}`, 'template');
  const f = objectArgument(facts, 'facts');
  const o = readOptions(options, 'options', ['locale', 'timeZone']);
  let locale = 'en';
  if (o.locale !== undefined) {
    try {
      locale = Intl.getCanonicalLocales(o.locale as string)[0] ?? 'en';
    } catch {
      throw invalid('invalidLocale', `options.locale must be a BCP 47 locale such as 'fr-FR', got ${describeValue(o.locale)}`, ['options', 'locale']);
    }
  }
  const zone = o.timeZone === undefined ? 'UTC' : readTimeZone(o.timeZone, ['options', 'timeZone']);
  const issues: ValidationIssue[] = [];
  for (const rule of brokenStatementRules(text)) {
    issues.push({ code: rule.kind, message: `template contains ${rule.kind} ("${rule.phrase}"): say what is confirmed, without guessing or blaming`, path: ['template'] });
  }
  const parts = scan(text);
  const values = new Map<string, string>();
  for (const part of parts) {
    if (typeof part === 'string' || values.has(part.name)) continue;
    const name = part.name;
    const raw: unknown = Object.hasOwn(f, name) ? f[name] : undefined;
    const value = formatFact(raw, name, locale, zone);
    if (value === null) {
      issues.push({ code: 'missingPlaceholder', message: `facts.${name} is missing: the template uses {${name}}, give it a value`, path: ['facts', name] });
      continue;
    }
    for (const rule of brokenStatementRules(value)) {
      issues.push({ code: rule.kind, message: `facts.${name} contains ${rule.kind} ("${rule.phrase}"): state only confirmed facts`, path: ['facts', name] });
    }
    values.set(name, value);
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return parts.map((p) => (typeof p === 'string' ? p : (values.get(p.name) as string))).join('');
}

function formatFact(raw: unknown, name: string, locale: string, zone: string): string | null {
  if (raw === undefined || raw === null || raw === '') return null;
  if (INSTANT_FIELDS.has(name) || raw instanceof Date) {
    const at = instant(raw, ['facts', name]);
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: zone }).format(at);
  }
  if (typeof raw === 'string') {
    if (raw.length > 10_000) throw invalid('tooLong', `facts.${name} must be at most 10,000 characters`, ['facts', name]);
    return raw;
  }
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw invalid('notFinite', `facts.${name} must be a finite number, got ${describeValue(raw)}`, ['facts', name]);
    return new Intl.NumberFormat(locale).format(raw);
  }
  const list = arrayArgument(raw, ['facts', name]);
  if (list.length === 0) return null;
  const items: string[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const item: unknown = list[i];
    if (typeof item !== 'string' || item === '' || item.length > 10_000) throw invalid('invalidType', `facts.${name}[${i}] must be a non-empty text, got ${describeValue(item)}`, ['facts', name, i]);
    items.push(item);
  }
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}
