/**
 * A splitter for plain CSV text: no quote character, one line end throughout
 * (`\n` or `\r\n`), every row with the header's number of fields. On such
 * text it gives the records csv-parse gives (with `bom`, `skip_empty_lines`),
 * several times faster. On anything else (a quote, a lone `\r`, a mixed line
 * end, a row of another length) it gives up, and the caller re-reads the file
 * with csv-parse, so quoting, errors and their line:column stay csv-parse's.
 */
export class PlainCsvSplitter<T = string[]> {
  private rest = '';
  private started = false;
  private crlf: boolean | null = null;
  /** The header's field count, once the first record is seen. */
  private width = -1;
  /** False once the text needs csv-parse. */
  plain = true;

  /** The header's fields, once its line is seen. */
  header: string[] | null = null;

  /**
   * @param delimiter - the field delimiter (one character)
   * @param rowOf - builds a row from a line (after the header) and the header's width, or null when its width differs
   * @param onHeader - told the header's fields when its line is seen
   */
  constructor(
    private readonly delimiter: string,
    private readonly rowOf: (line: string, width: number) => T | null,
    private readonly onHeader: (header: string[]) => void = () => undefined,
  ) {}

  /**
   * Splits the complete lines of the text pushed so far.
   *
   * @param text - the next piece of the file (any size, cut anywhere)
   * @param out - receives the rows (the header not included: see {@link header})
   * @returns false when the text needs csv-parse (then nothing more is read)
   */
  push(text: string, out: T[]): boolean {
    if (!this.plain) return false;
    let s = text;
    if (!this.started) {
      if (s.length === 0) return true;
      this.started = true;
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    }
    if (s.includes('"')) return (this.plain = false);
    if (this.rest.length > 0) s = this.rest + s;
    const last = s.lastIndexOf('\n');
    if (last < 0) {
      this.rest = s;
      return true;
    }
    this.rest = s.slice(last + 1);
    return this.lines(s, last, out);
  }

  /**
   * Splits the last line (one without a line end).
   *
   * @param out - receives its record
   * @returns false when the text needs csv-parse
   */
  end(out: T[]): boolean {
    if (!this.plain) return false;
    const s = this.rest;
    this.rest = '';
    if (s.length === 0) return true;
    if (s.includes('\r')) return (this.plain = false);
    return this.row(s, out);
  }

  private lines(s: string, last: number, out: T[]): boolean {
    if (this.crlf === null) {
      const nl = s.indexOf('\n');
      this.crlf = nl > 0 && s.charCodeAt(nl - 1) === 13;
    }
    // A lone \r (csv-parse may take it for a line end) anywhere, before any row (or the header) is taken.
    if (!this.crlf && s.includes('\r')) return (this.plain = false);
    let from = 0;
    while (from <= last) {
      const nl = s.indexOf('\n', from);
      let to = nl;
      if (this.crlf) {
        if (nl === from || s.charCodeAt(nl - 1) !== 13) return (this.plain = false);
        to = nl - 1;
      }
      const line = s.slice(from, to);
      from = nl + 1;
      if (line.length === 0) continue;
      if (!this.row(line, out)) return false;
    }
    return true;
  }

  private row(line: string, out: T[]): boolean {
    if (this.crlf === true && line.includes('\r')) return (this.plain = false);
    if (this.header === null) {
      this.header = line.split(this.delimiter);
      this.width = this.header.length;
      this.onHeader(this.header);
      return true;
    }
    const row = this.rowOf(line, this.width);
    if (row === null) return (this.plain = false);
    out.push(row);
    return true;
  }
}

/**
 * The fields of a line, for {@link PlainCsvSplitter}'s `rowOf`.
 *
 * @param delimiter - the field delimiter
 * @returns a `rowOf` giving the line's fields, or null when they are not `width`
 */
export function splitRow(delimiter: string): (line: string, width: number) => string[] | null {
  return (line, width) => {
    const fields = line.split(delimiter);
    return fields.length === width ? fields : null;
  };
}

/**
 * The cell `line.slice(from, to)` of a count column: null when empty, its
 * number when all digits (read from the line's characters, no substring),
 * else the cell's text; the same as `cell` on the substring.
 *
 * @param line - the line
 * @param from - the cell's start
 * @param to - its end (exclusive)
 * @returns null, the number, or the text
 */
export function countAt(line: string, from: number, to: number): number | string | null {
  if (to === from) return null;
  if (to - from > 15) return countCell(line.slice(from, to));
  let v = 0;
  for (let i = from; i < to; i += 1) {
    const d = line.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return line.slice(from, to);
    v = v * 10 + d;
  }
  return v;
}

/**
 * A cell of digits as a number, without a regular expression or `Number` on
 * short cells; anything else is returned as it is.
 *
 * @param value - the cell
 * @returns its number when it is all digits, else the cell
 */
export function countCell(value: string): number | string {
  const n = value.length;
  if (n === 0 || n > 15) return /^\d+$/.test(value) ? Number(value) : value;
  let v = 0;
  for (let i = 0; i < n; i += 1) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return value;
    v = v * 10 + d;
  }
  return v;
}
