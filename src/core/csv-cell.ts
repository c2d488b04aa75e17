/**
 * The CSV formula-injection guard shared by every CSV writer of the library
 * (`planToCsv`, and the report writers to come) and its reader. Internal:
 * not exported from core's public index.
 *
 * @module
 */

/** How a CSV writer treats text cells a spreadsheet would evaluate: `'escape'` (the default) or `'keep'`. */
export type CsvFormulas = 'escape' | 'keep';

/**
 * Whether a text cell starts with a character that makes Excel, LibreOffice
 * or Google Sheets read it as a formula (`=`, `+`, `-`, `@`; a tab or CR
 * before one), or with the apostrophe the guard itself adds. OWASP, CSV
 * Injection: https://owasp.org/www-community/attacks/CSV_Injection
 *
 * @param c - the cell's first code unit
 * @returns true when the guard prefixes it
 */
function isGuarded(c: number): boolean {
  return c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40 || c === 0x09 || c === 0x0d || c === 0x27;
}

/**
 * Guards a text cell before it is quoted: by default a cell that starts
 * with `=`, `+`, `-`, `@`, a tab, a CR or `'` gets a leading `'`, which
 * spreadsheets show as text and do not evaluate (`=HYPERLINK(…)` stays
 * text). A cell that already starts with `'` gets one more, so that
 * {@link unguardCsvCell} gives every cell back exactly. Number cells are
 * never passed here.
 *
 * @param value - the text cell
 * @param formulas - `'escape'` (default) or `'keep'` (write the cell as it is)
 * @returns the cell to write
 */
export function guardCsvCell(value: string, formulas: CsvFormulas = 'escape'): string {
  return formulas === 'escape' && value.length > 0 && isGuarded(value.charCodeAt(0)) ? `'${value}` : value;
}

/**
 * Undoes {@link guardCsvCell} on a cell read back: one leading `'` is
 * removed, only when the character after it is one the guard protects
 * (`=`, `+`, `-`, `@`, tab, CR, `'`). So `unguardCsvCell(guardCsvCell(s))`
 * is `s` for every `s`, and a cell such as `'note` is left alone.
 *
 * @param value - the cell as read
 * @returns the cell's text
 */
export function unguardCsvCell(value: string): string {
  return value.length > 1 && value.charCodeAt(0) === 0x27 && isGuarded(value.charCodeAt(1)) ? value.slice(1) : value;
}
