COALESCE(SUM("reach"), 0)
