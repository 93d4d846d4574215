"""Excel tables of the area: ``roadmap`` (export + import) and ``planned-results`` (export).

The roadmap workbook the app writes is the import template: the id column recognises
rows to update, an empty id adds a row. Import is all-or-nothing with row-level errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.excel import Column, write_table
from app.programme import texts
from app.programme.periods import doc_label
from app.programme.rows import ActivityRow
from app.tables import run_import

if TYPE_CHECKING:
    from app.academic_year import AcademicYear
    from app.changes import OpResult
    from app.scope import SchoolScope
    from app.tables import ImportSummary


def docs_text(row: ActivityRow) -> str:
    return "\n".join(doc_label(d.name, d.number, d.day) for d in row.evidence)


def _resource(row: ActivityRow) -> str:
    return texts.RESOURCE_KINDS[row.resource_kind] if row.resource_kind else ""


ROADMAP_COLUMNS: list[Column] = [
    Column(texts.COL_ID, lambda r: str(r.id), width=12),
    Column(texts.COL_YEAR, lambda r: str(r.year)),
    Column(texts.COL_TASK, lambda r: r.task_number),
    Column(texts.COL_TITLE, lambda r: r.title, width=50),
    Column(texts.COL_PERIOD, lambda r: r.period_text),
    Column(texts.COL_START, lambda r: r.start),
    Column(texts.COL_END, lambda r: r.end),
    Column(texts.COL_RESPONSIBLE, lambda r: r.responsible),
    Column(texts.COL_ROLE, lambda r: r.responsible_role),
    Column(texts.COL_PARTICIPANTS, lambda r: r.participants),
    Column(texts.COL_FORECAST_VALUE, lambda r: r.forecast_value),
    Column(texts.COL_FORECAST_UNIT, lambda r: r.forecast_unit),
    Column(texts.COL_FORECAST_TEXT, lambda r: r.forecast_text, width=40),
    Column(texts.COL_STATUS, lambda r: texts.STATUSES[r.status]),
    Column(texts.COL_ACTUAL, lambda r: r.actual_result, width=40),
    Column(texts.COL_REASON, lambda r: r.reason_title),
    Column(texts.COL_REASON_TEXT, lambda r: r.reason_text),
    Column(texts.COL_RESOURCE_KIND, _resource),
    Column(texts.COL_RESOURCE_TEXT, lambda r: r.resource_text),
    Column(texts.COL_DOCS, lambda r: docs_text(r), width=40),
]
ROADMAP_HEADERS = [c.header for c in ROADMAP_COLUMNS]


@dataclass(frozen=True, slots=True)
class ResultLine:
    """One planned result in one academic year of the programme (level may be blank)."""

    result_id: str
    task_number: int
    task_text: str
    text: str
    year: str
    level: str
    evidence: str
    comment: str
    wording: str = ""


RESULT_COLUMNS: list[Column] = [
    Column(texts.COL_ID, lambda r: r.result_id, width=12),
    Column(texts.COL_TASK, lambda r: r.task_number),
    Column(texts.COL_TASK_TEXT, lambda r: r.task_text, width=40),
    Column(texts.COL_RESULT, lambda r: r.text, width=50),
    Column(texts.COL_YEAR, lambda r: r.year),
    Column(texts.COL_LEVEL, lambda r: r.level),
    Column(texts.COL_WORDING, lambda r: r.wording, width=30),
    Column(texts.COL_EVIDENCE, lambda r: r.evidence, width=30),
    Column(texts.COL_COMMENT, lambda r: r.comment, width=30),
]
RESULT_HEADERS = [c.header for c in RESULT_COLUMNS]


def result_lines(scope: SchoolScope, year: AcademicYear | None) -> list[ResultLine]:
    """Every planned result of the current programme × every year of it (or only ``year``)."""
    from app.academic_year import year_range
    from app.programme.programmes import current_in
    from app.programme.results import results_in
    from app.programme.tasks import tasks_in

    with scope.reading() as session:
        programme = current_in(session)
        if programme is None:
            return []
        tasks = {t.id: t.text for t in tasks_in(session, programme.id)}
        results = results_in(session, programme.id)
    years = [y for y in year_range(programme.first_year, programme.last_year) if year in (None, y)]
    lines = []
    for result in results:
        for each in years:
            value = result.achievements.get(each)
            lines.append(
                ResultLine(
                    str(result.id),
                    result.task_number,
                    tasks.get(result.task_id, ""),
                    result.text,
                    str(each),
                    value.label if value else "",
                    value.evidence if value else "",
                    value.comment if value else "",
                    value.wording if value else "",
                )
            )
    return lines


@dataclass(frozen=True)
class _RoadmapTable:
    name: str = "roadmap"
    importable: bool = True

    def export(self, scope: SchoolScope, path: Path, year: AcademicYear | None) -> Path:
        from app.programme.roadmap import list_activities

        rows = list_activities(scope, year)
        return write_table(path, texts.ROADMAP_SHEET, ROADMAP_COLUMNS, rows)

    def import_file(self, scope: SchoolScope, path: Path, dry_run: bool) -> OpResult[ImportSummary]:
        from app.programme.excel_import import import_roadmap

        return run_import(import_roadmap, scope, path, dry_run)


@dataclass(frozen=True)
class _ResultsTable:
    name: str = "planned-results"
    importable: bool = True

    def export(self, scope: SchoolScope, path: Path, year: AcademicYear | None) -> Path:
        lines = result_lines(scope, year)
        return write_table(path, texts.RESULTS_SHEET, RESULT_COLUMNS, lines)

    def import_file(self, scope: SchoolScope, path: Path, dry_run: bool) -> OpResult[ImportSummary]:
        from app.programme.results_import import import_results

        return run_import(import_results, scope, path, dry_run)


ROADMAP_TABLE = _RoadmapTable()
RESULTS_TABLE = _ResultsTable()
