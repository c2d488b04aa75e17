/**
 * Competitive benchmark (*veille concurrentielle*): the brand's public
 * figures beside its competitors' (posting frequency, audience growth,
 * engagement rate by followers, share of voice, best formats and slots), its
 * rank and gap on each, z-scores against the competitors, and a summary of
 * the largest gaps in French or English. See docs/competitors.md.
 *
 * @module benchmark
 */
export {
  CompetitorAccountSchema,
  CompetitorPostSchema,
  MentionDaySchema,
  parseCompetitorAccount,
  parseCompetitorPost,
  type CompetitorAccount,
  type CompetitorAccountInput,
  type CompetitorPost,
  type CompetitorPostInput,
  type MentionDay,
} from './competitor-account.js';
export {
  BENCHMARK_METRICS,
  benchmarkCompetitors,
  MIN_BENCHMARK_POSTS,
  type AccountBenchmark,
  type BenchmarkCompetitorsInput,
  type BenchmarkMetric,
  type CompetitorBenchmark,
  type MetricComparison,
  type MissingData,
  type RatedGroup,
  type SummarySentence,
} from './benchmark-competitors.js';
