/**
 * The KPI report: {@link buildReport} turns kpi records (and, when given, a
 * strategy, an editorial line, a plan, media spend and incidents) into plain
 * data with a schema, and the renderers write it as one self-contained HTML
 * page with inline SVG charts, Markdown, JSON, CSV for Excel, and Vega-Lite
 * specs. See docs/report.md.
 *
 * @module report
 */
export { buildReport, DEFAULT_REPORT_KPIS, REPORT_MINIMUMS, type BuildReportInput, type IncidentInput, type SpendInput } from './build-report.js';
export { reportCharts, type ReportChart, type ReportChartId, type VegaLiteSpec } from './report-charts.js';
export {
  parseReport,
  REPORT_LOCALES,
  REPORT_RECOMMENDATION_CODES,
  REPORT_SECTIONS,
  ReportSchema,
  type Report,
  type ReportBreakdownRow,
  type ReportInput,
  type ReportKpiRow,
  type ReportLocale,
  type ReportRecommendation,
  type ReportRecommendationCode,
  type ReportSection,
} from './report-schema.js';
export { REPORT_CSV_TABLES, reportToCsv, type ReportCsvTable, type ReportToCsvOptions } from './report-to-csv.js';
export { reportToHtml } from './report-to-html.js';
export { reportToJson } from './report-to-json.js';
export { reportToMarkdown } from './report-to-markdown.js';
