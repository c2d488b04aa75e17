import { describeValue, formatPath, invalid } from '../core/internal.js';
import { type PathInput, type ValidationIssue } from '../core/index.js';

/**
 * The SQL dialects socialkit writes: DuckDB, PostgreSQL and BigQuery
 * (GoogleSQL). Each quotes identifiers its own way and has its own types
 * and time functions (see docs/sql.md).
 *
 * @example
 * SQL_DIALECTS; // ['duckdb', 'postgres', 'bigquery']
 */
export const SQL_DIALECTS = Object.freeze(['duckdb', 'postgres', 'bigquery'] as const);

/** `'duckdb'`, `'postgres'` or `'bigquery'`. */
export type SqlDialect = (typeof SQL_DIALECTS)[number];

/** An identifier socialkit accepts: a letter or `_`, then up to 62 letters, digits or `_` (PostgreSQL's 63-byte limit). */
export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** What differs between the dialects. */
export interface DialectSpec {
  /** The floating-point type. */
  double: string;
  /** The exact decimal type money is summed in. */
  money: string;
  /** The text type of the group keys. */
  text: string;
  /** Quotes one checked identifier. */
  quote: (name: string) => string;
  /** The zone parameter's placeholder. */
  zone: string;
}

const SPECS: Readonly<Record<SqlDialect, DialectSpec>> = {
  duckdb: { double: 'DOUBLE', money: 'DECIMAL(38, 9)', text: 'VARCHAR', quote: (name) => `"${name}"`, zone: '$1' },
  postgres: { double: 'DOUBLE PRECISION', money: 'NUMERIC', text: 'TEXT', quote: (name) => `"${name}"`, zone: '$1' },
  bigquery: { double: 'FLOAT64', money: 'NUMERIC', text: 'STRING', quote: (name) => `\`${name}\``, zone: '@tz' },
};

/**
 * Reads a dialect option.
 *
 * @param value - the option's value
 * @param path - its path
 * @param issues - where a problem is added
 * @returns the dialect, or undefined (with an issue) when it is not one
 */
export function readDialect(value: unknown, path: PathInput, issues: ValidationIssue[]): SqlDialect | undefined {
  if (typeof value === 'string' && (SQL_DIALECTS as readonly string[]).includes(value)) return value as SqlDialect;
  const problem = invalid(
    value === undefined ? 'missingField' : 'invalidOption',
    `${value === undefined ? 'options.dialect is required' : `options.dialect must be one of ${SQL_DIALECTS.join(', ')}, got ${describeValue(value)}`}: name the engine the SQL is for ('duckdb', 'postgres' or 'bigquery')`,
    path,
  );
  issues.push(...problem.issues);
  return undefined;
}

/**
 * The specification of a dialect.
 *
 * @param dialect - the dialect
 * @returns its types, quoting and placeholder
 */
export function dialectSpec(dialect: SqlDialect): DialectSpec {
  return SPECS[dialect];
}

/**
 * Checks an identifier (a column or table name), adding an `invalidIdentifier` issue when it is not one.
 *
 * @param value - the name
 * @param path - its path
 * @param issues - where a problem is added
 * @returns the name, or undefined when it is not an identifier
 */
export function readIdentifier(value: unknown, path: PathInput, issues: ValidationIssue[]): string | undefined {
  if (typeof value === 'string' && IDENTIFIER.test(value)) return value;
  const problem = invalid(
    'invalidIdentifier',
    `${formatPath(path)} must be an SQL identifier (a letter or _, then up to 62 letters, digits or _, such as 'published_at'), got ${describeValue(value)}; socialkit quotes identifiers and writes nothing else into SQL: rename the table or column, or alias it in a view`,
    path,
  );
  issues.push(...problem.issues);
  return undefined;
}
