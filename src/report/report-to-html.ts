import { formatsFor, type Formats } from './labels.js';
import { parseReport, type Report, type ReportInput } from './report-schema.js';
import { barChart, escapeXml, heatMap, targetChart, timeSeriesChart } from './svg-charts.js';

const CSS = `
:root { color-scheme: light; --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb; --primary: #2563eb; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
header, main { max-width: 960px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; border-bottom: 2px solid var(--primary); }
h1 { margin: 0 0 4px; font-size: 26px; }
h2 { margin: 32px 0 8px; font-size: 20px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { margin: 20px 0 6px; font-size: 16px; }
.meta { color: var(--muted); margin: 0 0 12px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 12px; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f9fafb; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
.table-wrap { overflow-x: auto; }
details.chart-data { margin: -12px 0 24px; font-size: 13px; }
summary { cursor: pointer; color: var(--muted); }
figure.chart { margin: 16px 0 24px; break-inside: avoid; page-break-inside: avoid; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
figcaption { font-weight: 600; margin-bottom: 6px; }
.status-ahead, .status-onTrack { color: #047857; }
.status-behind { color: #b45309; }
.status-atRisk { color: #b91c1c; font-weight: 600; }
ol.recommendations li { margin-bottom: 6px; }
.evidence { color: var(--muted); font-size: 12px; }
@page { size: A4; margin: 14mm; }
@media print {
  body { font-size: 11pt; }
  header, main { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  table, tr { break-inside: avoid; page-break-inside: avoid; }
  figure.chart svg { max-height: 240mm; }
}
`;

function table(f: Formats, caption: string, head: readonly string[], rows: readonly (readonly (string | { num: string })[])[], numeric: readonly number[] = []): string {
  const num = new Set(numeric);
  const th = head.map((h, i) => `<th scope="col"${num.has(i) ? ' class="num"' : ''}>${escapeXml(h)}</th>`).join('');
  const body =
    rows.length === 0
      ? `<tr><td colspan="${String(head.length)}">${escapeXml(f.labels.none)}</td></tr>`
      : rows.map((r) => `<tr>${r.map((c, i) => (typeof c === 'string' ? `<td${num.has(i) ? ' class="num"' : ''}>${escapeXml(c)}</td>` : `<td class="num">${escapeXml(c.num)}</td>`)).join('')}</tr>`).join('\n');
  return `<div class="table-wrap"><table><caption>${escapeXml(caption)}</caption><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

function figure(id: string, svg: string, dataTable: string, summary: string): string {
  // The data table follows the figure (not inside it), so that a long table never drags the chart across a printed page.
  const caption = svg.match(/<title id="[^"]*">([^<]*)<\/title>/)?.[1] ?? '';
  return `<figure class="chart" id="chart-${id}" aria-labelledby="${id}-caption" aria-describedby="${id}-data"><figcaption id="${id}-caption">${caption}</figcaption>\n${svg}\n</figure>\n<details class="chart-data" id="${id}-data"><summary>${summary}</summary>${dataTable}</details>`;
}

const WEEKDAY_IDS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * The chart data of a report, shared by the SVG and the Vega-Lite renderers (internal).
 *
 * @param report - the parsed report
 * @returns the series, platform bars, mix rows and heat map cells
 */
export function chartData(report: Report): {
  series: { label: string; reach: number | null; rate: number | null }[];
  platforms: { label: string; value: number | null }[];
  mix: { label: string; actual: number | null; target: number | null }[];
  cells: { weekday: number; hour: number; value: number | null; posts: number }[];
} {
  return {
    series: report.timeSeries.points.map((p) => ({ label: p.key, reach: p.reach, rate: p.engagementRateByReach })),
    platforms: report.breakdowns.platform.map((r) => ({ label: r.key ?? '—', value: r.engagementRateByReach })),
    mix: (report.mix?.pillars ?? []).map((p) => ({ label: p.name, actual: p.actual, target: p.target })),
    cells: report.slots.map((s) => ({ weekday: WEEKDAY_IDS.indexOf(s.weekday), hour: s.hour, value: s.engagementRateByReach, posts: s.posts })),
  };
}

/**
 * Renders a report as one self-contained HTML page: no script, no CDN, no
 * network (a Content-Security-Policy forbids it), inline SVG charts drawn by
 * socialkit (a time series of reach and engagement rate, bars per platform,
 * the content mix against target, a weekday × hour heat map), each with a
 * `<title>`, `role="img"` and a data table as its text alternative; tables
 * for every section; print CSS that keeps each chart on one page. Labels
 * and number and date formats follow the report's `locale` (`'fr'` or
 * `'en'`, with Intl). The same report gives the same bytes.
 *
 * @param report - a report from `buildReport` (or parsed back with `parseReport`)
 * @returns the HTML document
 * @throws {ValidationError} when `report` is not a report
 * @example
 * const report = buildReport({ records: [], period: { from: '2027-01-01', to: '2027-01-31' }, timeZone: 'Europe/Paris', locale: 'fr' });
 * reportToHtml(report).startsWith('<!doctype html>\n<html lang="fr">'); // true
 */
export function reportToHtml(report: ReportInput): string {
  const r = parseReport(report);
  const f = formatsFor(r.locale);
  const L = f.labels;
  const pct = (x: number): string => f.percent(x);
  const out: string[] = [];
  out.push('<!doctype html>', `<html lang="${r.locale}">`, '<head>', '<meta charset="utf-8">');
  out.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">', `<title>${escapeXml(r.title)}</title>`, `<style>${CSS}</style>`, '</head>', '<body>');
  const compare = r.comparePeriod === null ? '' : ` ${L.comparedWith} ${f.date(r.comparePeriod.from)} – ${f.date(r.comparePeriod.to)}`;
  out.push(`<header><h1>${escapeXml(r.title)}</h1><p class="meta">${escapeXml(`${L.period}: ${f.date(r.period.from)} – ${f.date(r.period.to)}${compare} · ${L.timeZone}: ${r.timeZone}${r.generatedAt === null ? '' : ` · ${L.generated}: ${f.instant(r.generatedAt, r.timeZone)}`}`)}</p>`);
  out.push(`<p class="meta">${escapeXml(`${L.records}: ${f.number(r.records.current)} · ${L.previous}: ${f.number(r.records.previous)} · ${f.number(r.records.excluded)} ${L.excluded}`)}</p></header>`);
  out.push('<main>');

  // KPIs.
  out.push(`<section id="kpis"><h2>${escapeXml(L.kpis)}</h2>`);
  const kpiRows = r.kpis.map((k) => [
    L.kpiNames[k.kpi] ?? k.kpi,
    { num: f.value(k.current, k.unit, r.currency) },
    { num: f.value(k.previous, k.unit, r.currency) },
    { num: k.change === null ? L.empty : `${typeof k.change === 'number' && k.change > 0 ? '+' : ''}${f.value(k.change, k.unit, r.currency)}` },
    { num: k.relativeChange === null ? L.empty : `${k.relativeChange > 0 ? '+' : ''}${f.percent(k.relativeChange)}` },
    { num: k.target === null ? L.empty : f.value(k.target, k.unit === 'money' ? 'count' : k.unit, r.currency) },
    { num: f.percent(k.attainment) },
    k.status === null ? L.empty : (L.statuses[k.status] ?? k.status),
    L.variants[k.kpi] ?? k.variant,
  ]);
  out.push(table(f, L.kpis, [L.kpi, L.current, L.previous, L.change, L.relativeChange, L.target, L.attainment, L.status, L.variant], kpiRows, [1, 2, 3, 4, 5, 6]).replace(/<td>(ahead|on track|behind|at risk|en avance|dans les temps|en retard|en danger)<\/td>/g, (m: string, s: string) => {
    const key = Object.entries(L.statuses).find(([, v]) => v === s)?.[0] ?? '';
    return `<td class="status-${key}">${m.slice(4, -5)}</td>`;
  }));
  if (r.kpisNotComputed.length > 0) out.push(`<p class="meta">${escapeXml(`${L.notComputed}: ${r.kpisNotComputed.map((k) => k.kpi).join(', ')}`)}</p>`);
  out.push('</section>');

  // Charts.
  const data = chartData(r);
  out.push(`<section id="charts"><h2>${escapeXml(L.charts)}</h2>`);
  const seriesLabel = r.timeSeries.granularity === 'week' ? L.week : L.day;
  out.push(
    figure(
      'timeseries',
      timeSeriesChart({ id: 'timeseries', title: L.timeSeries, desc: L.timeSeriesDesc, empty: L.none }, data.series, { count: (x) => f.number(x), percent: pct }, { reach: L.reach, rate: L.engagementRate }),
      table(f, L.timeSeries, [seriesLabel, L.posts, L.reach, L.engagements, L.engagementRate], r.timeSeries.points.map((p) => [p.key, { num: f.number(p.posts) }, { num: f.number(p.reach) }, { num: f.number(p.engagements) }, { num: f.percent(p.engagementRateByReach) }]), [1, 2, 3, 4]),
      L.dataTable,
    ),
  );
  out.push(
    figure(
      'platforms',
      barChart({ id: 'platforms', title: L.byPlatform, desc: L.byPlatformDesc, empty: L.none }, data.platforms, pct),
      table(f, L.byPlatform, [L.platform, L.posts, L.engagementRate], r.breakdowns.platform.map((p) => [p.key ?? L.empty, { num: f.number(p.posts) }, { num: f.percent(p.engagementRateByReach) }]), [1, 2]),
      L.dataTable,
    ),
  );
  if (r.mix !== null) {
    out.push(
      figure(
        'mix',
        targetChart({ id: 'mix', title: L.mixVsTarget, desc: L.mixVsTargetDesc, empty: L.none }, data.mix, pct, { actual: L.actual, target: L.target }),
        table(f, L.mixVsTarget, [L.pillar, L.count, L.actual, L.target, L.deviation], r.mix.pillars.map((p) => [p.name, { num: f.number(p.count) }, { num: f.percent(p.actual) }, { num: f.percent(p.target) }, { num: f.percent(p.deviation) }]), [1, 2, 3, 4]),
        L.dataTable,
      ),
    );
  }
  out.push(
    figure(
      'heatmap',
      heatMap(
        { id: 'heatmap', title: L.heatmap, desc: `${L.heatmapDesc} (${r.timeZone})`, empty: L.none },
        data.cells.map((c) => ({ ...c, label: `${L.weekdays[c.weekday] ?? ''} ${String(c.hour).padStart(2, '0')}:00 — ${f.percent(c.value)} (${f.number(c.posts)} ${L.posts.toLowerCase()})` })),
        L.weekdays,
      ),
      table(f, L.heatmap, [L.weekday, L.hour, L.posts, L.engagementRate], r.slots.map((s) => [L.weekdays[WEEKDAY_IDS.indexOf(s.weekday)] ?? s.weekday, { num: `${String(s.hour).padStart(2, '0')}:00` }, { num: f.number(s.posts) }, { num: f.percent(s.engagementRateByReach) }]), [1, 2, 3]),
      L.dataTable,
    ),
  );
  out.push('</section>');

  // Breakdowns.
  out.push(`<section id="breakdowns"><h2>${escapeXml(L.breakdowns)}</h2>`);
  for (const [key, label] of [['platform', L.platform], ['pillar', L.pillar], ['format', L.format], ['persona', L.persona]] as const) {
    const rows = r.breakdowns[key];
    out.push(
      table(
        f,
        label,
        [label, L.posts, L.impressions, L.reach, L.engagements, L.clicks, L.engagementRate, L.previousEngagementRate, L.ctr],
        rows.map((b) => [b.key ?? L.empty, { num: f.number(b.posts) }, { num: f.number(b.impressions) }, { num: f.number(b.reach) }, { num: f.number(b.engagements) }, { num: f.number(b.clicks) }, { num: f.percent(b.engagementRateByReach) }, { num: f.percent(b.previousEngagementRateByReach) }, { num: f.percent(b.ctr) }]),
        [1, 2, 3, 4, 5, 6, 7, 8],
      ),
    );
  }
  out.push('</section>');

  // Posts.
  out.push(`<section id="posts"><h2>${escapeXml(L.topPosts)}</h2>`);
  const postRows = (list: Report['topPosts']): (string | { num: string })[][] =>
    list.map((p) => [p.id ?? `#${String(p.index)}`, p.platform, f.instant(p.publishedAt, r.timeZone), p.pillar ?? L.empty, { num: f.number(p.reach) }, { num: f.percent(p.rate) }, { num: f.percent(p.platformMedian) }, { num: p.relative === null ? L.empty : `${f.number(p.relative, 2)} ×` }]);
  const postHead = [L.post, L.platform, L.publishedAt, L.pillar, L.reach, L.engagementRate, L.platformMedian, L.relative];
  out.push(table(f, L.topPosts, postHead, postRows(r.topPosts), [4, 5, 6, 7]));
  out.push(`<h2>${escapeXml(L.bottomPosts)}</h2>`, table(f, L.bottomPosts, postHead, postRows(r.bottomPosts), [4, 5, 6, 7]), '</section>');

  if (r.mix !== null) {
    out.push(`<section id="mix"><h2>${escapeXml(L.mix)}</h2><p>${escapeXml(`${L.totalVariationDistance}: ${f.percent(r.mix.totalVariationDistance)} · ${L.unassigned}: ${f.number(r.mix.unassigned)}`)}</p></section>`);
  }
  if (r.execution !== null) {
    const e = r.execution;
    out.push(`<section id="execution"><h2>${escapeXml(L.execution)}</h2>`);
    out.push(table(f, L.execution, [L.platform, L.planned, L.published, L.rate], [...e.byPlatform.map((p) => [p.platform, { num: f.number(p.planned) }, { num: f.number(p.published) }, { num: f.percent(p.rate) }]), [L.total, { num: f.number(e.planned) }, { num: f.number(e.published) }, { num: f.percent(e.rate) }]], [1, 2, 3]));
    out.push(`<p>${escapeXml(`${L.missed}: ${f.number(e.missed)} · ${L.unplanned}: ${f.number(e.unplanned)}`)}</p></section>`);
  }
  if (r.media !== null) {
    const m = r.media;
    out.push(`<section id="media"><h2>${escapeXml(L.media)}</h2>`);
    const mediaRow = (x: typeof m.total): (string | { num: string })[] => [x.platform ?? L.total, { num: f.money(x.spend, m.currency) }, { num: f.number(x.impressions) }, { num: f.number(x.clicks) }, { num: f.number(x.conversions) }, { num: f.money(x.revenue, m.currency) }, { num: f.money(x.cpc, m.currency) }, { num: f.money(x.cpm, m.currency) }, { num: f.money(x.cpa, m.currency) }, { num: x.roas === null ? L.empty : f.number(x.roas, 2) }, { num: f.percent(x.roi) }];
    out.push(table(f, L.media, [L.platform, L.spend, L.impressions, L.clicks, L.conversions, L.revenue, 'CPC', 'CPM', 'CPA', 'ROAS', 'ROI'], [...m.rows.map(mediaRow), mediaRow(m.total)], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    if (m.plan !== null) {
      const plan = m.plan;
      const money = (x: string): { num: string } => ({ num: f.money(x, m.currency) });
      out.push(`<h3>${escapeXml(`${L.mediaPlan} ${plan.id}`)}</h3>`, `<p>${escapeXml(`${L.period}: ${f.date(plan.period.from)} – ${f.date(plan.period.to)} · ${L.total}: ${f.money(plan.total, m.currency)} · ${L.actualSpend}: ${f.money(plan.actual, m.currency)}`)}</p>`);
      out.push(table(f, `${L.mediaPlan} · ${L.platform}`, [L.platform, L.plannedSpend, L.actualSpend, L.difference, L.spendShare], plan.platforms.map((x) => [x.platform, money(x.planned), money(x.actual), money(x.difference), { num: f.percent(x.share) }]), [1, 2, 3, 4]));
      out.push(table(f, `${L.mediaPlan} · ${L.lineItem}`, [L.lineItem, L.platform, L.objective, L.pricingModel, L.plannedSpend], plan.lineItems.map((x) => [x.id, x.platform, x.objective, x.pricingModel, money(x.planned)]), [4]));
      if (plan.pacing !== null) {
        const pc = plan.pacing;
        const opt = (x: string | null): string => (x === null ? L.empty : f.money(x, m.currency));
        out.push(`<p>${escapeXml(`${L.pacing}: ${L.pacingStatuses[pc.status] ?? pc.status} · ${L.elapsed}: ${f.percent(pc.elapsed)} · ${L.expectedToDate}: ${f.money(pc.expectedToDate, m.currency)} · ${L.spend}: ${f.money(pc.spent, m.currency)} · ${L.pacingRatio}: ${pc.pacingRatio === null ? L.empty : f.number(pc.pacingRatio, 2)} · ${L.linearProjection}: ${opt(pc.linearProjection)} · ${L.runRateProjection}: ${opt(pc.runRateProjection)}`)}</p>`);
      }
    }
    out.push('</section>');
  }
  if (r.incidents !== null) {
    out.push(`<section id="incidents"><h2>${escapeXml(L.incidents)}</h2>`);
    const mins = (x: number | null): string => (x === null ? L.empty : `${f.number(x)} ${L.minutes}`);
    out.push(
      table(
        f,
        L.incidents,
        [L.incident, L.detectedAt, L.peakLevel, L.timeToDetect, L.timeToAcknowledge, L.timeToFirstResponse, L.timeToResolve, L.slaBreaches],
        r.incidents.map((i) => [i.id ?? L.empty, i.detectedAt === null ? L.empty : f.instant(i.detectedAt, r.timeZone), { num: i.peakLevel === null ? L.empty : String(i.peakLevel) }, { num: mins(i.timeToDetectMinutes) }, { num: mins(i.timeToAcknowledgeMinutes) }, { num: mins(i.timeToFirstResponseMinutes) }, { num: mins(i.timeToResolveMinutes) }, i.slaBreaches.length === 0 ? L.none : i.slaBreaches.map((b) => `${b.sla} +${f.number(b.lateMinutes)} ${L.minutes}`).join(', ')]),
        [2, 3, 4, 5, 6],
      ),
      '</section>',
    );
  }

  out.push(`<section id="recommendations"><h2>${escapeXml(L.recommendations)}</h2>`);
  if (r.recommendations.length === 0) out.push(`<p>${escapeXml(L.none)}</p>`);
  else out.push(`<ol class="recommendations">${r.recommendations.map((x) => `<li>${escapeXml(f.recommendation(x, r))} <span class="evidence">(${escapeXml(`${f.number(x.dataPoints)} ${L.basedOn}`)})</span></li>`).join('\n')}</ol>`);
  out.push('</section>');
  if (r.omitted.length > 0) out.push(`<section id="omitted"><h2>${escapeXml(L.omitted)}</h2><ul>${r.omitted.map((x) => `<li>${escapeXml(`${x.section}: ${x.reason}`)}</li>`).join('')}</ul></section>`);
  out.push('</main>', '</body>', '</html>', '');
  return out.join('\n');
}
