/**
 * A splitter for plain CSV text: no quote character, one line end throughout
 * (`\n` or `\r\n`), every row with the header's number of fields. On such
 * text it gives the records csv-parse gives (with `bom`, `skip_empty_lines`),
 * several times faster. On anything else (a quote, a lone `\r`, a mixed line
 * end, a row of another length) it gives up, and the caller re-reads the file
 * with csv-parse, so quoting, errors and their line:column stay csv-parse's.
 */
export class PlainCsvSplitter {
  private rest = '';
  private started = false;
  private crlf: boolean | null = null;
  /** The header's field count, once the first record is seen. */
  private width = -1;
  /** False once the text needs csv-parse. */
  plain = true;

  /** @param delimiter - the field delimiter (one character) */
  constructor(private readonly delimiter: string) {}

  /**
   * Splits the complete lines of the text pushed so far.
   *
   * @param text - the next piece of the file (any size, cut anywhere)
   * @param out - receives the records (the header first)
   * @returns false when the text needs csv-parse (then nothing more is read)
   */
  push(text: string, out: string[][]): boolean {
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
  end(out: string[][]): boolean {
    if (!this.plain) return false;
    const s = this.rest;
    this.rest = '';
    if (s.length === 0) return true;
    if (s.includes('\r')) return (this.plain = false);
    return this.row(s, out);
  }

  private lines(s: string, last: number, out: string[][]): boolean {
    let from = 0;
    while (from <= last) {
      const nl = s.indexOf('\n', from);
      let to = nl;
      if (this.crlf === null) this.crlf = nl > 0 && s.charCodeAt(nl - 1) === 13;
      if (this.crlf) {
        if (nl === from || s.charCodeAt(nl - 1) !== 13) return (this.plain = false);
        to = nl - 1;
      }
      const line = s.slice(from, to);
      from = nl + 1;
      if (line.length === 0) continue;
      if (!this.row(line, out)) return false;
    }
    // A lone \r (csv-parse may take it for a line end) anywhere in the split lines or the rest.
    if (!this.crlf && (s.includes('\r'))) return (this.plain = false);
    return true;
  }

  private row(line: string, out: string[][]): boolean {
    if (this.crlf === true && line.includes('\r')) return (this.plain = false);
    const fields = line.split(this.delimiter);
    if (this.width < 0) this.width = fields.length;
    else if (fields.length !== this.width) return (this.plain = false);
    out.push(fields);
    return true;
  }
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
