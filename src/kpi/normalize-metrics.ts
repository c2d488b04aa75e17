import { type Finding, type PlatformId, ValidationError, type ValidationIssue } from '../core/index.js';
import { count, describeValue, instant, invalid, localDate, MAX_ISSUES, platformId, readOptions } from '../core/internal.js';
import { DEFAULT_ENGAGEMENT_KINDS } from './engagements.js';
import { type InstantFormat, METRIC_TARGETS, type MetricTarget, type NotReportedMetric, type PlatformMetric, platformMetrics } from './platform-metrics.js';
import type { SummaryRecord } from './summary.js';

/**
 * The codes of the findings `normalizeMetrics` reports (each explained in docs/kpi.md).
 *
 * @example
 * METRIC_FINDING_CODES.includes('retiredMetric'); // true
 */
export const METRIC_FINDING_CODES = Object.freeze(['retiredMetric', 'unknownColumn', 'notReported', 'missingMetric'] as const);

/** A finding code of {@link METRIC_FINDING_CODES}. */
export type MetricFindingCode = (typeof METRIC_FINDING_CODES)[number];

/** A metric to add to, or replace in, the catalogue (matched by `name`); `source` defaults to `'override'`. */
export interface PlatformMetricOverride {
  /** The native name (a dotted name is a path into a nested object). */
  name: string;
  /** The record field or engagement kind, or `null` to read it and use it for nothing. */
  field: MetricTarget | null;
  /** The export's column header, if any. */
  header?: string | null;
  /** What it counts. */
  meaning?: string;
  /** For a `publishedAt` metric, how the instant is written. */
  format?: InstantFormat;
  /** First day returned, `'YYYY-MM-DD'`, or `null`. */
  validFrom?: string | null;
  /** Last day returned, `'YYYY-MM-DD'`, or `null`. */
  validTo?: string | null;
  /** The replacement, once retired. */
  replacedBy?: string | null;
}

/** Overrides of a platform's catalogue entry for {@link normalizeMetrics}. */
export interface PlatformMetricsOverrides {
  /** Metrics to add or replace (by `name`); they come first in order of preference. */
  metrics?: readonly PlatformMetricOverride[];
  /** The fields the platform never reports, replacing the catalogue's list. */
  notReported?: readonly MetricTarget[];
}

/** Options of {@link normalizeMetrics}. */
export interface NormalizeMetricsOptions {
  /** The platform the rows come from. */
  platform: PlatformId;
  /** The day the rows were exported or fetched, `'YYYY-MM-DD'` (required: the library reads no clock); it decides which names are current. */
  exportedAt: string;
  /** `{ field: header }`: read a record field (or `engagements` as a total) from this column, before the catalogue. */
  columns?: Readonly<Partial<Record<MetricTarget | 'engagements', string>>>;
  /** Changes to the platform's catalogue entry. */
  overrides?: PlatformMetricsOverrides;
}

/** What {@link normalizeMetrics} returns. */
export interface NormalizedMetrics {
  /** One kpi record per row that has every metric the platform reports, in row order. */
  records: SummaryRecord[];
  /** What was not read and why: `retiredMetric`, `unknownColumn`, `notReported` (one per column or field), `missingMetric` (one per row left out). */
  findings: Finding[];
}

const OPTION_KEYS = ['platform', 'exportedAt', 'columns', 'overrides'] as const;
const COLUMN_FIELDS: readonly string[] = [...METRIC_TARGETS, 'engagements'];
const ENGAGEMENT_PARTS: readonly MetricTarget[] = DEFAULT_ENGAGEMENT_KINDS as readonly MetricTarget[];
const REQUIRED: readonly MetricTarget[] = ['publishedAt', 'impressions', 'reach', 'clicks', ...ENGAGEMENT_PARTS];
const DIGITS = /^\d{1,16}$/;

const PLATFORM_NAMES: Readonly<Record<PlatformId, string>> = {
  x: 'X',
  instagram: 'Instagram',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  threads: 'Threads',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  pinterest: 'Pinterest',
};

/**
 * Maps a platform's native rows (API objects, or export rows keyed by their
 * column headers) to kpi records, with the catalogue of `platformMetrics`.
 *
 * The rules:
 * - a column is matched by a metric's native name or its export header; a
 *   dotted name (`'public_metrics.like_count'`) is read from a flat key of
 *   that name or from the nested object; `columns: { field: header }` reads
 *   a field from a column of your own first (the direction of the CLI's `--map`);
 * - `exportedAt` decides which names are current: a metric whose `validTo`
 *   is before it is retired (a `retiredMetric` finding naming its
 *   replacement; the column is not read), one whose `validFrom` is after it
 *   is unknown at that date;
 * - a column the catalogue does not know is an `unknownColumn` finding (never
 *   dropped silently);
 * - a field the platform never reports (X: reach; Bluesky: impressions and
 *   reach) is `null` in every record, with one `notReported` finding per field;
 * - where two current metrics give one field, the first present in
 *   catalogue order is read; the engagement parts (likes, comments, shares,
 *   saves: kpi's default engagement kinds) are summed into `engagements`, and
 *   kept on the record as `likes`, `comments`, `shares`, `saves`;
 * - a row missing a metric the platform reports is a `missingMetric` finding
 *   and is not emitted;
 * - values are checked with kpi's guards: counts whole and ≥ 0 (a string of
 *   digits, as a CSV export gives, is read as its number), `publishedAt` an
 *   ISO 8601 instant with an offset or the platform's epoch seconds or
 *   milliseconds; every bad value (up to 100) is reported at once.
 *
 * @param rows - the native rows: objects, keyed by native names or export headers
 * @param options - `platform` and `exportedAt` (required), `columns`, `overrides`
 * @returns `{ records, findings }`
 * @throws {ValidationError} for malformed options, a row that is not an object, or a bad value
 * @example
 * const rows = [{ id: '17895', timestamp: '2025-06-02T18:30:00+0000', views: 5400, reach: 3100, likes: 210, comments: 12, shares: 9, saved: 31 }];
 * const { records, findings } = normalizeMetrics(rows, { platform: 'instagram', exportedAt: '2025-06-30' });
 * records[0].impressions; // 5400
 * records[0].engagements; // 262
 * records[0].clicks; // null
 * findings.map((f) => f.code); // ['notReported']
 */
export function normalizeMetrics(rows: readonly Readonly<Record<string, unknown>>[], options: NormalizeMetricsOptions): NormalizedMetrics {
  const opts = readOptions<NormalizeMetricsOptions>(options, 'options', OPTION_KEYS);
  if (opts.platform === undefined) throw invalid('missingField', "options.platform is required: the platform the rows come from, such as 'instagram'", ['options', 'platform']);
  const platform = platformId(opts.platform, ['options', 'platform']);
  if (opts.exportedAt === undefined) {
    throw invalid('missingField', "options.exportedAt is required: the day the rows were exported, 'YYYY-MM-DD' (the library reads no clock)", ['options', 'exportedAt']);
  }
  const day = localDate(opts.exportedAt, ['options', 'exportedAt']);
  const columns = readColumns(opts.columns);
  const { metrics, notReported } = catalogue(platform, opts.overrides);
  if (!Array.isArray(rows)) throw invalid('invalidType', `rows must be an array of objects (API objects or export rows), got ${describeValue(rows)}`, 'rows');
  const name = PLATFORM_NAMES[platform];

  const current = metrics.filter((metric) => (metric.validFrom === null || metric.validFrom <= day) && (metric.validTo === null || day <= metric.validTo));
  const byKey = new Map<string, PlatformMetric>();
  const prefixes = new Set<string>();
  for (const metric of metrics) {
    for (const key of [metric.name, metric.header]) if (key !== null && !byKey.has(key)) byKey.set(key, metric);
    const dot = metric.name.indexOf('.');
    if (dot > 0) prefixes.add(metric.name.slice(0, dot));
  }
  const mapped = new Set(Object.values(columns));
  const silent = new Set(notReported.map((n) => n.field));
  const reported = (field: MetricTarget): boolean => !silent.has(field) || Object.hasOwn(columns, field);

  const findings: Finding[] = [];
  for (const n of notReported) {
    if (Object.hasOwn(columns, n.field)) continue;
    findings.push({
      code: 'notReported',
      severity: 'info',
      message: `${name} never reports ${n.field}: every record has ${n.field}: null, and ratios over it are null.${n.note === undefined ? '' : ` ${n.note}`}`,
      path: [n.field],
    });
  }
  const sources = new Map<MetricTarget, PlatformMetric[]>();
  for (const field of METRIC_TARGETS) sources.set(field, current.filter((metric) => metric.field === field));
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  const records: SummaryRecord[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    const row: unknown = rows[i];
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      issues.push({ code: 'invalidType', message: `rows[${i}] must be an object (an API object or an export row), got ${describeValue(row)}`, path: ['rows', i] });
      continue;
    }
    const fields = row as Readonly<Record<string, unknown>>;
    for (const key of Object.keys(fields)) {
      if (seen.has(key) || mapped.has(key)) continue;
      const metric = byKey.get(key);
      if (metric === undefined) {
        if (prefixes.has(key)) continue;
        seen.add(key);
        findings.push({
          code: 'unknownColumn',
          severity: 'warning',
          message: `Column '${key}' is not a metric of ${name}'s catalogue: it was not read. Map it with columns: { field: '${key}' }, or add it with overrides.metrics.`,
          path: ['rows', i, key],
        });
      } else if (metric.validTo !== null && metric.validTo < day) {
        seen.add(key);
        findings.push({
          code: 'retiredMetric',
          severity: 'warning',
          message: `Column '${key}' is ${name}'s ${metric.name}, retired after ${metric.validTo} (exportedAt ${day})${metric.replacedBy === null ? '' : `: its replacement is '${metric.replacedBy}'`}; the column was not read.`,
          path: ['rows', i, key],
        });
      } else if (metric.validFrom !== null && day < metric.validFrom) {
        seen.add(key);
        findings.push({
          code: 'unknownColumn',
          severity: 'warning',
          message: `Column '${key}' is ${name}'s ${metric.name}, returned only from ${metric.validFrom} (exportedAt ${day}): it was not read.`,
          path: ['rows', i, key],
        });
      }
    }
    const record = readRow(fields, i, platform, sources, columns, reported, issues, findings, name);
    if (record !== undefined) records.push(record);
  }
  if (issues.length > 0) throw new ValidationError(issues.slice(0, MAX_ISSUES));
  return { records, findings };
}

function readRow(
  row: Readonly<Record<string, unknown>>,
  index: number,
  platform: PlatformId,
  sourcesOf: ReadonlyMap<MetricTarget, readonly PlatformMetric[]>,
  columns: Readonly<Record<string, string>>,
  reported: (field: MetricTarget) => boolean,
  issues: ValidationIssue[],
  findings: Finding[],
  name: string,
): SummaryRecord | undefined {
  const before = issues.length;
  const values = new Map<MetricTarget | 'engagements', number | string | Date>();
  const missing: string[] = [];
  const readCount = (value: unknown, path: (string | number)[]): number | undefined => {
    const n = typeof value === 'string' && DIGITS.test(value) ? Number(value) : value;
    try {
      return count(n, path);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      issues.push(...error.issues);
      return undefined;
    }
  };
  const readValue = (field: MetricTarget | 'engagements', value: unknown, key: string, format: InstantFormat | undefined): void => {
    const path = ['rows', index, key];
    if (field === 'id') {
      if (typeof value === 'string' || (typeof value === 'number' && Number.isSafeInteger(value))) values.set(field, String(value));
      else issues.push({ code: 'invalidType', message: `rows[${index}].${key} must be a string or a whole number (an id), got ${describeValue(value)}`, path });
    } else if (field === 'publishedAt') {
      try {
        if (format === 'epochSeconds' || format === 'epochMillis') {
          const n = readCount(value, path);
          if (n !== undefined) values.set(field, instant(new Date(format === 'epochSeconds' ? n * 1000 : n), path));
        } else if (format === 'isoUtc' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?$/.test(value)) {
          values.set(field, instant(`${value}Z`, path));
        } else values.set(field, instant(value, path));
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        issues.push(...error.issues);
      }
    } else {
      const n = readCount(value, path);
      if (n !== undefined) values.set(field, (values.get(field) as number | undefined ?? 0) + n);
    }
  };
  for (const field of [...METRIC_TARGETS, 'engagements'] as const) {
    const header = Object.hasOwn(columns, field) ? columns[field] : undefined;
    if (header !== undefined) {
      const value = row[header];
      if (present(value)) readValue(field, value, header, undefined);
      else if (field !== 'id') missing.push(`${field} (column '${header}')`);
      continue;
    }
    if (field === 'engagements' || !reported(field)) continue;
    const sources = sourcesOf.get(field) ?? [];
    let found = false;
    for (const metric of sources) {
      const [value, key] = readMetric(row, metric);
      if (!present(value)) continue;
      found = true;
      readValue(field, value, key, metric.format);
      if (!(ENGAGEMENT_PARTS as readonly string[]).includes(field)) break;
    }
    if (!found && sources.length > 0 && REQUIRED.includes(field)) missing.push(`${field} (${sources.map((s) => `'${s.header ?? s.name}'`).join(' or ')})`);
  }
  if (issues.length > before) return undefined;
  if (missing.length > 0) {
    findings.push({
      code: 'missingMetric',
      severity: 'warning',
      message: `rows[${index}] has no ${missing.join(', ')}, which ${name} reports: the row was not emitted.`,
      path: ['rows', index],
    });
    return undefined;
  }
  const metric = (field: 'impressions' | 'reach' | 'clicks'): number | null => (values.get(field) as number | undefined) ?? null;
  let engagements = values.get('engagements') as number | undefined;
  if (engagements === undefined) {
    engagements = 0;
    for (const part of ENGAGEMENT_PARTS) engagements += (values.get(part) as number | undefined) ?? 0;
  }
  const record: SummaryRecord = {
    platform,
    publishedAt: values.get('publishedAt') as Date,
    impressions: metric('impressions'),
    reach: metric('reach'),
    engagements,
    clicks: metric('clicks'),
  };
  const id = values.get('id');
  if (id !== undefined) record.id = id as string;
  const conversions = values.get('conversions');
  if (conversions !== undefined) record.conversions = conversions as number;
  for (const part of ENGAGEMENT_PARTS) {
    const value = values.get(part);
    if (value !== undefined) (record as Record<string, unknown>)[part] = value;
  }
  return record;
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

function readMetric(row: Readonly<Record<string, unknown>>, metric: PlatformMetric): [unknown, string] {
  if (Object.hasOwn(row, metric.name)) return [row[metric.name], metric.name];
  if (metric.header !== null && Object.hasOwn(row, metric.header)) return [row[metric.header], metric.header];
  if (!metric.name.includes('.')) return [undefined, metric.name];
  let node: unknown = row;
  for (const part of metric.name.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return [undefined, metric.name];
    node = (node as Record<string, unknown>)[part];
  }
  return [node, metric.name];
}

function readColumns(value: unknown): Readonly<Record<string, string>> {
  if (value === undefined) return {};
  const columns = readOptions(value, ['options', 'columns'], COLUMN_FIELDS);
  const result: Record<string, string> = {};
  const headers = new Set<string>();
  for (const [field, header] of Object.entries(columns)) {
    if (header === undefined) continue;
    if (typeof header !== 'string' || header === '') {
      throw invalid('invalidType', `options.columns.${field} must be a column header (a non-empty string), got ${describeValue(header)}`, ['options', 'columns', field]);
    }
    if (headers.has(header)) throw invalid('duplicate', `options.columns maps two fields to the column '${header}'`, ['options', 'columns', field]);
    headers.add(header);
    result[field] = header;
  }
  return result;
}

const OVERRIDE_KEYS = ['name', 'field', 'header', 'meaning', 'format', 'validFrom', 'validTo', 'replacedBy'] as const;
const FORMATS: readonly InstantFormat[] = ['iso', 'isoUtc', 'epochSeconds', 'epochMillis'];

function catalogue(platform: PlatformId, value: unknown): { metrics: PlatformMetric[]; notReported: NotReportedMetric[] } {
  const base = platformMetrics[platform];
  if (value === undefined) return { metrics: [...base.metrics], notReported: [...base.notReported] };
  const overrides = readOptions<PlatformMetricsOverrides>(value, ['options', 'overrides'], ['metrics', 'notReported']);
  let metrics = [...base.metrics];
  if (overrides.metrics !== undefined) {
    if (!Array.isArray(overrides.metrics)) throw invalid('invalidType', `options.overrides.metrics must be an array of metrics, got ${describeValue(overrides.metrics)}`, ['options', 'overrides', 'metrics']);
    const added: PlatformMetric[] = [];
    (overrides.metrics as readonly unknown[]).forEach((raw, i) => {
      const path = ['options', 'overrides', 'metrics', i];
      const given = readOptions<PlatformMetricOverride>(raw, path, OVERRIDE_KEYS);
      if (typeof given.name !== 'string' || given.name === '') throw invalid('invalidType', `options.overrides.metrics[${i}].name must be a non-empty string, got ${describeValue(given.name)}`, [...path, 'name']);
      if (given.field === undefined || (given.field !== null && !(METRIC_TARGETS as readonly unknown[]).includes(given.field))) {
        throw invalid('invalidOption', `options.overrides.metrics[${i}].field must be one of ${METRIC_TARGETS.map((t) => `'${t}'`).join(', ')} or null, got ${describeValue(given.field)}`, [...path, 'field']);
      }
      const text = (key: 'header' | 'meaning' | 'replacedBy'): string | null => {
        const v = given[key];
        if (v === undefined || v === null) return null;
        if (typeof v !== 'string') throw invalid('invalidType', `options.overrides.metrics[${i}].${key} must be a string, got ${describeValue(v)}`, [...path, key]);
        return v;
      };
      const date = (key: 'validFrom' | 'validTo'): string | null => (given[key] === undefined || given[key] === null ? null : localDate(given[key], [...path, key]));
      if (given.format !== undefined && !FORMATS.includes(given.format)) {
        throw invalid('invalidOption', `options.overrides.metrics[${i}].format must be 'iso', 'isoUtc', 'epochSeconds' or 'epochMillis', got ${describeValue(given.format)}`, [...path, 'format']);
      }
      const entry: PlatformMetric = {
        name: given.name,
        header: text('header'),
        meaning: text('meaning') ?? 'Given as an override.',
        field: given.field,
        validFrom: date('validFrom'),
        validTo: date('validTo'),
        replacedBy: text('replacedBy'),
        source: 'override',
        asOf: null,
      };
      if (given.format !== undefined) entry.format = given.format;
      added.push(entry);
    });
    const names = new Set(added.map((a) => a.name));
    metrics = [...added, ...metrics.filter((metric) => !names.has(metric.name))];
  }
  let notReported = [...base.notReported];
  if (overrides.notReported !== undefined) {
    if (!Array.isArray(overrides.notReported)) {
      throw invalid('invalidType', `options.overrides.notReported must be an array of fields such as ['reach'], got ${describeValue(overrides.notReported)}`, ['options', 'overrides', 'notReported']);
    }
    notReported = (overrides.notReported as readonly unknown[]).map((field, i) => {
      if (!(METRIC_TARGETS as readonly unknown[]).includes(field)) {
        throw invalid('invalidOption', `options.overrides.notReported[${i}] must be one of ${METRIC_TARGETS.map((t) => `'${t}'`).join(', ')}, got ${describeValue(field)}`, ['options', 'overrides', 'notReported', i]);
      }
      return { field: field as MetricTarget, source: 'override', asOf: null };
    });
  }
  return { metrics, notReported };
}
