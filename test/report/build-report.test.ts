import { describe, expect, it } from 'vitest';
import { CurrencyMismatchError, Decimal, ValidationError } from '../../src/core/index.js';
import { summarize, type SummaryRecord } from '../../src/kpi/index.js';
import type { IncidentLogInput, PlaybookInput } from '../../src/crisis/index.js';
import { buildReport, parseReport, REPORT_MINIMUMS, reportToJson } from '../../src/report/index.js';
import { fixtureRecords } from './fixtures.js';

const period = { from: '2027-02-01', to: '2027-02-28' };
const base = { period, timeZone: 'Europe/Paris' } as const;

// Independent sums: plain loops over the fixture, no socialkit code.
function sums(records: readonly SummaryRecord[]) {
  let reach = 0;
  let engagements = 0;
  let impressions = 0;
  let clicks = 0;
  for (const r of records) {
    reach += r.reach ?? NaN;
    engagements += r.engagements ?? NaN;
    impressions += r.impressions ?? NaN;
    clicks += r.clicks ?? NaN;
  }
  return { reach, engagements, impressions, clicks, posts: records.length };
}

const inFebruaryParis = (r: SummaryRecord) => {
  const ms = Date.parse(String(r.publishedAt));
  // Paris is UTC+1 all February.
  const local = new Date(ms + 3_600_000).toISOString().slice(0, 10);
  return local >= '2027-02-01' && local <= '2027-02-28';
};

describe('buildReport: periods', () => {
  const records = fixtureRecords();
  const report = buildReport({ ...base, records, comparePeriod: 'previousPeriod' });

  it('splits records into the period (local dates in the zone), the comparison period and excluded', () => {
    const current = records.filter(inFebruaryParis);
    expect(current).toHaveLength(57); // 56 + the one at 00:30 Paris on 1 February
    expect(report.records).toEqual({ total: records.length, current: 57, previous: 28, excluded: 2 });
    expect(report.comparePeriod).toEqual({ from: '2027-01-04', to: '2027-01-31' });
  });

  it('previousYear is the same dates a year earlier; 29 February becomes 28 February', () => {
    const r = buildReport({ records: [], period: { from: '2028-02-01', to: '2028-02-29' }, timeZone: 'UTC', comparePeriod: 'previousYear' });
    expect(r.comparePeriod).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    const explicit = buildReport({ records: [], ...base, comparePeriod: { from: '2026-02-01', to: '2026-02-28' } });
    expect(explicit.comparePeriod).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('the KPI table matches independent sums and kpi summarize (ratio of sums)', () => {
    const current = records.filter(inFebruaryParis);
    const s = sums(current);
    const p = sums(records.filter((r) => String(r.id).startsWith('jan-')));
    const er = report.kpis.find((k) => k.kpi === 'engagementRateByReach');
    expect(er?.current).toBeCloseTo(s.engagements / s.reach, 15);
    expect(er?.previous).toBeCloseTo(p.engagements / p.reach, 15);
    expect(er?.change).toBeCloseTo(s.engagements / s.reach - p.engagements / p.reach, 15);
    expect(er?.relativeChange).toBeCloseTo((s.engagements / s.reach - p.engagements / p.reach) / (p.engagements / p.reach), 12);
    expect(er?.variant).toMatch(/ratio of sums/);
    expect(report.kpis.find((k) => k.kpi === 'reach')?.current).toBe(s.reach);
    expect(report.kpis.find((k) => k.kpi === 'ctr')?.current).toBeCloseTo(s.clicks / s.impressions, 15);
    const row = summarize(current, { currency: 'EUR' }).rows[0];
    expect(er?.current).toBe(row?.engagementRateByReach);
    // 28 Instagram posts at 2.50 € and 57 posts' clicks: CPC as an exact decimal string.
    const cpc = report.kpis.find((k) => k.kpi === 'cpc');
    expect(cpc?.unit).toBe('money');
    expect(cpc?.current).toBe(new Decimal('2.50').times(28).div(s.clicks).toFixed());
  });

  it('breakdowns by platform equal summarize by platform, with the previous rate', () => {
    const current = records.filter(inFebruaryParis);
    const ig = sums(current.filter((r) => r.platform === 'instagram'));
    const row = report.breakdowns.platform.find((b) => b.key === 'instagram');
    expect(row?.posts).toBe(28);
    expect(row?.engagementRateByReach).toBeCloseTo(ig.engagements / ig.reach, 15);
    const jan = sums(records.filter((r) => String(r.id).startsWith('jan-')));
    expect(row?.previousEngagementRateByReach).toBeCloseTo(jan.engagements / jan.reach, 15);
    expect(report.breakdowns.format.map((b) => [b.key, b.posts])).toEqual([['image', 28], ['video', 28], [null, 1]]);
  });

  it('weekday × hour slots are in the report zone: 08:00 UTC is 09:00 in Paris in February', () => {
    const monday9 = report.slots.find((s) => s.weekday === 'mon' && s.hour === 9);
    // Mondays of February 2027: 1, 8, 15, 22.
    expect(monday9?.posts).toBe(4);
    const expected = sums(records.filter((r) => ['feb-1-instagram', 'feb-8-instagram', 'feb-15-instagram', 'feb-22-instagram'].includes(String(r.id))));
    expect(monday9?.engagementRateByReach).toBeCloseTo(expected.engagements / expected.reach, 15);
    expect(report.slots.find((s) => s.weekday === 'mon' && s.hour === 0)?.posts).toBe(1); // 'midnight', a Monday 00:30 in Paris
    const total = report.slots.reduce((a, s) => a + s.posts, 0);
    expect(total).toBe(57);
  });

  it('across the spring change, 07:30 UTC on 28 March is 09:30 in Paris (UTC+2)', () => {
    const r = buildReport({ records: [{ platform: 'x', publishedAt: '2027-03-28T07:30:00Z', impressions: 1, reach: 1, engagements: 0, clicks: 0 }], period: { from: '2027-03-01', to: '2027-03-31' }, timeZone: 'Europe/Paris' });
    expect(r.slots).toEqual([{ weekday: 'sun', hour: 9, posts: 1, reach: 1, engagements: 0, engagementRateByReach: 0 }]);
  });

  it('top and bottom posts by engagement rate by reach over the platform median, computed by hand', () => {
    const current = records.filter(inFebruaryParis);
    const rate = (r: SummaryRecord) => (r.engagements ?? NaN) / (r.reach ?? NaN);
    const medianOf = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      const m = s.length >> 1;
      return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
    };
    const medians = new Map(['instagram', 'facebook', 'x'].map((p) => [p, medianOf(current.filter((r) => r.platform === p).map(rate))]));
    const relative = current.map((r) => ({ id: r.id, rel: rate(r) / (medians.get(r.platform) as number) })).sort((a, b) => b.rel - a.rel);
    expect(report.topPosts.map((p) => p.id)).toEqual(relative.slice(0, 5).map((p) => p.id));
    expect(report.topPosts[0]?.relative).toBeCloseTo(relative[0]?.rel ?? NaN, 12);
    const worst = [...relative].sort((a, b) => a.rel - b.rel).slice(0, 5);
    expect(report.bottomPosts.map((p) => p.id)).toEqual(worst.map((p) => p.id));
  });

  it('time series by day for a period up to 31 days, by ISO week beyond', () => {
    expect(report.timeSeries.granularity).toBe('day');
    expect(report.timeSeries.points[0]?.key).toBe('2027-02-01');
    expect(report.timeSeries.points[0]?.posts).toBe(3);
    const q = buildReport({ records, period: { from: '2027-01-01', to: '2027-03-31' }, timeZone: 'Europe/Paris' });
    expect(q.timeSeries.granularity).toBe('week');
    expect(q.timeSeries.points.map((p) => p.key)).toContain('2027-W05');
  });

  it('lists the sections it left out, and why', () => {
    expect(report.omitted.map((o) => o.section)).toEqual(['targets', 'mix', 'execution', 'media', 'incidents']);
    const bare = buildReport({ records: [], ...base });
    expect(bare.omitted.map((o) => o.section)).toEqual(['comparison', 'targets', 'mix', 'execution', 'media', 'incidents']);
    expect(bare.mix).toBeNull();
    expect(bare.kpis.find((k) => k.kpi === 'engagementRateByReach')?.current).toBeNull();
  });

  it('round-trips losslessly through JSON', () => {
    const back = parseReport(JSON.parse(reportToJson(report)));
    expect(back).toEqual(report);
    expect(reportToJson(back)).toBe(reportToJson(report));
  });
});

describe('buildReport: strategy, mix, plan, media, incidents', () => {
  const records = fixtureRecords();
  const strategy = {
    brand: { name: 'Boulangerie Martin' },
    objectives: [
      { id: 'er', type: 'engagement' as const, kpis: ['engagementRateByReach'], baseline: 0.02, target: 0.05, start: '2027-01-01', deadline: '2027-06-30' },
      { id: 'followers', type: 'notoriety' as const, kpis: ['audienceGrowthRate'] },
    ],
  };
  const now = '2027-03-01T00:00:00+01:00';
  const report = buildReport({ ...base, records, strategy, now });

  it('KPI targets and status come from goalProgress: attainment and elapsed share computed by hand', () => {
    const row = report.kpis.find((k) => k.objectiveId === 'er');
    const s = sums(records.filter(inFebruaryParis));
    const current = s.engagements / s.reach;
    expect(row?.attainment).toBeCloseTo((current - 0.02) / (0.05 - 0.02), 12);
    // From 1 January 00:00 Paris to 1 July 00:00 Paris (181 days, one hour less for DST), at 1 March 00:00 Paris.
    const start = Date.parse('2027-01-01T00:00:00+01:00');
    const end = Date.parse('2027-07-01T00:00:00+02:00');
    expect(row?.expectedShare).toBeCloseTo((Date.parse(now) - start) / (end - start), 12);
    expect(row?.target).toBe(0.05);
    expect(report.kpisNotComputed).toEqual([{ kpi: 'audienceGrowthRate', objectiveId: 'followers', reason: expect.stringMatching(/cannot be computed/) as string }]);
  });

  it('needs now with a strategy', () => {
    expect(() => buildReport({ ...base, records, strategy })).toThrow(/now is required/);
  });

  it('an objective behind its expected share gives a kpiBehind recommendation with its numbers', () => {
    const behind = buildReport({ ...base, records, strategy, now: '2027-06-01T00:00:00+02:00' });
    const rec = behind.recommendations.find((r) => r.code === 'kpiBehind');
    expect(rec?.evidence.objectiveId).toBe('er');
    expect(behind.kpis.find((k) => k.objectiveId === 'er')?.status).toMatch(/behind|atRisk/);
  });

  it('mix against the editorial line: pillar shares counted by hand', () => {
    const editorialLine = {
      name: 'Boulangerie Martin',
      languages: ['fr'],
      pillars: [
        { id: 'savoirFaire', name: 'Savoir-faire', targetShare: 0.4 },
        { id: 'salonDeThe', name: 'Le salon de thé', targetShare: 0.3 },
        { id: 'coulisses', name: 'Coulisses', targetShare: 0.2 },
        { id: 'offres', name: 'Offres', targetShare: 0.1 },
      ],
    };
    const r = buildReport({ ...base, records, editorialLine });
    const withPillar = records.filter(inFebruaryParis).filter((x) => typeof x.pillar === 'string');
    expect(r.mix?.total).toBe(56);
    expect(r.mix?.unassigned).toBe(1);
    const offres = withPillar.filter((x) => x.pillar === 'offres').length;
    const row = r.mix?.pillars.find((p) => p.key === 'offres');
    expect(row?.actual).toBeCloseTo(offres / 56, 15);
    expect(row?.deviation).toBeCloseTo(offres / 56 - 0.1, 15);
    // 14 of 56 in each pillar: offres is 15 points above its 10 % target.
    expect(r.recommendations.filter((x) => x.code === 'mixOffTarget').map((x) => x.evidence.pillar)).toEqual(['savoirFaire', 'offres']);
  });

  it('calendar execution matches records to planned posts by id', () => {
    const post = (id: string, at: string) => ({ id, platform: 'instagram' as const, text: '', format: 'image' as const, pillar: 'offres', objectiveType: 'engagement' as const, language: 'fr', at, localTime: '09:00' });
    const plan = {
      period: { from: '2027-02-01', to: '2027-02-28' },
      timeZone: 'Europe/Paris',
      posts: [post('feb-1-instagram', '2027-02-01T08:00:00Z'), post('feb-2-instagram', '2027-02-02T08:00:00Z'), post('never', '2027-02-03T08:00:00Z'), post('march', '2027-03-03T08:00:00Z')],
      findings: [],
    };
    const r = buildReport({ ...base, records, plan });
    expect(r.execution).toMatchObject({ planned: 3, published: 2, missed: 1, missedIds: ['never'], unplanned: 55 });
    expect(r.execution?.rate).toBeCloseTo(2 / 3, 15);
  });

  it('media: spend in the period, CPC, CPM, CPA, ROAS and ROI per platform from exact decimals', () => {
    const spend = [
      { platform: 'instagram' as const, date: '2027-02-03', amount: '40.00' },
      { platform: 'instagram' as const, date: '2027-02-10', amount: '35.50' },
      { platform: 'facebook' as const, date: '2027-02-10', amount: '20' },
      { platform: 'facebook' as const, date: '2027-03-10', amount: '1000' },
    ];
    const r = buildReport({ ...base, records, spend });
    const ig = records.filter(inFebruaryParis).filter((x) => x.platform === 'instagram');
    const s = sums(ig);
    const row = r.media?.rows.find((m) => m.platform === 'instagram');
    expect(row?.spend).toBe('75.5');
    expect(row?.cpc).toBe(new Decimal('75.5').div(s.clicks).toFixed());
    expect(row?.cpm).toBe(new Decimal('75.5').times(1000).div(s.impressions).toFixed());
    expect(row?.cpa).toBe(new Decimal('75.5').div(28).toFixed());
    expect(row?.roas).toBeCloseTo((28 * 18.5) / 75.5, 12);
    expect(row?.roi).toBeCloseTo((28 * 18.5 - 75.5) / 75.5, 12);
    expect(r.media?.total.spend).toBe('95.5');
    expect(r.media?.currency).toBe('EUR');
  });

  it('spend without a currency is refused', () => {
    expect(() => buildReport({ ...base, records: [], spend: [] })).toThrow(/currency/);
  });

  it('incidents: time to detect, acknowledge, respond and resolve from postMortem, with SLA breaches', () => {
    // The post-mortem's documented example: a spike from 00:00 UTC on 11 March (hours 48–51), detected at 01:00.
    const series = Array.from({ length: 72 }, (_, i) => ({ at: new Date(Date.UTC(2027, 2, 9, i)), count: i >= 48 && i < 52 ? 80 : 10 }));
    const log: IncidentLogInput = {
      id: 'galettes',
      events: [
        { at: '2027-03-11T01:00:00Z', actor: 'socialkit', type: 'detected' as const, payload: {} },
        { at: '2027-03-11T01:20:00Z', actor: 'Camille', type: 'triaged' as const, payload: { level: 3 as const } },
        { at: '2027-03-11T04:00:00Z', actor: 'Camille', type: 'resolved' as const, payload: {} },
      ],
    };
    const playbook: PlaybookInput = {
      name: 'Boulangerie Martin',
      roles: { incidentLead: ['Camille'], communicationsLead: ['Inès'] },
      escalation: ([1, 2, 3, 4] as const).map((level) => ({ level, notify: ['incidentLead' as const], acknowledgeMinutes: 5 * level, firstResponseMinutes: 60 * level, updateEveryMinutes: 120 * level })),
    };
    const r = buildReport({ records: [], period: { from: '2027-03-01', to: '2027-03-31' }, timeZone: 'Europe/Paris', incidents: [{ log, series, playbook }] });
    const i = r.incidents?.[0];
    expect(i).toMatchObject({ id: 'galettes', detectedAt: '2027-03-11T01:00:00.000Z', peakLevel: 3, timeToDetectMinutes: 60, timeToAcknowledgeMinutes: 20, timeToResolveMinutes: 180, mentionsDuring: 320 });
    // Level 3 must be acknowledged within 15 minutes: 5 minutes late.
    expect(i?.slaBreaches[0]).toMatchObject({ sla: 'acknowledge', lateMinutes: 5 });
    expect(r.recommendations.some((x) => x.code === 'slaBreached')).toBe(true);
    const outside = buildReport({ records: [], period: { from: '2027-04-01', to: '2027-04-30' }, timeZone: 'Europe/Paris', incidents: [{ log, series }] });
    expect(outside.incidents).toEqual([]);
  });
});

describe('buildReport: recommendations need their minimum of data points', () => {
  const post = (i: number, pillar: string, engagements: number, hour = 10): SummaryRecord => ({
    id: `${pillar}-${String(i)}`,
    platform: 'instagram',
    publishedAt: new Date(Date.UTC(2027, 1, 1 + (i % 28), hour)).toISOString(),
    impressions: 1000,
    reach: 1000,
    engagements,
    clicks: 0,
    pillar,
  });

  it(`a pillar with ${String(REPORT_MINIMUMS.pillarPosts)} posts at twice the rate is recommended; with one fewer, nothing`, () => {
    const strong = Array.from({ length: REPORT_MINIMUMS.pillarPosts }, (_, i) => post(i, 'strong', 60));
    const plain = Array.from({ length: 30 }, (_, i) => post(i, 'plain', 20));
    const r = buildReport({ ...base, records: [...strong, ...plain] });
    const rec = r.recommendations.find((x) => x.code === 'pillarOverperforming');
    // Overall rate: (10 × 60 + 30 × 20) / 40 000 = 0.03; the pillar's 0.06 is 2 ×.
    expect(rec?.evidence).toMatchObject({ pillar: 'strong', posts: 10, engagementRateByReach: 0.06, periodEngagementRateByReach: 0.03, relative: 2 });
    expect(rec?.dataPoints).toBe(10);
    const fewer = buildReport({ ...base, records: [...strong.slice(1), ...plain] });
    expect(fewer.recommendations.some((x) => x.code === 'pillarOverperforming')).toBe(false);
  });

  it(`a slot needs ${String(REPORT_MINIMUMS.slotPosts)} posts; a boost needs a platform of ${String(REPORT_MINIMUMS.platformPostsForBoost)}`, () => {
    const slot = Array.from({ length: REPORT_MINIMUMS.slotPosts }, (_, i) => post(i * 7, 'a', 80, 17));
    const rest = Array.from({ length: 20 }, (_, i) => post(i, 'b', 20, 9));
    const r = buildReport({ ...base, records: [...slot, ...rest] });
    const best = r.recommendations.filter((x) => x.code === 'bestSlot');
    expect(best[0]?.evidence).toMatchObject({ weekday: 'mon', hour: 18, time: '18:00', posts: 5, engagementRateByReach: 0.08 }); // 17:00 UTC = 18:00 Paris
    // persona's postingWindowsFromHistory shrinks the slot toward the account's mean: between it and the slot's own rate.
    expect(best[0]?.evidence.estimate).toBeGreaterThan(0.02);
    expect(best[0]?.evidence.estimate).toBeLessThanOrEqual(0.08);
    const boost = r.recommendations.filter((x) => x.code === 'boostPost');
    expect(boost).toHaveLength(3);
    expect(boost[0]?.evidence.relative).toBe(4); // 0.08 over the median 0.02
    const few = buildReport({ ...base, records: [...slot.slice(1), ...rest.slice(0, 4)] });
    expect(few.recommendations.filter((x) => x.code === 'bestSlot' || x.code === 'boostPost')).toEqual([]);
  });
});

describe('buildReport: arguments', () => {
  it('names a misspelt key, a bad record by index, a bad zone', () => {
    expect(() => buildReport({ records: [], ...base, comparePeriode: 'previousPeriod' } as never)).toThrow(/comparePeriod/);
    expect(() => buildReport({ records: [{ platform: 'x' }] as never, ...base })).toThrow(ValidationError);
    expect(() => buildReport({ records: [], period, timeZone: 'Mars/Olympus' })).toThrow(ValidationError);
    expect(() => buildReport({ records: [], ...base, comparePeriod: 'lastWeek' as never })).toThrow(/previousPeriod/);
    expect(() => buildReport({ records: [], ...base, locale: 'de' as never })).toThrow(/'fr' or 'en'/);
    expect(() => buildReport({ ...base } as never)).toThrow(/records is required/);
  });

  it('does not mutate its input', () => {
    const records = fixtureRecords();
    const copy = structuredClone(records);
    buildReport({ records, ...base, comparePeriod: 'previousPeriod' });
    expect(records).toEqual(copy);
  });
});

describe('buildReport: a metric a platform never reports', () => {
  it("X's reach stays null: its rates are null, the others are computed, the JSON round-trips", () => {
    const records: SummaryRecord[] = [
      { id: 'x1', platform: 'x', publishedAt: '2027-02-02T10:00:00Z', impressions: 1000, reach: null, engagements: 30, clicks: 5 },
      { id: 'i1', platform: 'instagram', publishedAt: '2027-02-02T10:00:00Z', impressions: 1000, reach: 800, engagements: 40, clicks: 5 },
    ];
    const r = buildReport({ ...base, records, spend: [{ platform: 'x', date: '2027-02-02', amount: '10' }], currency: 'EUR' });
    const x = r.breakdowns.platform.find((b) => b.key === 'x');
    expect(x).toMatchObject({ reach: null, engagementRateByReach: null, engagementRateByImpressions: 0.03 });
    expect(r.breakdowns.platform.find((b) => b.key === 'instagram')?.engagementRateByReach).toBe(0.05);
    expect(r.slots.find((s) => s.posts === 2)).toMatchObject({ reach: null, engagementRateByReach: null });
    expect(r.media?.rows[0]).toMatchObject({ platform: 'x', cpc: '2', cpm: '10' });
    expect(parseReport(JSON.parse(reportToJson(r)))).toEqual(r);
  });
});

describe('buildReport: the media plan against actual spend, and its pacing', () => {
  const records = fixtureRecords();
  const mediaPlan = {
    id: 'feb', currency: 'EUR', total: '1000', period: { from: '2027-02-01', to: '2027-02-28' },
    lineItems: [
      { id: 'ig-reels', platform: 'instagram' as const, objective: 'notoriety' as const, pricingModel: 'cpm' as const, plannedSpend: '450' },
      { id: 'ig-stories', platform: 'instagram' as const, objective: 'notoriety' as const, pricingModel: 'cpm' as const, plannedSpend: '150' },
      { id: 'fb', platform: 'facebook' as const, objective: 'conversion' as const, pricingModel: 'cpa' as const, plannedSpend: '400' },
    ],
  };
  const spend = [
    { platform: 'instagram' as const, date: '2027-02-03', amount: '40.00' },
    { platform: 'instagram' as const, date: '2027-02-10', amount: '35.50' },
    { platform: 'facebook' as const, date: '2027-02-10', amount: '20' },
    { platform: 'tiktok' as const, date: '2027-02-12', amount: '5' },
    { platform: 'facebook' as const, date: '2027-03-10', amount: '1000' },
  ];
  // Halfway through February in Paris (no clock change in February): 14 of 28 days elapsed.
  const now = '2027-02-15T00:00:00+01:00';
  const r = buildReport({ ...base, records, spend, mediaPlan, now });
  const plan = r.media?.plan;

  it('planned spend per line item and per platform against the spend dated in the plan period, by hand', () => {
    expect(plan?.total).toBe('1000');
    // 40 + 35.50 + 20 + 5; the 1,000 of 10 March is outside the plan.
    expect(plan?.actual).toBe('100.5');
    expect(plan?.lineItems.map((x) => [x.id, x.planned])).toEqual([['ig-reels', '450'], ['ig-stories', '150'], ['fb', '400']]);
    expect(plan?.platforms).toEqual([
      { platform: 'facebook', planned: '400', actual: '20', difference: '-380', share: 0.05 },
      { platform: 'instagram', planned: '600', actual: '75.5', difference: '-524.5', share: 75.5 / 600 },
      { platform: 'tiktok', planned: '0', actual: '5', difference: '5', share: null },
    ]);
  });

  it("pacing at now: half the time elapsed, 500 expected, 100.50 spent, under pace; projections by hand", () => {
    expect(plan?.pacing).toEqual({
      at: '2027-02-14T23:00:00.000Z',
      elapsed: 0.5,
      expectedToDate: '500',
      spent: '100.5',
      delta: '-399.5',
      pacingRatio: 100.5 / 500,
      linearProjection: '201',
      // Mean of the three spend days (40, 55.50, 5) = 33.50, times the 14 days left, plus 100.50.
      runRateProjection: '569.5',
      status: 'under',
    });
  });

  it('round-trips losslessly through JSON with the plan; a report saved before media.plan existed reads back with null', () => {
    expect(parseReport(JSON.parse(reportToJson(r)))).toEqual(r);
    const old = JSON.parse(reportToJson(buildReport({ ...base, records, spend }))) as { media: Record<string, unknown> };
    delete old.media.plan;
    expect(parseReport(old).media?.plan).toBeNull();
  });

  it('without now, no pacing; without spend, the plan against zero; a plan in another currency is refused', () => {
    const noNow = buildReport({ ...base, records, spend, mediaPlan });
    expect(noNow.media?.plan?.pacing).toBeNull();
    expect(noNow.media?.plan?.actual).toBe('100.5');
    const noSpend = buildReport({ ...base, records, mediaPlan, now });
    expect(noSpend.media?.rows).toEqual([]);
    expect(noSpend.media?.plan?.platforms.map((x) => x.actual)).toEqual(['0', '0']);
    expect(noSpend.media?.plan?.pacing?.status).toBe('under');
    expect(buildReport({ ...base, records, spend }).media?.plan).toBeNull();
    expect(() => buildReport({ ...base, records, spend, mediaPlan: { ...mediaPlan, currency: 'USD' } })).toThrow(CurrencyMismatchError);
    expect(() => buildReport({ ...base, records, spend, mediaPlan: { ...mediaPlan, lineItems: [] } })).toThrow(ValidationError);
  });
});
