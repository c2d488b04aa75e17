import { CurrencyMismatchError, Decimal, isPlatformId, money, type MoneyInput, type PlatformId, ratio, WEEKDAYS } from '../core/index.js';
import {
  arrayArgument,
  DAY_MS,
  deepFreeze,
  describeValue,
  formatDay,
  instant,
  invalid,
  localDate,
  localDateRange,
  objectArgument,
  parseDay,
  readOptions,
  timeZone as readTimeZone,
  zoneClock,
} from '../core/internal.js';
import { pacing, parseMediaPlan, type MediaPlanInput } from '../budget/index.js';
import { postMortem, type IncidentLogInput, type MentionPoint, type PlaybookInput } from '../crisis/index.js';
import { parsePlan, type PlanInput } from '../calendar/index.js';
import { mixReport, parseEditorialLine, type EditorialLineInput } from '../editorial/index.js';
import { cpa, cpc, cpm, relativeToPlatformMedian, roas, roi, summarize, type SummaryRecord, type SummaryRow } from '../kpi/index.js';
import { postingWindowsFromHistory } from '../persona/index.js';
import { goalProgress, parseStrategy, type StrategyInput } from '../strategy/index.js';
import { REPORT_LOCALES, type Report, type ReportLocale, type ReportRecommendation, type ReportSection } from './report-schema.js';

/** One media spend line of {@link BuildReportInput}: what was spent on a platform on a local date. */
export interface SpendInput {
  /** The platform. */
  platform: PlatformId;
  /** The local date `'YYYY-MM-DD'` (in the report's zone). */
  date: string;
  /** The amount, money ≥ 0 in the report's currency. */
  amount: MoneyInput;
}

/** One incident of {@link BuildReportInput}: its log, the mention series around it and, for SLA breaches, its playbook. */
export interface IncidentInput {
  /** The incident log (see crisis's `IncidentLogSchema`). */
  log: IncidentLogInput;
  /** The mention series `{ at, count, negative? }` around it. */
  series: readonly MentionPoint[];
  /** The playbook whose service levels are checked. */
  playbook?: PlaybookInput;
}

/**
 * The input of {@link buildReport}. `records`, `period` and `timeZone` are
 * required; every other field adds a section (and its absence is listed in
 * the report's `omitted`).
 */
export interface BuildReportInput {
  /** kpi records (`SummaryRecord`s, with the optional `id` that matches them to planned posts). */
  records: readonly SummaryRecord[];
  /** The period, local dates, both ends included. */
  period: { from: string; to: string };
  /** The IANA zone of the period's days and the weekday × hour slots. */
  timeZone: string;
  /** A range of local dates, `'previousPeriod'` (as many days just before) or `'previousYear'` (the same dates a year earlier). */
  comparePeriod?: { from: string; to: string } | 'previousPeriod' | 'previousYear';
  /** The moment of the report (required with `strategy`: the objectives' status depends on it). */
  now?: Date | string;
  /** The strategy: its objectives name the KPIs of the table, with baseline, target, start and deadline. */
  strategy?: StrategyInput;
  /** The editorial line: adds the content mix against its targets. */
  editorialLine?: EditorialLineInput;
  /** The publication plan: adds calendar execution (a record matches a planned post by `id`). */
  plan?: PlanInput;
  /** Media spend: adds spend, CPC, CPM, CPA, ROAS and ROI per platform. */
  spend?: readonly SpendInput[];
  /**
   * The media plan (budget's `MediaPlanSchema`): adds its total and planned
   * spend per line item and per platform against the actual spend of `spend`
   * dated in the plan's period, and, with `now`, budget's `pacing` of the
   * plan's total at `now` (in `timeZone`).
   */
  mediaPlan?: MediaPlanInput;
  /** The period's incidents: adds time to detect, acknowledge, respond and resolve, and SLA breaches. */
  incidents?: readonly IncidentInput[];
  /** The ISO 4217 currency of money (default: the records' currency). */
  currency?: string;
  /** `'fr'` or `'en'` (default `'en'`), for the renderers. */
  locale?: ReportLocale;
  /** The report's title (default: `'Social media report'` or `'Rapport réseaux sociaux'`). */
  title?: string;
}

/**
 * The fewest data points behind a recommendation: a weekday × hour slot needs
 * `slotPosts` posts (5), a pillar `pillarPosts` (10), a boost a platform of
 * `platformPostsForBoost` posts (10), a mix recommendation `mixPosts` (10).
 * Fewer, and the report recommends nothing from them.
 *
 * @example
 * REPORT_MINIMUMS.slotPosts; // 5
 */
export const REPORT_MINIMUMS = deepFreeze({ slotPosts: 5, pillarPosts: 10, platformPostsForBoost: 10, mixPosts: 10 });

const KEYS = ['records', 'period', 'timeZone', 'comparePeriod', 'now', 'strategy', 'editorialLine', 'plan', 'spend', 'mediaPlan', 'incidents', 'currency', 'locale', 'title'] as const;

type Unit = 'count' | 'ratio' | 'money';
const KPI_CATALOGUE: Readonly<Record<string, readonly [Unit, string]>> = {
  impressions: ['count', 'Σ impressions'],
  reach: ['count', 'Σ reach (per-post reach added up, not deduplicated people)'],
  engagements: ['count', 'Σ engagements'],
  clicks: ['count', 'Σ clicks'],
  conversions: ['count', 'Σ conversions'],
  engagementRateByReach: ['ratio', 'engagement rate by reach, ratio of sums: Σ engagements / Σ reach'],
  engagementRateByImpressions: ['ratio', 'engagement rate by impressions, ratio of sums: Σ engagements / Σ impressions'],
  ctr: ['ratio', 'click-through rate, ratio of sums: Σ clicks / Σ impressions'],
  cpc: ['money', 'cost per click: Σ cost / Σ clicks'],
  cpm: ['money', 'cost per thousand impressions: 1000 × Σ cost / Σ impressions'],
  cpa: ['money', 'cost per acquisition: Σ cost / Σ conversions'],
  roas: ['ratio', 'return on ad spend: Σ revenue / Σ cost'],
  roi: ['ratio', 'return on investment: (Σ revenue − Σ cost) / Σ cost'],
};

/**
 * The KPIs of the table when no strategy names any: reach, impressions,
 * engagements, clicks, engagement rate by reach and by impressions, CTR, and,
 * when the records carry a cost, CPC, CPM, CPA, ROAS and ROI.
 *
 * @example
 * DEFAULT_REPORT_KPIS[0]; // 'reach'
 */
export const DEFAULT_REPORT_KPIS = Object.freeze(['reach', 'impressions', 'engagements', 'clicks', 'engagementRateByReach', 'engagementRateByImpressions', 'ctr', 'cpc', 'cpm', 'cpa', 'roas', 'roi'] as const);

const TOP = 5;
const clean = (x: number): number => (Object.is(x, -0) ? 0 : x);
const dec = (d: Decimal | null): string | null => (d === null ? null : d.toFixed());

function kpiValue(row: SummaryRow | undefined, kpi: string): number | string | null {
  if (row === undefined) return null;
  const value = (row as unknown as Record<string, unknown>)[kpi];
  if (value === null || value === undefined) return null;
  if (Decimal.isDecimal(value)) return value.toFixed();
  return typeof value === 'number' ? clean(value) : null;
}

function emptyRow(): SummaryRow {
  const zero = new Decimal(0);
  return {
    key: {}, posts: 0, impressions: 0, reach: 0, engagements: 0, clicks: 0, conversions: 0, cost: zero, revenue: zero,
    engagementRateByReach: null, engagementRateByImpressions: null, ctr: null, cpc: null, cpm: null, cpa: null, roas: null, roi: null,
  };
}

function resolveCompare(value: unknown, period: { from: string; to: string }): { from: string; to: string } | null {
  if (value === undefined) return null;
  const from = parseDay(period.from);
  const to = parseDay(period.to);
  if (value === 'previousPeriod') {
    const days = to - from + 1;
    return { from: formatDay(from - days), to: formatDay(from - 1) };
  }
  if (value === 'previousYear') {
    const back = (d: string): string => {
      const [y, m, day] = d.split('-');
      const year = String(Number(y) - 1).padStart(4, '0');
      // 29 February a year earlier is 28 February.
      return m === '02' && day === '29' ? `${year}-02-28` : `${year}-${m as string}-${day as string}`;
    };
    return { from: back(period.from), to: back(period.to) };
  }
  if (typeof value === 'string') {
    throw invalid('invalidValue', `comparePeriod must be { from, to }, 'previousPeriod' or 'previousYear', got ${describeValue(value)}`, 'comparePeriod');
  }
  return localDateRange(value, 'comparePeriod');
}

const relChange = (current: number | null, previous: number | null): number | null =>
  current === null || previous === null || previous === 0 ? null : clean((current - previous) / previous);

function change(current: number | string | null, previous: number | string | null): [number | string | null, number | null] {
  if (current === null || previous === null) return [null, null];
  if (typeof current === 'string' || typeof previous === 'string') {
    const c = new Decimal(current);
    const p = new Decimal(previous);
    return [c.minus(p).toFixed(), p.isZero() ? null : clean(c.minus(p).div(p).toNumber())];
  }
  return [clean(current - previous), relChange(current, previous)];
}

function breakdown(current: SummaryRecord[], previous: SummaryRecord[], dimension: string, currency: string | undefined): Report['breakdowns']['platform'] {
  const opts = currency === undefined ? { by: [dimension] } : { by: [dimension], currency };
  const prev = new Map(summarize(previous, opts).rows.map((r) => [r.key[dimension] ?? null, r.engagementRateByReach]));
  return summarize(current, opts).rows.map((r) => {
    const key = r.key[dimension] ?? null;
    return {
      key, posts: r.posts, impressions: r.impressions, reach: r.reach, engagements: r.engagements, clicks: r.clicks, conversions: r.conversions,
      engagementRateByReach: r.engagementRateByReach, engagementRateByImpressions: r.engagementRateByImpressions, ctr: r.ctr,
      previousEngagementRateByReach: prev.get(key) ?? null,
    };
  });
}

const optionalString = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * Builds a KPI report of a period from kpi records, as plain data (see
 * `ReportSchema`): the KPI table with the previous period and the
 * strategy's targets, breakdowns by platform, pillar, format, persona and
 * weekday × hour, top and bottom posts, and, when their input is given, the
 * content mix, calendar execution, media and incidents; then
 * recommendations, each traced to its numbers.
 *
 * Rules:
 * - a record belongs to the period when its `publishedAt`'s local date in
 *   `timeZone` is within it (both ends included), else to the comparison
 *   period, else it is counted in `records.excluded`;
 * - every rate is a ratio of sums (Σ engagements / Σ reach…), the same
 *   numbers kpi's `summarize` gives for the same records;
 * - KPIs: the first KPI of each strategy objective (its `baseline` and
 *   `target` are in that KPI's unit), else {@link DEFAULT_REPORT_KPIS};
 *   `attainment`, `expectedShare` and `status` come from strategy's
 *   `goalProgress` between the objective's `start` (00:00) and the day
 *   after its `deadline` (00:00) in `timeZone`, at `now`;
 * - top and bottom posts: the {@link REPORT_MINIMUMS}-free ranking of
 *   kpi's `relativeToPlatformMedian` (engagement rate by reach over the
 *   platform's median post of the period), five each;
 * - media: spend from `spend` (dated in the period), clicks, impressions,
 *   conversions and revenue from the period's records, CPC, CPM, CPA, ROAS
 *   and ROI from kpi's formulas;
 * - media plan: actual spend is the `spend` dated in the plan's period (it
 *   may differ from the report's), by platform against the line items'
 *   planned spend; pacing is budget's `pacing` with the plan's total as
 *   budget, that actual spend as spent and its days as `dailySpend`;
 * - recommendations only from at least {@link REPORT_MINIMUMS} data points.
 *
 * @param input - see {@link BuildReportInput}
 * @returns the report (plain data: `reportToJson` and `parseReport` round-trip it)
 * @throws {ValidationError} for malformed input (a record is reported with its index, as `summarize` does), `now` missing with a strategy, or spend without a currency
 * @throws {CurrencyMismatchError} when records carry different currencies
 * @example
 * const records = [
 *   { id: 'a', platform: 'instagram', publishedAt: '2027-01-05T09:00:00+01:00', impressions: 1200, reach: 1000, engagements: 50, clicks: 10 },
 *   { id: 'b', platform: 'instagram', publishedAt: '2027-01-12T18:00:00+01:00', impressions: 2400, reach: 2000, engagements: 40, clicks: 30 },
 * ];
 * const report = buildReport({ records, period: { from: '2027-01-01', to: '2027-01-31' }, timeZone: 'Europe/Paris' });
 * report.kpis.find((k) => k.kpi === 'engagementRateByReach')?.current; // 0.03
 * report.topPosts[0].id; // 'a'
 */
export function buildReport(input: BuildReportInput): Report {
  const o = readOptions<BuildReportInput>(objectArgument(input, 'input'), 'input', [...KEYS]);
  if (o.records === undefined) throw invalid('required', 'input.records is required: an array of kpi records', 'records');
  const records = arrayArgument(o.records, 'records') as SummaryRecord[];
  if (o.period === undefined) throw invalid('required', "input.period is required: { from: 'YYYY-MM-DD', to: 'YYYY-MM-DD' }", 'period');
  const period = localDateRange(o.period, 'period');
  if (o.timeZone === undefined) throw invalid('required', "input.timeZone is required, an IANA zone such as 'Europe/Paris'", 'timeZone');
  const zone = readTimeZone(o.timeZone, 'timeZone');
  const locale = o.locale ?? 'en';
  if (!(REPORT_LOCALES as readonly unknown[]).includes(locale)) throw invalid('invalidLocale', `locale must be 'fr' or 'en', got ${describeValue(locale)}`, 'locale');
  if (o.title !== undefined && (typeof o.title !== 'string' || o.title.length > 10_000)) throw invalid('invalidType', `title must be a string, got ${describeValue(o.title)}`, 'title');
  const now = o.now === undefined ? null : instant(o.now, 'now');
  if (o.strategy !== undefined && now === null) throw invalid('required', 'input.now is required with a strategy: the objectives’ status depends on the moment of the report', 'now');
  const compare = resolveCompare(o.comparePeriod, period);

  // Every record checked once, with summarize's messages (naming the index).
  const all = summarize(records, o.currency === undefined ? {} : { currency: o.currency });
  const currency = o.currency ?? all.currency ?? undefined;
  const clock = zoneClock(zone);
  const current: SummaryRecord[] = [];
  const currentIndex: number[] = [];
  const previous: SummaryRecord[] = [];
  let excluded = 0;
  const ms: number[] = [];
  for (let i = 0; i < records.length; i += 1) {
    const record = records[i] as SummaryRecord;
    const t = instant(record.publishedAt, ['records', i, 'publishedAt']).getTime();
    const day = clock.date(t);
    if (day >= period.from && day <= period.to) {
      current.push(record);
      currentIndex.push(i);
      ms.push(t);
    } else if (compare !== null && day >= compare.from && day <= compare.to) previous.push(record);
    else excluded += 1;
  }
  const sumOpts = currency === undefined ? {} : { currency };
  const cur = summarize(current, sumOpts).rows[0] ?? emptyRow();
  const prev = compare === null ? undefined : (summarize(previous, sumOpts).rows[0] ?? emptyRow());
  const omitted: { section: ReportSection; reason: string }[] = [];
  if (compare === null) omitted.push({ section: 'comparison', reason: 'no comparePeriod given: previous values and changes are left out' });

  // KPI table.
  const kpis: Report['kpis'] = [];
  const kpisNotComputed: Report['kpisNotComputed'] = [];
  const recommendations: ReportRecommendation[] = [];
  const strategy = o.strategy === undefined ? null : parseStrategy(o.strategy);
  const wanted: { kpi: string; objective: (typeof strategy & object)['objectives'][number] | null }[] = [];
  if (strategy !== null) {
    for (const objective of strategy.objectives) {
      const kpi = objective.kpis[0];
      if (kpi !== undefined) wanted.push({ kpi, objective });
    }
  } else omitted.push({ section: 'targets', reason: 'no strategy given: targets, attainment and status are left out' });
  if (wanted.length === 0) {
    const hasCost = !cur.cost.isZero();
    for (const kpi of DEFAULT_REPORT_KPIS) if (hasCost || KPI_CATALOGUE[kpi]?.[0] !== 'money' && kpi !== 'roas' && kpi !== 'roi') wanted.push({ kpi, objective: null });
  }
  for (const { kpi, objective } of wanted) {
    const entry = KPI_CATALOGUE[kpi];
    if (entry === undefined) {
      kpisNotComputed.push({ kpi, objectiveId: objective?.id ?? null, reason: `${kpi} cannot be computed from post records (it needs data the records do not carry)` });
      continue;
    }
    const [unit, variant] = entry;
    const currentValue = kpiValue(cur, kpi);
    const previousValue = prev === undefined ? null : kpiValue(prev, kpi);
    const [delta, relative] = change(currentValue, previousValue);
    let attainment: number | null = null;
    let expectedShare: number | null = null;
    let status: Report['kpis'][number]['status'] = null;
    const b = objective?.baseline;
    const t = objective?.target;
    if (objective !== null && now !== null && b !== undefined && t !== undefined && b !== t && objective.start !== undefined && objective.deadline !== undefined && objective.deadline >= objective.start && currentValue !== null) {
      const progress = goalProgress({
        baseline: b,
        target: t,
        current: Number(currentValue),
        start: objective.start,
        deadline: objective.deadline,
        timeZone: zone,
        now,
      });
      attainment = clean(progress.attainment);
      expectedShare = clean(progress.expectedShare);
      status = progress.status;
      if (status === 'behind' || status === 'atRisk') {
        recommendations.push({
          code: 'kpiBehind',
          message: `${kpi} is ${status === 'atRisk' ? 'at risk' : 'behind'} for objective ${objective.id}: ${Math.round(attainment * 100)} % of the way where ${Math.round(expectedShare * 100)} % was expected by now`,
          dataPoints: cur.posts,
          evidence: { kpi, objectiveId: objective.id, current: currentValue, baseline: b, target: t, attainment, expectedShare },
        });
      }
    }
    kpis.push({
      kpi, unit, variant, current: currentValue, previous: previousValue, change: delta, relativeChange: relative,
      objectiveId: objective?.id ?? null, baseline: b ?? null, target: t ?? null, attainment, expectedShare, status,
    });
  }

  // Time series and breakdowns.
  const days = parseDay(period.to) - parseDay(period.from) + 1;
  const granularity = days <= 31 ? 'day' : 'week';
  const series = summarize(current, { by: [granularity], timeZone: zone, ...sumOpts }).rows;
  const timeSeries: Report['timeSeries'] = {
    granularity,
    points: series.map((r) => ({ key: r.key[granularity] ?? '', posts: r.posts, reach: r.reach, engagements: r.engagements, engagementRateByReach: r.engagementRateByReach })),
  };
  const breakdowns: Report['breakdowns'] = {
    platform: breakdown(current, previous, 'platform', currency),
    pillar: breakdown(current, previous, 'pillar', currency),
    format: breakdown(current, previous, 'format', currency),
    persona: breakdown(current, previous, 'persona', currency),
  };

  // Weekday × hour, in the report's zone.
  const cells = new Map<number, { posts: number; reach: number | null; engagements: number | null }>();
  const plus = (a: number | null, b: number | null | undefined): number | null => (a === null || b === null || b === undefined ? null : a + b);
  for (let i = 0; i < current.length; i += 1) {
    const t = ms[i] as number;
    const wall = clock.wall(t);
    const hour = Math.floor((wall - Math.floor(wall / DAY_MS) * DAY_MS) / 3_600_000);
    const cell = clock.weekday(t) * 24 + hour;
    const record = current[i] as SummaryRecord;
    const c = cells.get(cell) ?? { posts: 0, reach: 0, engagements: 0 };
    c.posts += 1;
    c.reach = plus(c.reach, record.reach);
    c.engagements = plus(c.engagements, record.engagements);
    cells.set(cell, c);
  }
  const slots: Report['slots'] = [...cells]
    .sort((a, b) => a[0] - b[0])
    .map(([cell, c]) => ({ weekday: WEEKDAYS[Math.floor(cell / 24)] as Report['slots'][number]['weekday'], hour: cell % 24, ...c, engagementRateByReach: c.reach === null || c.engagements === null ? null : ratio(c.reach === 0 ? 0 : c.engagements, c.reach) }));
  const overall = cur.engagementRateByReach;
  if (overall !== null && overall > 0) {
    // Best slots: persona's postingWindowsFromHistory over the period's posts (each slot's rate shrunk toward the
    // account's mean, so a few lucky posts do not win), only slots of REPORT_MINIMUMS.slotPosts posts or more.
    const history = postingWindowsFromHistory(current, { timeZone: zone, metric: 'engagementRateByReach', minPosts: REPORT_MINIMUMS.slotPosts, count: 3 });
    for (const w of history.windows) {
      const slot = history.slots.find((x) => x.weekday === w.weekday && x.time === w.time);
      const hour = Number(w.time.slice(0, 2));
      const cell = slots.find((x) => x.weekday === w.weekday && x.hour === hour);
      const estimate = slot?.estimate ?? null;
      const rate = cell?.engagementRateByReach ?? null;
      if (slot === undefined || estimate === null || rate === null || estimate <= overall) continue;
      recommendations.push({
        code: 'bestSlot',
        message: `Post more on ${w.weekday} at ${w.time} (${zone}): ${(rate * 100).toFixed(2)} % engagement rate by reach over ${String(slot.posts)} posts (shrunk estimate ${(estimate * 100).toFixed(2)} %), against ${(overall * 100).toFixed(2)} % for the period`,
        dataPoints: slot.posts,
        evidence: { weekday: w.weekday, hour, time: w.time, posts: slot.posts, engagementRateByReach: rate, estimate, low: slot.low, high: slot.high, periodEngagementRateByReach: overall, relative: rate / overall },
      });
    }
    for (const p of breakdowns.pillar) {
      if (p.key === null || p.posts < REPORT_MINIMUMS.pillarPosts || p.engagementRateByReach === null) continue;
      const relative = p.engagementRateByReach / overall;
      if (relative >= 1.2 || relative <= 0.8) {
        const over = relative >= 1.2;
        recommendations.push({
          code: over ? 'pillarOverperforming' : 'pillarUnderperforming',
          message: `Pillar ${p.key} ${over ? 'outperforms' : 'underperforms'} the period: ${(p.engagementRateByReach * 100).toFixed(2)} % engagement rate by reach over ${p.posts} posts, ${relative.toFixed(2)} × the period's ${(overall * 100).toFixed(2)} %${over ? '; give it more slots' : '; rework its formats or give it fewer slots'}`,
          dataPoints: p.posts,
          evidence: { pillar: p.key, posts: p.posts, engagementRateByReach: p.engagementRateByReach, periodEngagementRateByReach: overall, relative },
        });
      }
    }
  }

  // Top and bottom posts against their platform's median.
  const relatives = relativeToPlatformMedian(current, { metric: 'engagementRateByReach' });
  const ranked = relatives
    .filter((r) => r.relative !== null)
    .map((r) => {
      const record = current[r.index] as SummaryRecord;
      return {
        id: r.id, index: currentIndex[r.index] as number, platform: r.platform, publishedAt: new Date(ms[r.index] as number).toISOString(),
        pillar: optionalString(record.pillar), format: optionalString(record.format), reach: record.reach ?? null, engagements: record.engagements ?? null,
        rate: r.rate, platformMedian: r.platformMedian, relative: r.relative, platformPosts: r.platformPosts,
      };
    });
  const byRelative = [...ranked].sort((a, b) => (b.relative as number) - (a.relative as number) || a.index - b.index);
  const topPosts = byRelative.slice(0, TOP);
  const bottomPosts = [...ranked].sort((a, b) => (a.relative as number) - (b.relative as number) || a.index - b.index).slice(0, TOP);
  for (const p of byRelative.filter((r) => (r.relative as number) >= 1.5 && r.platformPosts >= REPORT_MINIMUMS.platformPostsForBoost).slice(0, 3)) {
    recommendations.push({
      code: 'boostPost',
      message: `Boost post ${p.id ?? `#${String(p.index)}`} on ${p.platform}: ${((p.rate as number) * 100).toFixed(2)} % engagement rate by reach, ${(p.relative as number).toFixed(2)} × the median of ${p.platformPosts} ${p.platform} posts`,
      dataPoints: p.platformPosts,
      evidence: { id: p.id, index: p.index, platform: p.platform, rate: p.rate, platformMedian: p.platformMedian, relative: p.relative, platformPosts: p.platformPosts },
    });
  }

  // Content mix against the editorial line (pillars).
  let mix: Report['mix'] = null;
  if (o.editorialLine !== undefined) {
    const line = parseEditorialLine(o.editorialLine);
    const language = line.languages[0] ?? 'en';
    const withPillar = current.filter((r) => typeof r.pillar === 'string' && r.pillar.length > 0);
    const posts = withPillar.map((r, i) => ({ id: r.id ?? `record-${String(i)}`, platform: r.platform, text: '', format: 'image' as const, pillar: r.pillar as string, objectiveType: 'engagement' as const, language }));
    const m = mixReport(posts, { editorialLine: line });
    mix = {
      total: m.total,
      unassigned: current.length - withPillar.length,
      totalVariationDistance: m.totalVariationDistance,
      largestDeviation: m.largestDeviation,
      chiSquare: m.chiSquare,
      pillars: m.pillars.map((p) => ({ key: p.key, name: p.name, count: p.count, actual: p.actual, target: p.target, deviation: p.deviation === null ? null : clean(p.deviation) })),
      unknownPillars: m.unknownPillars,
    };
    if (m.total >= REPORT_MINIMUMS.mixPosts) {
      for (const p of m.pillars) {
        if (p.deviation !== null && Math.abs(p.deviation) >= 0.1) {
          recommendations.push({
            code: 'mixOffTarget',
            message: `Pillar ${p.name} is ${p.deviation > 0 ? 'over' : 'under'}-served: ${Math.round((p.actual ?? 0) * 100)} % of the posts against a ${Math.round((p.target ?? 0) * 100)} % target`,
            dataPoints: m.total,
            evidence: { pillar: p.key, count: p.count, actual: p.actual, target: p.target, deviation: p.deviation },
          });
        }
      }
    }
  } else omitted.push({ section: 'mix', reason: 'no editorialLine given: the content mix against its targets is left out' });

  // Calendar execution.
  let execution: Report['execution'] = null;
  if (o.plan !== undefined) {
    const plan = parsePlan(o.plan);
    const planned = plan.posts.filter((p) => p.status !== 'paused' && (() => { const d = clock.date(p.at.getTime()); return d >= period.from && d <= period.to; })());
    const ids = new Set(current.map((r) => r.id).filter((id): id is string => typeof id === 'string'));
    const plannedIds = new Set(planned.map((p) => p.id));
    const done = planned.filter((p) => ids.has(p.id));
    const missedIds = planned.filter((p) => !ids.has(p.id)).map((p) => p.id);
    const platforms = [...new Set(planned.map((p) => p.platform))].sort();
    execution = {
      planned: planned.length,
      published: done.length,
      missed: missedIds.length,
      unplanned: current.filter((r) => typeof r.id !== 'string' || !plannedIds.has(r.id)).length,
      rate: ratio(done.length, planned.length),
      missedIds: missedIds.slice(0, 1000),
      byPlatform: platforms.map((platform) => {
        const n = planned.filter((p) => p.platform === platform).length;
        const k = done.filter((p) => p.platform === platform).length;
        return { platform, planned: n, published: k, rate: ratio(k, n) };
      }),
    };
  } else omitted.push({ section: 'execution', reason: 'no plan given: planned against published is left out' });

  // Media.
  let media: Report['media'] = null;
  const mediaPlan = o.mediaPlan === undefined ? null : parseMediaPlan(o.mediaPlan);
  if (o.spend !== undefined || mediaPlan !== null) {
    const lines = o.spend === undefined ? [] : arrayArgument(o.spend, 'spend');
    const mediaCurrency = currency ?? mediaPlan?.currency;
    if (mediaCurrency === undefined) throw invalid('required', 'spend needs a currency: give input.currency or records carrying one', 'currency');
    if (mediaPlan !== null && mediaPlan.currency !== mediaCurrency) throw new CurrencyMismatchError(mediaCurrency, mediaPlan.currency, { path: ['mediaPlan', 'currency'] });
    const spendBy = new Map<string, Decimal>();
    const planBy = new Map<string, Decimal>();
    const planDays = new Map<string, Decimal>();
    for (let i = 0; i < lines.length; i += 1) {
      const line = objectArgument(lines[i], ['spend', i]);
      readOptions(line, ['spend', i], ['platform', 'date', 'amount']);
      if (!isPlatformId(line.platform)) throw invalid('invalidPlatform', `spend[${String(i)}].platform must be a platform id, got ${describeValue(line.platform)}`, ['spend', i, 'platform']);
      const date = localDate(line.date, ['spend', i, 'date']);
      const amount = money(line.amount as MoneyInput, { path: ['spend', i, 'amount'], nonNegative: true });
      if (mediaPlan !== null && date >= mediaPlan.period.from && date <= mediaPlan.period.to) {
        planBy.set(line.platform, (planBy.get(line.platform) ?? new Decimal(0)).plus(amount));
        planDays.set(date, (planDays.get(date) ?? new Decimal(0)).plus(amount));
      }
      if (date < period.from || date > period.to) continue;
      spendBy.set(line.platform, (spendBy.get(line.platform) ?? new Decimal(0)).plus(amount));
    }
    const byPlatform = new Map(summarize(current, { by: ['platform'], ...sumOpts }).rows.map((r) => [r.key.platform ?? '', r]));
    const row = (platform: string | null, spent: Decimal, r: SummaryRow): NonNullable<Report['media']>['total'] => ({
      platform,
      spend: spent.toFixed(),
      impressions: r.impressions,
      clicks: r.clicks,
      conversions: r.conversions,
      revenue: r.revenue.toFixed(),
      cpc: r.clicks === null ? null : dec(cpc({ cost: spent, clicks: r.clicks })),
      cpm: r.impressions === null ? null : dec(cpm({ cost: spent, impressions: r.impressions })),
      cpa: dec(cpa({ cost: spent, conversions: r.conversions })),
      roas: roas({ revenue: r.revenue, adSpend: spent }),
      roi: roi({ revenue: r.revenue, cost: spent }),
    });
    const platforms = [...new Set([...spendBy.keys()])].sort();
    const total = platforms.reduce((acc, p) => acc.plus(spendBy.get(p) ?? 0), new Decimal(0));
    let plan: NonNullable<Report['media']>['plan'] = null;
    if (mediaPlan !== null) {
      const zero = new Decimal(0);
      const planned = new Map<string, Decimal>();
      for (const item of mediaPlan.lineItems) planned.set(item.platform, (planned.get(item.platform) ?? zero).plus(item.plannedSpend));
      const actual = [...planBy.values()].reduce((acc, x) => acc.plus(x), zero);
      const p = now === null ? null : pacing({
        budget: mediaPlan.total, spent: actual, currency: mediaPlan.currency, period: mediaPlan.period, timeZone: zone, now,
        dailySpend: [...planDays].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([date, amount]) => ({ date, amount })),
      });
      plan = {
        id: mediaPlan.id,
        total: mediaPlan.total.toFixed(),
        period: { from: mediaPlan.period.from, to: mediaPlan.period.to },
        actual: actual.toFixed(),
        lineItems: mediaPlan.lineItems.map((item) => ({ id: item.id, platform: item.platform, objective: item.objective, pricingModel: item.pricingModel, planned: item.plannedSpend.toFixed() })),
        platforms: [...new Set([...planned.keys(), ...planBy.keys()])].sort().map((platform) => {
          const want = planned.get(platform) ?? zero;
          const got = planBy.get(platform) ?? zero;
          return { platform, planned: want.toFixed(), actual: got.toFixed(), difference: got.minus(want).toFixed(), share: want.isZero() ? null : got.div(want).toNumber() };
        }),
        pacing: p === null || now === null ? null : {
          at: now.toISOString(), elapsed: p.elapsed, expectedToDate: p.expectedToDate.toFixed(), spent: actual.toFixed(), delta: p.delta.toFixed(),
          pacingRatio: p.pacingRatio, linearProjection: dec(p.linearProjection), runRateProjection: dec(p.runRateProjection), status: p.status,
        },
      };
    }
    media = { currency: mediaCurrency, rows: platforms.map((p) => row(p, spendBy.get(p) ?? new Decimal(0), byPlatform.get(p) ?? emptyRow())), total: row(null, total, cur), plan };
  } else omitted.push({ section: 'media', reason: 'no spend given: spend, CPC, CPM, CPA, ROAS and ROI are left out' });

  // Incidents.
  let incidents: Report['incidents'] = null;
  if (o.incidents !== undefined) {
    const list = arrayArgument(o.incidents, 'incidents');
    incidents = [];
    for (let i = 0; i < list.length; i += 1) {
      const item = objectArgument(list[i], ['incidents', i]);
      const io = readOptions<IncidentInput>(item, ['incidents', i], ['log', 'series', 'playbook']);
      const log = objectArgument(io.log, ['incidents', i, 'log']) as IncidentLogInput;
      const pm = postMortem(log, arrayArgument(io.series, ['incidents', i, 'series']) as MentionPoint[], { timeZone: zone, ...(io.playbook === undefined ? {} : { playbook: io.playbook }) });
      const detected = pm.timeline.find((e) => e.type === 'detected');
      if (detected !== undefined) {
        const d = clock.date(detected.at.getTime());
        if (d < period.from || d > period.to) continue;
      }
      const row = {
        id: optionalString(log.id),
        detectedAt: detected === undefined ? null : detected.at.toISOString(),
        peakLevel: pm.peakLevel,
        timeToDetectMinutes: pm.timeToDetectMinutes,
        timeToAcknowledgeMinutes: pm.timeToAcknowledgeMinutes,
        timeToFirstResponseMinutes: pm.timeToFirstResponseMinutes,
        timeToResolveMinutes: pm.timeToResolveMinutes,
        mentionsBefore: pm.volume.before.mentions,
        mentionsDuring: pm.volume.during.mentions,
        slaBreaches: pm.slaBreaches.map((b) => ({ sla: b.sla, due: b.due.toISOString(), metAt: b.metAt === null ? null : b.metAt.toISOString(), lateMinutes: b.lateMinutes })),
      };
      incidents.push(row);
      for (const b of row.slaBreaches) {
        recommendations.push({
          code: 'slaBreached',
          message: `Incident ${row.id ?? `#${String(i)}`} missed its ${b.sla} service level by ${String(b.lateMinutes)} minutes: review the on-call rota and the holding statements`,
          dataPoints: 1,
          evidence: { incident: row.id, sla: b.sla, due: b.due, metAt: b.metAt, lateMinutes: b.lateMinutes },
        });
      }
    }
  } else omitted.push({ section: 'incidents', reason: 'no incidents given: time to respond and SLA breaches are left out' });

  return {
    kind: 'socialkitReport',
    version: 1,
    generatedAt: now === null ? null : now.toISOString(),
    locale,
    title: o.title ?? (locale === 'fr' ? 'Rapport réseaux sociaux' : 'Social media report'),
    timeZone: zone,
    currency: currency ?? null,
    period,
    comparePeriod: compare,
    records: { total: records.length, current: current.length, previous: previous.length, excluded },
    omitted,
    kpis,
    kpisNotComputed,
    timeSeries,
    breakdowns,
    slots,
    topPosts,
    bottomPosts,
    mix,
    execution,
    media,
    incidents,
    recommendations,
  };
}
