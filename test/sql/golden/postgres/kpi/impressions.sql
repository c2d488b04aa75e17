CASE WHEN COUNT("impressions") = COUNT(*) THEN COALESCE(SUM("impressions"), 0) END
