"""Import the ``events`` workbook back (the export is the template): all or nothing.

Rows are recognised by the id column: a known id updates that event, an empty one adds
an event; an id that is not one of this school's events (or appears twice) is refused.
Labels (kind, format, stage, organiser) are read as the export writes them.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.changes import Changes, OpResult
from app.dates import parse_day
from app.errors import PerekhodError, ValidationError
from app.excel import CellError, ExcelImportError, SheetRows, read_table
from app.folding import fold
from app.partnership import texts
from app.partnership.agreements import query_agreements, query_directions
from app.partnership.common import CHANGED
from app.partnership.events import (
    CATEGORY_KEYS,
    EventInput,
    EventRow,
    query_events,
    save_events,
    validate_event,
)
from app.partnership.measures import MeasureInput, query_measures, save_measures, validate_measure
from app.partnership.partners import query_partners
from app.progress import Progress
from app.scope import SchoolScope, operation
from app.tables import ImportSummary

YES = {"да", "yes", "1", "true", "+", "✓"}
NO = {"нет", "no", "0", "false", "-", ""}


class _Row:
    """Reads one sheet row, collecting problems instead of stopping at the first."""

    def __init__(self, sheet: SheetRows, number: int, values: dict[str, Any]) -> None:
        self.sheet, self.number, self.values = sheet, number, values
        self.errors: list[CellError] = []

    def fail(self, header: str, reason: str) -> None:
        self.errors.append(
            CellError(self.sheet.sheet, self.sheet.cell(self.number, header), reason)
        )

    def text(self, header: str) -> str:
        value = self.values.get(header)
        return "" if value is None else str(value).strip()

    def choice(self, header: str, labels: dict[str, str]) -> str | None:
        value = fold(self.text(header))
        for code, label in labels.items():
            if value in (fold(label), code):
                return code
        self.fail(header, texts.UNKNOWN_VALUE.format(value=self.text(header), field=header))
        return None

    def flag(self, header: str) -> bool:
        value = fold(self.text(header))
        if value not in YES | NO:
            self.fail(header, texts.BAD_FLAG)
        return value in YES

    def day(self, header: str) -> date | None:
        value = self.values.get(header)
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return parse_day(str(value or ""), texts.BAD_DATE)
        except ValidationError as err:
            self.fail(header, err.message)
            return None

    def uuid(self, header: str) -> uuid.UUID | None:
        if not self.text(header):
            return None
        try:
            return uuid.UUID(self.text(header))
        except ValueError:
            self.fail(header, texts.BAD_ID)
            return None

    def row_id(self, known: dict, seen: dict[uuid.UUID, int]) -> uuid.UUID | None:
        """The row's id: empty for a new row, else one of this table's rows of this school,
        once per workbook (an id of another table or school would add or overwrite)."""
        found = self.uuid(texts.COL_ID)
        if found is None:
            return None
        if found not in known:
            self.fail(texts.COL_ID, texts.UNKNOWN_ID)
        elif found in seen:
            self.fail(texts.COL_ID, texts.DUPLICATE_ID.format(row=seen[found]))
        seen.setdefault(found, self.number)
        return found

    def count(self, header: str) -> int:
        value = self.values.get(header)
        if value is None:
            return 0
        try:
            number = float(str(value).replace(",", "."))
        except ValueError:
            number = -1.0
        if number < 0 or number != int(number):
            self.fail(header, texts.BAD_COUNT)
            return 0
        return int(number)


def event_headers() -> list[str]:
    from app.partnership.excel import event_columns

    return [c.header for c in event_columns({})]


@operation
def import_events(
    session: Session, path: Path, dry_run: bool, today: date | None = None
) -> OpResult[ImportSummary]:
    """Import the ``events`` workbook in one transaction; nothing is written on any error
    or with ``dry_run``."""
    sheet = read_table(path, texts.EVENTS_SHEET, event_headers())
    lookups = _Lookups(session)
    existing = {e.id: e for e in query_events(session)}
    lookups.current = {e.id: e.measure_id for e in existing.values()}
    parsed: list[tuple[uuid.UUID | None, EventInput]] = []
    errors: list[CellError] = []
    seen: dict[uuid.UUID, int] = {}
    for number, values in sheet.rows:
        row = _Row(sheet, number, values)
        event_id, info = _parse(row, lookups, existing, seen)
        if info is not None and not row.errors:
            try:
                validate_event(info, today)
            except PerekhodError as err:
                row.fail(texts.COL_TOPIC, err.message)
        errors += row.errors
        parsed.append((event_id, info))
    if errors:
        raise ExcelImportError(errors)
    added = updated = unchanged = 0
    writes = []
    for event_id, info in parsed:
        old = existing.get(event_id) if event_id else None
        if old is None:
            added += 1
        elif _same(old, info):
            unchanged += 1
            continue
        else:
            updated += 1
        writes.append((event_id, info, old is not None))
    summary = ImportSummary(added, updated, unchanged)
    if dry_run or not writes:
        return OpResult(summary, Changes())
    save_events.core(session, writes, today)
    return OpResult(summary, CHANGED)


def _same(old: EventRow, info: EventInput) -> bool:
    a = replace(old.as_input(), direction_ids=sorted(map(str, old.direction_ids)))
    b = replace(info, direction_ids=sorted(map(str, info.direction_ids)))
    return a == b


class _Lookups:
    """Names in the sheet → ids: this school's partners and measures; shipped and own
    directions."""

    def __init__(self, session: Session) -> None:
        self.partners: dict[str, uuid.UUID] = {}
        for p in query_partners(session):
            self.partners[fold(p.short_name)] = p.id
            self.partners.setdefault(fold(p.full_name), p.id)
        self.directions = {fold(d.title): d.id for d in query_directions(session, True)}
        self.measures: dict[tuple, list] = {}
        for m in query_measures(session):
            self.measures.setdefault((m.partner_id, fold(m.measure)), []).append(m)
        self.current: dict[uuid.UUID, uuid.UUID | None] = {}

    def measure(self, partner, text: str, day: date | None, event_id) -> uuid.UUID | None:
        """The plan may repeat a measure's wording across years: keep the event's own
        link, else take the one whose period covers the event's date, else the first."""
        candidates = self.measures.get((partner, fold(text)), [])
        if not candidates:
            return None
        ids = [m.id for m in candidates]
        if self.current.get(event_id) in ids:
            return self.current[event_id]
        covering = [m.id for m in candidates if day and m.starts_on <= day <= m.ends_on]
        return (covering or ids)[0]


def _parse(
    row: _Row, look: _Lookups, existing: dict, seen: dict
) -> tuple[uuid.UUID | None, EventInput | None]:
    event_id = row.row_id(existing, seen)
    day = row.day(texts.COL_DATE)
    partner = look.partners.get(fold(row.text(texts.COL_PARTNER)))
    if partner is None:
        row.fail(texts.COL_PARTNER, texts.UNKNOWN_PARTNER.format(name=row.text(texts.COL_PARTNER)))
    counts = {}
    for side, template in (("our", texts.COL_OUR), ("partner", texts.COL_THEIR)):
        for cat in CATEGORY_KEYS:
            counts[f"{side}_{cat}"] = row.count(template.format(category=texts.CATEGORIES[cat]))
    directions = []
    for line in row.text(texts.COL_DIRECTIONS).splitlines():
        if line.strip():
            found = look.directions.get(fold(line.strip()))
            if found is None:
                row.fail(texts.COL_DIRECTIONS, texts.UNKNOWN_DIRECTION.format(name=line.strip()))
            else:
                directions.append(found)
    measure = None
    if row.text(texts.COL_MEASURE):
        measure = look.measure(partner, row.text(texts.COL_MEASURE), day, event_id)
        if measure is None:
            row.fail(texts.COL_MEASURE, texts.UNKNOWN_MEASURE)
    info = EventInput(
        partner_id=partner,
        kind=row.choice(texts.COL_KIND, texts.EVENT_KINDS),
        day=day,
        topic=row.text(texts.COL_TOPIC),
        was_planned=row.flag(texts.COL_PLANNED),
        held=row.flag(texts.COL_HELD),
        form=row.choice(texts.COL_FORM, texts.FORMS),
        stage=row.choice(texts.COL_STAGE, texts.STAGES),
        organiser=row.choice(texts.COL_ORGANISER, texts.ORGANISERS),
        outcomes=row.text(texts.COL_OUTCOMES),
        reflection=row.text(texts.COL_REFLECTION),
        measure_id=measure,
        direction_ids=directions,
        counts=counts,
    )
    return event_id, info


def import_op(
    scope: SchoolScope, table: str, path: Path, _progress: Progress | None = None
) -> OpResult[ImportSummary]:
    """The GUI's import of ``events`` or ``support-measures``: summary + what changed."""
    if table == "events":
        return import_events(scope, path, dry_run=False)
    return import_measures(scope, path, dry_run=False)


def measure_headers() -> list[str]:
    from app.partnership.excel import MEASURE_COLUMNS

    return [c.header for c in MEASURE_COLUMNS]


@operation
def import_measures(session: Session, path: Path, dry_run: bool) -> OpResult[ImportSummary]:
    """Import the ``support-measures`` workbook in one transaction; agreements are found
    by partner + number."""
    sheet = read_table(path, texts.MEASURES_SHEET, measure_headers())
    partners = {fold(p.short_name): p.id for p in query_partners(session)}
    agreements: dict[tuple, list[uuid.UUID]] = {}
    for a in query_agreements(session):
        agreements.setdefault((a.partner_id, fold(a.number)), []).append(a.id)
    existing = {m.id: m for m in query_measures(session)}
    errors: list[CellError] = []
    writes = []
    seen: dict[uuid.UUID, int] = {}
    for number, values in sheet.rows:
        row = _Row(sheet, number, values)
        measure_id = row.row_id(existing, seen)
        partner = partners.get(fold(row.text(texts.COL_PARTNER)))
        if partner is None:
            row.fail(
                texts.COL_PARTNER, texts.UNKNOWN_PARTNER.format(name=row.text(texts.COL_PARTNER))
            )
        candidates = agreements.get((partner, fold(row.text(texts.COL_AGREEMENT))), [])
        old = existing.get(measure_id) if measure_id else None
        if old is not None and old.agreement_id in candidates:
            agreement = old.agreement_id
        elif candidates:
            agreement = candidates[0]
        else:
            agreement = None
            if partner is not None:
                row.fail(texts.COL_AGREEMENT, texts.UNKNOWN_AGREEMENT)
        info = MeasureInput(
            agreement,
            row.text(texts.COL_MEASURE),
            row.day(texts.COL_STARTS),
            row.day(texts.COL_ENDS),
            row.text(texts.COL_DEFICIT),
            row.text(texts.COL_RESP_OURS),
            row.text(texts.COL_RESP_PARTNER),
            row.choice(texts.COL_STATUS, texts.MEASURE_STATUSES),
            row.text(texts.COL_RESULT),
        )
        if not row.errors:
            try:
                validate_measure(info)
            except PerekhodError as err:
                row.fail(texts.COL_MEASURE, err.message)
        errors += row.errors
        writes.append((measure_id, info, old))
    if errors:
        raise ExcelImportError(errors)
    summary, changed = _tally(writes)
    if dry_run or not changed:
        return OpResult(summary, Changes())
    save_measures.core(session, changed)
    return OpResult(summary, CHANGED)


def _tally(writes: list) -> tuple[ImportSummary, list]:
    added = updated = unchanged = 0
    changed = []
    for measure_id, info, old in writes:
        if old is None:
            added += 1
        elif old.as_input() == info:
            unchanged += 1
            continue
        else:
            updated += 1
        changed.append((measure_id, info, old is not None))
    return ImportSummary(added, updated, unchanged), changed
