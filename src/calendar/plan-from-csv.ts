import { type ValidationError } from '../core/index.js';
import { describeValue, invalid, parseWithSchema } from '../core/internal.js';
import { CSV_COLUMNS, type CsvColumn } from './csv-columns.js';
import { PlannedPostSchema, type PlannedPost } from './planned-post.js';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** One field as read, with where it starts. */
interface Field {
  value: string;
  line: number;
}

function fail(line: number, column: number, name: string | undefined, message: string): ValidationError {
  return invalid('invalidCsv', `Line ${line}, column ${column}${name === undefined ? '' : ` (${name})`}: ${message}`, [line, name ?? column]);
}

/**
 * Splits CSV text into records of fields (RFC 4180: quoted fields may hold
 * the delimiter, doubled quotes, CR and LF; records end in CRLF, LF or CR).
 * One pass, character by character: linear time.
 *
 * @param text - the text, without a byte order mark
 * @param delimiter - the delimiter's char code
 * @returns the records, blank lines left out
 * @throws {ValidationError} for an unterminated quote, a quote inside an unquoted field, or text after a closing quote
 */
function readRecords(text: string, delimiter: number): Field[][] {
  const records: Field[][] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const record: Field[] = [];
    for (;;) {
      const start = line;
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        const parts: string[] = [];
        let from = i + 1;
        let j = from;
        for (;;) {
          if (j >= n) throw fail(start, record.length + 1, undefined, 'a quoted field has no closing quote');
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
          if (c === LF || (c === CR && text.charCodeAt(j + 1) !== LF)) line += 1;
          j += 1;
        }
        value = parts.join('');
        i = j;
        const next = text.charCodeAt(i);
        if (i < n && next !== delimiter && next !== CR && next !== LF) {
          throw fail(line, record.length + 1, undefined, `text after the closing quote (${describeValue(text.slice(i, i + 10))}); double a quote inside a quoted field`);
        }
      } else {
        let j = i;
        for (; j < n; j += 1) {
          const c = text.charCodeAt(j);
          if (c === delimiter || c === CR || c === LF) break;
          if (c === QUOTE) throw fail(line, record.length + 1, undefined, 'a double quote inside an unquoted field; quote the field and double the quote');
        }
        value = text.slice(i, j);
        i = j;
      }
      record.push({ value, line: start });
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === delimiter) {
        i += 1;
        if (i >= n) record.push({ value: '', line });
        else continue;
        break;
      }
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line += 1;
      break;
    }
    if (!(record.length === 1 && record[0]?.value === '')) records.push(record);
  }
  return records;
}

function json(field: Field, column: number, name: CsvColumn): unknown {
  try {
    return JSON.parse(field.value) as unknown;
  } catch {
    throw fail(field.line, column, name, `${name} must be JSON (an array), got ${describeValue(field.value.slice(0, 40))}`);
  }
}

/**
 * Reads the posts of a plan's CSV back (what `planToCsv` writes, or a file
 * edited in a spreadsheet): RFC 4180 fields (quoted fields may hold the
 * delimiter, doubled quotes, CRLF and LF), records ending in CRLF, LF or CR,
 * blank lines skipped, an optional UTF-8 byte order mark. The delimiter
 * (`,`, `;` or tab) is the first one in the header row, whose columns may
 * come in any order. Each row is checked with `PlannedPostSchema`, and its
 * `localTime` must match the time of day written in `at`. One pass, linear
 * time. `planFromCsv(planToCsv(plan))` equals `plan.posts`.
 *
 * @param text - the CSV text
 * @returns the posts, in the file's order
 * @throws {ValidationError} naming the line and column of the first bad field (`path` is `[line, column name]`): a missing or unknown column, a row with too many or too few fields, a value the schema refuses, a repeated id, a broken quote
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
  const records = readRecords(body, delimiter);
  const header = records[0] ?? [];
  const columns: CsvColumn[] = [];
  for (let c = 0; c < header.length; c += 1) {
    const name = (header[c] as Field).value;
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) throw fail(1, c + 1, undefined, `unknown column ${describeValue(name.slice(0, 40))}; the columns are ${CSV_COLUMNS.join(', ')}`);
    if (columns.includes(name as CsvColumn)) throw fail(1, c + 1, name, 'the column appears twice');
    columns.push(name as CsvColumn);
  }
  for (const name of ['id', 'platform', 'at', 'localTime', 'pillar', 'format', 'objectiveType', 'language', 'text'] as const) {
    if (!columns.includes(name)) throw fail(1, columns.length + 1, name, `the header lacks the column '${name}'`);
  }
  const posts: PlannedPost[] = [];
  const ids = new Set<string>();
  for (let r = 1; r < records.length; r += 1) {
    const record = records[r] as Field[];
    const line = (record[0] as Field).line;
    if (record.length !== columns.length) {
      const missing = record.length < columns.length;
      const last = record[record.length - 1] as Field;
      throw fail(missing ? last.line : line, Math.min(record.length, columns.length) + 1, missing ? columns[record.length] : undefined, `the row has ${record.length} fields, the header ${columns.length}`);
    }
    const input: Record<string, unknown> = {};
    for (let c = 0; c < columns.length; c += 1) {
      const name = columns[c] as CsvColumn;
      const field = record[c] as Field;
      const v = field.value;
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
          input[name] = v === '' ? [] : json(field, c + 1, name);
          break;
        default:
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
      const where = c < 0 ? undefined : (record[c] as Field);
      throw fail(where?.line ?? line, c + 1, c < 0 ? String(name ?? 'row') : (name as string), issue?.message ?? 'invalid post');
    }
    const at = input.at as string;
    // 'YYYY-MM-DDTHH:mm' then an offset: the time of day as written.
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?[+-]\d{2}:\d{2}$/.test(at) && at.slice(11, 16) !== post.localTime) {
      const c = columns.indexOf('localTime');
      throw fail((record[c] as Field).line, c + 1, 'localTime', `'${post.localTime}' is not the time of at (${at})`);
    }
    if (ids.has(post.id)) {
      const c = columns.indexOf('id');
      throw fail((record[c] as Field).line, c + 1, 'id', `the id '${post.id}' appears on an earlier line`);
    }
    ids.add(post.id);
    posts.push(post);
  }
  return posts;
}
