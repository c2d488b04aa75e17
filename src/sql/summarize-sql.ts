import { describeValue, invalid, MAX_ISSUES, readOptions, timeZone } from '../core/internal.js';
import { ValidationError, type ValidationIssue } from '../core/index.js';
import { type SummaryDimension } from '../kpi/index.js';
import { type ColumnMap, readColumns, type SqlColumns } from './columns.js';
import { dialectSpec, IDENTIFIER, readDialect, readIdentifier, type SqlDialect } from './dialect.js';
import { metricExpression, readMetric, SQL_METRICS, type SqlMetric } from './kpi-sql.js';

/** Options for {@link summarizeSql}. */
export interface SummarizeSqlOptions<D extends SqlDialect = SqlDialect> {
  /** The table: one identifier (`'posts'`) or a qualified name as an array (`['analytics', 'posts']`). */
  table: string | readonly string[];
  /** The dimensions to group by, as `summarize` takes them (`['platform', 'week']`); default `[]`. */
  by?: readonly SummaryDimension[];
  /** The metrics to compute ({@link SQL_METRICS}); default every one, in `SummaryRow`'s order. */
  metrics?: readonly SqlMetric[];
  /** The IANA time zone of the day, week and month buckets; required when `by` names one. Sent as a parameter. */
  timeZone?: string;
  /** The engine: `'duckdb'`, `'postgres'` or `'bigquery'` (required). */
  dialect: D;
  /** The table's column names, by field, and how `publishedAt` is stored. */
  columns?: SqlColumns;
}

/** The parameters of a query: positional (`$1`) for DuckDB and PostgreSQL, named (`@tz`) for BigQuery; today only the time zone. */
export type SqlParams<D extends SqlDialect = SqlDialect> = D extends 'bigquery' ? Record<string, string> : string[];

/** What {@link summarizeSql} returns: the SQL text and its parameters, to pass to the driver side by side. */
export interface SqlQuery<D extends SqlDialect = SqlDialect> {
  /** The query text; no value is ever written into it. */
  sql: string;
  /** Its parameters (the time zone, when a time dimension is grouped by). */
  params: SqlParams<D>;
}

const DIMENSION_NAME = /^[a-z][A-Za-z0-9]{0,63}$/;
const NOT_DIMENSIONS = new Set(['publishedAt', 'impressions', 'reach', 'engagements', 'clicks', 'conversions', 'cost', 'revenue', 'currency', 'posts']);
const TIME = new Set(['day', 'week', 'month']);
const OPTION_KEYS = ['table', 'by', 'metrics', 'timeZone', 'dialect', 'columns'] as const;

function readBy(value: unknown, issues: ValidationIssue[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.push(...invalid('invalidOption', `options.by must be an array of dimensions such as ['platform', 'week'], got ${describeValue(value)}`, ['options', 'by']).issues);
    return [];
  }
  const by: string[] = [];
  const list: readonly unknown[] = value;
  for (let i = 0; i < list.length && issues.length < MAX_ISSUES; i += 1) {
    const name = list[i];
    const path = ['options', 'by', i];
    if (typeof name !== 'string' || !DIMENSION_NAME.test(name)) {
      issues.push(...invalid('invalidDimension', `options.by[${i}] must be 'day', 'week', 'month' or a camelCase field name such as 'platform', got ${describeValue(name)}`, path).issues);
    } else if (NOT_DIMENSIONS.has(name)) {
      issues.push(...invalid('invalidDimension', `options.by[${i}]: '${name}' is a measure, not a dimension${name === 'publishedAt' ? " (group by 'day', 'week' or 'month')" : ''}`, path).issues);
    } else if (by.includes(name)) {
      issues.push(...invalid('duplicate', `options.by lists '${name}' twice`, path).issues);
    } else by.push(name);
  }
  return by;
}

function readMetrics(value: unknown, issues: ValidationIssue[]): SqlMetric[] {
  if (value === undefined) return [...SQL_METRICS];
  if (!Array.isArray(value) || value.length === 0) {
    issues.push(...invalid('invalidOption', `options.metrics must be a non-empty array of metrics such as ['posts', 'ctr'], got ${describeValue(value)}`, ['options', 'metrics']).issues);
    return [];
  }
  const metrics: SqlMetric[] = [];
  const list: readonly unknown[] = value;
  for (let i = 0; i < list.length && issues.length < MAX_ISSUES; i += 1) {
    const metric = readMetric(list[i], ['options', 'metrics', i], issues);
    if (metric === undefined) continue;
    if (metrics.includes(metric)) issues.push(...invalid('duplicate', `options.metrics lists '${metric}' twice`, ['options', 'metrics', i]).issues);
    else metrics.push(metric);
  }
  return metrics;
}

function readTable(value: unknown, issues: ValidationIssue[]): string[] {
  if (Array.isArray(value) && value.length >= 1 && value.length <= 3) {
    const list: readonly unknown[] = value;
    const parts: string[] = [];
    list.forEach((part, i) => {
      const name = readIdentifier(part, ['options', 'table', i], issues);
      if (name !== undefined) parts.push(name);
    });
    return parts;
  }
  if (typeof value === 'string') {
    const name = readIdentifier(value, ['options', 'table'], issues);
    return name === undefined ? [] : [name];
  }
  issues.push(
    ...invalid(
      value === undefined ? 'missingField' : 'invalidType',
      `options.table must be a table name ('posts') or a qualified name of 1 to 3 parts (['analytics', 'posts']), got ${describeValue(value)}`,
      ['options', 'table'],
    ).issues,
  );
  return [];
}

function timeKey(dimension: string, dialect: SqlDialect, columns: ColumnMap): string {
  const spec = dialectSpec(dialect);
  const column = spec.quote(columns.column('publishedAt'));
  const utc = columns.publishedAtType === 'timestampUtc';
  switch (dialect) {
    case 'duckdb': {
      const format = dimension === 'day' ? '%Y-%m-%d' : dimension === 'week' ? '%G-W%V' : '%Y-%m';
      return `strftime(timezone($1, ${utc ? `(${column} AT TIME ZONE 'UTC')` : column}), '${format}')`;
    }
    case 'postgres': {
      const format = dimension === 'day' ? 'YYYY-MM-DD' : dimension === 'week' ? 'IYYY-"W"IW' : 'YYYY-MM';
      return `to_char(${utc ? `(${column} AT TIME ZONE 'UTC')` : column} AT TIME ZONE $1, '${format}')`;
    }
    case 'bigquery': {
      const format = dimension === 'day' ? '%Y-%m-%d' : dimension === 'week' ? '%G-W%V' : '%Y-%m';
      return `FORMAT_TIMESTAMP('${format}', ${utc ? `TIMESTAMP(${column}, 'UTC')` : column}, @tz)`;
    }
  }
}

/**
 * Writes `summarize` as one grouped SQL query for DuckDB, PostgreSQL or
 * BigQuery: the same groups, sums and ratio-of-sums KPIs, computed where the
 * data lives. Map its rows back with {@link rowsToSummary}.
 *
 * Rules: one result column per dimension of `by`, named after it, then one
 * per metric, named as `SummaryRow`'s field (quoted camelCase). Day, ISO
 * week (`YYYY-Www`, Monday start: DuckDB and BigQuery `%G-W%V`, PostgreSQL
 * `IYYY-"W"IW`; never BigQuery's Sunday `WEEK`) and month are bucketed in
 * `timeZone`, sent as the parameter `$1` (BigQuery `@tz`), never written
 * into the text and never the session's zone. `publishedAt` must be an
 * absolute instant (`TIMESTAMPTZ`, BigQuery `TIMESTAMP`), or declared
 * `columns.publishedAtType: 'timestampUtc'`. Rows are ordered by each key,
 * `NULLS LAST` (PostgreSQL keys `COLLATE "C"`, the byte order). With
 * `columns.currency`, each row also counts its distinct currencies
 * (`currencies`): SQL cannot raise `CurrencyMismatchError`, so above 1 the
 * group mixes currencies. Identifiers are checked
 * (`^[A-Za-z_][A-Za-z0-9_]{0,62}$`) and quoted.
 *
 * @param options - `table`, `by`, `metrics`, `timeZone`, `dialect`, `columns`
 * @returns `{ sql, params }`: `params` an array for DuckDB and PostgreSQL, `{ tz }` for BigQuery
 * @throws {ValidationError} for every malformed option at once (`invalidIdentifier`, `invalidDimension`, `invalidKpi`, `invalidTimeZone`, `missingField`, `unknownKey`…)
 * @example
 * const { sql, params } = summarizeSql({ table: 'posts', by: ['platform', 'week'], timeZone: 'Europe/Paris', dialect: 'postgres', metrics: ['posts', 'ctr'] });
 * params; // ['Europe/Paris']
 * sql.includes(`to_char("published_at" AT TIME ZONE $1, 'IYYY-"W"IW') COLLATE "C" AS "week"`); // true
 * summarizeSql({ table: 'posts', by: ['week'], timeZone: 'Europe/Paris', dialect: 'bigquery' }).params; // { tz: 'Europe/Paris' }
 * summarizeSql({ table: 'posts; DROP TABLE posts', dialect: 'duckdb' }); // throws ValidationError: options.table must be an SQL identifier
 */
export function summarizeSql<D extends SqlDialect>(options: SummarizeSqlOptions<D>): SqlQuery<D> {
  const issues: ValidationIssue[] = [];
  let read: Record<string, unknown>;
  try {
    read = readOptions(options, 'options', OPTION_KEYS);
  } catch (error) {
    /* v8 ignore next */
    if (!(error instanceof ValidationError)) throw error;
    // Not an object of settings at all (a string, null, an array): nothing else to check.
    if (error.issues.some((issue) => issue.code === 'invalidType')) throw error;
    issues.push(...error.issues);
    read = options as unknown as Record<string, unknown>;
  }
  const table = readTable(read.table, issues);
  const by = readBy(read.by, issues);
  const metrics = readMetrics(read.metrics, issues);
  const dialect = readDialect(read.dialect, ['options', 'dialect'], issues);
  const columns = readColumns(read.columns, by, issues);
  const timed = by.some((d) => TIME.has(d));
  let zone: string | undefined;
  if (read.timeZone !== undefined) {
    try {
      zone = timeZone(read.timeZone, ['options', 'timeZone']);
    } catch (error) {
      /* v8 ignore next */
      if (!(error instanceof ValidationError)) throw error;
      issues.push(...error.issues);
    }
  } else if (timed) {
    issues.push(
      ...invalid('missingTimeZone', "options.timeZone is required to group by 'day', 'week' or 'month': name the zone, such as 'Europe/Paris' or 'UTC'", ['options', 'timeZone']).issues,
    );
  }
  for (const [i, dimension] of by.entries()) {
    const column = columns.column(dimension);
    if (!TIME.has(dimension) && !IDENTIFIER.test(column)) {
      issues.push(
        ...invalid('invalidIdentifier', `options.by[${i}]: the column of '${dimension}' would be '${column}', longer than 63 characters: name it in options.columns.${dimension}`, ['options', 'by', i]).issues,
      );
    }
  }
  if (issues.length > 0 || dialect === undefined) throw new ValidationError(issues.slice(0, MAX_ISSUES));

  const spec = dialectSpec(dialect);
  const select: string[] = [];
  for (const dimension of by) {
    const key = TIME.has(dimension) ? timeKey(dimension, dialect, columns) : `CAST(${spec.quote(columns.column(dimension))} AS ${spec.text})`;
    select.push(`${key}${dialect === 'postgres' ? ' COLLATE "C"' : ''} AS ${spec.quote(dimension)}`);
  }
  for (const metric of metrics) select.push(`${metricExpression(metric, dialect, columns)} AS ${spec.quote(metric)}`);
  if (columns.currency !== null) select.push(`COUNT(DISTINCT ${spec.quote(columns.currency)}) AS ${spec.quote('currencies')}`);

  const lines = [`-- socialkit summarizeSql (${dialect}): ratio-of-sums KPIs as summarize computes them`];
  if (timed) lines.push(`-- ${by.includes('week') ? 'ISO week, Monday start; ' : ''}zone: parameter ${spec.zone}`);
  lines.push('SELECT', select.map((s) => `  ${s}`).join(',\n'), `FROM ${table.map(spec.quote).join('.')}`);
  if (by.length === 0) lines.push('HAVING COUNT(*) > 0');
  else {
    const positions = by.map((_, i) => String(i + 1));
    lines.push(`GROUP BY ${positions.join(', ')}`, `ORDER BY ${positions.map((p) => `${p} ASC NULLS LAST`).join(', ')}`);
  }
  const params = (dialect === 'bigquery' ? (timed ? { tz: zone } : {}) : timed ? [zone] : []) as SqlParams<D>;
  return { sql: lines.join('\n'), params };
}
