import { createReadStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { StringDecoder } from 'node:string_decoder';
import { parse } from 'csv-parse';
import { countAt, countCell, PlainCsvSplitter } from './plain-csv.js';

/** The kpi record fields a column can map to, with how a cell is read. */
export const RECORD_FIELDS = Object.freeze({
  id: 'text', platform: 'text', publishedAt: 'text', impressions: 'count', reach: 'count', engagements: 'count', clicks: 'count',
  conversions: 'optionalCount', cost: 'money', revenue: 'money', currency: 'text', pillar: 'text', format: 'text', persona: 'text',
} as const);

/** A field of {@link RECORD_FIELDS}. */
export type RecordField = keyof typeof RECORD_FIELDS;

const REQUIRED: readonly RecordField[] = ['platform', 'publishedAt', 'impressions', 'reach', 'engagements', 'clicks'];

/** Bad input in a file: its line and, where known, its column. */
export class InputError extends Error {
  /**
   * @param message - what is wrong, with the place
   * @param line - the line (from 1), or null
   */
  constructor(message: string, readonly line: number | null) {
    super(message);
    this.name = 'InputError';
  }
}

/** What the reader tells about the file as it goes. */
export interface ReadState {
  /** Bytes read so far. */
  bytes: number;
  /** The file's size in bytes (0 when unknown). */
  total: number;
  /** The line of the last record yielded. */
  line: number;
  /** The column names of a CSV file (empty for JSON). */
  header: string[];
  /** The file's column (or key) of each mapped field. */
  columns: Partial<Record<RecordField, string>>;
  /** Rows the CSV parser skipped as malformed (with `skipInvalid`): their lines and reasons. */
  malformed: { line: number; reason: string }[];
  /** Index → line breakpoints, for {@link lineOf} (NDJSON and JSON; a CSV's lines are found by {@link linesOf}). */
  breaks: [number, number][];
  /** The CSV delimiter found. */
  delimiter: string;
}

/** Options of {@link readRecords}. */
export interface ReadOptions {
  /** `field → column` overrides of the default column names (the field names). */
  map: Partial<Record<RecordField, string>>;
  /** Skip malformed CSV rows instead of stopping at the first. */
  skipInvalid: boolean;
  /** Records per yielded batch (default 8192). */
  batchSize?: number;
  /** With `--platform`: rows are read keyed by their own headers (no required columns, no `map`, empty cells left out) and each batch goes through this (`first` is the index of its first row). */
  rows?: (batch: Record<string, unknown>[], first: number) => Record<string, unknown>[];
}

/**
 * The line of the record at an index.
 *
 * @param state - the reader's state
 * @param index - the record's index (from 0)
 * @returns its line
 */
export function lineOf(state: ReadState, index: number): number {
  let lo = 0;
  let hi = state.breaks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((state.breaks[mid] as [number, number])[0] <= index) lo = mid;
    else hi = mid - 1;
  }
  const [i, line] = state.breaks[lo] ?? [0, 1];
  return line + (index - i);
}

function cell(kind: (typeof RECORD_FIELDS)[RecordField], value: string): unknown {
  // An empty cell is null: kpi keeps a count a platform never reports (X's reach) as null, not 0.
  if (value === '') return null;
  if (kind === 'count' || kind === 'optionalCount') return countCell(value);
  return value;
}

/**
 * The format of a file, from its extension: `'csv'`, `'ndjson'` (`.ndjson`, `.jsonl`) or `'json'`.
 *
 * @param path - the file's path
 * @returns the format, or null for an unknown extension
 */
export function formatOf(path: string): 'csv' | 'ndjson' | 'json' | null {
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.tsv')) return 'csv';
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson';
  if (lower.endsWith('.json')) return 'json';
  return null;
}

/**
 * Creates the state of a read of a file.
 *
 * @param path - the file's path
 * @returns a fresh state
 */
export function newState(path: string): ReadState {
  let total = 0;
  try {
    total = statSync(path).size;
  } catch {
    total = 0;
  }
  return { bytes: 0, total, line: 0, header: [], columns: {}, malformed: [], breaks: [], delimiter: ',' };
}

/**
 * Reads kpi records from a CSV, NDJSON or JSON file. CSV and NDJSON are read
 * as streams (a 1 GB export is never loaded whole); a JSON array is loaded
 * whole. CSV columns map to record fields by name (`--map field=Header`
 * overrides), a UTF-8 BOM and CRLF line ends are read as well.
 *
 * @param path - the file
 * @param options - the column map and whether malformed CSV rows are skipped
 * @param state - filled in as the file is read
 * @yields the records in batches (arrays of at most `batchSize`), in file order
 */
export async function* readRecords(path: string, options: ReadOptions, state: ReadState): AsyncGenerator<Record<string, unknown>[]> {
  const size = options.batchSize ?? 8192;
  const format = formatOf(path);
  const keyOf = (field: RecordField): string => options.map[field] ?? field;
  const convert = options.rows;
  if (convert !== undefined) {
    let first = 0;
    for await (const batch of readRecords(path, { map: {}, skipInvalid: options.skipInvalid, batchSize: size, raw: true } as ReadOptions, state)) {
      yield convert(batch, first);
      first += batch.length;
    }
    return;
  }
  const keyed = (options as { raw?: boolean }).raw === true;
  if (format === 'json') {
    const text = await readFile(path, 'utf8');
    state.bytes = state.total;
    let data: unknown;
    try {
      data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
      throw new InputError(`${path}: not valid JSON (${(error as Error).message})`, null);
    }
    if (!Array.isArray(data)) throw new InputError(`${path}: a JSON file must hold an array of records`, null);
    state.breaks.push([0, 1]);
    const all = data as unknown[];
    for (let i = 0; i < all.length; i += size) yield all.slice(i, i + size).map((item) => (keyed ? asRow(item) : rename(item, keyOf)));
    return;
  }
  const delimiter = format === 'csv' ? await sniffDelimiter(path) : ',';
  state.delimiter = delimiter;
  const stream = createReadStream(path);
  stream.on('data', (chunk) => (state.bytes += chunk.length));
  if (format === 'ndjson') {
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    let line = 0;
    let index = 0;
    let batch: Record<string, unknown>[] = [];
    for await (const raw of lines) {
      line += 1;
      const text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      if (text.trim() === '') continue;
      let item: unknown;
      try {
        item = JSON.parse(text);
      } catch (error) {
        throw new InputError(`${path}:${String(line)}: not valid JSON (${(error as Error).message})`, line);
      }
      if (state.breaks.length === 0 || lineOf(state, index) !== line) state.breaks.push([index, line]);
      state.line = line;
      index += 1;
      batch.push(keyed ? asRow(item) : rename(item, keyOf));
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
    return;
  }
  const fields: [RecordField, number, (typeof RECORD_FIELDS)[RecordField]][] = [];
  const takeHeader = (record: string[]): void => {
    state.header = record;
    if (keyed) return;
    const missing: string[] = [];
    for (const field of Object.keys(RECORD_FIELDS) as RecordField[]) {
      const column = record.indexOf(keyOf(field));
      if (column >= 0) {
        fields.push([field, column, RECORD_FIELDS[field]]);
        state.columns[field] = keyOf(field);
      } else if (REQUIRED.includes(field)) missing.push(options.map[field] === undefined ? `${field} (map it with --map ${field}=Header)` : `'${keyOf(field)}' for ${field}`);
    }
    if (missing.length > 0) throw new InputError(`${path}:1: the header lacks the columns ${missing.join(', ')}; it has ${record.map((h) => `'${h}'`).join(', ')}`, 1);
  };
  const toRecord = (record: string[]): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    if (keyed) {
      // --platform: keyed by the file's headers, empty cells left out.
      state.header.forEach((h, i) => {
        const v = record[i] ?? '';
        if (v.trim() !== '') out[h] = v;
      });
      return out;
    }
    for (let f = 0; f < fields.length; f += 1) {
      const [field, column, kind] = fields[f] as [RecordField, number, (typeof RECORD_FIELDS)[RecordField]];
      out[field] = cell(kind, record[column] ?? '');
    }
    return out;
  };
  if (keyed) {
    // --platform reads through csv-parse alone (the fast path fills record fields, not the file's headers).
    stream.destroy();
    yield* parseCsv(path, options, state, { skip: 0, takeHeader, toRecord, header: false });
    return;
  }
  // The fast path first: plain text (no quote, one line end, rows of the header's length) is split here.
  // At the first thing it does not handle it stops, and csv-parse re-reads the file from the start,
  // skipping the records already given (identical, since they were plain), so errors keep csv-parse's lines.
  // Per column of the file: the index in `fields` it fills, or -1; read from the line's offsets (no split, no substring for a count).
  let slots: Int32Array = new Int32Array(0);
  let values: unknown[] = [];
  const fromLine = (line: string, width: number): Record<string, unknown> | null => {
    if (slots.length !== width) return null;
    let from = 0;
    let column = 0;
    for (;;) {
      let to = line.indexOf(delimiter, from);
      const last = to < 0;
      if (last) to = line.length;
      if (column < width) {
        const slot = slots[column] ?? -1;
        if (slot >= 0) {
          const kind = (fields[slot] as [RecordField, number, (typeof RECORD_FIELDS)[RecordField]])[2];
          values[slot] = kind === 'count' || kind === 'optionalCount' ? countAt(line, from, to) : to === from ? null : line.slice(from, to);
        }
      }
      column += 1;
      if (last) break;
      from = to + 1;
    }
    if (column !== width) return null;
    const out: Record<string, unknown> = {};
    for (let f = 0; f < fields.length; f += 1) out[(fields[f] as [RecordField, number, unknown])[0]] = values[f];
    return out;
  };
  const splitter = new PlainCsvSplitter(delimiter, fromLine, (header) => {
    takeHeader(header);
    slots = new Int32Array(header.length).fill(-1);
    // Two fields mapped to one column: csv-parse's path builds those records (`fromLine` fills one slot per column).
    fields.forEach(([, column], f) => (slots[column] = slots[column] === -1 ? f : -2));
    if (slots.includes(-2)) slots = new Int32Array(0);
    values = new Array<unknown>(fields.length).fill(null);
  });
  const decoder = new StringDecoder('utf8');
  let given = 0;
  let plain = true;
  try {
    let batch: Record<string, unknown>[] = [];
    const rows: Record<string, unknown>[] = [];
    const take = (): void => {
      for (const row of rows) batch.push(row);
      given += rows.length;
      rows.length = 0;
    };
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (!splitter.push(decoder.write(chunk), rows)) {
        plain = false;
        break;
      }
      take();
      if (batch.length >= size) {
        state.line = given + 1;
        for (let i = 0; i < batch.length; i += size) yield batch.slice(i, i + size);
        batch = [];
      }
    }
    if (plain && !(splitter.push(decoder.end(), rows) && splitter.end(rows))) plain = false;
    if (plain) take();
    // Records of earlier pieces are given even when the text then needs csv-parse (it skips them).
    if (batch.length > 0) {
      state.line = given + 1;
      for (let i = 0; i < batch.length; i += size) yield batch.slice(i, i + size);
    }
  } finally {
    stream.destroy();
  }
  if (plain) return;
  yield* parseCsv(path, options, state, { skip: given, takeHeader, toRecord, header: state.header.length > 0 });
}

/**
 * The csv-parse path of {@link readRecords}, from the start of the file,
 * skipping the `skip` records the fast path gave already.
 *
 * @param path - the file
 * @param options - the reader's options
 * @param state - the reader's state
 * @param how - records to skip, and the header and record builders
 * @param how.skip - records already given
 * @param how.takeHeader - reads the header
 * @param how.toRecord - builds a record
 * @param how.header - whether the fast path read the header already
 * @yields batches of records
 */
async function* parseCsv(
  path: string,
  options: ReadOptions,
  state: ReadState,
  how: { skip: number; takeHeader: (record: string[]) => void; toRecord: (record: string[]) => Record<string, unknown>; header: boolean },
): AsyncGenerator<Record<string, unknown>[]> {
  const size = options.batchSize ?? 8192;
  const delimiter = state.delimiter;
  const stream = createReadStream(path);
  state.bytes = 0;
  stream.on('data', (chunk) => (state.bytes += chunk.length));
  let first = true;
  // No `info` per record (it costs three times the parse): the lines of the few records an error names are found afterwards by linesOf.
  const parser = stream.pipe(parse({ bom: true, skip_empty_lines: true, skip_records_with_error: options.skipInvalid, delimiter }));
  parser.on('skip', (error: Error & { lines?: number }) => state.malformed.push({ line: error.lines ?? 0, reason: error.message }));
  let index = 0;
  // Records are read from the parser synchronously, a batch at a time: no promise per row.
  let ended = false;
  const failed: { error: Error | null } = { error: null };
  let wake: () => void = () => undefined;
  parser.on('readable', () => {
    wake();
  });
  parser.on('end', () => {
    ended = true;
    wake();
  });
  parser.on('error', (error: Error) => {
    failed.error = error;
    wake();
  });
  try {
    for (;;) {
      const batch: Record<string, unknown>[] = [];
      let record = parser.read() as string[] | null;
      while (record !== null) {
        if (first) {
          first = false;
          if (!how.header) how.takeHeader(record);
        } else if (index < how.skip) index += 1;
        else {
          batch.push(how.toRecord(record));
          index += 1;
        }
        if (batch.length >= size) break;
        record = parser.read() as string[] | null;
      }
      if (batch.length > 0) {
        state.line = index + 1;
        yield batch;
        continue;
      }
      if (failed.error !== null) throw failed.error;
      if (ended) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const e = error as Error & { lines?: number; code?: string };
    if (typeof e.code === 'string' && e.code.startsWith('CSV_')) throw new InputError(`${path}:${String(e.lines ?? '?')}: malformed CSV: ${e.message}`, e.lines ?? null);
    throw error;
  } finally {
    stream.destroy();
  }
}

/**
 * The delimiter of a CSV file, from its first line: `';'` when it has more
 * semicolons than commas (French Excel), a tab for `.tsv`, else `','`.
 *
 * @param path - the file
 * @returns the delimiter
 */
async function sniffDelimiter(path: string): Promise<string> {
  if (path.toLowerCase().endsWith('.tsv')) return '\t';
  const stream = createReadStream(path, { start: 0, end: 65_535, encoding: 'utf8' });
  let head = '';
  for await (const chunk of stream) {
    head += chunk as string;
    if (head.includes('\n')) break;
  }
  stream.destroy();
  const first = head.split(/\r?\n/)[0] ?? '';
  const count = (c: string): number => first.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

function asRow(item: unknown): Record<string, unknown> {
  return typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as Record<string, unknown>) : { value: item };
}

function rename(item: unknown, keyOf: (field: RecordField) => string): Record<string, unknown> {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return { value: item };
  const source = item as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of Object.keys(RECORD_FIELDS) as RecordField[]) {
    const key = keyOf(field);
    if (Object.hasOwn(source, key)) out[field] = source[key];
  }
  return out;
}

/**
 * The lines of records given by their index in the file (from 0, the header
 * not counted): for NDJSON and JSON from the reader's state, for CSV by a
 * second pass of the parser with its per-record info (quoted fields can
 * span lines), run only when some record needs its line.
 *
 * @param path - the file
 * @param state - the state of the first read
 * @param indexes - the records' indexes
 * @returns index → line
 */
export async function linesOf(path: string, state: ReadState, indexes: readonly number[]): Promise<Map<number, number>> {
  const found = new Map<number, number>();
  if (indexes.length === 0) return found;
  if (formatOf(path) !== 'csv') {
    for (const i of indexes) found.set(i, lineOf(state, i));
    return found;
  }
  const wanted = new Set(indexes);
  const last = Math.max(...indexes);
  const stream = createReadStream(path);
  const parser = stream.pipe(parse({ bom: true, info: true, skip_empty_lines: true, skip_records_with_error: true, delimiter: state.delimiter }));
  // Chunk 0 is the header; chunk n is the record of index n - 1.
  let chunkNo = 0;
  try {
    for await (const chunk of parser as AsyncIterable<{ info: { lines: number } }>) {
      const index = chunkNo - 1;
      if (index >= 0 && wanted.has(index)) found.set(index, chunk.info.lines);
      chunkNo += 1;
      if (index >= last) break;
    }
  } finally {
    stream.destroy();
  }
  return found;
}
