-- socialkit summarizeSql (duckdb): ratio-of-sums KPIs as summarize computes them
-- zone: parameter $1
SELECT
  strftime(timezone($1, "published_at"), '%Y-%m') AS "month",
  COUNT(*) AS "posts",
  COALESCE(SUM(CAST("cost" AS DECIMAL(38, 9))), 0) AS "cost",
  CAST(COALESCE(SUM(CAST("cost" AS DECIMAL(38, 9))), 0) AS DOUBLE) / NULLIF(CAST(CASE WHEN COUNT("clicks") = COUNT(*) THEN COALESCE(SUM("clicks"), 0) END AS DOUBLE), 0) AS "cpc",
  CAST(COALESCE(SUM(CAST("cost" AS DECIMAL(38, 9))), 0) AS DOUBLE) * 1000 / NULLIF(CAST(CASE WHEN COUNT("impressions") = COUNT(*) THEN COALESCE(SUM("impressions"), 0) END AS DOUBLE), 0) AS "cpm",
  CAST(COALESCE(SUM(CAST("cost" AS DECIMAL(38, 9))), 0) AS DOUBLE) / NULLIF(CAST(COALESCE(SUM("conversions"), 0) AS DOUBLE), 0) AS "cpa",
  CAST(COALESCE(SUM(CAST("revenue" AS DECIMAL(38, 9))), 0) AS DOUBLE) / NULLIF(CAST(COALESCE(SUM(CAST("cost" AS DECIMAL(38, 9))), 0) AS DOUBLE), 0) AS "roas",
  CAST(COALESCE(SUM(CAST("revenue" AS DECIMAL(38, 9))), 0) - COALESCE(SUM(CAST("cost" AS DECIMAL(38, 9))), 0) AS DOUBLE) / NULLIF(CAST(COALESCE(SUM(CAST("cost" AS DECIMAL(38, 9))), 0) AS DOUBLE), 0) AS "roi"
FROM "ads"
GROUP BY 1
ORDER BY 1 ASC NULLS LAST
-- params: ["America/New_York"]
