COALESCE(SUM("impressions"), 0)
