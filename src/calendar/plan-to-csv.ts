import { type CsvFormulas, describeValue, guardCsvCell, invalid, readOptions, zoneClock, type ZoneClock } from '../core/internal.js';
import { CSV_COLUMNS, type CsvColumn } from './csv-columns.js';
import type { PlanInput } from './plan.js';
import { readPlan } from './plan-tools.js';
import type { PlannedPost } from './planned-post.js';

/** How {@link planToCsv} writes: the delimiter, the byte order mark and the formula guard. */
export interface PlanToCsvOptions {
  /** `','` (the default, RFC 4180), `';'` (what French Excel expects) or `'\t'`. */
  delimiter?: ',' | ';' | '\t';
  /** Starts the text with a UTF-8 byte order mark (U+FEFF), which Excel needs to read accents and emoji; false by default. */
  bom?: boolean;
  /**
   * `'escape'` (the default): a text cell that starts with `=`, `+`, `-`, `@`, a tab, a CR or `'`
   * gets a leading `'`, so that a spreadsheet shows it as text instead of evaluating it
   * (`=HYPERLINK(…)`, `+33 6…`); `planFromCsv` takes it off again. `'keep'`: cells as they are.
   */
  formulas?: 'escape' | 'keep';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Writes an instant with the offset of the plan's zone (`2027-03-28T09:00:00+02:00`),
 * so the cell shows the local date and time; in UTC (`…Z`) when the offset
 * is not a whole number of minutes (local mean time before 1900).
 *
 * @param ms - the instant
 * @param clock - the plan's clock
 * @returns the ISO 8601 text
 */
function localIso(ms: number, clock: ZoneClock): string {
  const offset = clock.offset(ms);
  if (!Number.isInteger(offset)) return new Date(ms).toISOString().replace('.000Z', 'Z');
  const wall = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  const abs = Math.abs(offset);
  return `${wall}${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function cell(post: PlannedPost, column: CsvColumn, clock: ZoneClock, formulas: CsvFormulas): string {
  if (column === 'priority') return String(post.priority);
  return guardCsvCell(textCell(post, column, clock), formulas);
}

function textCell(post: PlannedPost, column: Exclude<CsvColumn, 'priority'>, clock: ZoneClock): string {
  switch (column) {
    case 'at':
      return localIso(post.at.getTime(), clock);
    case 'observanceId':
      return post.observanceId ?? '';
    case 'callToAction':
      return post.callToAction ?? '';
    case 'links':
      return post.links.join(' ');
    case 'media':
      return post.media.length === 0 ? '' : JSON.stringify(post.media);
    case 'history':
      return post.history.length === 0 ? '' : JSON.stringify(post.history);
    case "format":
    case "id":
    case "language":
    case "localTime":
    case "objectiveType":
    case "pillar":
    case "platform":
    case "status":
    case "text":
      return post[column];
  }
}

/**
 * Writes a plan's posts as CSV (RFC 4180), one row per post under a header
 * row: `id, platform, at, localTime, status, priority, observanceId, pillar,
 * format, objectiveType, language, text, callToAction, links, media,
 * history`. `at` carries the offset of the plan's zone, so it shows the
 * local date and time; an empty `observanceId` or `callToAction` is none;
 * `links` are separated by spaces; `media` and `history` are JSON (empty
 * when there are none). A field with the delimiter, a double quote, CR or
 * LF is quoted, quotes doubled; rows end in CRLF. For Excel, `bom: true`
 * (and `delimiter: ';'` in French Excel). `planFromCsv` reads it back.
 *
 * Excel reads a cell that starts with `=`, `+`, `-` or `@` as a formula
 * (CSV injection: https://owasp.org/www-community/attacks/CSV_Injection),
 * so by default a text cell that starts with one of them, a tab, a CR or
 * `'` is written with a leading `'`, which spreadsheets show as text;
 * `planFromCsv` removes it, so the texts read back equal. The number cell
 * (`priority`) is never touched; `formulas: 'keep'` writes every cell as it is.
 *
 * @param plan - the plan; not mutated
 * @param options - `delimiter` (`','`, `';'` or tab; default `','`), `bom` (default false), `formulas` (`'escape'`, the default, or `'keep'`)
 * @returns the CSV text
 * @throws {ValidationError} for a malformed plan or option
 * @example
 * const post = { platform: 'instagram', text: 'Galette, "maison"', format: 'image', pillar: 'savoirFaire', objectiveType: 'engagement', language: 'fr' };
 * const csv = planToCsv({ timeZone: 'Europe/Paris', period: { from: '2027-01-01', to: '2027-01-31' },
 *   posts: [{ ...post, id: 'instagram-2027-01-06-0900', at: '2027-01-06T08:00:00Z', localTime: '09:00' }] }, { delimiter: ';' });
 * csv.split('\r\n')[1]; // 'instagram-2027-01-06-0900;instagram;2027-01-06T09:00:00+01:00;09:00;draft;0;;savoirFaire;image;engagement;fr;"Galette, ""maison""";;;;'
 */
export function planToCsv(plan: PlanInput, options: PlanToCsvOptions = {}): string {
  const p = readPlan(plan);
  const o = readOptions<PlanToCsvOptions>(options, 'options', ['delimiter', 'bom', 'formulas']);
  const delimiter = o.delimiter ?? ',';
  if (delimiter !== ',' && delimiter !== ';' && delimiter !== '\t') {
    throw invalid('invalidDelimiter', `options.delimiter must be ',', ';' or a tab, got ${describeValue(delimiter)}`, ['options', 'delimiter']);
  }
  if (o.bom !== undefined && typeof o.bom !== 'boolean') throw invalid('invalidType', `options.bom must be true or false, got ${describeValue(o.bom)}`, ['options', 'bom']);
  const formulas = o.formulas ?? 'escape';
  if (formulas !== 'escape' && formulas !== 'keep') {
    throw invalid('invalidType', `options.formulas must be 'escape' (the default) or 'keep', got ${describeValue(formulas)}`, ['options', 'formulas']);
  }
  const clock = zoneClock(p.timeZone);
  const quote = (value: string): string => {
    for (let i = 0; i < value.length; i += 1) {
      const c = value[i];
      if (c === delimiter || c === '"' || c === '\r' || c === '\n') return `"${value.replaceAll('"', '""')}"`;
    }
    return value;
  };
  const rows = [CSV_COLUMNS.join(delimiter)];
  for (const post of p.posts) rows.push(CSV_COLUMNS.map((column) => quote(cell(post, column, clock, formulas))).join(delimiter));
  return `${o.bom === true ? '\ufeff' : ''}${rows.join('\r\n')}\r\n`;
}
