COALESCE(SUM("conversions"), 0)
