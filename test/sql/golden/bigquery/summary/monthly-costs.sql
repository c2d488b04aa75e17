-- socialkit summarizeSql (bigquery): ratio-of-sums KPIs as summarize computes them
-- zone: parameter @tz
SELECT
  FORMAT_TIMESTAMP('%Y-%m', `published_at`, @tz) AS `month`,
  COUNT(*) AS `posts`,
  COALESCE(SUM(CAST(`cost` AS NUMERIC)), 0) AS `cost`,
  CAST(COALESCE(SUM(CAST(`cost` AS NUMERIC)), 0) AS FLOAT64) / NULLIF(CAST(CASE WHEN COUNT(`clicks`) = COUNT(*) THEN COALESCE(SUM(`clicks`), 0) END AS FLOAT64), 0) AS `cpc`,
  CAST(COALESCE(SUM(CAST(`cost` AS NUMERIC)), 0) AS FLOAT64) * 1000 / NULLIF(CAST(CASE WHEN COUNT(`impressions`) = COUNT(*) THEN COALESCE(SUM(`impressions`), 0) END AS FLOAT64), 0) AS `cpm`,
  CAST(COALESCE(SUM(CAST(`cost` AS NUMERIC)), 0) AS FLOAT64) / NULLIF(CAST(COALESCE(SUM(`conversions`), 0) AS FLOAT64), 0) AS `cpa`,
  CAST(COALESCE(SUM(CAST(`revenue` AS NUMERIC)), 0) AS FLOAT64) / NULLIF(CAST(COALESCE(SUM(CAST(`cost` AS NUMERIC)), 0) AS FLOAT64), 0) AS `roas`,
  CAST(COALESCE(SUM(CAST(`revenue` AS NUMERIC)), 0) - COALESCE(SUM(CAST(`cost` AS NUMERIC)), 0) AS FLOAT64) / NULLIF(CAST(COALESCE(SUM(CAST(`cost` AS NUMERIC)), 0) AS FLOAT64), 0) AS `roi`
FROM `ads`
GROUP BY 1
ORDER BY 1 ASC NULLS LAST
-- params: {"tz":"America/New_York"}
