import { type PlatformId, ValidationError } from '../core/index.js';
import { normalizeMetrics } from '../kpi/index.js';
import type { RecordField } from './read-records.js';

// The record fields kpi's normalizeMetrics reads from a platform's columns (`--map` names their column first).
const METRIC_FIELDS = ['id', 'publishedAt', 'impressions', 'reach', 'clicks', 'conversions', 'engagements'] as const;
// The fields no platform export carries: read from their own column (`--map` or the field's name), as without `--platform`.
const EXTRA_FIELDS = ['cost', 'revenue', 'currency', 'pillar', 'format', 'persona'] as const;

/** Options of {@link platformRows}. */
export interface PlatformRowsOptions {
  /** The platform whose export headers are the default column mapping. */
  platform: PlatformId;
  /** The day of the export, `'YYYY-MM-DD'`: it decides which of the platform's names are current. */
  exportedAt: string;
  /** `--map field=Header`: overrides of the catalogue's headers. */
  map: Partial<Record<RecordField, string>>;
  /** `--skip-invalid`: a row missing a metric is passed on to be skipped, rather than stopping the read. */
  skipInvalid: boolean;
}

/**
 * The reader's `rows` hook for `--platform`: each batch of rows, keyed by
 * the file's headers, goes through kpi's `normalizeMetrics` with the
 * platform's catalogue (`platformMetrics`: its native export headers), so a
 * metric the platform never reports is `null`; a row missing a metric the
 * platform reports, or a bad value, stops the read with normalizeMetrics'
 * message (at its line and column), or with `--skip-invalid` comes out
 * without metrics, so summarize skips it and lists its line.
 *
 * @param options - platform, export day and `--map`
 * @returns the hook
 */
export function platformRows(options: PlatformRowsOptions): (batch: Record<string, unknown>[], first: number) => Record<string, unknown>[] {
  const columns: Partial<Record<(typeof METRIC_FIELDS)[number], string>> = {};
  for (const field of METRIC_FIELDS) {
    const header = options.map[field];
    if (header !== undefined) columns[field] = header;
  }
  return (batch, first) => {
    // The extra fields' columns are not the platform's: take them out before normalizeMetrics (no unknownColumn for them).
    const extraKeys = EXTRA_FIELDS.map((field) => [field, options.map[field] ?? field] as const);
    const extra = new Set(extraKeys.map(([, key]) => key));
    const metricRows = batch.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => !extra.has(key))));
    const normalize = (rows: Record<string, unknown>[]): ReturnType<typeof normalizeMetrics> => normalizeMetrics(rows, { platform: options.platform, exportedAt: options.exportedAt, columns });
    // One entry per row: its record, or null for a row to skip (a missing metric; a bad value with --skip-invalid).
    let out: (Record<string, unknown> | null)[];
    try {
      const result = normalize(metricRows);
      const missingFindings = result.findings.filter((f) => f.code === 'missingMetric');
      if (!options.skipInvalid && missingFindings.length > 0) {
        throw new ValidationError(missingFindings.slice(0, 100).map((f) => {
          const i = typeof f.path?.[1] === 'number' ? f.path[1] : 0;
          return { code: 'missingField', message: f.message.replace(/^rows\[\d+\] has/, 'the row has').replace('the row was not emitted', 'map its column with --map field=Header, or use --skip-invalid'), path: ['records', first + i] };
        }));
      }
      const missing = new Set(missingFindings.map((f) => f.path?.[1]));
      let k = 0;
      out = metricRows.map((_, i) => {
        if (missing.has(i)) return null;
        k += 1;
        return { ...result.records[k - 1] };
      });
    } catch (error) {
      if (!(error instanceof ValidationError) || error.issues[0]?.path[0] === 'records') throw error;
      if (!options.skipInvalid) {
        // Paths name the batch's rows: rewrite them as the file's records, as summarize names them.
        throw new ValidationError(error.issues.map((i) => ({
          ...i,
          message: i.message.replace(/^rows\[\d+\]\./, ''),
          path: i.path[0] === 'rows' && typeof i.path[1] === 'number' ? ['records', first + i.path[1], ...i.path.slice(2)] : i.path,
        })));
      }
      // --skip-invalid: row by row, so only the bad rows are skipped.
      out = metricRows.map((row) => {
        try {
          const one = normalize([row]).records[0];
          return one === undefined ? null : { ...one };
        } catch (rowError) {
          if (rowError instanceof ValidationError) return null;
          throw rowError;
        }
      });
    }
    return batch.map((row, i) => {
      const record = out[i] ?? null;
      // Without metrics, summarize skips the row and lists its line.
      if (record === null) return { platform: options.platform };
      for (const [field, key] of extraKeys) if (row[key] !== undefined) record[field] = row[key];
      return record;
    });
  };
}
