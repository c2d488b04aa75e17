COALESCE(SUM(`engagements`), 0)
