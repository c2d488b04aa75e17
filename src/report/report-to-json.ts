import { parseReport, type ReportInput } from './report-schema.js';

/**
 * Renders a report as JSON (two-space indentation, a final newline). The
 * report is plain data (money as decimal strings, instants as ISO 8601
 * strings), so `parseReport(JSON.parse(reportToJson(report)))` equals it.
 *
 * @param report - a report from `buildReport`
 * @returns the JSON text
 * @throws {ValidationError} when `report` is not a report
 * @example
 * const report = buildReport({ records: [], period: { from: '2027-01-01', to: '2027-01-31' }, timeZone: 'Europe/Paris' });
 * JSON.parse(reportToJson(report)).kind; // 'socialkitReport'
 */
export function reportToJson(report: ReportInput): string {
  return `${JSON.stringify(parseReport(report), null, 2)}\n`;
}
