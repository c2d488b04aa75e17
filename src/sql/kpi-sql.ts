import { describeValue, formatPath, invalid, MAX_ISSUES, readOptions } from '../core/internal.js';
import { type PathInput, ValidationError, type ValidationIssue } from '../core/index.js';
import { type ColumnMap, readColumns, type SqlColumns } from './columns.js';
import { dialectSpec, readDialect, type SqlDialect } from './dialect.js';

/**
 * The metrics the SQL computes: `SummaryRow`'s numeric fields, in its
 * order. Sums (`posts`, the counts, money) and ratio-of-sums KPIs.
 *
 * @example
 * SQL_METRICS.length; // 16
 * SQL_METRICS.includes('engagementRateByReach'); // true
 */
export const SQL_METRICS = Object.freeze([
  'posts',
  'impressions',
  'reach',
  'engagements',
  'clicks',
  'conversions',
  'cost',
  'revenue',
  'engagementRateByReach',
  'engagementRateByImpressions',
  'ctr',
  'cpc',
  'cpm',
  'cpa',
  'roas',
  'roi',
] as const);

/** A metric of {@link SQL_METRICS}: a numeric field of `SummaryRow`. */
export type SqlMetric = (typeof SQL_METRICS)[number];

/** Options for {@link kpiSql}. */
export interface KpiSqlOptions {
  /** The engine: `'duckdb'`, `'postgres'` or `'bigquery'` (required). */
  dialect: SqlDialect;
  /** The table's column names, by field (default: snake_case field names). */
  columns?: SqlColumns;
}

/**
 * The SQL of one metric, in a dialect.
 *
 * @param metric - the metric
 * @param dialect - the dialect
 * @param columns - the checked columns
 * @returns the aggregate expression
 */
export function metricExpression(metric: SqlMetric, dialect: SqlDialect, columns: ColumnMap): string {
  const spec = dialectSpec(dialect);
  const col = (field: string): string => spec.quote(columns.column(field));
  // Σ of a count nullable as conversions is (a null adds 0).
  const sum = (field: string): string => `COALESCE(SUM(${col(field)}), 0)`;
  // Σ of a metric a platform may never report (impressions, reach, engagements, clicks): as in summarize, one
  // NULL in the group makes the total NULL (unknown, not 0), and every ratio over it NULL.
  const reported = (field: string): string => (field === 'conversions' ? sum(field) : `CASE WHEN COUNT(${col(field)}) = COUNT(*) THEN ${sum(field)} END`);
  const money = (field: string): string => `COALESCE(SUM(CAST(${col(field)} AS ${spec.money})), 0)`;
  const double = (sql: string): string => `CAST(${sql} AS ${spec.double})`;
  const countRatio = (numerator: string, denominator: string): string =>
    `${double(reported(numerator))} / NULLIF(${double(reported(denominator))}, 0)`;
  // Money per unit: the engine's division type (DuckDB's decimal division is a DOUBLE, PostgreSQL's a NUMERIC);
  // BigQuery's NUMERIC division keeps 9 decimals, so it divides as FLOAT64.
  const perUnit = (amount: string, units: string, factor: string): string =>
    dialect === 'postgres'
      ? `${amount}${factor} / NULLIF(CAST(${units} AS NUMERIC), 0)`
      : `${double(amount)}${factor} / NULLIF(${double(units)}, 0)`;
  switch (metric) {
    case 'posts':
      return 'COUNT(*)';
    case 'impressions':
    case 'reach':
    case 'engagements':
    case 'clicks':
    case 'conversions':
      return reported(metric);
    case 'cost':
    case 'revenue':
      return money(metric);
    case 'engagementRateByReach':
      return countRatio('engagements', 'reach');
    case 'engagementRateByImpressions':
      return countRatio('engagements', 'impressions');
    case 'ctr':
      return countRatio('clicks', 'impressions');
    case 'cpc':
      return perUnit(money('cost'), reported('clicks'), '');
    case 'cpm':
      return perUnit(money('cost'), reported('impressions'), ' * 1000');
    case 'cpa':
      return perUnit(money('cost'), sum('conversions'), '');
    case 'roas':
      return `${double(money('revenue'))} / NULLIF(${double(money('cost'))}, 0)`;
    case 'roi':
      return `${double(`${money('revenue')} - ${money('cost')}`)} / NULLIF(${double(money('cost'))}, 0)`;
  }
}

/**
 * Reads a metric name.
 *
 * @param value - the name
 * @param path - its path
 * @param issues - where a problem is added
 * @returns the metric, or undefined when it is not one
 */
export function readMetric(value: unknown, path: PathInput, issues: ValidationIssue[]): SqlMetric | undefined {
  if (typeof value === 'string' && (SQL_METRICS as readonly string[]).includes(value)) return value as SqlMetric;
  issues.push(
    ...invalid('invalidKpi', `${formatPath(path)} must be a numeric field of SummaryRow (${SQL_METRICS.join(', ')}), got ${describeValue(value)}`, path).issues,
  );
  return undefined;
}

/**
 * Writes a KPI of `socialkit/kpi` as an SQL aggregate expression (ratio of
 * sums), for DuckDB, PostgreSQL or BigQuery, so a warehouse computes it with
 * the same definition as `summarize` (socialkit/kpi).
 *
 * Rules: sums are `COALESCE(SUM(x), 0)`, and for impressions, reach,
 * engagements and clicks `NULL` when a row of the group has `NULL` (a
 * platform that never reports the metric), as `summarize` does; money is summed as an exact
 * decimal (DuckDB `DECIMAL(38, 9)`, PostgreSQL and BigQuery `NUMERIC`, so
 * digits beyond the 9th decimal are rounded by the engine); every
 * denominator is `NULLIF(CAST(… AS type), 0)`, so a zero denominator is
 * `NULL` exactly where the TypeScript function returns `null`. Count ratios
 * divide as doubles; CPC, CPM and CPA come back as the engine's division
 * type (PostgreSQL `NUMERIC`; DuckDB `DOUBLE`; BigQuery `FLOAT64`, since its
 * `NUMERIC` division keeps 9 decimals). Column names are checked
 * identifiers, always quoted; nothing is interpolated.
 *
 * @param metric - a numeric field of `SummaryRow` ({@link SQL_METRICS})
 * @param options - `dialect` (required) and `columns`
 * @returns the SQL expression, to use in a `SELECT` with or without `GROUP BY`
 * @throws {ValidationError} `invalidKpi` for an unknown metric, `invalidOption` / `missingField` for the dialect, `invalidIdentifier` for a column name, `unknownKey` for a misspelt option or field (every problem at once)
 * @example
 * kpiSql('conversions', { dialect: 'postgres' }); // 'COALESCE(SUM("conversions"), 0)'
 * kpiSql('clicks', { dialect: 'duckdb', columns: { clicks: 'link_clicks' } });
 * // 'CASE WHEN COUNT("link_clicks") = COUNT(*) THEN COALESCE(SUM("link_clicks"), 0) END'
 * kpiSql('cost', { dialect: 'bigquery', columns: { cost: 'spend' } }); // 'COALESCE(SUM(CAST(`spend` AS NUMERIC)), 0)'
 * kpiSql('ctr', { dialect: 'mysql' }); // throws ValidationError: options.dialect must be one of duckdb, postgres, bigquery
 */
export function kpiSql(metric: SqlMetric, options: KpiSqlOptions): string {
  const issues: ValidationIssue[] = [];
  const checked = readMetric(metric, 'metric', issues);
  let read: Partial<KpiSqlOptions> = {};
  try {
    read = readOptions<KpiSqlOptions>(options, 'options', ['dialect', 'columns']);
  } catch (error) {
    /* v8 ignore next */
    if (!(error instanceof ValidationError)) throw error;
    issues.push(...error.issues);
    if (error.issues.some((issue) => issue.code === 'invalidType')) throw new ValidationError(issues);
  }
  const dialect = readDialect(read.dialect, ['options', 'dialect'], issues);
  const columns = readColumns(read.columns, [], issues);
  if (issues.length > 0 || checked === undefined || dialect === undefined) throw new ValidationError(issues.slice(0, MAX_ISSUES));
  return metricExpression(checked, dialect, columns);
}
