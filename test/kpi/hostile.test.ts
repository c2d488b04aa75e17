// Every export of the kpi module, called with hostile values in every argument
// position and every field: each call returns a clean result or throws a
// SocialKitError, never mutates, never pollutes Object.prototype, stays fast.
import { afterAll, describe, expect, it } from 'vitest';
import { Decimal, SocialKitError } from '../../src/core/index.js';
import * as kpi from '../../src/kpi/index.js';
import { HANG_GUARD_MS } from '../support/hostile.js';
import { deepFreeze } from './helpers.js';

function nested(depth: number): unknown {
  let value: unknown = { likes: 1 };
  for (let i = 0; i < depth; i += 1) value = { inner: value };
  return value;
}

const hostile: readonly unknown[] = [
  undefined,
  null,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -1,
  -0,
  1e308,
  0.5,
  Number.MAX_SAFE_INTEGER + 2,
  '',
  '12',
  'x'.repeat(1 << 20),
  '9'.repeat(1 << 20),
  '\uD800',
  '-1e999999999',
  '1e999999999',
  true,
  10n,
  Symbol('s'),
  () => 1,
  [],
  // eslint-disable-next-line no-sparse-arrays -- a hole on purpose: it must read as undefined
  [, 1],
  [1, Number.NaN],
  {},
  JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "prototype": 1}'),
  nested(5000),
  new Date(Number.NaN),
  new Decimal(Number.NaN),
  new Decimal(-5),
];

const valid: Record<string, readonly unknown[]> = {
  engagements: [{ likes: 5, comments: 3, shares: 3 }, { include: ['likes', 'comments'] }],
  engagementRateByReach: [{ engagements: 1, reach: 2 }],
  engagementRateByImpressions: [{ engagements: 1, impressions: 2 }],
  engagementRateByFollowers: [{ engagements: 1, followers: 2 }],
  engagementRateByViews: [{ engagements: 1, views: 2 }],
  dailyEngagementRate: [{ engagements: 1, followers: 2, days: 3 }],
  averageEngagementRate: [[{ engagements: 1, reach: 2 }], { base: 'reach', method: 'meanOfRatios' }],
  reachRate: [{ reach: 1, followers: 2 }],
  frequency: [{ impressions: 2, reach: 1 }],
  ctr: [{ clicks: 1, impressions: 2 }],
  viralityRate: [{ shares: 1, impressions: 2 }],
  cpc: [{ cost: '1.5', clicks: 2 }],
  cpm: [{ cost: '1.5', impressions: 2 }],
  cpa: [{ cost: '1.5', conversions: 2 }],
  cpl: [{ cost: '1.5', leads: 2 }],
  cpe: [{ cost: '1.5', engagements: 2 }],
  cpv: [{ cost: '1.5', views: 2 }],
  conversionRate: [{ conversions: 1, clicks: 2 }],
  roi: [{ revenue: 3, cost: 2 }],
  roas: [{ revenue: 3, adSpend: 2 }],
  breakEvenRoas: [{ grossMargin: 0.4 }],
  cac: [{ spend: 10, newCustomers: 2 }],
  customerLifetimeValue: [{ marginPerPeriod: 10, retention: 0.8, discountRate: 0.1, timing: 'start' }],
  paybackPeriod: [{ cac: 600, revenuePerPeriod: 100, grossMargin: 0.75 }],
  audienceGrowthRate: [{ start: 10, end: 12 }],
  followerChurn: [{ lost: 1, start: 10 }],
  netFollowerGrowth: [{ gained: 3, lost: 1 }],
  amplificationRate: [{ shares: 3, posts: 2, followers: 10 }],
  applauseRate: [{ likes: 3, posts: 2, followers: 10 }],
  conversationRate: [{ comments: 3, posts: 2, followers: 10 }],
  shareOfVoice: [{ brand: 1, competitors: [2, 3] }],
  netSentiment: [{ positive: 3, negative: 1, neutral: 2 }, { method: 'includeNeutral' }],
  nps: [{ promoters: 3, passives: 2, detractors: 1 }],
  responseRate: [{ replied: 1, received: 2 }],
  firstResponseTime: [[60, 120]],
  viewRate: [{ views: 1, impressions: 2 }],
  completionRate: [{ completions: 1, starts: 2 }],
  averageWatchTime: [{ totalWatchTime: 30, views: 2 }],
  grp: [{ reachRate: 0.5, frequency: 2 }],
  trp: [{ impressions: 10, targetPopulation: 100 }],
  combinedReach: [[0.5, 0.4]],
  earnedMediaValue: [{ impressions: 1000, cpm: 9 }],
  relativeToPlatformMedian: [
    [{ id: 'a', platform: 'x', impressions: 10, reach: 5, engagements: 1, clicks: 1 }, { platform: 'x', impressions: 4, reach: 2, engagements: 1, clicks: 0 }],
    { metric: 'ctr' },
  ],
  summarize: [
    [{ platform: 'x', publishedAt: '2027-01-01T00:00:00Z', impressions: 10, reach: 5, engagements: 1, clicks: 1, cost: '1.5', pillar: 'tips' }],
    { by: ['platform', 'week', 'pillar'], timeZone: 'Europe/Paris', currency: 'EUR', onInvalid: 'throw' },
  ],
  summarizeAsync: [
    [{ platform: 'x', publishedAt: '2027-01-01T00:00:00Z', impressions: 10, reach: 5, engagements: 1, clicks: 1, cost: '1.5', pillar: 'tips' }],
    { by: ['platform', 'week', 'pillar'], timeZone: 'Europe/Paris', currency: 'EUR', onInvalid: 'skip' },
  ],
  normalizeMetrics: [
    [{ id: '1', created_at: '2027-02-01T09:00:00Z', public_metrics: { like_count: 3, reply_count: 1, retweet_count: 0, quote_count: 0, bookmark_count: 1, impression_count: 90 }, non_public_metrics: { url_link_clicks: 2 } }],
    { platform: 'x', exportedAt: '2027-02-10', columns: { id: 'id' }, overrides: { metrics: [{ name: 'views', field: 'impressions' }], notReported: ['reach'] } },
  ],
};

// Walks a result: no NaN, no Infinity, no non-finite Decimal anywhere.
function assertClean(value: unknown, seen = new Set<unknown>()): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value)).toBe(true);
    return;
  }
  if (Decimal.isDecimal(value)) {
    expect((value as Decimal).isFinite()).toBe(true);
    return;
  }
  if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value);
    for (const key of Object.keys(value)) assertClean((value as Record<string, unknown>)[key], seen);
  }
}

let calls = 0;

async function attempt(fn: (...args: unknown[]) => unknown, args: unknown[]): Promise<void> {
  calls += 1;
  const started = performance.now();
  let outcome: unknown;
  try {
    outcome = await fn(...args);
  } catch (error) {
    if (!(error instanceof SocialKitError)) {
      throw new Error(`${fn.name}(${args.map((a) => typeof a).join(', ')}) threw ${String(error)}`);
    }
    return;
  }
  assertClean(outcome);
  expect(performance.now() - started, 'hang guard').toBeLessThan(HANG_GUARD_MS);
}

function variants(args: readonly unknown[]): unknown[][] {
  const out: unknown[][] = [];
  for (let position = 0; position < Math.max(args.length, 1) + 1; position += 1) {
    for (const value of hostile) {
      const copy = [...args];
      copy[position] = value;
      out.push(copy);
    }
    const template = args[position];
    if (typeof template === 'object' && template !== null && !Array.isArray(template)) {
      for (const field of Object.keys(template)) {
        for (const value of hostile) out.push(args.map((a, i) => (i === position ? { ...template, [field]: value } : a)));
      }
    }
    if (Array.isArray(template) && template.length > 0) {
      const first = template[0];
      for (const value of hostile) out.push(args.map((a, i) => (i === position ? [value, ...template.slice(1)] : a)));
      if (typeof first === 'object' && first !== null) {
        for (const field of Object.keys(first)) {
          for (const value of hostile) out.push(args.map((a, i) => (i === position ? [{ ...first, [field]: value }] : a)));
        }
      }
    }
  }
  return out;
}

describe('hostile inputs', () => {
  afterAll(() => {
    expect(calls).toBeGreaterThan(5000);
  });

  it('covers every exported function', () => {
    const functions = Object.entries(kpi).filter(([, v]) => typeof v === 'function').map(([k]) => k);
    expect(functions.sort()).toEqual(Object.keys(valid).sort());
  });

  for (const [name, args] of Object.entries(valid)) {
    it(`${name}: returns clean results or throws SocialKitError`, async () => {
      const fn = (kpi as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!;
      await attempt(fn, [...args]);
      for (const variant of variants(args)) await attempt(fn, deepFreeze(variant));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    });
  }

  it('exported constants cannot be changed', () => {
    expect(Object.isFrozen(kpi.DEFAULT_ENGAGEMENT_KINDS)).toBe(true);
    expect(Object.isFrozen(kpi.ENGAGEMENT_BASES)).toBe(true);
    expect(Object.isFrozen(kpi.AVERAGING_METHODS)).toBe(true);
    expect(Object.isFrozen(kpi.CONVERSION_BASES)).toBe(true);
    expect(Object.isFrozen(kpi.CLV_TIMINGS)).toBe(true);
    expect(Object.isFrozen(kpi.NET_SENTIMENT_METHODS)).toBe(true);
    expect(Object.isFrozen(kpi.TIME_DIMENSIONS)).toBe(true);
    expect(Object.isFrozen(kpi.METRIC_FINDING_CODES)).toBe(true);
    expect(Object.isFrozen(kpi.METRIC_TARGETS)).toBe(true);
    expect(Object.isFrozen(kpi.platformMetrics.x.metrics[0])).toBe(true);
  });
});
