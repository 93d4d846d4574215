"""«Школы»: the register of schools heard from (their last package) and schools expected,
with completeness against a deadline the methodologist set.

A package counts for a deadline when it was received on or after the deadline's
``opens_on``; the first such package decides: received by ``due_on`` → «в срок», later →
«просрочено на N дн.» (N days after ``due_on``); none yet → «не получено» once ``due_on``
has passed, «ожидается до …» before. Dates are the municipality's received dates (the
schools' own clocks are not trusted). An expected school whose name matches an imported
school's short or full name (case and «ё» folded) is that school.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

from sqlalchemy import Connection, func, select

from app.folding import fold
from app.municipality import texts
from app.municipality.schools import CATEGORY_KEYS, Filter, imported_schools
from app.scope import SchoolScope
from db.base import Base
from db.models.municipality import ExpectedSchool, PackageDeadline
from db.text_order import by_text


@dataclass(frozen=True, slots=True)
class Completeness:
    state: str  # on_time | late | missing | awaited
    due: date
    days: int = 0

    @property
    def text(self) -> str:
        if self.state == "on_time":
            return texts.ON_TIME
        if self.state == "late":
            return texts.LATE.format(days=self.days)
        if self.state == "missing":
            return texts.NOT_RECEIVED
        return texts.AWAITED.format(due=self.due.strftime("%d.%m.%Y"))


@dataclass(frozen=True, slots=True)
class RegisterRow:
    school_id: uuid.UUID | None  # None: expected, no package yet
    expected_id: uuid.UUID | None  # the methodologist's entry, when there is one
    name: str
    full_name: str
    categories: tuple[str, ...]  # keys of texts.CATEGORIES
    last_sequence: int | None = None
    last_created: datetime | None = None
    last_received: datetime | None = None
    packages: int = 0
    completeness: Completeness | None = None

    @property
    def heard(self) -> bool:
        return self.school_id is not None

    @property
    def category_text(self) -> str:
        return ", ".join(texts.CATEGORIES[key] for key in self.categories)

    @property
    def package_text(self) -> str:
        return str(self.last_sequence) if self.heard else texts.NO_PACKAGES


def local_day(moment: datetime) -> date:
    """The municipality's calendar day of a stored UTC moment."""
    return moment.astimezone().date()


def completeness(deadline: PackageDeadline | None, first: datetime | None, today: date):
    if deadline is None:
        return None
    if first is None:
        state = "missing" if today > deadline.due_on else "awaited"
        return Completeness(state, deadline.due_on)
    late = (local_day(first) - deadline.due_on).days
    if late > 0:
        return Completeness("late", deadline.due_on, late)
    return Completeness("on_time", deadline.due_on)


def school_register(
    scope: SchoolScope,
    deadline_id: uuid.UUID | None = None,
    today: date | None = None,
    filt: Filter | None = None,
) -> list[RegisterRow]:
    """Every imported school (with its last package) and every expected school not heard
    from yet, completeness measured against ``deadline_id`` when given."""
    today = today or date.today()
    filt = filt or Filter()
    with scope.db.engine.connect() as connection:
        deadline = _deadline(connection, scope.school_id, deadline_id)
        schools = connection.execute(imported_schools(filt)).all()
        last = _last_packages(connection)
        counts = _package_counts(connection)
        first = _first_received(connection, deadline)
        expected = connection.execute(
            select(ExpectedSchool.id, ExpectedSchool.name)
            .where(ExpectedSchool.municipality_id == scope.school_id)
            .order_by(by_text(ExpectedSchool.name))
        ).all()
    names = {fold(n): e for e, n in expected}
    rows = []
    for school in schools:
        package = last.get(school.id)
        matched = names.pop(fold(school.short_name), None) or names.pop(
            fold(school.full_name), None
        )
        rows.append(
            RegisterRow(
                school_id=school.id,
                expected_id=matched,
                name=school.short_name or school.full_name,
                full_name=school.full_name,
                categories=tuple(k for k in CATEGORY_KEYS if getattr(school, k)),
                last_sequence=package.sequence if package else None,
                last_created=package.created_at if package else None,
                last_received=package.received_at if package else None,
                packages=counts.get(school.id, 0),
                completeness=completeness(deadline, first.get(school.id), today),
            )
        )
    if not filt.categories:  # an expected school's category is unknown until it reports
        by_id = {e: n for e, n in expected}
        for expected_id in names.values():
            name = by_id[expected_id]
            rows.append(
                RegisterRow(
                    None, expected_id, name, name, (), None, None, None, 0,
                    completeness(deadline, None, today),
                )
            )  # fmt: skip
    return rows


def _deadline(
    connection: Connection, municipality: uuid.UUID, deadline_id: uuid.UUID | None
) -> PackageDeadline | None:
    if deadline_id is None:
        return None
    row = connection.execute(
        select(PackageDeadline.title, PackageDeadline.opens_on, PackageDeadline.due_on).where(
            PackageDeadline.id == deadline_id, PackageDeadline.municipality_id == municipality
        )
    ).first()
    if row is None:
        return None
    return PackageDeadline(
        id=deadline_id, title=row.title, opens_on=row.opens_on, due_on=row.due_on
    )


def _packages():
    return Base.metadata.tables["received_package"]


def _last_packages(connection: Connection) -> dict:
    """The latest received package of each sender (by received moment)."""
    table = _packages()
    ranked = select(
        table.c.sender_id,
        table.c.sequence,
        table.c.created_at,
        table.c.received_at,
        func.row_number()
        .over(partition_by=table.c.sender_id, order_by=table.c.received_at.desc())
        .label("rank"),
    ).subquery()
    rows = connection.execute(select(ranked).where(ranked.c.rank == 1)).all()
    return {row.sender_id: row for row in rows}


def _package_counts(connection: Connection) -> dict[uuid.UUID, int]:
    table = _packages()
    query = select(table.c.sender_id, func.count()).group_by(table.c.sender_id)
    return dict(connection.execute(query).all())


def _first_received(
    connection: Connection, deadline: PackageDeadline | None
) -> dict[uuid.UUID, datetime]:
    if deadline is None:
        return {}
    table = _packages()
    opens = datetime.combine(deadline.opens_on, time()).astimezone(UTC)
    query = (
        select(table.c.sender_id, func.min(table.c.received_at))
        .where(table.c.received_at >= opens)
        .group_by(table.c.sender_id)
    )
    return dict(connection.execute(query).all())


def export_register(rows: list[RegisterRow], path: Path) -> Path:
    """The register as shown, to an XLSX workbook (one sheet «Школы»)."""
    from app.excel.writer import Column, write_table

    columns = [
        Column(texts.SCHOOL, lambda r: r.name),
        Column(texts.FULL_NAME, lambda r: r.full_name),
        Column(texts.CATEGORY, lambda r: r.category_text),
        Column(texts.LAST_NUMBER, lambda r: r.last_sequence if r.heard else texts.NO_PACKAGES),
        Column(texts.LAST_DATE, lambda r: r.last_created and local_day(r.last_created)),
        Column(texts.RECEIVED, lambda r: r.last_received and local_day(r.last_received)),
        Column(texts.PACKAGES, lambda r: r.packages),
        Column(texts.COMPLETENESS, lambda r: r.completeness.text if r.completeness else ""),
    ]
    return write_table(path, texts.SCHOOLS_SHEET, columns, rows)
