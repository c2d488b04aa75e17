import { describeValue, invalid, readOptions } from '../core/internal.js';
import { type ValidationIssue, ValidationError } from '../core/index.js';
import { readIdentifier } from './dialect.js';

/** The fields of a `SummaryRecord` a table's columns hold. */
export const SQL_FIELDS = Object.freeze([
  'platform',
  'publishedAt',
  'impressions',
  'reach',
  'engagements',
  'clicks',
  'conversions',
  'cost',
  'revenue',
  'currency',
  'pillar',
  'format',
  'persona',
] as const);

/** A field of `SummaryRecord` a column holds. */
export type SqlField = (typeof SQL_FIELDS)[number];

/**
 * How `publishedAt` is stored: `'timestamptz'` (default: DuckDB and
 * PostgreSQL `TIMESTAMPTZ`, BigQuery `TIMESTAMP`, all absolute instants) or
 * `'timestampUtc'` (a naive DuckDB / PostgreSQL `TIMESTAMP`, or a BigQuery
 * `DATETIME`, holding UTC wall time: converted with `AT TIME ZONE 'UTC'`,
 * BigQuery `TIMESTAMP(…, 'UTC')`, before bucketing).
 */
export type PublishedAtType = 'timestamptz' | 'timestampUtc';

/**
 * The table's column names, by `SummaryRecord` field (default: the field's
 * snake_case name, `published_at`), plus the column of any other dimension
 * grouped by (`campaign`…) and the type of `publishedAt`. `currency` is read
 * only when named here.
 */
export interface SqlColumns {
  /** The platform column (default `platform`). */
  platform?: string;
  /** The published-at column (default `published_at`). */
  publishedAt?: string;
  /** Default `impressions`. */
  impressions?: string;
  /** Default `reach`. */
  reach?: string;
  /** Default `engagements`. */
  engagements?: string;
  /** Default `clicks`. */
  clicks?: string;
  /** Default `conversions`. */
  conversions?: string;
  /** Default `cost`. */
  cost?: string;
  /** Default `revenue`. */
  revenue?: string;
  /** The currency column: when named, each row counts the distinct currencies of its group (`currencies`). */
  currency?: string;
  /** Default `pillar`. */
  pillar?: string;
  /** Default `format`. */
  format?: string;
  /** Default `persona`. */
  persona?: string;
  /** How `publishedAt` is stored; default `'timestamptz'`. */
  publishedAtType?: PublishedAtType;
  /** The column of another dimension of `by`, by its camelCase name. */
  [dimension: string]: string | undefined;
}

/** The checked columns: every field's column name, and the published-at type. */
export interface ColumnMap {
  /** A field's or dimension's column. */
  column: (field: string) => string;
  /** The currency column, when the caller named one. */
  currency: string | null;
  /** How publishedAt is stored. */
  publishedAtType: PublishedAtType;
}

/**
 * A camelCase name in snake_case (`publishedAt` → `published_at`).
 *
 * @param name - a camelCase name
 * @returns its snake_case form
 */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

const PUBLISHED_AT_TYPES = ['timestamptz', 'timestampUtc'] as const;

/**
 * Reads the `columns` option, adding every problem to `issues`.
 *
 * @param value - the option's value
 * @param dimensions - the other dimensions that may be mapped
 * @param issues - where problems are added
 * @returns the column map (complete even when some names were refused)
 */
export function readColumns(value: unknown, dimensions: readonly string[], issues: ValidationIssue[]): ColumnMap {
  const allowed = [...SQL_FIELDS, 'publishedAtType', ...dimensions.filter((d) => !(SQL_FIELDS as readonly string[]).includes(d) && d !== 'day' && d !== 'week' && d !== 'month')];
  let options: Record<string, unknown> = {};
  try {
    options = readOptions(value, ['options', 'columns'], allowed);
  } catch (error) {
    /* v8 ignore next */
    if (!(error instanceof ValidationError)) throw error;
    issues.push(...error.issues);
    // Still check the names of a plain object with a misspelt key, to report every problem at once.
    if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) options = value as Record<string, unknown>;
  }
  const names = new Map<string, string>();
  for (const field of allowed) {
    if (field === 'publishedAtType' || !Object.hasOwn(options, field) || options[field] === undefined) continue;
    const name = readIdentifier(options[field], ['options', 'columns', field], issues);
    if (name !== undefined) names.set(field, name);
  }
  let publishedAtType: PublishedAtType = 'timestamptz';
  const type = options.publishedAtType;
  if (type !== undefined) {
    if (type === 'timestamptz' || type === 'timestampUtc') publishedAtType = type;
    else {
      issues.push(
        ...invalid(
          'invalidOption',
          `options.columns.publishedAtType must be ${PUBLISHED_AT_TYPES.map((t) => `'${t}'`).join(' or ')}, got ${describeValue(type)}: 'timestampUtc' declares a naive TIMESTAMP column that holds UTC`,
          ['options', 'columns', 'publishedAtType'],
        ).issues,
      );
    }
  }
  return {
    column: (field) => names.get(field) ?? snakeCase(field),
    currency: names.get('currency') ?? null,
    publishedAtType,
  };
}
