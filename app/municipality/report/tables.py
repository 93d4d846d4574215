"""The municipal report's tables for the XLSX export: {table name: (sheet name, header,
rows)}, built from the same data as the document (numbers stay numbers)."""

from __future__ import annotations

from datetime import date

from app.academic_year import AcademicYear
from app.municipality.report import texts as t
from app.municipality.report.build import completeness_rows
from app.municipality.report.data import read_report_data
from app.municipality.report.defaults import participants
from app.municipality.report.model import ReportData
from app.municipality.report.project_part import execution, reasons
from app.scope import SchoolScope

Table = tuple[str, list[str], list[tuple]]


def municipal_tables(
    scope: SchoolScope, year: AcademicYear, today: date | None = None
) -> dict[str, Table]:
    """Every table of the report of ``year``, by its ``export-xlsx`` name."""
    return tables_of(read_report_data(scope, year, today or date.today()))


def tables_of(data: ReportData) -> dict[str, Table]:
    return {
        "municipal-results": _results(data),
        "municipal-plan": _plan(data),
        "municipal-school-results": _school_results(data),
        "municipal-roadmaps": _roadmaps(data),
        "municipal-indicators": _indicators(data),
        "municipal-conclusions": _conclusions(data),
        "municipal-resources": _resources(data),
        "municipal-completeness": _completeness(data),
    }


def _level(level: str | None) -> str:
    return t.LEVELS[level] if level else t.NOT_ASSESSED


def _results(data: ReportData) -> Table:
    results = data.project.results if data.project else []
    rows = [
        (n, r.text, r.degree, _level(r.level), r.comment) for n, r in enumerate(results, start=1)
    ]
    header = [t.NUMBER, t.RESULT, t.DEGREE, t.STATUS, "Комментарий"]
    return t.SHEET_RESULTS, header, rows


def _plan(data: ReportData) -> Table:
    rows, counters = [], {}
    for action in data.plan:
        counters[action.section] = counters.get(action.section, 0) + 1
        section = data.sections.get(action.section, "")
        rows.append(
            (
                f"{action.section}.{counters[action.section]}",
                f"{action.section}. {section}" if section else "",
                action.period,
                action.title,
                action.forecast,
                action.status_text,
                execution(action),
                reasons(action),
                action.recommendation,
            )
        )
    header = [t.NUMBER, t.SECTION, t.PERIOD, t.ACTION, t.FORECAST, t.STATUS, t.EXECUTION]
    return t.SHEET_PLAN, [*header, t.REASONS, t.RECOMMENDATIONS], rows


def _school_results(data: ReportData) -> Table:
    rows = [
        (s.school.short_name, s.programme.title, r.task_number, r.text, r.degree, _level(r.level))
        for s in participants(data)
        for r in s.programme.results
    ]
    header = [t.SCHOOL, t.PROJECT, t.TASK_NUMBER, t.RESULT, t.DEGREE, t.STATUS]
    return t.SHEET_SCHOOL_RESULTS, header, rows


def _roadmaps(data: ReportData) -> Table:
    rows = []
    for s in participants(data):
        c = s.roadmap
        counts = (c.total, c.done, c.partial, c.not_done, c.cancelled, c.under_way, c.overdue)
        why = "\n".join(f"{f.title}: {f.reason or f.reason_text}" for f in s.shortfalls)
        rows.append((s.school.short_name, *counts, why))
    return t.SHEET_ROADMAPS, [t.SCHOOL, *t.ROADMAP_COLUMNS, t.REASONS], rows


def _indicators(data: ReportData) -> Table:
    year = data.year
    rows = [
        (s.school.short_name, line.name, line.unit, line.previous, line.actual, line.change,
         line.target)
        for s in participants(data)
        for line in s.indicators
    ]  # fmt: skip
    header = [t.SCHOOL, t.INDICATOR, t.UNIT, t.PREVIOUS.format(year=year.previous())]
    header += [t.CURRENT.format(year=year), t.CHANGE, t.TARGET.format(year=year)]
    return t.SHEET_INDICATORS, header, rows


def _conclusions(data: ReportData) -> Table:
    parts = [*t.CONCLUSION_PARTS, ("management_decisions", t.DECISIONS_PART)]
    rows = []
    for s in participants(data):
        if not s.has_conclusions and not s.has_decisions:
            rows.append((s.school.short_name, "", t.NO_CONCLUSIONS.format(year=data.year)))
            continue
        for part, label in parts:
            points = s.conclusions.points(part)
            rows.append((s.school.short_name, label.rstrip(":"), "\n".join(points)))
    return t.SHEET_CONCLUSIONS, [t.SCHOOL, t.PART, t.TEXT], rows


def _resources(data: ReportData) -> Table:
    rows = [
        (s.school.short_name, s.programme.title, task.number, task.text,
         "\n".join(task.resources), len(task.resources))
        for s in participants(data)
        for task in s.programme.tasks
    ]  # fmt: skip
    header = [t.SCHOOL, t.PROJECT, t.TASK_NUMBER, t.SCHOOL_TASK, t.MUNICIPAL_RESOURCES]
    return t.SHEET_RESOURCES, [*header, t.RESOURCE_COUNT], rows


def _completeness(data: ReportData) -> Table:
    header, rows = completeness_rows(data)
    # the document's cells are text; the workbook counts packages as a number
    rows = [(name, int(packages), *rest) for name, packages, *rest in rows]
    return t.SHEET_COMPLETENESS, header, rows
