/**
 * The `socialkit` command for analysts: summarize a large export, write a
 * report, measure a post's text, export a plan as iCalendar and CSV. It is
 * the package's `bin` and the only part of socialkit that does I/O; its CSV
 * parser (csv-parse) is bundled into its own build. See docs/cli.md.
 *
 * Exit codes: 0 done, 1 bad input (a malformed file or row, a text too long),
 * 2 usage (an unknown command or option, a missing argument).
 *
 * @module
 */
import { realpathSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isPlatformId, SocialKitError, ValidationError } from '../core/index.js';
import { measureText } from '../editorial/index.js';
import { parsePlan, planToCsv, toICalendar } from '../calendar/index.js';
import { platformMetrics, summarize, type SummaryRecord, type SummaryResult, type SummaryRow } from '../kpi/index.js';
import { buildReport, reportToCsv, reportToHtml, reportToJson, reportToMarkdown } from '../report/index.js';
import { formatOf, InputError, linesOf, newState, RECORD_FIELDS, readRecords, type ReadOptions, type ReadState, type RecordField } from './read-records.js';
import { summarizeFile } from './summarize-file.js';
import { platformRows } from './platform-records.js';

/** Where the command reads and writes: the process's streams, or a test's. */
export interface CliIo {
  /** Standard input (the text of `measure` when none is given). */
  stdin: AsyncIterable<string | Buffer>;
  /** Standard output. */
  stdout: { write(text: string): unknown };
  /** Standard error; a progress bar is drawn only when `isTTY` is true. */
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** The clock, for `calendar`'s `DTSTAMP` when `--now` is not given. */
  now?: () => Date;
}

class UsageError extends Error {}

const HELP: Record<string, string> = {
  main: `socialkit: KPI summaries, reports, text measures and calendar exports from the command line.

Usage: socialkit <command> [options]

Commands:
  summarize <file.csv|file.ndjson|file.json>   group posts and sum their metrics
  report <file>                                 write a KPI report (HTML, Markdown, JSON or CSV)
  measure --platform <id> [text]                measure a post's text against the platform's limit
  calendar <plan.json>                          export a plan as iCalendar and CSV

Run socialkit <command> --help for a command's options.
Exit codes: 0 done, 1 bad input, 2 usage.
`,
  summarize: `Usage: socialkit summarize <file.csv|file.ndjson|file.json> --by platform,week --tz Europe/Paris [options]

Groups the posts of an export and sums their metrics (ratio-of-sums rates). CSV and NDJSON are streamed.
Options:
  --by <dims>           dimensions, comma-separated: platform, day, week, month, pillar, format, persona…
  --tz <zone>           IANA zone of the day, week and month buckets
  --currency <code>     ISO 4217 currency of cost and revenue
  --format <f>          table (default), csv or json
  --map field=Header    read a field from another column (repeatable): --map reach=Reach
  --platform <id>       the file is that platform's native export (instagram, facebook, x, linkedin, tiktok…):
                        its headers are read by kpi's platformMetrics catalogue, likes + comments + shares + saves
                        summed into engagements, a metric the platform never reports left null; --map overrides
  --exported-at <date>  the export's day YYYY-MM-DD, which decides the platform's current names (default today)
  --skip-invalid        skip malformed rows; count them and list their lines in --invalid-out
  --invalid-out <file>  where the skipped lines go (default <input>.invalid.txt)
  --help                this help
`,
  report: `Usage: socialkit report <file> --period 2027-01-01..2027-03-31 --tz Europe/Paris --out report.html [options]

Builds a KPI report of the period and writes it; the format follows --out's extension (.html, .md, .json, .csv).
Options:
  --period <from..to>   local dates, both included
  --tz <zone>           IANA zone
  --compare <c>         previousPeriod or previousYear
  --out <file>          the report file
  --locale <l>          fr or en (default en)
  --currency <code>     ISO 4217 currency
  --map field=Header    read a field from another column (repeatable)
  --platform <id>       the file is that platform's native export: its headers are the default mapping (see summarize)
  --exported-at <date>  the export's day YYYY-MM-DD (default today)
  --skip-invalid        leave malformed rows out (their lines go to --invalid-out)
  --invalid-out <file>  where the skipped lines go (default <input>.invalid.txt)
  --help                this help
`,
  measure: `Usage: socialkit measure --platform <id> [text]

Measures a text as the platform counts it (X's weighted count, code points elsewhere); reads standard input without a text.
Exit code 1 when the text is over the limit.
Options:
  --platform <id>       x, instagram, facebook, linkedin, tiktok, threads, bluesky, mastodon…
  --json                print the measure as JSON
  --help                this help
`,
  calendar: `Usage: socialkit calendar <plan.json> --ics out.ics [--csv out.csv]

Exports a plan (as planCalendar returns it, in JSON) as iCalendar and as CSV for French Excel (semicolons, BOM).
Options:
  --ics <file>          the iCalendar file
  --csv <file>          the CSV file
  --now <instant>       the DTSTAMP of every event (default: now)
  --name <text>         the calendar's name
  --help                this help
`,
};

const MAP_FIELDS = Object.keys(RECORD_FIELDS) as RecordField[];

function readMap(values: readonly string[] | undefined): Partial<Record<RecordField, string>> {
  const map: Partial<Record<RecordField, string>> = {};
  for (const value of values ?? []) {
    const eq = value.indexOf('=');
    const field = value.slice(0, eq) as RecordField;
    if (eq <= 0 || eq === value.length - 1) throw new UsageError(`--map takes field=Header, got '${value}'`);
    if (!MAP_FIELDS.includes(field)) throw new UsageError(`--map: '${field}' is not a record field (${MAP_FIELDS.join(', ')})`);
    map[field] = value.slice(eq + 1);
  }
  return map;
}

function progress(io: CliIo, state: ReadState): () => void {
  if (io.stderr.isTTY !== true) return () => undefined;
  let last = 0;
  const timer = setInterval(() => {
    if (state.bytes === last) return;
    last = state.bytes;
    const share = state.total > 0 ? Math.min(1, state.bytes / state.total) : 0;
    const width = 30;
    const done = Math.round(share * width);
    io.stderr.write(`\r[${'#'.repeat(done)}${'.'.repeat(width - done)}] ${(share * 100).toFixed(0).padStart(3)} % line ${String(state.line)}`);
  }, 100);
  return () => {
    clearInterval(timer);
    io.stderr.write('\r\x1b[K');
  };
}

/**
 * Rewrites a summarize error about `records[i].field` as `file:line:column`.
 *
 * @param error - what was thrown
 * @param path - the input file
 * @param state - the reader's state (lines and columns)
 * @returns the error to report
 */
async function locate(error: unknown, path: string, state: ReadState): Promise<unknown> {
  if (!(error instanceof ValidationError)) return error;
  const issue = error.issues[0];
  const where = issue?.path ?? [];
  if (where[0] !== 'records' || typeof where[1] !== 'number') return error;
  const line = (await linesOf(path, state, [where[1]])).get(where[1]) ?? where[1] + 2;
  const field = typeof where[2] === 'string' ? where[2] : undefined;
  const header = field === undefined ? undefined : (state.columns[field as RecordField] ?? field);
  const column = header === undefined ? -1 : state.header.indexOf(header);
  const place = column >= 0 ? `${path}:${String(line)}:${String(column + 1)} (column '${header ?? ''}')` : `${path}:${String(line)}${header === undefined ? '' : ` (field '${header}')`}`;
  return new InputError(`${place}: ${error.issues.map((i) => i.message).join('; ')}`, line);
}

const num = (x: number | null): string => (x === null ? '' : String(x));
const SUMMARY_COLUMNS = ['posts', 'impressions', 'reach', 'engagements', 'clicks', 'conversions', 'cost', 'revenue', 'engagementRateByReach', 'engagementRateByImpressions', 'ctr', 'cpc', 'cpm', 'cpa', 'roas', 'roi'] as const;

function summaryCells(row: SummaryRow): string[] {
  return SUMMARY_COLUMNS.map((c) => {
    const v = row[c];
    if (v === null) return '';
    return typeof v === 'number' ? num(v) : v.toFixed();
  });
}

function renderSummary(result: SummaryResult, by: readonly string[], format: string): string {
  if (format === 'json') {
    return `${JSON.stringify({ currency: result.currency, skipped: result.skipped, rows: result.rows.map((r) => ({ key: r.key, ...Object.fromEntries(SUMMARY_COLUMNS.map((c, i) => [c, summaryCells(r)[i] === '' ? null : typeof r[c] === 'number' ? r[c] : summaryCells(r)[i]])) })) }, null, 2)}\n`;
  }
  const head = [...by, ...SUMMARY_COLUMNS];
  const rows = result.rows.map((r) => [...by.map((d) => r.key[d] ?? ''), ...summaryCells(r)]);
  if (format === 'csv') {
    const q = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : /^[=+\-@\t\r']/.test(s) && Number.isNaN(Number(s)) ? `'${s}` : s);
    return `${[head, ...rows].map((r) => r.map(q).join(',')).join('\r\n')}\r\n`;
  }
  // Rates to four significant digits on screen; counts and money as they are.
  const rates = new Set(['engagementRateByReach', 'engagementRateByImpressions', 'ctr', 'roas', 'roi'].map((c) => by.length + SUMMARY_COLUMNS.indexOf(c as (typeof SUMMARY_COLUMNS)[number])));
  const shown = rows.map((r) => r.map((c, i) => (rates.has(i) && c !== '' ? String(Number(Number(c).toPrecision(4))) : c)));
  const widths = head.map((h, i) => Math.max(h.length, ...shown.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string => r.map((c, i) => (i < by.length ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return `${[line(head), line(widths.map((w) => '-'.repeat(w))), ...shown.map(line)].join('\n')}\n`;
}

async function writeInvalid(io: CliIo, input: string, out: string | undefined, lines: { line: number; reason: string }[], skipped: number): Promise<void> {
  if (skipped === 0) return;
  const file = out ?? `${input}.invalid.txt`;
  const sorted = [...lines].sort((a, b) => a.line - b.line);
  await writeFile(file, sorted.map((l) => `line ${String(l.line)}: ${l.reason}`).join('\n') + '\n');
  io.stderr.write(`${String(skipped)} invalid rows skipped; their lines are in ${file}${skipped > sorted.length ? ` (the first ${String(sorted.length)})` : ''}\n`);
}

/**
 * `--platform <id>` and `--exported-at <date>`: the reader's hook that maps the platform's native export headers
 * (kpi's `platformMetrics`, through `normalizeMetrics`); `--map` still overrides.
 *
 * @param platform - the `--platform` value
 * @param exportedAt - the `--exported-at` value (default: today, UTC)
 * @param map - the `--map` overrides
 * @param skipInvalid - `--skip-invalid`
 * @returns `{ rows }` for the reader, or nothing without `--platform`
 */
function platformOption(platform: string | undefined, exportedAt: string | undefined, map: Partial<Record<RecordField, string>>, skipInvalid: boolean): Pick<ReadOptions, 'rows'> {
  if (platform === undefined) {
    if (exportedAt !== undefined) throw new UsageError('--exported-at goes with --platform');
    return {};
  }
  if (!isPlatformId(platform)) throw new UsageError(`--platform: '${platform}' is not a platform id (${Object.keys(platformMetrics).join(', ')})`);
  const day = exportedAt ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new UsageError(`--exported-at is the export's day YYYY-MM-DD, got '${day}'`);
  return { rows: platformRows({ platform, exportedAt: day, map, skipInvalid }) };
}

async function summarizeCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      by: { type: 'string' }, tz: { type: 'string' }, currency: { type: 'string' }, format: { type: 'string' }, map: { type: 'string', multiple: true },
      platform: { type: 'string' }, 'exported-at': { type: 'string' },
      'skip-invalid': { type: 'boolean' }, 'invalid-out': { type: 'string' }, help: { type: 'boolean' },
    },
  });
  if (values.help === true) return help(io, 'summarize');
  const [input, ...rest] = positionals;
  if (input === undefined || rest.length > 0) throw new UsageError('summarize takes one file: socialkit summarize <file.csv|file.ndjson|file.json> --by platform,week --tz Europe/Paris');
  if (formatOf(input) === null) throw new UsageError(`${input}: the file must end in .csv, .tsv, .ndjson, .jsonl or .json`);
  const format = values.format ?? 'table';
  if (!['table', 'csv', 'json'].includes(format)) throw new UsageError(`--format is table, csv or json, got '${format}'`);
  const by = values.by === undefined ? [] : values.by.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  const skip = values['skip-invalid'] === true;
  const state = newState(input);
  const stop = progress(io, state);
  let result: SummaryResult;
  try {
    result = await summarizeFile(input, {
      by,
      map: readMap(values.map),
      skipInvalid: skip,
      ...platformOption(values.platform, values['exported-at'], readMap(values.map), skip),
      ...(values.tz === undefined ? {} : { timeZone: values.tz }),
      ...(values.currency === undefined ? {} : { currency: values.currency }),
    }, state);
  } catch (error) {
    throw await locate(error, input, state);
  } finally {
    stop();
  }
  io.stdout.write(renderSummary(result, by, format));
  const lines = await linesOf(input, state, result.invalid.map((i) => i.index));
  const invalid = [...state.malformed, ...result.invalid.map((i) => ({ line: lines.get(i.index) ?? i.index + 2, reason: i.reason }))];
  await writeInvalid(io, input, values['invalid-out'], invalid, result.skipped + state.malformed.length);
  return 0;
}

async function reportCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      period: { type: 'string' }, tz: { type: 'string' }, compare: { type: 'string' }, out: { type: 'string' }, locale: { type: 'string' }, currency: { type: 'string' },
      map: { type: 'string', multiple: true }, 'skip-invalid': { type: 'boolean' }, 'invalid-out': { type: 'string' }, help: { type: 'boolean' },
      platform: { type: 'string' }, 'exported-at': { type: 'string' },
    },
  });
  if (values.help === true) return help(io, 'report');
  const [input, ...rest] = positionals;
  if (input === undefined || rest.length > 0) throw new UsageError('report takes one file: socialkit report <file> --period 2027-01-01..2027-03-31 --tz Europe/Paris --out report.html');
  if (formatOf(input) === null) throw new UsageError(`${input}: the file must end in .csv, .tsv, .ndjson, .jsonl or .json`);
  const match = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(values.period ?? '');
  if (match === null) throw new UsageError(`--period is from..to in local dates, such as 2027-01-01..2027-03-31${values.period === undefined ? '' : `, got '${values.period}'`}`);
  if (values.tz === undefined) throw new UsageError('--tz is required, an IANA zone such as Europe/Paris');
  if (values.out === undefined) throw new UsageError('--out is required: report.html, report.md, report.json or report.csv');
  const out = values.out;
  const kind = /\.(html?|md|json|csv)$/i.exec(out)?.[1]?.toLowerCase();
  if (kind === undefined) throw new UsageError(`--out must end in .html, .md, .json or .csv, got '${out}'`);
  if (values.compare !== undefined && values.compare !== 'previousPeriod' && values.compare !== 'previousYear') throw new UsageError(`--compare is previousPeriod or previousYear, got '${values.compare}'`);
  if (values.locale !== undefined && values.locale !== 'fr' && values.locale !== 'en') throw new UsageError(`--locale is fr or en, got '${values.locale}'`);
  const skip = values['skip-invalid'] === true;
  const state = newState(input);
  const stop = progress(io, state);
  const records: SummaryRecord[] = [];
  const invalid: { line: number; reason: string }[] = [];
  try {
    let index = 0;
    for await (const batch of readRecords(input, { map: readMap(values.map), skipInvalid: skip, ...platformOption(values.platform, values['exported-at'], readMap(values.map), skip) }, state)) for (const record of batch) {
      if (skip) {
        const check = summarize([record as SummaryRecord], { onInvalid: 'skip', ...(values.currency === undefined ? {} : { currency: values.currency }) });
        if (check.skipped > 0) invalid.push({ line: index, reason: check.invalid[0]?.reason ?? 'invalid' });
        else records.push(record as SummaryRecord);
      } else records.push(record as SummaryRecord);
      index += 1;
    }
    const report = buildReport({
      records,
      period: { from: match[1] as string, to: match[2] as string },
      timeZone: values.tz,
      ...(values.compare === undefined ? {} : { comparePeriod: values.compare }),
      ...(values.locale === undefined ? {} : { locale: values.locale }),
      ...(values.currency === undefined ? {} : { currency: values.currency }),
    });
    const text = kind === 'md' ? reportToMarkdown(report) : kind === 'json' ? reportToJson(report) : kind === 'csv' ? reportToCsv(report) : reportToHtml(report);
    await writeFile(out, text);
    io.stdout.write(`${out} written: ${String(report.records.current)} posts in the period, ${String(report.records.previous)} in the comparison period, ${String(report.records.excluded)} outside\n`);
  } catch (error) {
    // Before the report is built, an error names a record index of the file; after, of the records kept.
    throw invalid.length === 0 ? await locate(error, input, state) : error;
  } finally {
    stop();
  }
  // `line` held the record's index until now.
  const lines = await linesOf(input, state, invalid.map((i) => i.line));
  for (const i of invalid) i.line = lines.get(i.line) ?? i.line + 2;
  await writeInvalid(io, input, values['invalid-out'], [...state.malformed, ...invalid], invalid.length + state.malformed.length);
  return 0;
}

async function measureCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { platform: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean' } } });
  if (values.help === true) return help(io, 'measure');
  if (values.platform === undefined) throw new UsageError('measure needs --platform, such as --platform x');
  if (!isPlatformId(values.platform)) throw new UsageError(`--platform: '${values.platform}' is not a platform id`);
  let text: string;
  if (positionals.length > 0) text = positionals.join(' ');
  else {
    let buffer = '';
    for await (const chunk of io.stdin) buffer += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    text = buffer.replace(/\r?\n$/, '');
  }
  const m = measureText(text, values.platform);
  if (values.json === true) io.stdout.write(`${JSON.stringify(m)}\n`);
  else io.stdout.write(`${String(m.length)}/${String(m.limit)} (${m.method}): ${m.valid ? `fits, ${String(m.remaining)} left` : `${String(-m.remaining)} too many`}\n`);
  return m.valid ? 0 : 1;
}

async function calendarCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ics: { type: 'string' }, csv: { type: 'string' }, now: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help === true) return help(io, 'calendar');
  const [input, ...rest] = positionals;
  if (input === undefined || rest.length > 0) throw new UsageError('calendar takes one plan file: socialkit calendar <plan.json> --ics out.ics [--csv out.csv]');
  if (values.ics === undefined && values.csv === undefined) throw new UsageError('calendar needs --ics <file>, --csv <file> or both');
  let data: unknown;
  try {
    data = JSON.parse(await readFile(input, 'utf8'));
  } catch (error) {
    throw new InputError(`${input}: not a readable JSON plan (${(error as Error).message})`, null);
  }
  const plan = parsePlan(data);
  const now = values.now ?? (io.now ?? (() => new Date()))().toISOString();
  if (values.ics !== undefined) {
    await writeFile(values.ics, toICalendar(plan, { now, ...(values.name === undefined ? {} : { name: values.name }) }));
    io.stdout.write(`${values.ics} written: ${String(plan.posts.length)} events\n`);
  }
  if (values.csv !== undefined) {
    await writeFile(values.csv, planToCsv(plan, { delimiter: ';', bom: true }));
    io.stdout.write(`${values.csv} written: ${String(plan.posts.length)} rows (semicolons and a BOM, for Excel)\n`);
  }
  return 0;
}

function help(io: CliIo, command: string): number {
  io.stdout.write(HELP[command] ?? HELP.main ?? '');
  return 0;
}

const COMMANDS: Record<string, (argv: string[], io: CliIo) => Promise<number>> = {
  summarize: summarizeCommand,
  report: reportCommand,
  measure: measureCommand,
  calendar: calendarCommand,
};

/**
 * Runs the command line: `summarize`, `report`, `measure` or `calendar`.
 *
 * @param argv - the arguments after the program's name
 * @param io - standard input, output and error
 * @returns the exit code: 0 done, 1 bad input, 2 usage
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(HELP.main ?? '');
    return command === undefined ? 2 : 0;
  }
  if (command === '--version') {
    io.stdout.write('socialkit 0.1.0\n');
    return 0;
  }
  const run = COMMANDS[command];
  if (run === undefined) {
    io.stderr.write(`socialkit: unknown command '${command}'\n\n${HELP.main ?? ''}`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true)) {
      io.stderr.write(`socialkit ${command}: ${error.message}\n(socialkit ${command} --help for its options)\n`);
      return 2;
    }
    if (error instanceof InputError || error instanceof SocialKitError) {
      io.stderr.write(`socialkit ${command}: ${error.message}\n`);
      return 1;
    }
    const e = error as NodeJS.ErrnoException;
    if (typeof e.code === 'string' && typeof e.path === 'string') {
      io.stderr.write(`socialkit ${command}: ${e.path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}\n`);
      return 1;
    }
    throw error;
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`socialkit: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
