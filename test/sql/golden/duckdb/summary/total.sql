-- socialkit summarizeSql (duckdb): ratio-of-sums KPIs as summarize computes them
SELECT
  COUNT(*) AS "posts",
  COALESCE(SUM("impressions"), 0) AS "impressions",
  COALESCE(SUM("reach"), 0) AS "reach",
  COALESCE(SUM("engagements"), 0) AS "engagements",
  COALESCE(SUM("clicks"), 0) AS "clicks",
  COALESCE(SUM("conversions"), 0) AS "conversions",
  COALESCE(SUM(CAST("cost" AS DECIMAL(38, 9))), 0) AS "cost",
  COALESCE(SUM(CAST("revenue" AS DECIMAL(38, 9))), 0) AS "revenue",
  CAST(COALESCE(SUM("engagements"), 0) AS DOUBLE) / NULLIF(CAST(COALESCE(SUM("reach"), 0) AS DOUBLE), 0) AS "engagementRateByReach",
  CAST(COALESCE(SUM("engagements"), 0) AS DOUBLE) / NULLIF(CAST(COALESCE(SUM("impressions"), 0) AS DOUBLE), 0) AS "engagementRateByImpressions",
  CAST(COALESCE(SUM("clicks"), 0) AS DOUBLE) / NULLIF(CAST(COALESCE(SUM("impressions"), 0) AS DOUBLE), 0) AS "ctr",
  CAST(COALESCE(SUM(CAST("cost" AS DECIMAL(38, 9))), 0) AS DOUBLE) / NULLIF(CAST(COALESCE(SUM("clicks"), 0) AS DOUBLE), 0) AS "cpc",
  CAST(COALESCE(SUM(CAST("cost" AS DECIMAL(38, 9))), 0) AS DOUBLE) * 1000 / NULLIF(CAST(COALESCE(SUM("impressions"), 0) AS DOUBLE), 0) AS "cpm",
  CAST(COALESCE(SUM(CAST("cost" AS DECIMAL(38, 9))), 0) AS DOUBLE) / NULLIF(CAST(COALESCE(SUM("conversions"), 0) AS DOUBLE), 0) AS "cpa",
  CAST(COALESCE(SUM(CAST("revenue" AS DECIMAL(38, 9))), 0) AS DOUBLE) / NULLIF(CAST(COALESCE(SUM(CAST("cost" AS DECIMAL(38, 9))), 0) AS DOUBLE), 0) AS "roas",
  CAST(COALESCE(SUM(CAST("revenue" AS DECIMAL(38, 9))), 0) - COALESCE(SUM(CAST("cost" AS DECIMAL(38, 9))), 0) AS DOUBLE) / NULLIF(CAST(COALESCE(SUM(CAST("cost" AS DECIMAL(38, 9))), 0) AS DOUBLE), 0) AS "roi"
FROM "posts"
HAVING COUNT(*) > 0
-- params: []
