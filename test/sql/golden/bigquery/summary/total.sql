-- socialkit summarizeSql (bigquery): ratio-of-sums KPIs as summarize computes them
SELECT
  COUNT(*) AS `posts`,
  CASE WHEN COUNT(`impressions`) = COUNT(*) THEN COALESCE(SUM(`impressions`), 0) END AS `impressions`,
  CASE WHEN COUNT(`reach`) = COUNT(*) THEN COALESCE(SUM(`reach`), 0) END AS `reach`,
  CASE WHEN COUNT(`engagements`) = COUNT(*) THEN COALESCE(SUM(`engagements`), 0) END AS `engagements`,
  CASE WHEN COUNT(`clicks`) = COUNT(*) THEN COALESCE(SUM(`clicks`), 0) END AS `clicks`,
  COALESCE(SUM(`conversions`), 0) AS `conversions`,
  COALESCE(SUM(CAST(`cost` AS NUMERIC)), 0) AS `cost`,
  COALESCE(SUM(CAST(`revenue` AS NUMERIC)), 0) AS `revenue`,
  CAST(CASE WHEN COUNT(`engagements`) = COUNT(*) THEN COALESCE(SUM(`engagements`), 0) END AS FLOAT64) / NULLIF(CAST(CASE WHEN COUNT(`reach`) = COUNT(*) THEN COALESCE(SUM(`reach`), 0) END AS FLOAT64), 0) AS `engagementRateByReach`,
  CAST(CASE WHEN COUNT(`engagements`) = COUNT(*) THEN COALESCE(SUM(`engagements`), 0) END AS FLOAT64) / NULLIF(CAST(CASE WHEN COUNT(`impressions`) = COUNT(*) THEN COALESCE(SUM(`impressions`), 0) END AS FLOAT64), 0) AS `engagementRateByImpressions`,
  CAST(CASE WHEN COUNT(`clicks`) = COUNT(*) THEN COALESCE(SUM(`clicks`), 0) END AS FLOAT64) / NULLIF(CAST(CASE WHEN COUNT(`impressions`) = COUNT(*) THEN COALESCE(SUM(`impressions`), 0) END AS FLOAT64), 0) AS `ctr`,
  CAST(COALESCE(SUM(CAST(`cost` AS NUMERIC)), 0) AS FLOAT64) / NULLIF(CAST(CASE WHEN COUNT(`clicks`) = COUNT(*) THEN COALESCE(SUM(`clicks`), 0) END AS FLOAT64), 0) AS `cpc`,
  CAST(COALESCE(SUM(CAST(`cost` AS NUMERIC)), 0) AS FLOAT64) * 1000 / NULLIF(CAST(CASE WHEN COUNT(`impressions`) = COUNT(*) THEN COALESCE(SUM(`impressions`), 0) END AS FLOAT64), 0) AS `cpm`,
  CAST(COALESCE(SUM(CAST(`cost` AS NUMERIC)), 0) AS FLOAT64) / NULLIF(CAST(COALESCE(SUM(`conversions`), 0) AS FLOAT64), 0) AS `cpa`,
  CAST(COALESCE(SUM(CAST(`revenue` AS NUMERIC)), 0) AS FLOAT64) / NULLIF(CAST(COALESCE(SUM(CAST(`cost` AS NUMERIC)), 0) AS FLOAT64), 0) AS `roas`,
  CAST(COALESCE(SUM(CAST(`revenue` AS NUMERIC)), 0) - COALESCE(SUM(CAST(`cost` AS NUMERIC)), 0) AS FLOAT64) / NULLIF(CAST(COALESCE(SUM(CAST(`cost` AS NUMERIC)), 0) AS FLOAT64), 0) AS `roi`
FROM `posts`
HAVING COUNT(*) > 0
-- params: {}
