import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { audienceGrowthRate, averageEngagementRate, shareOfVoice } from '../../src/kpi/index.js';
import {
  benchmarkCompetitors,
  MIN_BENCHMARK_POSTS,
  parseCompetitorAccount,
  parseCompetitorPost,
  type BenchmarkCompetitorsInput,
  type CompetitorPostInput,
} from '../../src/benchmark/index.js';

// The fixture: Boulangerie Martin against two bakeries of Lyon, 1–14 March 2027
// (Europe/Paris is UTC+1 all along: summer time starts on 28 March).
// Every expected figure below is worked out by hand in the comments.
const ig = (publishedAt: string, followers: number, engagements: number, format: CompetitorPostInput['format'] = 'image'): CompetitorPostInput => ({
  platform: 'instagram',
  publishedAt,
  followers,
  engagements,
  format,
});

// Martin: rates .05 .03 .08 .04 .10 .06 → mean .36 / 6 = .06; followers 1000 → 1100: growth .1;
// 6 posts × 7 / 14 days = 3 a week. Two posts fall just outside the period in Paris time.
const martinPosts: CompetitorPostInput[] = [
  ig('2027-02-28T22:30:00Z', 1, 1000), // 23:30 on 28 February in Paris: outside
  ig('2027-03-02T07:00:00Z', 1000, 50), // Tue 08:00
  ig('2027-03-04T07:00:00Z', 1000, 30), // Thu 08:00
  ig('2027-03-06T09:00:00Z', 1000, 80, 'carousel'), // Sat 10:00
  ig('2027-03-09T07:00:00Z', 1000, 40), // Tue 08:00
  ig('2027-03-11T17:00:00Z', 1050, 105, 'shortVideo'), // Thu 18:00
  ig('2027-03-13T09:00:00Z', 1100, 66, 'carousel'), // Sat 10:00
  ig('2027-03-14T23:10:00Z', 1, 1000), // 00:10 on 15 March in Paris: outside
];
// Roux: instagram 2000 → 2200 and facebook 500 → 450: start 2500, end 2650, growth 150 / 2500 = .06;
// rates: seven of .02 and three of .03 → .23 / 10 = .023; 10 posts → 5 a week.
const rouxPosts: CompetitorPostInput[] = [
  ig('2027-03-01T08:00:00Z', 2000, 40),
  ig('2027-03-02T08:00:00Z', 2000, 60),
  ig('2027-03-04T08:00:00Z', 2050, 41),
  ig('2027-03-05T08:00:00Z', 2100, 63),
  ig('2027-03-08T08:00:00Z', 2100, 42),
  ig('2027-03-09T08:00:00Z', 2150, 43),
  ig('2027-03-11T08:00:00Z', 2200, 66),
  ig('2027-03-12T08:00:00Z', 2200, 44),
  { platform: 'facebook', publishedAt: '2027-03-03T11:00:00Z', followers: 500, engagements: 10, format: 'link' },
  { platform: 'facebook', publishedAt: '2027-03-10T11:00:00Z', followers: 450, engagements: 9, format: 'link' },
];
// Canuts: 800 → 760, growth −40 / 800 = −.05; rates .05 .03 .05 .10 .05 → .28 / 5 = .056; 2.5 a week.
const canutsPosts: CompetitorPostInput[] = [
  ig('2027-03-01T16:00:00Z', 800, 40),
  ig('2027-03-03T16:00:00Z', 800, 24),
  ig('2027-03-06T16:00:00Z', 780, 39),
  ig('2027-03-09T16:00:00Z', 770, 77, 'shortVideo'),
  ig('2027-03-12T16:00:00Z', 760, 38),
];
const days = (perDay: number, skip: string[] = []) =>
  Array.from({ length: 14 }, (_, i) => ({ date: `2027-03-${String(i + 1).padStart(2, '0')}`, count: perDay })).filter((d) => !skip.includes(d.date));

// Mentions: Martin 3 a day, Roux 5, Canuts 2 but no data for 7 March: over the 13 common days
// 39, 65 and 26 of 130 → shares .3, .5, .2.
const input: BenchmarkCompetitorsInput = {
  brand: { id: 'martin', name: 'Boulangerie Martin', posts: martinPosts, mentions: days(3) },
  competitors: [
    { id: 'roux', name: 'Maison Roux', posts: rouxPosts, mentions: days(5) },
    { id: 'canuts', name: 'Le Fournil des Canuts', posts: canutsPosts, mentions: days(2, ['2027-03-07']) },
  ],
  period: { from: '2027-03-01', to: '2027-03-14' },
  timeZone: 'Europe/Paris',
  locale: 'en-GB',
};

const SQRT2 = Math.SQRT2;
const result = benchmarkCompetitors(input);
const metric = (id: string) => result.metrics.find((m) => m.metric === id)!;
const account = (id: string) => result.accounts.find((a) => a.id === id)!;

describe('benchmarkCompetitors on a hand-computed fixture', () => {
  it('reads posts on local days of the zone (two posts just outside the period in Paris time)', () => {
    expect(result.days).toBe(14);
    expect(account('martin').posts).toBe(6);
    expect(account('martin').postsOutsidePeriod).toBe(2);
  });

  it('posting frequency: posts × 7 ÷ days', () => {
    expect(result.accounts.map((a) => a.postsPerWeek)).toEqual([3, 5, 2.5]);
  });

  it('engagement rate by followers, mean of ratios: .06, .023, .056, the same as kpi averageEngagementRate', () => {
    expect(result.engagementRate).toEqual({ base: 'followers', method: 'meanOfRatios' });
    const hand = [0.06, 0.023, 0.056];
    result.accounts.forEach((a, i) => expect(a.engagementRate).toBeCloseTo(hand[i]!, 12));
    const kpi = averageEngagementRate(rouxPosts as { followers: number; engagements: number }[], { base: 'followers', method: 'meanOfRatios' }).rate;
    expect(account('roux').engagementRate).toBe(kpi);
  });

  it('audience growth from the first to the last followers, per platform summed: .1, .06, −.05 (kpi audienceGrowthRate)', () => {
    expect(account('roux').followers).toEqual({ start: 2500, end: 2650 });
    expect(account('roux').audienceGrowth).toBe(audienceGrowthRate({ followersAtStart: 2500, followersAtEnd: 2650 }));
    expect(result.accounts.map((a) => a.audienceGrowth)).toEqual([0.1, 0.06, -0.05]);
  });

  it('share of voice over the days every account reports: .3, .5, .2 (kpi shareOfVoice), the missing day reported', () => {
    expect(result.mentionDays).toBe(13);
    expect(result.accounts.map((a) => a.mentions)).toEqual([39, 65, 26]);
    expect(account('martin').shareOfVoice).toBe(shareOfVoice({ brand: 39, competitors: [65, 26] }));
    expect(result.accounts.map((a) => a.shareOfVoice)).toEqual([0.3, 0.5, 0.2]);
    expect(result.missing).toEqual([{ account: 'canuts', field: 'mentions', message: expect.stringContaining('13 of the 14 days') }]);
  });

  it('z-scores with the competitors’ sample SD (n − 1, brand excluded)', () => {
    // n = 2: mean (a + b) / 2, sd = |a − b| / √2.
    const er = metric('engagementRate');
    expect(er.competitorsMean).toBeCloseTo(0.0395, 12);
    expect(er.competitorsSd).toBeCloseTo(0.033 / SQRT2, 12);
    expect(er.gap).toBeCloseTo(0.0205, 12);
    expect(er.zScore).toBeCloseTo(0.878526, 5); // 0.0205 × √2 / 0.033
    expect(metric('audienceGrowth').zScore).toBeCloseTo(1.221366, 5); // 0.095 × √2 / 0.11
    expect(metric('postsPerWeek').zScore).toBeCloseTo(-0.424264, 5); // −0.75 × √2 / 2.5
    expect(metric('shareOfVoice').zScore).toBeCloseTo(-0.235702, 5); // −0.05 × √2 / 0.3
  });

  it('ranks, best first, every metric higher-is-better', () => {
    expect(result.metrics.map((m) => [m.metric, m.rank, m.higherIsBetter])).toEqual([
      ['postsPerWeek', 2, true],
      ['audienceGrowth', 1, true],
      ['engagementRate', 1, true],
      ['shareOfVoice', 2, true],
    ]);
    expect(metric('postsPerWeek').ranking.map((r) => r.id)).toEqual(['roux', 'martin', 'canuts']);
  });

  it('best formats and local slots by engagement rate', () => {
    const m = account('martin');
    expect(m.bestFormats.map((f) => f.format)).toEqual(['shortVideo', 'carousel', 'image']);
    expect(m.bestFormats[1]!.engagementRate).toBeCloseTo(0.07, 12);
    expect(m.bestFormats[2]!.engagementRate).toBeCloseTo(0.04, 12);
    expect(m.bestSlots.map((s) => [s.weekday, s.hour, s.posts])).toEqual([
      ['thu', 18, 1],
      ['sat', 10, 2],
      ['tue', 8, 2],
      ['thu', 8, 1],
    ]);
    expect(m.bestSlots[2]!.engagementRate).toBeCloseTo(0.045, 12);
  });

  it('summarizes the three largest |z| in English, each sentence with its figures', () => {
    expect(result.language).toBe('en');
    expect(result.summary.map((s) => s.metric)).toEqual(['audienceGrowth', 'engagementRate', 'postsPerWeek']);
    expect(result.summary[0]!.text).toBe('Audience growth: Boulangerie Martin is ahead of its competitors, 10.0% against a mean of 0.5% (+9.5 points, z = 1.22; rank 1 of 3).');
    expect(result.summary[2]!.text).toBe('Posting frequency: Boulangerie Martin is behind its competitors, 3.0 posts a week against a mean of 3.8 (-0.8, z = -0.42; rank 2 of 3).');
    expect(result.summary[1]!.figures).toEqual({ brand: metric('engagementRate').brand, competitorsMean: metric('engagementRate').competitorsMean, gap: metric('engagementRate').gap, zScore: metric('engagementRate').zScore, rank: 1, rankedAccounts: 3 });
  });

  it('in French', () => {
    const fr = benchmarkCompetitors({ ...input, locale: 'fr-FR' });
    expect(fr.summary[1]!.text.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      "Taux d'engagement : Boulangerie Martin devance ses concurrents, 6,0 % contre une moyenne de 4,0 % (+2,1 points, z = 0,88 ; rang 1 sur 3).",
    );
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(input);
    benchmarkCompetitors(input);
    expect(input).toEqual(copy);
  });
});

describe('benchmarkCompetitors: edges', () => {
  const five = (followers: number, engagements: number, hour = 8) =>
    [2, 3, 4, 5, 6].map((d) => ig(`2027-03-0${d}T0${hour}:00:00Z`, followers, engagements));
  const base = (competitors: BenchmarkCompetitorsInput['competitors']): BenchmarkCompetitorsInput => ({
    brand: { id: 'martin', name: 'Boulangerie Martin', posts: five(1000, 50) },
    competitors,
    period: { from: '2027-03-01', to: '2027-03-07' },
    timeZone: 'Europe/Paris',
  });

  it('ties share a rank', () => {
    const r = benchmarkCompetitors(base([{ id: 'a', name: 'A', posts: five(1000, 50) }, { id: 'b', name: 'B', posts: five(1000, 10) }]));
    expect(r.metrics[2]!.ranking.map((x) => x.rank)).toEqual([1, 1, 3]);
    expect(r.metrics[0]!.ranking.map((x) => x.rank)).toEqual([1, 1, 1]);
  });

  it('z is null with one competitor, and with a deviation of 0', () => {
    const one = benchmarkCompetitors(base([{ id: 'a', name: 'A', posts: five(1000, 20) }]));
    expect(one.metrics[2]!.competitorsSd).toBeNull();
    expect(one.metrics[2]!.zScore).toBeNull();
    expect(one.metrics[2]!.gap).toBeCloseTo(0.03, 12);
    const flat = benchmarkCompetitors(base([{ id: 'a', name: 'A', posts: five(1000, 20) }, { id: 'b', name: 'B', posts: five(2000, 40) }]));
    expect(flat.metrics[2]!.competitorsSd).toBe(0);
    expect(flat.metrics[2]!.zScore).toBeNull();
  });

  it(`an account with fewer than ${MIN_BENCHMARK_POSTS} posts is shown, marked and not ranked, and stays out of the mean`, () => {
    const r = benchmarkCompetitors(base([{ id: 'a', name: 'A', posts: five(1000, 20) }, { id: 'small', name: 'Small', posts: five(1000, 90).slice(0, 4) }]));
    const small = r.accounts.find((a) => a.id === 'small')!;
    expect(small.ranked).toBe(false);
    expect(small.engagementRate).toBeCloseTo(0.09, 12);
    expect(r.metrics[2]!.ranking.map((x) => x.id)).toEqual(['martin', 'a']);
    expect(r.metrics[2]!.competitorsMean).toBeCloseTo(0.02, 12);
  });

  it('missing listening data and counts are reported, not zero', () => {
    const posts = five(1000, 50).map((p, i) => (i === 0 ? { ...p, engagements: undefined } : p));
    const r = benchmarkCompetitors({ ...base([{ id: 'a', name: 'A', posts, mentions: [{ date: '2027-03-01', count: 4 }] }]) });
    expect(r.accounts.every((a) => a.shareOfVoice === null && a.mentions === null)).toBe(true);
    expect(r.missing.map((m) => [m.account, m.field])).toEqual([
      ['martin', 'mentions'],
      ['a', 'mentions'],
      ['a', 'engagements'],
    ]);
    expect(r.accounts[1]!.engagementRate).toBeCloseTo(0.05, 12);
  });

  it('refuses duplicate ids, a day listed twice, a locale in another language, a bad period, an unknown key', () => {
    expect(() => benchmarkCompetitors(base([{ id: 'martin', name: 'Other', posts: [] }]))).toThrow(/used twice/);
    const dup = { id: 'a', name: 'A', posts: [], mentions: [{ date: '2027-03-01', count: 1 }, { date: '2027-03-01', count: 2 }] };
    expect(() => benchmarkCompetitors(base([dup]))).toThrow(/twice/);
    expect(() => benchmarkCompetitors({ ...base([]), locale: 'de-DE' })).toThrow(/French or English/);
    expect(() => benchmarkCompetitors({ ...base([]), period: { from: '2027-03-07', to: '2027-03-01' } })).toThrow(ValidationError);
    try {
      benchmarkCompetitors({ ...base([]), timezone: 'Europe/Paris' } as unknown as BenchmarkCompetitorsInput);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => i.code)).toContain('unknownKey');
    }
  });

  it('parses posts and accounts', () => {
    expect(parseCompetitorPost({ platform: 'x', publishedAt: '2027-03-02T07:30:00Z', format: 'text' }).publishedAt).toEqual(new Date('2027-03-02T07:30:00Z'));
    expect(() => parseCompetitorPost({ platform: 'x', publishedAt: '2027-03-02T07:30:00Z', format: 'text', followers: -1 })).toThrow(ValidationError);
    expect(() => parseCompetitorAccount({ id: 'a', name: 'A', posts: [], mentions: [{ date: '2027-02-30', count: 1 }] })).toThrow(ValidationError);
  });
});
