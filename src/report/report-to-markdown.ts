import { formatsFor } from './labels.js';
import { parseReport, type Report, type ReportInput } from './report-schema.js';

const cell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ');

function table(head: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []): string {
  const r = new Set(right);
  const lines = [`| ${head.map(cell).join(' | ')} |`, `| ${head.map((_, i) => (r.has(i) ? '---:' : '---')).join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

/**
 * Renders a report as Markdown (GitHub tables): the KPI table, breakdowns,
 * slots, top and bottom posts, the sections present, recommendations and
 * the sections left out, with the report's locale's labels and Intl number
 * and date formats.
 *
 * @param report - a report from `buildReport`
 * @returns the Markdown text, ending with a newline
 * @throws {ValidationError} when `report` is not a report
 * @example
 * const report = buildReport({ records: [], period: { from: '2027-01-01', to: '2027-01-31' }, timeZone: 'Europe/Paris' });
 * reportToMarkdown(report).split('\n')[0]; // '# Social media report'
 */
export function reportToMarkdown(report: ReportInput): string {
  const r: Report = parseReport(report);
  const f = formatsFor(r.locale);
  const L = f.labels;
  const out: string[] = [`# ${r.title}`, ''];
  const compare = r.comparePeriod === null ? '' : ` ${L.comparedWith} ${f.date(r.comparePeriod.from)} – ${f.date(r.comparePeriod.to)}`;
  out.push(`${L.period}: ${f.date(r.period.from)} – ${f.date(r.period.to)}${compare} · ${L.timeZone}: ${r.timeZone}`, '');
  out.push(`${L.records}: ${f.number(r.records.current)} · ${L.previous}: ${f.number(r.records.previous)} · ${f.number(r.records.excluded)} ${L.excluded}`, '');
  out.push(`## ${L.kpis}`, '');
  out.push(
    table(
      [L.kpi, L.current, L.previous, L.change, L.relativeChange, L.target, L.attainment, L.status, L.variant],
      r.kpis.map((k) => [
        L.kpiNames[k.kpi] ?? k.kpi,
        f.value(k.current, k.unit, r.currency),
        f.value(k.previous, k.unit, r.currency),
        f.value(k.change, k.unit, r.currency),
        f.percent(k.relativeChange),
        k.target === null ? L.empty : f.value(k.target, k.unit === 'money' ? 'count' : k.unit, r.currency),
        f.percent(k.attainment),
        k.status === null ? L.empty : (L.statuses[k.status] ?? k.status),
        L.variants[k.kpi] ?? k.variant,
      ]),
      [1, 2, 3, 4, 5, 6],
    ),
    '',
  );
  out.push(`## ${L.breakdowns}`, '');
  for (const [key, label] of [['platform', L.platform], ['pillar', L.pillar], ['format', L.format], ['persona', L.persona]] as const) {
    out.push(`### ${label}`, '');
    out.push(
      table(
        [label, L.posts, L.reach, L.engagements, L.engagementRate, L.previousEngagementRate, L.ctr],
        r.breakdowns[key].map((b) => [b.key ?? L.empty, f.number(b.posts), f.number(b.reach), f.number(b.engagements), f.percent(b.engagementRateByReach), f.percent(b.previousEngagementRateByReach), f.percent(b.ctr)]),
        [1, 2, 3, 4, 5, 6],
      ),
      '',
    );
  }
  out.push(`### ${L.heatmap}`, '');
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  out.push(table([L.weekday, L.hour, L.posts, L.engagementRate], r.slots.map((s) => [L.weekdays[days.indexOf(s.weekday)] ?? s.weekday, `${String(s.hour).padStart(2, '0')}:00`, f.number(s.posts), f.percent(s.engagementRateByReach)]), [1, 2, 3]), '');
  const posts = (list: Report['topPosts']): string[][] => list.map((p) => [p.id ?? `#${String(p.index)}`, p.platform, f.instant(p.publishedAt, r.timeZone), f.percent(p.rate), f.percent(p.platformMedian), p.relative === null ? L.empty : `${f.number(p.relative, 2)} ×`]);
  const postHead = [L.post, L.platform, L.publishedAt, L.engagementRate, L.platformMedian, L.relative];
  out.push(`## ${L.topPosts}`, '', table(postHead, posts(r.topPosts), [3, 4, 5]), '', `## ${L.bottomPosts}`, '', table(postHead, posts(r.bottomPosts), [3, 4, 5]), '');
  if (r.mix !== null) {
    out.push(`## ${L.mix}`, '', table([L.pillar, L.count, L.actual, L.target, L.deviation], r.mix.pillars.map((p) => [p.name, f.number(p.count), f.percent(p.actual), f.percent(p.target), f.percent(p.deviation)]), [1, 2, 3, 4]), '');
    out.push(`${L.totalVariationDistance}: ${f.percent(r.mix.totalVariationDistance)}`, '');
  }
  if (r.execution !== null) {
    const e = r.execution;
    out.push(`## ${L.execution}`, '', table([L.platform, L.planned, L.published, L.rate], [...e.byPlatform.map((p) => [p.platform, f.number(p.planned), f.number(p.published), f.percent(p.rate)]), [L.total, f.number(e.planned), f.number(e.published), f.percent(e.rate)]], [1, 2, 3]), '');
  }
  if (r.media !== null) {
    const m = r.media;
    const row = (x: typeof m.total): string[] => [x.platform ?? L.total, f.money(x.spend, m.currency), f.number(x.clicks), f.money(x.cpc, m.currency), f.money(x.cpm, m.currency), f.money(x.cpa, m.currency), x.roas === null ? L.empty : f.number(x.roas, 2), f.percent(x.roi)];
    out.push(`## ${L.media}`, '', table([L.platform, L.spend, L.clicks, 'CPC', 'CPM', 'CPA', 'ROAS', 'ROI'], [...m.rows.map(row), row(m.total)], [1, 2, 3, 4, 5, 6, 7]), '');
    if (m.plan !== null) {
      const plan = m.plan;
      const money = (x: string): string => f.money(x, m.currency);
      out.push(`### ${L.mediaPlan} ${cell(plan.id)}`, '', `${L.period}: ${f.date(plan.period.from)} – ${f.date(plan.period.to)} · ${L.total}: ${money(plan.total)} · ${L.actualSpend}: ${money(plan.actual)}`, '');
      out.push(table([L.platform, L.plannedSpend, L.actualSpend, L.difference, L.spendShare], plan.platforms.map((x) => [x.platform, money(x.planned), money(x.actual), money(x.difference), f.percent(x.share)]), [1, 2, 3, 4]), '');
      out.push(table([L.lineItem, L.platform, L.objective, L.pricingModel, L.plannedSpend], plan.lineItems.map((x) => [cell(x.id), x.platform, x.objective, x.pricingModel, money(x.planned)]), [4]), '');
      if (plan.pacing !== null) {
        const pc = plan.pacing;
        out.push(`${L.pacing}: ${L.pacingStatuses[pc.status] ?? pc.status} · ${L.elapsed}: ${f.percent(pc.elapsed)} · ${L.expectedToDate}: ${money(pc.expectedToDate)} · ${L.spend}: ${money(pc.spent)} · ${L.pacingRatio}: ${pc.pacingRatio === null ? L.empty : f.number(pc.pacingRatio, 2)} · ${L.linearProjection}: ${pc.linearProjection === null ? L.empty : money(pc.linearProjection)} · ${L.runRateProjection}: ${pc.runRateProjection === null ? L.empty : money(pc.runRateProjection)}`, '');
      }
    }
  }
  if (r.incidents !== null) {
    const mins = (x: number | null): string => (x === null ? L.empty : `${f.number(x)} ${L.minutes}`);
    out.push(`## ${L.incidents}`, '', table([L.incident, L.peakLevel, L.timeToDetect, L.timeToAcknowledge, L.timeToFirstResponse, L.timeToResolve, L.slaBreaches], r.incidents.map((i) => [i.id ?? L.empty, i.peakLevel === null ? L.empty : String(i.peakLevel), mins(i.timeToDetectMinutes), mins(i.timeToAcknowledgeMinutes), mins(i.timeToFirstResponseMinutes), mins(i.timeToResolveMinutes), i.slaBreaches.length === 0 ? L.none : i.slaBreaches.map((b) => `${b.sla} +${f.number(b.lateMinutes)} ${L.minutes}`).join(', ')]), [1, 2, 3, 4, 5]), '');
  }
  out.push(`## ${L.recommendations}`, '');
  if (r.recommendations.length === 0) out.push(L.none, '');
  else {
    r.recommendations.forEach((x, i) => out.push(`${String(i + 1)}. ${cell(f.recommendation(x, r))} (${f.number(x.dataPoints)} ${L.basedOn})`));
    out.push('');
  }
  if (r.omitted.length > 0) {
    out.push(`## ${L.omitted}`, '');
    for (const x of r.omitted) out.push(`- ${x.section}: ${x.reason}`);
    out.push('');
  }
  return out.join('\n');
}
