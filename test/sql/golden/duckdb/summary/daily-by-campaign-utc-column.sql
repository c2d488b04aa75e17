-- socialkit summarizeSql (duckdb): ratio-of-sums KPIs as summarize computes them
-- zone: parameter $1
SELECT
  strftime(timezone($1, ("posted_at" AT TIME ZONE 'UTC')), '%Y-%m-%d') AS "day",
  CAST("campaign_name" AS VARCHAR) AS "campaign",
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
  CAST(COALESCE(SUM(CAST("revenue" AS DECIMAL(38, 9))), 0) - COALESCE(SUM(CAST("cost" AS DECIMAL(38, 9))), 0) AS DOUBLE) / NULLIF(CAST(COALESCE(SUM(CAST("cost" AS DECIMAL(38, 9))), 0) AS DOUBLE), 0) AS "roi",
  COUNT(DISTINCT "currency") AS "currencies"
FROM "analytics"."posts"
GROUP BY 1, 2
ORDER BY 1 ASC NULLS LAST, 2 ASC NULLS LAST
-- params: ["Asia/Kolkata"]
