"""Indicators (показатели): catalogue, values per academic year, trends and Excel."""
