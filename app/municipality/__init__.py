"""The municipality mode (issue 11): the register of schools heard from and expected, with
completeness against deadlines; consolidated views across schools aggregated in SQL; and
the read-only drill-down into one school. No Qt here."""
