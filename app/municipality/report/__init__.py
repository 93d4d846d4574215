"""The municipality's annual order and analytical report (seed 002): its data read across
all imported schools in grouped queries, the methodologist's editable texts per year, the
document (``app.reports.document``) and its tables for the XLSX export."""

from __future__ import annotations

from app.municipality.report.build import build_municipal_document
from app.municipality.report.editable import (
    KEYS,
    report_texts,
    reset_report_text,
    save_report_text,
    school_key,
    text_keys,
)
from app.municipality.report.tables import municipal_tables

__all__ = [
    "KEYS",
    "build_municipal_document",
    "municipal_tables",
    "report_texts",
    "reset_report_text",
    "save_report_text",
    "school_key",
    "text_keys",
]
