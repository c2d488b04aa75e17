import * as z from 'zod';
import { formatPercent, LocalDateSchema, TimeZoneSchema, toLocalDate, toLocalTime, weekdayOf, type LocalDate, type LocalDateRange, type PlatformId, type PostFormat, type Weekday } from '../core/index.js';
import { describeValue, invalid, localDateRange, parseDay, parseWithSchema } from '../core/internal.js';
import { audienceGrowthRate, averageEngagementRate, shareOfVoice } from '../kpi/index.js';
import { CompetitorAccountSchema, type CompetitorAccount, type CompetitorAccountInput, type CompetitorPost } from './competitor-account.js';

/**
 * The fewest posts an account must publish in the period to be ranked: five,
 * about one a week over a month. Below it, one viral post or one quiet week
 * decides the engagement rate and the posting frequency, so the account's
 * figures are shown and marked (`ranked: false`), but it gets no rank and it
 * stays out of the competitors' mean and standard deviation.
 *
 * @example
 * MIN_BENCHMARK_POSTS; // 5
 */
export const MIN_BENCHMARK_POSTS = 5;

/** The longest period a benchmark covers, in days (ten years). */
const MAX_PERIOD_DAYS = 3660;

/**
 * The metrics of a competitive benchmark, in the order they are reported.
 *
 * @example
 * BENCHMARK_METRICS; // ['postsPerWeek', 'audienceGrowth', 'engagementRate', 'shareOfVoice']
 */
export const BENCHMARK_METRICS = Object.freeze(['postsPerWeek', 'audienceGrowth', 'engagementRate', 'shareOfVoice'] as const);

/** A metric of {@link BENCHMARK_METRICS}. */
export type BenchmarkMetric = (typeof BENCHMARK_METRICS)[number];

/** The input of {@link benchmarkCompetitors}. */
export interface BenchmarkCompetitorsInput {
  /** The brand's own account. */
  brand: CompetitorAccountInput;
  /** The competitors' accounts (ids unique, the brand's id not among them). */
  competitors: readonly CompetitorAccountInput[];
  /** The local dates compared, both ends included. */
  period: LocalDateRange;
  /** The IANA zone in which posts fall on local days and slots, and mentions are counted per day. */
  timeZone: string;
  /** A BCP 47 locale for the summary: French (`fr…`) or English (`en…`, the default). */
  locale?: string;
}

/** A format's or a slot's engagement rate (by followers, mean of ratios) and the posts it is computed over. */
export interface RatedGroup {
  /** Posts of the group in the period. */
  posts: number;
  /** The group's engagement rate, or `null` when no post has both followers and engagements. */
  engagementRate: number | null;
}

/** One account's figures. */
export interface AccountBenchmark {
  /** The account's id. */
  id: string;
  /** The account's name. */
  name: string;
  /** `'brand'` or `'competitor'`. */
  role: 'brand' | 'competitor';
  /** Posts published in the period (local dates in the zone). */
  posts: number;
  /** Posts given that fall outside the period (left out of every figure). */
  postsOutsidePeriod: number;
  /** Whether the account has at least {@link MIN_BENCHMARK_POSTS} posts and is ranked. */
  ranked: boolean;
  /** Posts per week: posts × 7 ÷ days of the period. */
  postsPerWeek: number;
  /** Followers at the first and the last post of the period, summed over the platforms with two observations or more; `null` when none has. */
  followers: { start: number; end: number } | null;
  /** kpi's `audienceGrowthRate` from `followers.start` to `followers.end`, or `null`. */
  audienceGrowth: number | null;
  /** kpi's `averageEngagementRate` by followers, mean of ratios, over the posts with both counts, or `null`. */
  engagementRate: number | null;
  /** Mentions over the days every account reports, or `null` when some account has no listening data. */
  mentions: number | null;
  /** kpi's `shareOfVoice` of `mentions` among every account's, or `null`. */
  shareOfVoice: number | null;
  /** Formats, best engagement rate first (`null` rates last). */
  bestFormats: (RatedGroup & { format: PostFormat })[];
  /** Local weekday and hour slots (`hour` 0–23 in the zone), best engagement rate first. */
  bestSlots: (RatedGroup & { weekday: Weekday; hour: number })[];
}

/** How the brand stands on one metric. */
export interface MetricComparison {
  /** The metric. */
  metric: BenchmarkMetric;
  /** Whether a higher value is better (true for every metric so far; the rank reads it). */
  higherIsBetter: boolean;
  /** What the value is, in words. */
  definition: string;
  /** The brand's value, or `null`. */
  brand: number | null;
  /** The mean of the ranked competitors' values, or `null` when none has one. */
  competitorsMean: number | null;
  /** The sample standard deviation (n − 1) of the ranked competitors' values, or `null` with fewer than two. */
  competitorsSd: number | null;
  /** brand − competitorsMean, or `null`. */
  gap: number | null;
  /** gap ÷ competitorsSd, or `null` when the deviation is 0 or undefined. */
  zScore: number | null;
  /** The brand's rank (1 = best; ties share a rank), or `null` when the brand is not ranked or has no value. */
  rank: number | null;
  /** Every ranked account with a value, best first: `{ id, value, rank }`. */
  ranking: { id: string; value: number; rank: number }[];
}

/** Data the benchmark could not use, reported instead of being counted as zero. */
export interface MissingData {
  /** The account's id. */
  account: string;
  /** What is missing. */
  field: 'posts' | 'followers' | 'engagements' | 'mentions';
  /** What is missing and what it does to the figures. */
  message: string;
}

/** One sentence of the summary, with the figures it says. */
export interface SummarySentence {
  /** The metric. */
  metric: BenchmarkMetric;
  /** The sentence, in the summary's language. */
  text: string;
  /** The figures the sentence is written from (the metric's comparison). */
  figures: Pick<MetricComparison, 'brand' | 'competitorsMean' | 'gap' | 'zScore' | 'rank'> & { rankedAccounts: number };
}

/** The result of {@link benchmarkCompetitors}. */
export interface CompetitorBenchmark {
  /** The period compared. */
  period: LocalDateRange;
  /** Its length in days. */
  days: number;
  /** The zone. */
  timeZone: string;
  /** The engagement-rate variant every rate uses (reach is not public for competitors). */
  engagementRate: { base: 'followers'; method: 'meanOfRatios' };
  /** The fewest posts to be ranked ({@link MIN_BENCHMARK_POSTS}). */
  minimumPosts: number;
  /** Days every account reports mentions for (share of voice is computed over them). */
  mentionDays: number;
  /** The brand first, then the competitors in the given order. */
  accounts: AccountBenchmark[];
  /** The brand's standing on each metric of {@link BENCHMARK_METRICS}. */
  metrics: MetricComparison[];
  /** What was missing. */
  missing: MissingData[];
  /** The summary's language: `'fr'` or `'en'`. */
  language: 'fr' | 'en';
  /** The largest gaps (up to three, by |z|, then by the relative gap), in plain language. */
  summary: SummarySentence[];
}

const InputSchema = z.strictObject({
  brand: CompetitorAccountSchema,
  competitors: z.array(CompetitorAccountSchema),
  period: z.strictObject({ from: LocalDateSchema, to: LocalDateSchema }),
  timeZone: TimeZoneSchema,
  locale: z.string().optional(),
});

const DEFINITIONS: Readonly<Record<BenchmarkMetric, string>> = {
  postsPerWeek: 'posts in the period × 7 ÷ days of the period',
  audienceGrowth: "audienceGrowthRate from the followers at the first post to those at the last, summed over the account's platforms",
  engagementRate: 'averageEngagementRate by followers, mean of ratios (each post engagements ÷ followers)',
  shareOfVoice: "shareOfVoice of the account's mentions among every account's, over the days all accounts report",
};

const LABELS: Readonly<Record<'fr' | 'en', Readonly<Record<BenchmarkMetric, string>>>> = {
  en: { postsPerWeek: 'Posting frequency', audienceGrowth: 'Audience growth', engagementRate: 'Engagement rate', shareOfVoice: 'Share of voice' },
  fr: { postsPerWeek: 'Fréquence de publication', audienceGrowth: "Croissance de l'audience", engagementRate: "Taux d'engagement", shareOfVoice: 'Part de voix' },
};

function rate(posts: readonly CompetitorPost[]): number | null {
  const usable = posts.filter((p) => p.followers !== undefined && p.engagements !== undefined) as { followers: number; engagements: number }[];
  return averageEngagementRate(usable, { base: 'followers', method: 'meanOfRatios' }).rate;
}

function byRate<T extends RatedGroup>(a: T, b: T): number {
  if (a.engagementRate === null || b.engagementRate === null) return a.engagementRate === null ? (b.engagementRate === null ? 0 : 1) : -1;
  return b.engagementRate - a.engagementRate || b.posts - a.posts;
}

function groups<K>(posts: readonly CompetitorPost[], key: (p: CompetitorPost) => K): Map<K, CompetitorPost[]> {
  const map = new Map<K, CompetitorPost[]>();
  for (const p of posts) {
    const k = key(p);
    const list = map.get(k);
    if (list === undefined) map.set(k, [p]);
    else list.push(p);
  }
  return map;
}

function readLanguage(locale: string | undefined): { language: 'fr' | 'en'; locale: string } {
  if (locale === undefined) return { language: 'en', locale: 'en' };
  let language: string;
  try {
    if (locale.length > 128) throw new RangeError('too long');
    language = new Intl.Locale(locale).language;
  } catch {
    throw invalid('invalidLocale', `locale must be a BCP 47 language tag such as 'fr-FR' or 'en-GB', got ${describeValue(locale)}`, 'locale');
  }
  if (language !== 'fr' && language !== 'en') {
    throw invalid('invalidLocale', `the summary is written in French or English: locale must be fr… or en…, got ${describeValue(locale)}`, 'locale');
  }
  return { language, locale };
}

/**
 * Rounds to 12 significant digits, so that values equal but for float noise tie.
 *
 * @param v - a value
 * @returns the value rounded
 */
const tieKey = (v: number): number => Number(v.toPrecision(12));

function compare(metric: BenchmarkMetric, accounts: readonly AccountBenchmark[]): MetricComparison {
  const value = (a: AccountBenchmark): number | null => a[metric];
  const ranked = accounts.filter((a) => a.ranked && value(a) !== null).map((a) => ({ id: a.id, value: value(a) as number }));
  ranked.sort((a, b) => b.value - a.value);
  const ranking: MetricComparison['ranking'] = [];
  for (let i = 0; i < ranked.length; i += 1) {
    const r = ranked[i] as { id: string; value: number };
    const previous = ranking[i - 1];
    const rank = previous !== undefined && tieKey(previous.value) === tieKey(r.value) ? previous.rank : i + 1;
    ranking.push({ id: r.id, value: r.value, rank });
  }
  const brandAccount = accounts[0] as AccountBenchmark;
  const brand = value(brandAccount);
  const values = accounts.filter((a) => a.role === 'competitor' && a.ranked && value(a) !== null).map((a) => value(a) as number);
  const n = values.length;
  const competitorsMean = n === 0 ? null : values.reduce((s, v) => s + v, 0) / n;
  let competitorsSd: number | null = null;
  if (n >= 2 && competitorsMean !== null) {
    const allEqual = values.every((v) => v === values[0]);
    competitorsSd = allEqual ? 0 : Math.sqrt(values.reduce((s, v) => s + (v - competitorsMean) ** 2, 0) / (n - 1));
  }
  const gap = brand === null || competitorsMean === null ? null : brand - competitorsMean;
  const zScore = gap === null || competitorsSd === null || competitorsSd === 0 ? null : gap / competitorsSd;
  const rank = ranking.find((r) => r.id === brandAccount.id)?.rank ?? null;
  return { metric, higherIsBetter: true, definition: DEFINITIONS[metric], brand, competitorsMean, competitorsSd, gap, zScore, rank, ranking };
}

function sentence(c: MetricComparison, brandName: string, rankedAccounts: number, brandRanked: boolean, language: 'fr' | 'en', locale: string): string {
  const fr = language === 'fr';
  const brand = c.brand as number;
  const mean = c.competitorsMean as number;
  const gap = c.gap as number;
  const isRate = c.metric !== 'postsPerWeek';
  const num = (v: number, digits: number, signed = false): string =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, ...(signed ? { signDisplay: 'exceptZero' as const } : {}) }).format(v);
  const show = (v: number): string => (isRate ? formatPercent(v, { locale, digits: 1 }) : num(v, 1));
  const points = Math.abs(gap * 100);
  const gapText = isRate ? `${num(gap * 100, 1, true)} ${fr ? (points >= 2 ? 'points' : 'point') : points === 1 ? 'point' : 'points'}` : num(gap, 1, true);
  const ahead = c.higherIsBetter ? gap > 0 : gap < 0;
  const z = c.zScore === null ? '' : `, z = ${num(c.zScore, 2)}`;
  const unit = isRate ? '' : fr ? ' publications par semaine' : ' posts a week';
  if (fr) {
    const verdict = ahead ? 'devance ses concurrents' : 'est derrière ses concurrents';
    const rank = brandRanked && c.rank !== null ? ` ; rang ${c.rank} sur ${rankedAccounts}` : brandRanked ? '' : ` ; non classée, moins de ${MIN_BENCHMARK_POSTS} publications`;
    return `${LABELS.fr[c.metric]} : ${brandName} ${verdict}, ${show(brand)}${unit} contre une moyenne de ${show(mean)} (${gapText}${z}${rank}).`;
  }
  const verdict = ahead ? 'is ahead of its competitors' : 'is behind its competitors';
  const rank = brandRanked && c.rank !== null ? `; rank ${c.rank} of ${rankedAccounts}` : brandRanked ? '' : `; not ranked, fewer than ${MIN_BENCHMARK_POSTS} posts`;
  return `${LABELS.en[c.metric]}: ${brandName} ${verdict}, ${show(brand)}${unit} against a mean of ${show(mean)} (${gapText}${z}${rank}).`;
}

/**
 * A competitive benchmark (*veille concurrentielle*): the brand's public
 * figures beside its competitors', its rank and its gap on each metric, and
 * the largest gaps in plain French or English.
 *
 * Per account, over the posts whose local date (in `timeZone`) is in the
 * period: posting frequency (posts × 7 ÷ days); audience growth, kpi's
 * `audienceGrowthRate` from the followers at the first post to those at the
 * last (per platform, summed over the platforms with two observations or
 * more); engagement rate, kpi's `averageEngagementRate` by followers with the
 * mean of ratios (reach is not public for a competitor; the variant is named
 * in `engagementRate`); share of voice, kpi's `shareOfVoice` of the mentions
 * over the local days every account reports; the best formats and local
 * weekday-and-hour slots by engagement rate.
 *
 * Per metric: the ranking of the ranked accounts (ties share a rank: 1, 1,
 * 3), the competitors' mean and sample standard deviation (n − 1, the brand
 * excluded, ranked competitors only), the gap (brand − mean) and the z-score
 * gap ÷ deviation (`null` with fewer than two competitors or a deviation of
 * 0). An account with fewer than {@link MIN_BENCHMARK_POSTS} posts is
 * `ranked: false`. Missing data (no listening data, days without mentions,
 * posts without followers or engagements) is listed in `missing`, never
 * counted as zero.
 *
 * @param input - `{ brand, competitors, period, timeZone, locale }`
 * @returns the accounts' figures, the comparisons, what was missing and the summary
 * @throws {ValidationError} for a malformed account or option (every problem listed), `duplicateId` for two accounts with one id, `duplicate` for a day listed twice in an account's mentions, `invalidRange` or `rangeTooLong` for the period, `invalidLocale` for a locale that is not French or English
 * @example
 * const posts = (followers, engagements) => [2, 3, 4, 5, 6].map((d) => ({ platform: 'instagram', publishedAt: `2027-03-0${d}T08:00:00Z`, followers, engagements, format: 'image' }));
 * const result = benchmarkCompetitors({
 *   brand: { id: 'martin', name: 'Boulangerie Martin', posts: posts(1000, 50) },
 *   competitors: [{ id: 'roux', name: 'Maison Roux', posts: posts(2000, 60) }, { id: 'canuts', name: 'Le Fournil des Canuts', posts: posts(500, 20) }],
 *   period: { from: '2027-03-01', to: '2027-03-07' }, timeZone: 'Europe/Paris', locale: 'en',
 * });
 * result.metrics[2].brand; // 0.05
 * result.metrics[2].competitorsMean; // 0.035
 * result.metrics[2].rank; // 1
 * benchmarkCompetitors({ brand: { id: 'martin', name: 'Boulangerie Martin', posts: [{ platform: 'x', publishedAt: '2027-03-02T08:00:00Z', followers: 300, engagements: 9, format: 'text' }], mentions: [{ date: '2027-03-02', count: 4 }] }, competitors: [{ id: 'roux', name: 'Maison Roux', posts: [], mentions: [{ date: '2027-03-02', count: 12 }] }], period: { from: '2027-03-01', to: '2027-03-07' }, timeZone: 'Europe/Paris' }).accounts[0].shareOfVoice; // 0.25
 */
export function benchmarkCompetitors(input: BenchmarkCompetitorsInput): CompetitorBenchmark {
  const parsed = parseWithSchema(InputSchema, input, { name: 'input' });
  const period = localDateRange(parsed.period, 'period');
  const firstDay = parseDay(period.from);
  const days = parseDay(period.to) - firstDay + 1;
  if (days > MAX_PERIOD_DAYS) {
    throw invalid('rangeTooLong', `period covers ${days} days; a benchmark covers at most ${MAX_PERIOD_DAYS} (ten years)`, 'period');
  }
  const zone = parsed.timeZone;
  const { language, locale } = readLanguage(parsed.locale);
  const all: [CompetitorAccount, 'brand' | 'competitor', (string | number)[]][] = [
    [parsed.brand, 'brand', ['brand']],
    ...parsed.competitors.map((c, i): [CompetitorAccount, 'competitor', (string | number)[]] => [c, 'competitor', ['competitors', i]]),
  ];
  const seen = new Set<string>();
  for (const [account, , path] of all) {
    if (seen.has(account.id)) throw invalid('duplicateId', `account id ${describeValue(account.id)} is used twice: each account needs its own id`, [...path, 'id']);
    seen.add(account.id);
  }
  const missing: MissingData[] = [];
  const inPeriod = (date: LocalDate): boolean => date >= period.from && date <= period.to;

  // Mentions: per account, the days of the period it reports; share of voice over the days all report.
  const mentionMaps: (Map<string, number> | null)[] = all.map(([account, , path]) => {
    if (account.mentions === undefined) return null;
    const map = new Map<string, number>();
    account.mentions.forEach((m, i) => {
      if (map.has(m.date)) throw invalid('duplicate', `${account.name} lists mentions for ${m.date} twice: give one count per local day`, [...path, 'mentions', i, 'date']);
      if (inPeriod(m.date)) map.set(m.date, m.count);
    });
    return map;
  });
  let common: string[] = [];
  if (mentionMaps.every((m): m is Map<string, number> => m !== null)) {
    const maps = mentionMaps;
    const smallest = maps.reduce((a, b) => (b.size < a.size ? b : a));
    common = [...smallest.keys()].filter((d) => maps.every((m) => m.has(d))).sort();
  }
  const commonSet = new Set(common);
  all.forEach(([account], i) => {
    const map = mentionMaps[i];
    if (map === null || map === undefined) {
      missing.push({ account: account.id, field: 'mentions', message: `${account.name} has no listening data (mentions): no account gets a share of voice` });
    } else if (map.size < days) {
      missing.push({
        account: account.id,
        field: 'mentions',
        message: `${account.name} reports mentions for ${map.size} of the ${days} days of the period: share of voice counts only the ${common.length} days every account reports`,
      });
    }
  });
  const mentionTotals = mentionMaps.map((map) => {
    if (map === null || mentionMaps.some((m) => m === null)) return null;
    let total = 0;
    for (const d of commonSet) total += map.get(d) ?? 0;
    return total;
  });
  const shares = mentionTotals.map((total, i) =>
    total === null ? null : shareOfVoice({ brand: total, competitors: mentionTotals.filter((_, j) => j !== i) as number[] }),
  );

  const accounts: AccountBenchmark[] = all.map(([account, role], i) => {
    const posts = account.posts.filter((p) => inPeriod(toLocalDate(p.publishedAt, zone)));
    if (posts.length === 0) missing.push({ account: account.id, field: 'posts', message: `${account.name} has no post in the period: no engagement rate, growth, format or slot` });
    const noFollowers = posts.filter((p) => p.followers === undefined).length;
    const noEngagements = posts.filter((p) => p.engagements === undefined).length;
    if (noFollowers > 0) missing.push({ account: account.id, field: 'followers', message: `${noFollowers} of ${account.name}'s ${posts.length} posts have no follower count: left out of its engagement rate and growth` });
    if (noEngagements > 0) missing.push({ account: account.id, field: 'engagements', message: `${noEngagements} of ${account.name}'s ${posts.length} posts have no engagement count: left out of its engagement rate` });
    let start = 0;
    let end = 0;
    let observed = false;
    for (const platformPosts of groups(posts.filter((p) => p.followers !== undefined), (p): PlatformId => p.platform).values()) {
      if (platformPosts.length < 2) continue;
      const sorted = [...platformPosts].sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
      start += (sorted[0] as CompetitorPost).followers as number;
      end += (sorted[sorted.length - 1] as CompetitorPost).followers as number;
      observed = true;
    }
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) {
      throw invalid('outOfRange', `${account.name}'s follower counts sum past Number.MAX_SAFE_INTEGER`, [...(i === 0 ? ['brand'] : ['competitors', i - 1]), 'posts']);
    }
    if (!observed && posts.length > 0) {
      missing.push({ account: account.id, field: 'followers', message: `${account.name} has no platform with two follower counts in the period: no audience growth` });
    }
    const bestFormats = [...groups(posts, (p) => p.format)].map(([format, list]) => ({ format, posts: list.length, engagementRate: rate(list) })).sort(byRate);
    const bestSlots = [...groups(posts, (p) => `${weekdayOf(p.publishedAt, zone)} ${toLocalTime(p.publishedAt, zone).slice(0, 2)}`)]
      .map(([key, list]) => ({ weekday: key.slice(0, 3) as Weekday, hour: Number(key.slice(4)), posts: list.length, engagementRate: rate(list) }))
      .sort(byRate);
    return {
      id: account.id,
      name: account.name,
      role,
      posts: posts.length,
      postsOutsidePeriod: account.posts.length - posts.length,
      ranked: posts.length >= MIN_BENCHMARK_POSTS,
      postsPerWeek: (posts.length * 7) / days,
      followers: observed ? { start, end } : null,
      audienceGrowth: observed ? audienceGrowthRate({ followersAtStart: start, followersAtEnd: end }) : null,
      engagementRate: rate(posts),
      mentions: mentionTotals[i] ?? null,
      shareOfVoice: shares[i] ?? null,
      bestFormats,
      bestSlots,
    };
  });

  const metrics = BENCHMARK_METRICS.map((m) => compare(m, accounts));
  const brandAccount = accounts[0] as AccountBenchmark;
  const relative = (c: MetricComparison): number => (c.competitorsMean === 0 || c.competitorsMean === null ? 0 : Math.abs((c.gap as number) / c.competitorsMean));
  const summary = metrics
    .filter((c) => c.gap !== null && c.gap !== 0)
    .sort((a, b) => {
      if (a.zScore !== null && b.zScore !== null) return Math.abs(b.zScore) - Math.abs(a.zScore);
      if (a.zScore !== null || b.zScore !== null) return a.zScore === null ? 1 : -1;
      return relative(b) - relative(a);
    })
    .slice(0, 3)
    .map((c): SummarySentence => ({
      metric: c.metric,
      text: sentence(c, brandAccount.name, c.ranking.length, brandAccount.ranked, language, locale),
      figures: { brand: c.brand, competitorsMean: c.competitorsMean, gap: c.gap, zScore: c.zScore, rank: c.rank, rankedAccounts: c.ranking.length },
    }));
  return {
    period,
    days,
    timeZone: zone,
    engagementRate: { base: 'followers', method: 'meanOfRatios' },
    minimumPosts: MIN_BENCHMARK_POSTS,
    mentionDays: common.length,
    accounts,
    metrics,
    missing,
    language,
    summary,
  };
}
