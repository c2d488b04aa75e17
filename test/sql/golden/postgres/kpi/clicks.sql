COALESCE(SUM("clicks"), 0)
