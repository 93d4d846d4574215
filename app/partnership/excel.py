"""Excel tables of the partnership: ``events`` and ``support-measures`` (export)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.excel import Column, write_table
from app.partnership import texts
from app.partnership.events import CATEGORY_KEYS, EventRow
from app.partnership.measures import MeasureRow, list_measures

if TYPE_CHECKING:
    from app.academic_year import AcademicYear
    from app.changes import OpResult
    from app.scope import SchoolScope
    from app.tables import ImportSummary


def _count(name: str):
    return lambda e: e.counts.get(name, 0)


def event_columns(direction_titles: dict) -> list[Column]:
    columns = [
        Column(texts.COL_ID, lambda e: str(e.id)),
        Column(texts.COL_DATE, lambda e: e.day),
        Column(texts.COL_PARTNER, lambda e: e.partner_name),
        Column(texts.COL_KIND, lambda e: texts.EVENT_KINDS.get(e.kind, e.kind)),
        Column(texts.COL_TOPIC, lambda e: e.topic),
        Column(texts.COL_PLANNED, lambda e: e.was_planned),
        Column(texts.COL_HELD, lambda e: e.held),
        Column(texts.COL_FORM, lambda e: texts.FORMS.get(e.form, e.form)),
        Column(texts.COL_STAGE, lambda e: texts.STAGES.get(e.stage, e.stage)),
        Column(texts.COL_ORGANISER, lambda e: texts.ORGANISERS.get(e.organiser, e.organiser)),
    ]
    for side, template in (("our", texts.COL_OUR), ("partner", texts.COL_THEIR)):
        for cat in CATEGORY_KEYS:
            header = template.format(category=texts.CATEGORIES[cat])
            columns.append(Column(header, _count(f"{side}_{cat}")))
    columns += [
        Column(texts.COL_MEASURE, lambda e: e.measure_text),
        Column(
            texts.COL_DIRECTIONS,
            lambda e: "\n".join(direction_titles.get(d, "") for d in e.direction_ids),
        ),
        Column(texts.COL_OUTCOMES, lambda e: e.outcomes),
        Column(texts.COL_REFLECTION, lambda e: e.reflection),
    ]
    return columns


MEASURE_COLUMNS: list[Column] = [
    Column(texts.COL_ID, lambda m: str(m.id)),
    Column(texts.COL_PARTNER, lambda m: m.partner_name),
    Column(texts.COL_AGREEMENT, lambda m: m.agreement_number),
    Column(texts.COL_MEASURE, lambda m: m.measure),
    Column(texts.COL_DEFICIT, lambda m: m.deficit),
    Column(texts.COL_RESP_OURS, lambda m: m.responsible_ours),
    Column(texts.COL_RESP_PARTNER, lambda m: m.responsible_partner),
    Column(texts.COL_STARTS, lambda m: m.starts_on),
    Column(texts.COL_ENDS, lambda m: m.ends_on),
    Column(texts.COL_STATUS, lambda m: m.status_label),
    Column(texts.COL_RESULT, lambda m: m.result),
]


def export_events(rows: list[EventRow], path: Path, direction_titles: dict) -> Path:
    return write_table(path, texts.EVENTS_SHEET, event_columns(direction_titles), rows)


def export_measures(rows: list[MeasureRow], path: Path) -> Path:
    return write_table(path, texts.MEASURES_SHEET, MEASURE_COLUMNS, rows)


@dataclass(frozen=True)
class _EventsTable:
    name: str = "events"
    importable: bool = True

    def export(self, scope: SchoolScope, path: Path, year: AcademicYear | None) -> Path:
        from app.partnership.agreements import query_directions
        from app.partnership.events import query_events

        with scope.reading() as session:
            titles = {d.id: d.title for d in query_directions(session, include_inactive=True)}
            rows = query_events(session, year=year)
        return export_events(rows, path, titles)

    def import_file(self, scope: SchoolScope, path: Path, dry_run: bool) -> OpResult[ImportSummary]:
        from app.partnership.excel_import import import_events

        return import_events(scope, path, dry_run)


@dataclass(frozen=True)
class _MeasuresTable:
    name: str = "support-measures"
    importable: bool = True

    def export(self, scope: SchoolScope, path: Path, year: AcademicYear | None) -> Path:
        return export_measures(list_measures(scope, year=year), path)

    def import_file(self, scope: SchoolScope, path: Path, dry_run: bool) -> OpResult[ImportSummary]:
        from app.partnership.excel_import import import_measures

        return import_measures(scope, path, dry_run)


EVENTS_TABLE = _EventsTable()
MEASURES_TABLE = _MeasuresTable()
