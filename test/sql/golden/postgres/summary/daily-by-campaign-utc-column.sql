-- socialkit summarizeSql (postgres): ratio-of-sums KPIs as summarize computes them
-- zone: parameter $1
SELECT
  to_char(("posted_at" AT TIME ZONE 'UTC') AT TIME ZONE $1, 'YYYY-MM-DD') COLLATE "C" AS "day",
  CAST("campaign_name" AS TEXT) COLLATE "C" AS "campaign",
  COUNT(*) AS "posts",
  CASE WHEN COUNT("impressions") = COUNT(*) THEN COALESCE(SUM("impressions"), 0) END AS "impressions",
  CASE WHEN COUNT("reach") = COUNT(*) THEN COALESCE(SUM("reach"), 0) END AS "reach",
  CASE WHEN COUNT("engagements") = COUNT(*) THEN COALESCE(SUM("engagements"), 0) END AS "engagements",
  CASE WHEN COUNT("clicks") = COUNT(*) THEN COALESCE(SUM("clicks"), 0) END AS "clicks",
  COALESCE(SUM("conversions"), 0) AS "conversions",
  COALESCE(SUM(CAST("cost" AS NUMERIC)), 0) AS "cost",
  COALESCE(SUM(CAST("revenue" AS NUMERIC)), 0) AS "revenue",
  CAST(CASE WHEN COUNT("engagements") = COUNT(*) THEN COALESCE(SUM("engagements"), 0) END AS DOUBLE PRECISION) / NULLIF(CAST(CASE WHEN COUNT("reach") = COUNT(*) THEN COALESCE(SUM("reach"), 0) END AS DOUBLE PRECISION), 0) AS "engagementRateByReach",
  CAST(CASE WHEN COUNT("engagements") = COUNT(*) THEN COALESCE(SUM("engagements"), 0) END AS DOUBLE PRECISION) / NULLIF(CAST(CASE WHEN COUNT("impressions") = COUNT(*) THEN COALESCE(SUM("impressions"), 0) END AS DOUBLE PRECISION), 0) AS "engagementRateByImpressions",
  CAST(CASE WHEN COUNT("clicks") = COUNT(*) THEN COALESCE(SUM("clicks"), 0) END AS DOUBLE PRECISION) / NULLIF(CAST(CASE WHEN COUNT("impressions") = COUNT(*) THEN COALESCE(SUM("impressions"), 0) END AS DOUBLE PRECISION), 0) AS "ctr",
  COALESCE(SUM(CAST("cost" AS NUMERIC)), 0) / NULLIF(CAST(CASE WHEN COUNT("clicks") = COUNT(*) THEN COALESCE(SUM("clicks"), 0) END AS NUMERIC), 0) AS "cpc",
  COALESCE(SUM(CAST("cost" AS NUMERIC)), 0) * 1000 / NULLIF(CAST(CASE WHEN COUNT("impressions") = COUNT(*) THEN COALESCE(SUM("impressions"), 0) END AS NUMERIC), 0) AS "cpm",
  COALESCE(SUM(CAST("cost" AS NUMERIC)), 0) / NULLIF(CAST(COALESCE(SUM("conversions"), 0) AS NUMERIC), 0) AS "cpa",
  CAST(COALESCE(SUM(CAST("revenue" AS NUMERIC)), 0) AS DOUBLE PRECISION) / NULLIF(CAST(COALESCE(SUM(CAST("cost" AS NUMERIC)), 0) AS DOUBLE PRECISION), 0) AS "roas",
  CAST(COALESCE(SUM(CAST("revenue" AS NUMERIC)), 0) - COALESCE(SUM(CAST("cost" AS NUMERIC)), 0) AS DOUBLE PRECISION) / NULLIF(CAST(COALESCE(SUM(CAST("cost" AS NUMERIC)), 0) AS DOUBLE PRECISION), 0) AS "roi",
  COUNT(DISTINCT "currency") AS "currencies"
FROM "analytics"."posts"
GROUP BY 1, 2
ORDER BY 1 ASC NULLS LAST, 2 ASC NULLS LAST
-- params: ["Asia/Kolkata"]
