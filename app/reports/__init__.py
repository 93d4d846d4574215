"""PDF reports: the engine (reportlab), the report kinds and the director's conclusions."""
