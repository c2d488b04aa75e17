import { describeValue, invalid, MAX_ISSUES, missingFieldIssue, readOptions } from '../core/internal.js';
import { Decimal, DECIMAL_STRING_PATTERN, money, type Path, ValidationError, type ValidationIssue } from '../core/index.js';
import { type SummaryDimension, type SummaryRow } from '../kpi/index.js';

/** Options for {@link rowsToSummary}. */
export interface RowsToSummaryOptions {
  /** The dimensions the query grouped by, as given to `summarizeSql` (each row has a column per dimension); default `[]`. */
  by?: readonly SummaryDimension[];
}

const COUNTS = ['posts', 'conversions'] as const;
// Metrics a platform may never report: NULL in the row when a post of the group lacks it.
const REPORTED = ['impressions', 'reach', 'engagements', 'clicks'] as const;
const MONEY = ['cost', 'revenue'] as const;
const RATIOS = ['engagementRateByReach', 'engagementRateByImpressions', 'ctr', 'roas', 'roi'] as const;
const PER_UNIT = ['cpc', 'cpm', 'cpa'] as const;
const INTEGER = /^\d{1,16}$/;
const DIMENSION = /^[a-z][A-Za-z0-9]{0,63}$/;

type Issues = ValidationIssue[];

function countOf(value: unknown, path: Path, issues: Issues): number {
  let n = Number.NaN;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'bigint') n = value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= 0n ? Number(value) : Number.NaN;
  else if (typeof value === 'string' && INTEGER.test(value)) n = Number(value);
  if (Number.isSafeInteger(n) && n >= 0) return n;
  issues.push(...invalid('notInteger', `${label(path)} must be a count (a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, as a number, bigint or digit string), got ${describeValue(value)}`, path).issues);
  return 0;
}

function nullableCount(value: unknown, path: Path, issues: Issues): number | null {
  return value === null ? null : countOf(value, path, issues);
}

function moneyOf(value: unknown, path: Path, issues: Issues): Decimal {
  const text = typeof value === 'bigint' ? value.toString() : value;
  if (typeof text === 'number' || typeof text === 'string' || Decimal.isDecimal(text)) {
    try {
      return money(text, { path });
    } catch (error) {
      /* v8 ignore next */
      if (!(error instanceof ValidationError)) throw error;
      issues.push(...error.issues);
      return new Decimal(0);
    }
  }
  issues.push(...invalid('notANumber', `${label(path)} must be a decimal amount (a number, bigint, decimal string or Decimal), got ${describeValue(value)}`, path).issues);
  return new Decimal(0);
}

function ratioOf(value: unknown, path: Path, issues: Issues): number | null {
  if (value === null) return null;
  const n = typeof value === 'number' ? value : typeof value === 'string' && DECIMAL_STRING_PATTERN.test(value) ? Number(value) : Decimal.isDecimal(value) ? value.toNumber() : Number.NaN;
  if (Number.isFinite(n)) return n === 0 ? 0 : n;
  issues.push(...invalid('notANumber', `${label(path)} must be a finite number or null (a zero denominator), got ${describeValue(value)}`, path).issues);
  return null;
}

function perUnitOf(value: unknown, path: Path, issues: Issues): Decimal | null {
  if (value === null) return null;
  return moneyOf(value, path, issues);
}

function label(path: Path): string {
  return `rows[${String(path[1])}].${String(path[2])}`;
}

function readBy(value: unknown, issues: Issues): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) {
    const list: readonly unknown[] = value;
    const by: string[] = [];
    for (let i = 0; i < list.length; i += 1) {
      const name = list[i];
      if (typeof name === 'string' && DIMENSION.test(name)) by.push(name);
      else break;
    }
    if (by.length === list.length) return by;
  }
  issues.push(...invalid('invalidDimension', `options.by must be the dimensions given to summarizeSql, such as ['platform', 'week'], got ${describeValue(value)}`, ['options', 'by']).issues);
  return [];
}

/**
 * Maps the rows of a {@link summarizeSql} query back to `SummaryRow`s, so
 * they can be compared with, or used in place of, `summarize`'s rows.
 *
 * Rules: counts arrive as numbers, bigints (DuckDB `BIGINT`, `HUGEINT`) or
 * digit strings (PostgreSQL `bigint`, `NUMERIC`) and must be safe
 * integers (impressions, reach, engagements and clicks may be `null`: a
 * platform that never reports them); money as numbers, decimal strings (read exactly) or
 * `Decimal`s, returned as `Decimal`; ratios as finite numbers (or numeric
 * strings), or `null`; CPC, CPM and CPA as `Decimal` or `null`. Each
 * dimension's value is a string or `null`. A `currencies` column above 1
 * means the group mixed currencies and is refused. Other columns are
 * ignored. Needs every metric (the default of `summarizeSql`).
 *
 * @param rows - the query's rows as objects keyed by column name (DuckDB `getRowObjectsJson()`, `pg`'s `rows`)
 * @param options - `by`: the dimensions of the query
 * @returns one `SummaryRow` per row, in the query's order
 * @throws {ValidationError} naming each bad cell (`missingField`, `notInteger`, `notANumber`, `invalidDimension`, `mixedCurrencies`), up to 100
 * @example
 * const [row] = rowsToSummary([{ platform: 'x', posts: 2n, impressions: '4000', reach: 3000, engagements: 100, clicks: 40, conversions: 0,
 *   cost: '10.005000000', revenue: '0', engagementRateByReach: 1 / 30, engagementRateByImpressions: 0.025, ctr: 0.01,
 *   cpc: 0.250125, cpm: '2.50125', cpa: null, roas: 0, roi: -1 }], { by: ['platform'] });
 * row.key; // { platform: 'x' }
 * row.cost.toString(); // '10.005'
 * row.cpa; // null
 */
export function rowsToSummary(rows: readonly Record<string, unknown>[], options?: RowsToSummaryOptions): SummaryRow[] {
  const issues: Issues = [];
  let by: string[] = [];
  try {
    by = readBy(readOptions<RowsToSummaryOptions>(options, 'options', ['by']).by, issues);
  } catch (error) {
    /* v8 ignore next */
    if (!(error instanceof ValidationError)) throw error;
    issues.push(...error.issues);
  }
  if (!Array.isArray(rows)) {
    issues.push(...invalid('invalidType', `rows must be an array of row objects (the query's result), got ${describeValue(rows)}`, 'rows').issues);
    throw new ValidationError(issues);
  }
  const list: readonly unknown[] = rows;
  const out: SummaryRow[] = [];
  for (let i = 0; i < list.length && issues.length < MAX_ISSUES; i += 1) {
    const value = list[i];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      issues.push(...invalid('invalidType', `rows[${i}] must be an object keyed by column name, got ${describeValue(value)}`, ['rows', i]).issues);
      continue;
    }
    const row = value as Record<string, unknown>;
    const cell = (name: string): unknown => {
      if (Object.hasOwn(row, name)) return row[name];
      issues.push(missingFieldIssue(row, name, `rows[${i}]`, ['rows', i]));
      return undefined;
    };
    const key: Record<string, string | null> = {};
    for (const dimension of by) {
      const v = cell(dimension);
      if (typeof v === 'string' || v === null) key[dimension] = v;
      else if (v !== undefined) {
        issues.push(...invalid('invalidDimension', `rows[${i}].${dimension} must be a string or null, got ${describeValue(v)}`, ['rows', i, dimension]).issues);
      }
    }
    const at = (name: string): Path => ['rows', i, name];
    const read = <T>(name: string, reader: (v: unknown, path: Path, issues: Issues) => T, fallback: T): T => {
      const v = cell(name);
      return v === undefined ? fallback : reader(v, at(name), issues);
    };
    const counts = Object.fromEntries(COUNTS.map((name) => [name, read(name, countOf, 0)])) as Record<(typeof COUNTS)[number], number>;
    const reported = Object.fromEntries(REPORTED.map((name) => [name, read(name, nullableCount, null)])) as Record<(typeof REPORTED)[number], number | null>;
    const amounts = Object.fromEntries(MONEY.map((name) => [name, read(name, moneyOf, new Decimal(0))])) as Record<(typeof MONEY)[number], Decimal>;
    const ratios = Object.fromEntries(RATIOS.map((name) => [name, read(name, ratioOf, null)])) as Record<(typeof RATIOS)[number], number | null>;
    const perUnit = Object.fromEntries(PER_UNIT.map((name) => [name, read(name, perUnitOf, null)])) as Record<(typeof PER_UNIT)[number], Decimal | null>;
    if (Object.hasOwn(row, 'currencies') && row.currencies !== null) {
      const currencies = countOf(row.currencies, at('currencies'), issues);
      if (currencies > 1) {
        issues.push(
          ...invalid('mixedCurrencies', `rows[${i}] sums ${currencies} currencies: its money totals mix currencies; convert them to one, or group by the currency column`, at('currencies')).issues,
        );
      }
    }
    out.push({
      key,
      posts: counts.posts,
      impressions: reported.impressions,
      reach: reported.reach,
      engagements: reported.engagements,
      clicks: reported.clicks,
      conversions: counts.conversions,
      cost: amounts.cost,
      revenue: amounts.revenue,
      engagementRateByReach: ratios.engagementRateByReach,
      engagementRateByImpressions: ratios.engagementRateByImpressions,
      ctr: ratios.ctr,
      cpc: perUnit.cpc,
      cpm: perUnit.cpm,
      cpa: perUnit.cpa,
      roas: ratios.roas,
      roi: ratios.roi,
    });
  }
  if (issues.length > 0) throw new ValidationError(issues.slice(0, MAX_ISSUES));
  return out;
}
