-- socialkit summarizeSql (postgres): ratio-of-sums KPIs as summarize computes them
-- zone: parameter $1
SELECT
  to_char("published_at" AT TIME ZONE $1, 'YYYY-MM') COLLATE "C" AS "month",
  COUNT(*) AS "posts",
  COALESCE(SUM(CAST("cost" AS NUMERIC)), 0) AS "cost",
  COALESCE(SUM(CAST("cost" AS NUMERIC)), 0) / NULLIF(CAST(CASE WHEN COUNT("clicks") = COUNT(*) THEN COALESCE(SUM("clicks"), 0) END AS NUMERIC), 0) AS "cpc",
  COALESCE(SUM(CAST("cost" AS NUMERIC)), 0) * 1000 / NULLIF(CAST(CASE WHEN COUNT("impressions") = COUNT(*) THEN COALESCE(SUM("impressions"), 0) END AS NUMERIC), 0) AS "cpm",
  COALESCE(SUM(CAST("cost" AS NUMERIC)), 0) / NULLIF(CAST(COALESCE(SUM("conversions"), 0) AS NUMERIC), 0) AS "cpa",
  CAST(COALESCE(SUM(CAST("revenue" AS NUMERIC)), 0) AS DOUBLE PRECISION) / NULLIF(CAST(COALESCE(SUM(CAST("cost" AS NUMERIC)), 0) AS DOUBLE PRECISION), 0) AS "roas",
  CAST(COALESCE(SUM(CAST("revenue" AS NUMERIC)), 0) - COALESCE(SUM(CAST("cost" AS NUMERIC)), 0) AS DOUBLE PRECISION) / NULLIF(CAST(COALESCE(SUM(CAST("cost" AS NUMERIC)), 0) AS DOUBLE PRECISION), 0) AS "roi"
FROM "ads"
GROUP BY 1
ORDER BY 1 ASC NULLS LAST
-- params: ["America/New_York"]
