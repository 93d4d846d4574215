"""The «Показатели» section: catalogue, values per year, charts and the dashboard."""
