import { formatsFor } from './labels.js';
import { parseReport, type ReportInput } from './report-schema.js';
import { chartData } from './report-to-html.js';

/**
 * A Vega-Lite v6 specification with its data inline, as socialkit writes it
 * (socialkit's own type: the package does not depend on vega-lite). Render
 * it with vega-embed or compile it with vega-lite's `compile`.
 */
export interface VegaLiteSpec {
  /** `'https://vega.github.io/schema/vega-lite/v6.json'`. */
  $schema: string;
  /** The chart's title. */
  title: string;
  /** What it shows, in words (the accessible description). */
  description: string;
  /** The data, inline. */
  data: { values: Record<string, string | number | null>[] };
  /** The rest of the specification: `mark`, `encoding`, `layer`, `resolve`, `width`, `height`… */
  [property: string]: unknown;
}

/** The ids of {@link reportCharts}' charts. */
export type ReportChartId = 'timeSeries' | 'platforms' | 'mix' | 'heatmap';

/** One chart of a report: its id, its title and its Vega-Lite spec. */
export interface ReportChart {
  /** `'timeSeries'`, `'platforms'`, `'mix'` (with an editorial line) or `'heatmap'`. */
  id: ReportChartId;
  /** The chart's title in the report's locale. */
  title: string;
  /** The Vega-Lite v6 specification. */
  spec: VegaLiteSpec;
}

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * The charts of the HTML report as Vega-Lite v6 specifications with their
 * data inline, for teams that draw charts in their own dashboards: the time
 * series of reach (bars) and engagement rate (a line on its own axis), the
 * engagement rate per platform, the mix against target (with an editorial
 * line), and the weekday × hour heat map.
 *
 * @param report - a report from `buildReport`
 * @returns the charts, in the HTML report's order
 * @throws {ValidationError} when `report` is not a report
 * @example
 * const report = buildReport({ records: [], period: { from: '2027-01-01', to: '2027-01-31' }, timeZone: 'Europe/Paris' });
 * reportCharts(report).map((c) => c.id); // ['timeSeries', 'platforms', 'heatmap']
 */
export function reportCharts(report: ReportInput): ReportChart[] {
  const r = parseReport(report);
  const L = formatsFor(r.locale).labels;
  const data = chartData(r);
  const bucket = r.timeSeries.granularity === 'week' ? L.week : L.day;
  const charts: ReportChart[] = [
    {
      id: 'timeSeries',
      title: L.timeSeries,
      spec: {
        $schema: SCHEMA,
        title: L.timeSeries,
        description: L.timeSeriesDesc,
        data: { values: data.series.map((p) => ({ bucket: p.label, reach: p.reach, engagementRateByReach: p.rate })) },
        width: 600,
        height: 240,
        encoding: { x: { field: 'bucket', type: 'ordinal', title: bucket } },
        layer: [
          { mark: { type: 'bar', opacity: 0.75 }, encoding: { y: { field: 'reach', type: 'quantitative', title: L.reach } } },
          { mark: { type: 'line', color: '#d97706', point: true }, encoding: { y: { field: 'engagementRateByReach', type: 'quantitative', title: L.engagementRate, axis: { format: '.1%' } } } },
        ],
        resolve: { scale: { y: 'independent' } },
      },
    },
    {
      id: 'platforms',
      title: L.byPlatform,
      spec: {
        $schema: SCHEMA,
        title: L.byPlatform,
        description: L.byPlatformDesc,
        data: { values: data.platforms.map((p) => ({ platform: p.label, engagementRateByReach: p.value })) },
        mark: 'bar',
        encoding: {
          y: { field: 'platform', type: 'nominal', title: L.platform, sort: null },
          x: { field: 'engagementRateByReach', type: 'quantitative', title: L.engagementRate, axis: { format: '.1%' } },
        },
      },
    },
  ];
  if (r.mix !== null) {
    charts.push({
      id: 'mix',
      title: L.mixVsTarget,
      spec: {
        $schema: SCHEMA,
        title: L.mixVsTarget,
        description: L.mixVsTargetDesc,
        data: { values: data.mix.flatMap((p) => [{ pillar: p.label, series: L.actual, share: p.actual }, { pillar: p.label, series: L.target, share: p.target }]) },
        mark: 'bar',
        encoding: {
          y: { field: 'pillar', type: 'nominal', title: L.pillar, sort: null },
          yOffset: { field: 'series', type: 'nominal' },
          x: { field: 'share', type: 'quantitative', title: L.actual, axis: { format: '.0%' } },
          color: { field: 'series', type: 'nominal', title: null },
        },
      },
    });
  }
  charts.push({
    id: 'heatmap',
    title: L.heatmap,
    spec: {
      $schema: SCHEMA,
      title: L.heatmap,
      description: `${L.heatmapDesc} (${r.timeZone})`,
      data: { values: data.cells.map((c) => ({ weekday: L.weekdays[c.weekday] ?? '', weekdayIndex: c.weekday, hour: c.hour, posts: c.posts, engagementRateByReach: c.value })) },
      mark: 'rect',
      encoding: {
        x: { field: 'hour', type: 'ordinal', title: L.hour, scale: { domain: Array.from({ length: 24 }, (_, h) => h) } },
        y: { field: 'weekday', type: 'ordinal', title: L.weekday, sort: { field: 'weekdayIndex' }, scale: { domain: [...L.weekdays] } },
        color: { field: 'engagementRateByReach', type: 'quantitative', title: L.engagementRate, legend: { format: '.1%' } },
        tooltip: [
          { field: 'weekday', type: 'ordinal' },
          { field: 'hour', type: 'ordinal' },
          { field: 'posts', type: 'quantitative' },
          { field: 'engagementRateByReach', type: 'quantitative', format: '.2%' },
        ],
      },
    },
  });
  return charts;
}
