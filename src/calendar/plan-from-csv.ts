import { type IssueCode, type ValidationError } from '../core/index.js';
import { describeValue, invalid, MINUTE_MS, parseWithSchema, unguardCsvCell } from '../core/internal.js';
import { CSV_COLUMNS, type CsvColumn } from './csv-columns.js';
import { MAX_PLAN_POSTS } from './plan.js';
import { PlannedPostSchema, type PlannedPost } from './planned-post.js';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

function fail(line: number, column: number, name: string | undefined, message: string, code: IssueCode = 'invalidCsv'): ValidationError {
  return invalid(code, `Line ${line}, column ${column}${name === undefined ? '' : ` (${name})`}: ${message}`, [line, name ?? column]);
}

/**
 * Reads CSV text one record at a time (RFC 4180: quoted fields may hold
 * the delimiter, doubled quotes, CR and LF; records end in CRLF, LF or CR),
 * character by character: linear time, and only the current record in
 * memory besides the text.
 */
class RecordReader {
  /** The fields of the current record. */
  readonly values: string[] = [];
  /** The line each field of the current record starts on. */
  readonly lines: number[] = [];
  private i = 0;
  private line = 1;
  private readonly text: string;
  private readonly delimiter: number;

  constructor(text: string, delimiter: number) {
    this.text = text;
    this.delimiter = delimiter;
  }

  /**
   * Reads the next record that is not a blank line.
   *
   * @returns false at the end of the text
   * @throws {ValidationError} for an unterminated quote, a quote inside an unquoted field, or text after a closing quote
   */
  next(): boolean {
    const { text, delimiter } = this;
    const n = text.length;
    while (this.i < n) {
      this.values.length = 0;
      this.lines.length = 0;
      for (;;) {
        const start = this.line;
        let value: string;
        if (text.charCodeAt(this.i) === QUOTE) {
          const parts: string[] = [];
          let from = this.i + 1;
          let j = from;
          for (;;) {
            if (j >= n) throw fail(start, this.values.length + 1, undefined, 'a quoted field has no closing quote');
            const c = text.charCodeAt(j);
            if (c === QUOTE) {
              parts.push(text.slice(from, j));
              if (text.charCodeAt(j + 1) === QUOTE) {
                parts.push('"');
                j += 2;
                from = j;
                continue;
              }
              j += 1;
              break;
            }
            if (c === LF || (c === CR && text.charCodeAt(j + 1) !== LF)) this.line += 1;
            j += 1;
          }
          value = parts.join('');
          this.i = j;
          const next = text.charCodeAt(j);
          if (j < n && next !== delimiter && next !== CR && next !== LF) {
            throw fail(this.line, this.values.length + 1, undefined, `text after the closing quote (${describeValue(text.slice(j, j + 10))}); double a quote inside a quoted field`);
          }
        } else {
          let j = this.i;
          for (; j < n; j += 1) {
            const c = text.charCodeAt(j);
            if (c === delimiter || c === CR || c === LF) break;
            if (c === QUOTE) throw fail(this.line, this.values.length + 1, undefined, 'a double quote inside an unquoted field; quote the field and double the quote');
          }
          value = text.slice(this.i, j);
          this.i = j;
        }
        this.values.push(value);
        this.lines.push(start);
        if (this.i >= n) break;
        const c = text.charCodeAt(this.i);
        if (c === delimiter) {
          this.i += 1;
          if (this.i < n) continue;
          this.values.push('');
          this.lines.push(this.line);
          break;
        }
        this.i += c === CR && text.charCodeAt(this.i + 1) === LF ? 2 : 1;
        this.line += 1;
        break;
      }
      if (!(this.values.length === 1 && this.values[0] === '')) return true;
    }
    return false;
  }
}

/**
 * The UTC offset written at the end of an ISO 8601 instant, in minutes, or
 * null for `Z` (which says nothing of the local time). `at` was accepted by
 * `instant`, so it is at most 40 characters and ends in `Z`, `±hh`, `±hhmm` or `±hh:mm`.
 *
 * @param at - the instant as written
 * @returns the offset in minutes, or null
 */
function writtenOffset(at: string): number | null {
  let k = at.length - 1;
  while (k >= 16 && at.charCodeAt(k) !== 0x2b && at.charCodeAt(k) !== 0x2d) k -= 1;
  if (k < 16) return null;
  const sign = at.charCodeAt(k);
  const digits = at.slice(k + 1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + (digits.length > 2 ? Number(digits.slice(2, 4)) : 0);
  return sign === 0x2d ? -minutes : minutes;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Reads the posts of a plan's CSV back (what `planToCsv` writes, or a file
 * edited in a spreadsheet): RFC 4180 fields (quoted fields may hold the
 * delimiter, doubled quotes, CRLF and LF), records ending in CRLF, LF or CR,
 * blank lines skipped, an optional UTF-8 byte order mark. The delimiter
 * (`,`, `;` or tab) is the first one in the header row, whose columns may
 * come in any order. Each row is checked with `PlannedPostSchema` as it is
 * read, and its `localTime` must be the local time of `at` at the offset
 * written in it (however `at` is spelt; `…Z` says nothing of the local time
 * and is not compared). One leading `'` is taken off a cell when a formula
 * character follows it (`'=`, `'+`, `'-`, `'@`, `'` before a tab or CR,
 * `''`): the guard `planToCsv` writes by default, so the round trip is exact.
 *
 * Reading stops at the first bad row, and at the 200,001st post (a plan
 * holds at most 200,000: `tooManyPosts`): one pass, linear time, and memory
 * for the posts kept, not for the whole file split into fields.
 * `planFromCsv(planToCsv(plan))` equals `plan.posts`.
 *
 * @param text - the CSV text
 * @returns the posts, in the file's order
 * @throws {ValidationError} naming the line and column of the first bad field (`path` is `[line, column name]`): a missing or unknown column, a row with too many or too few fields, a value the schema refuses, a repeated id, a broken quote (`invalidCsv`); more than 200,000 posts (`tooManyPosts`)
 * @example
 * const csv = 'id;platform;at;localTime;pillar;format;objectiveType;language;text\r\n' +
 *   'p1;instagram;2027-01-06T09:00:00+01:00;09:00;savoirFaire;image;engagement;fr;"Galette; ""maison"""\r\n';
 * planFromCsv(csv)[0].text; // 'Galette; "maison"'
 * planFromCsv(csv.replace('instagram', 'myspace')); // throws ValidationError: Line 2, column 2 (platform): …
 */
export function planFromCsv(text: string): PlannedPost[] {
  if (typeof text !== 'string') throw invalid('invalidType', `planFromCsv takes the CSV text, got ${describeValue(text)}`, ['text']);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let delimiter = -1;
  for (let i = 0; i < body.length && delimiter < 0; i += 1) {
    const c = body.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x09) delimiter = c;
    else if (c === CR || c === LF) break;
  }
  if (delimiter < 0) throw fail(1, 1, undefined, `the header row must list the columns (${CSV_COLUMNS.join(', ')}) separated by ',', ';' or a tab`);
  const reader = new RecordReader(body, delimiter);
  const header = reader.next() ? [...reader.values] : [];
  const columns: CsvColumn[] = [];
  for (let c = 0; c < header.length; c += 1) {
    const name = header[c] as string;
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) throw fail(1, c + 1, undefined, `unknown column ${describeValue(name.slice(0, 40))}; the columns are ${CSV_COLUMNS.join(', ')}`);
    if (columns.includes(name as CsvColumn)) throw fail(1, c + 1, name, 'the column appears twice');
    columns.push(name as CsvColumn);
  }
  for (const name of ['id', 'platform', 'at', 'localTime', 'pillar', 'format', 'objectiveType', 'language', 'text'] as const) {
    if (!columns.includes(name)) throw fail(1, columns.length + 1, name, `the header lacks the column '${name}'`);
  }
  const posts: PlannedPost[] = [];
  const ids = new Set<string>();
  const { values, lines } = reader;
  while (reader.next()) {
    const line = lines[0] as number;
    if (values.length !== columns.length) {
      const missing = values.length < columns.length;
      throw fail(missing ? (lines[lines.length - 1] as number) : line, Math.min(values.length, columns.length) + 1, missing ? columns[values.length] : undefined, `the row has ${values.length} fields, the header ${columns.length}`);
    }
    if (posts.length >= MAX_PLAN_POSTS) throw fail(line, 1, undefined, `a plan holds at most ${MAX_PLAN_POSTS} posts; this is post ${posts.length + 1}`, 'tooManyPosts');
    const input: Record<string, unknown> = {};
    for (let c = 0; c < columns.length; c += 1) {
      const name = columns[c] as CsvColumn;
      const v = unguardCsvCell(values[c] as string);
      switch (name) {
        case 'priority':
          if (v !== '') input.priority = /^\d{1,4}$/.test(v) ? Number(v) : v;
          break;
        case 'observanceId':
          input.observanceId = v === '' ? null : v;
          break;
        case 'callToAction':
          if (v !== '') input.callToAction = v;
          break;
        case 'links':
          input.links = v === '' ? [] : v.split(' ');
          break;
        case 'media':
        case 'history':
          if (v === '') input[name] = [];
          else {
            try {
              input[name] = JSON.parse(v) as unknown;
            } catch {
              throw fail(lines[c] as number, c + 1, name, `${name} must be JSON (an array), got ${describeValue(v.slice(0, 40))}`);
            }
          }
          break;
        case "at":
        case "format":
        case "id":
        case "language":
        case "localTime":
        case "objectiveType":
        case "pillar":
        case "platform":
        case "status":
        case "text":
          input[name] = v;
      }
    }
    let post: PlannedPost;
    try {
      post = parseWithSchema(PlannedPostSchema, input, { name: 'post' });
    } catch (error) {
      const issue = (error as ValidationError).issues[0];
      const name = issue?.path[0];
      const c = columns.indexOf(name as CsvColumn);
      throw fail(c < 0 ? line : (lines[c] as number), c + 1, c < 0 ? String(name ?? 'row') : (name as string), issue?.message ?? 'invalid post');
    }
    const at = input.at as string;
    const offset = writtenOffset(at);
    if (offset !== null) {
      const wall = new Date(post.at.getTime() + offset * MINUTE_MS);
      const local = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
      if (local !== post.localTime) {
        const c = columns.indexOf('localTime');
        throw fail(lines[c] as number, c + 1, 'localTime', `'${post.localTime}' is not the local time of at (${at} is ${local} at its offset)`);
      }
    }
    if (ids.has(post.id)) {
      const c = columns.indexOf('id');
      throw fail(lines[c] as number, c + 1, 'id', `the id '${post.id}' appears on an earlier line`);
    }
    ids.add(post.id);
    posts.push(post);
  }
  return posts;
}
