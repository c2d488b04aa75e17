/**
 * Warehouse scale: the KPI definitions of `socialkit/kpi` as SQL text and
 * parameters for DuckDB, PostgreSQL and BigQuery, and the mapping of the
 * query's rows back to `SummaryRow`s. No database driver: socialkit writes
 * the SQL, the caller runs it.
 *
 * @module sql
 */
export { SQL_DIALECTS, type SqlDialect } from './dialect.js';
export { type PublishedAtType, type SqlColumns } from './columns.js';
export { kpiSql, SQL_METRICS, type KpiSqlOptions, type SqlMetric } from './kpi-sql.js';
export { summarizeSql, type SqlParams, type SqlQuery, type SummarizeSqlOptions } from './summarize-sql.js';
export { rowsToSummary, type RowsToSummaryOptions } from './rows-to-summary.js';
