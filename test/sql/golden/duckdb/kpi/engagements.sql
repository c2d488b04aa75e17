CASE WHEN COUNT("engagements") = COUNT(*) THEN COALESCE(SUM("engagements"), 0) END
