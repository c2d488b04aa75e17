import { Decimal } from '../core/index.js';
import { describeValue, guardCsvCell, invalid, readOptions } from '../core/internal.js';
import { parseReport, type Report, type ReportInput } from './report-schema.js';

/**
 * The tables {@link reportToCsv} writes: `'kpis'` (default), the breakdowns
 * `'platform'`, `'pillar'`, `'format'`, `'persona'`, `'timeSeries'`,
 * `'slots'`, `'topPosts'`, `'bottomPosts'`, `'mix'`, `'execution'`,
 * `'media'`, `'mediaPlan'` (planned against actual spend by platform, then
 * the plan's total; empty without a media plan), `'incidents'` and
 * `'recommendations'`.
 *
 * @example
 * REPORT_CSV_TABLES[0]; // 'kpis'
 */
export const REPORT_CSV_TABLES = Object.freeze([
  'kpis', 'platform', 'pillar', 'format', 'persona', 'timeSeries', 'slots', 'topPosts', 'bottomPosts', 'mix', 'execution', 'media', 'mediaPlan', 'incidents', 'recommendations',
] as const);

/** A table of {@link REPORT_CSV_TABLES}. */
export type ReportCsvTable = (typeof REPORT_CSV_TABLES)[number];

/** Options of {@link reportToCsv}. */
export interface ReportToCsvOptions {
  /** Which table (default `'kpis'`). */
  table?: ReportCsvTable;
  /** `','` (default), `';'` or a tab. */
  delimiter?: ',' | ';' | '\t';
  /** Start with a UTF-8 byte order mark (Excel reads accents right with it). */
  bom?: boolean;
  /** `'escape'` (default): a text cell starting with `=`, `+`, `-`, `@`, tab, CR or `'` gets a leading `'`; `'keep'`: written as is. Number cells are never changed. */
  formulas?: 'escape' | 'keep';
  /** The decimal separator of number cells: `'.'` (default) or `','` (French Excel, with `delimiter: ';'`). */
  decimal?: '.' | ',';
}

type Cell = string | number | null | { amount: string };
const money = (value: string | null): Cell => (value === null ? null : { amount: value });

function plainNumber(x: number): string {
  const s = String(x);
  if (!/e/i.test(s)) return s;
  // No exponent in a spreadsheet cell: the shortest fixed form that reads back to the same number.
  for (let digits = 0; digits <= 100; digits += 1) {
    const fixed = x.toFixed(digits);
    if (Number(fixed) === x) return fixed;
  }
  return x.toFixed(100);
}

function tableOf(r: Report, name: ReportCsvTable): [string[], Cell[][]] {
  switch (name) {
    case 'kpis':
      return [
        ['kpi', 'unit', 'current', 'previous', 'change', 'relativeChange', 'objectiveId', 'baseline', 'target', 'attainment', 'expectedShare', 'status', 'variant'],
        r.kpis.map((k) => {
          const v = (x: number | string | null): Cell => (typeof x === 'string' ? money(x) : x);
          return [k.kpi, k.unit, v(k.current), v(k.previous), v(k.change), k.relativeChange, k.objectiveId, k.baseline, k.target, k.attainment, k.expectedShare, k.status, k.variant];
        }),
      ];
    case 'platform':
    case 'pillar':
    case 'format':
    case 'persona':
      return [
        [name, 'posts', 'impressions', 'reach', 'engagements', 'clicks', 'conversions', 'engagementRateByReach', 'engagementRateByImpressions', 'ctr', 'previousEngagementRateByReach'],
        r.breakdowns[name].map((b) => [b.key, b.posts, b.impressions, b.reach, b.engagements, b.clicks, b.conversions, b.engagementRateByReach, b.engagementRateByImpressions, b.ctr, b.previousEngagementRateByReach]),
      ];
    case 'timeSeries':
      return [[r.timeSeries.granularity, 'posts', 'reach', 'engagements', 'engagementRateByReach'], r.timeSeries.points.map((p) => [p.key, p.posts, p.reach, p.engagements, p.engagementRateByReach])];
    case 'slots':
      return [['weekday', 'hour', 'posts', 'reach', 'engagements', 'engagementRateByReach'], r.slots.map((s) => [s.weekday, s.hour, s.posts, s.reach, s.engagements, s.engagementRateByReach])];
    case 'topPosts':
    case 'bottomPosts':
      return [
        ['id', 'index', 'platform', 'publishedAt', 'pillar', 'format', 'reach', 'engagements', 'rate', 'platformMedian', 'relative', 'platformPosts'],
        r[name].map((p) => [p.id, p.index, p.platform, p.publishedAt, p.pillar, p.format, p.reach, p.engagements, p.rate, p.platformMedian, p.relative, p.platformPosts]),
      ];
    case 'mix':
      return [['pillar', 'name', 'count', 'actual', 'target', 'deviation'], (r.mix?.pillars ?? []).map((p) => [p.key, p.name, p.count, p.actual, p.target, p.deviation])];
    case 'execution':
      return [['platform', 'planned', 'published', 'rate'], r.execution === null ? [] : [...r.execution.byPlatform.map((p) => [p.platform, p.planned, p.published, p.rate]), [null, r.execution.planned, r.execution.published, r.execution.rate]]];
    case 'media': {
      const m = r.media;
      const row = (x: NonNullable<Report['media']>['total']): Cell[] => [x.platform, money(x.spend), x.impressions, x.clicks, x.conversions, money(x.revenue), money(x.cpc), money(x.cpm), money(x.cpa), x.roas, x.roi];
      return [['platform', 'spend', 'impressions', 'clicks', 'conversions', 'revenue', 'cpc', 'cpm', 'cpa', 'roas', 'roi'], m === null ? [] : [...m.rows.map(row), row(m.total)]];
    }
    case 'mediaPlan': {
      const plan = r.media?.plan ?? null;
      return [
        ['platform', 'planned', 'actual', 'difference', 'share'],
        plan === null ? [] : [
          ...plan.platforms.map((x): Cell[] => [x.platform, money(x.planned), money(x.actual), money(x.difference), x.share]),
          [null, money(plan.total), money(plan.actual), money(new Decimal(plan.actual).minus(plan.total).toFixed()), new Decimal(plan.total).isZero() ? null : new Decimal(plan.actual).div(plan.total).toNumber()],
        ],
      ];
    }
    case 'incidents':
      return [
        ['id', 'detectedAt', 'peakLevel', 'timeToDetectMinutes', 'timeToAcknowledgeMinutes', 'timeToFirstResponseMinutes', 'timeToResolveMinutes', 'mentionsBefore', 'mentionsDuring', 'slaBreaches'],
        (r.incidents ?? []).map((i) => [i.id, i.detectedAt, i.peakLevel, i.timeToDetectMinutes, i.timeToAcknowledgeMinutes, i.timeToFirstResponseMinutes, i.timeToResolveMinutes, i.mentionsBefore, i.mentionsDuring, i.slaBreaches.length]),
      ];
    case 'recommendations':
      return [['code', 'dataPoints', 'message', 'evidence'], r.recommendations.map((x) => [x.code, x.dataPoints, x.message, JSON.stringify(x.evidence)])];
  }
}

/**
 * Writes one table of a report as CSV (RFC 4180 quoting, CRLF line ends):
 * a text cell that starts with `=`, `+`, `-`, `@`, tab, CR or `'` gets a
 * leading `'` (core's CSV guard; `formulas: 'keep'` writes it as is), a
 * number cell (a negative change, a money amount) never; `null` is an empty
 * cell; numbers have no exponent and use `decimal` as their separator. For
 * French Excel: `{ delimiter: ';', bom: true, decimal: ',' }`. A section the
 * report left out gives its header row alone.
 *
 * @param report - a report from `buildReport`
 * @param options - `table`, `delimiter`, `bom`, `formulas`, `decimal`
 * @returns the CSV text
 * @throws {ValidationError} for a malformed report or option, or `decimal: ','` with `delimiter: ','`
 * @example
 * const report = buildReport({ records: [], period: { from: '2027-01-01', to: '2027-01-31' }, timeZone: 'Europe/Paris' });
 * reportToCsv(report, { table: 'slots' }); // 'weekday,hour,posts,reach,engagements,engagementRateByReach\r\n'
 */
export function reportToCsv(report: ReportInput, options?: ReportToCsvOptions): string {
  const o = readOptions<ReportToCsvOptions>(options, 'options', ['table', 'delimiter', 'bom', 'formulas', 'decimal']);
  const name = o.table ?? 'kpis';
  if (!(REPORT_CSV_TABLES as readonly unknown[]).includes(name)) throw invalid('invalidValue', `options.table must be one of ${REPORT_CSV_TABLES.join(', ')}, got ${describeValue(name)}`, ['options', 'table']);
  const delimiter = o.delimiter ?? ',';
  if (delimiter !== ',' && delimiter !== ';' && delimiter !== '\t') throw invalid('invalidDelimiter', `options.delimiter must be ',', ';' or a tab, got ${describeValue(delimiter)}`, ['options', 'delimiter']);
  if (o.bom !== undefined && typeof o.bom !== 'boolean') throw invalid('invalidType', `options.bom must be true or false, got ${describeValue(o.bom)}`, ['options', 'bom']);
  const formulas = o.formulas ?? 'escape';
  if (formulas !== 'escape' && formulas !== 'keep') throw invalid('invalidType', `options.formulas must be 'escape' (the default) or 'keep', got ${describeValue(formulas)}`, ['options', 'formulas']);
  const decimal = o.decimal ?? '.';
  if (decimal !== '.' && decimal !== ',') throw invalid('invalidValue', `options.decimal must be '.' or ',', got ${describeValue(decimal)}`, ['options', 'decimal']);
  if (decimal === ',' && delimiter === ',') throw invalid('invalidDelimiter', "options.decimal ',' needs another delimiter: use delimiter ';' (French Excel) or a tab", ['options', 'delimiter']);
  const r = parseReport(report);
  const quote = (value: string): string => (value.includes(delimiter) || value.includes('"') || value.includes('\r') || value.includes('\n') ? `"${value.replaceAll('"', '""')}"` : value);
  const num = (s: string): string => (decimal === ',' ? s.replace('.', ',') : s);
  const write = (c: Cell): string => {
    if (c === null) return '';
    if (typeof c === 'number') return quote(num(plainNumber(c)));
    if (typeof c === 'object') return quote(num(c.amount));
    return quote(guardCsvCell(c, formulas));
  };
  const [head, rows] = tableOf(r, name);
  const lines = [head.map((h) => quote(h)).join(delimiter), ...rows.map((row) => row.map(write).join(delimiter))];
  return `${o.bom === true ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`;
}
