"""The district of tests/postgres/test_hub_municipality.py: demo schools that differ plus an
empty one whose name starts with a small «ё», their packages written once; and an office
(SQLite or a hub) that imports them with receipts, gets a methodologist's work (expected
schools, deadlines, recommendations, partners, figures, its own project and resources),
writes return packages, and hears back from one school that answers."""

from __future__ import annotations

import dataclasses
import shutil
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select, update

import db.models  # noqa: F401  (Base.metadata.tables)
from app.academic_year import AcademicYear
from app.data_folder import DataFolder
from app.demo import fill_demo_school
from app.demo.municipal_project import fill_municipal_project
from app.demo.municipality_school import vary_school
from app.demo.municipality_variation import district
from app.installation import (
    Installation,
    MunicipalityInfo,
    SchoolInfo,
    create_municipality,
    create_school,
    open_installation,
)
from app.municipality import returns
from app.municipality.expectations import add_deadline, add_expected_school
from app.received import Received, answer_recommendation, received
from app.sync.outgoing import write_school_package
from app.sync.receipts import write_receipt
from app.sync.receive import Outcome, receive
from app.sync.returns_in import SchoolVerdict, receive_at_school
from app.sync.returns_out import ReturnWritten, write_return_packages
from db.base import Base, catalogue_id
from tests.postgres.server import PostgresServer

TODAY = date(2026, 11, 23)
SEED = 2026
Y25, Y26 = AcademicYear(2025), AcademicYear(2026)
OFFICE = MunicipalityInfo(name="Отдел образования Заречного района", short_name="Отдел")
EMPTY = SchoolInfo(full_name="МОУ «ёлкинская начальная школа»", short_name="ёлкинская НШ")


# --- the schools: built once, their packages imported into both ---------------------------


@dataclass(frozen=True)
class Workshop:
    root: Path
    schools: list[Path]  # the schools' data folders (each has sent its package №1)
    packages: list[Path]


def _demo_school(root: Path, variant) -> Path:
    school = create_school(DataFolder(root / f"school-{variant.index}"), variant.info)
    try:
        fill_demo_school(school.scope, TODAY, variant.seed)
        vary_school(school.scope, variant)
    finally:
        school.close()
    return school.folder.root


def build_workshop(root: Path) -> Workshop:
    """Four demo schools that differ and an empty one, each with its package №1 written."""
    folders = [_demo_school(root, variant) for variant in district(4, SEED)]
    empty = create_school(DataFolder(root / "school-empty"), EMPTY)
    empty.close()
    folders.append(empty.folder.root)
    stick = root / "stick"
    stick.mkdir()
    packages = []
    for folder in folders:
        school = open_installation(DataFolder(folder))
        try:
            packages.append(write_school_package(school, stick, today=TODAY).path)
        finally:
            school.close()
    return Workshop(root, folders, packages)


# --- the two municipalities ---------------------------------------------------------------


@dataclass
class Side:
    office: Installation
    receipts: dict[uuid.UUID, Path] = field(default_factory=dict)  # school → its receipt
    returns: list[ReturnWritten] = field(default_factory=list)
    at_school: list[SchoolVerdict] = field(default_factory=list)  # receipt, return
    inbox: Received | None = None  # what the answering school holds from the office
    answer_sent: int = 0  # the answering school's package number that carried the answers


def collating_database(server: PostgresServer, name: str) -> str:
    """A database collating like a server installed with a Russian locale (ICU ru-RU), or
    the server's default where ICU is missing."""
    from psycopg import errors, sql

    statement = sql.SQL(
        "CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu"
        " ICU_LOCALE 'ru-RU' LOCALE 'C.UTF-8'"
    ).format(sql.Identifier(name))
    try:
        with server.connect() as connection:
            connection.execute(statement)
    except (errors.FeatureNotSupported, errors.InvalidParameterValue, errors.SyntaxError):
        return server.create_database(name)
    return server.url(name)


def _pin_times(office: Installation) -> None:
    """Received and created moments of every package from the school's id and the
    package's number (the import's own clock differs between the two runs)."""
    table = Base.metadata.tables["received_package"]
    with office.db.engine.begin() as connection:
        for row_id, sender, sequence in connection.execute(
            select(table.c.id, table.c.sender_id, table.c.sequence)
        ):
            moment = datetime(2026, 9, 20, 9, tzinfo=UTC) + timedelta(
                days=sender.int % 25 + 10 * sequence, hours=sender.int % 7
            )
            connection.execute(
                update(table)
                .where(table.c.id == row_id)
                .values(received_at=moment, created_at=moment - timedelta(days=1))
            )


def _import(office: Installation, packages: list[Path], receipts: Path) -> dict:
    written = {}
    for verdict in receive(office, packages):
        assert verdict.outcome is Outcome.ACCEPTED, verdict.reason
        path = write_receipt(office, verdict.opened.sender_keys, verdict.sequence, receipts)
        written[verdict.school_id] = path
    _pin_times(office)
    return written


def school_ids(office: Installation) -> list[uuid.UUID]:
    table = Base.metadata.tables["organisation"]
    with office.db.engine.connect() as connection:
        found = connection.execute(
            select(table.c.id, table.c.short_name).where(table.c.kind == "school")
        ).all()
    return [school for school, _name in sorted(found, key=lambda row: row[1])]


def _methodologist(office: Installation, schools: list[uuid.UUID]) -> None:
    """What a methodologist enters: expected schools, deadlines (two due the same day, a
    capital and a small letter), recommendations (one edited), partners, figures."""
    scope = office.scope
    add_expected_school(scope, "Лесная СОШ")
    add_expected_school(scope, "ЁЛКИНСКАЯ НШ")  # the empty school, by its folded name
    add_deadline(scope, "Годовой отчёт", date(2026, 5, 15), date(2026, 6, 1))
    add_deadline(scope, "Осенний мониторинг", date(2026, 9, 1), date(2026, 10, 10))
    add_deadline(scope, "анкета родителей", date(2026, 9, 1), date(2026, 10, 10))
    vpr = catalogue_id("indicator", "vpr_pass")
    for index, school in enumerate(schools):
        first = returns.RecommendationInput(
            Y26,
            f"Проанализировать результаты ВПР ({index})",
            "ВПР",
            date(2026, 10, 1 + index),
            date(2026, 12, 1),
        )
        made = returns.save_recommendation(scope, school, first).value
        edited = dataclasses.replace(first, text=first.text + ", обсудить на педсовете")
        returns.save_recommendation(scope, school, edited, made, version=1)
        second = returns.RecommendationInput(Y26, "Наставничество", "", date(2026, 10, 20))
        returns.save_recommendation(scope, school, second)
        if index % 2 == 0:
            returns.assign_partner(
                scope, school, "МБОУ «Лицей № 2»", "leader", date(2026, 9, 1), "по математике"
            )
        figure = returns.set_figure(scope, school, vpr, Y25, 60.0 + index, "по данным ФИС ОКО")
        returns.set_figure(scope, school, vpr, Y25, 61.5 + index)  # corrected
        if index == 1:
            returns.remove_figure(scope, figure.value)


def _answer(side: Side, workshop: Workshop, name: str, schools: list[uuid.UUID]) -> None:
    """The first demo school (a copy per office) imports its receipt and return package,
    answers one recommendation and sends its next package, which the office imports."""
    folder = workshop.root / f"answering-{name}"
    shutil.copytree(workshop.schools[0], folder)
    school = open_installation(DataFolder(folder))
    try:
        school_id = school.scope.school_id
        (back,) = [r for r in side.returns if r.school_id == school_id]
        files = [side.receipts[school_id], workshop.root / f"returns-{name}" / back.file_name]
        side.at_school = receive_at_school(school, files)
        inbox = received(school.scope)
        chosen = next(r for r in inbox.recommendations if r.topic == "ВПР")
        answer_recommendation(school.scope, chosen.id, "done", "Обсудили на педсовете", TODAY)
        side.inbox = received(school.scope)
        sent = write_school_package(school, workshop.root / f"returns-{name}", today=TODAY)
        side.answer_sent = sent.sequence
    finally:
        school.close()
    (verdict,) = receive(side.office, [sent.path])
    assert verdict.outcome is Outcome.ACCEPTED, verdict.reason
    _pin_times(side.office)


def build_office(folder: DataFolder, workshop: Workshop, name: str) -> Side:
    side = Side(create_municipality(folder, OFFICE))
    try:
        receipts = workshop.root / f"receipts-{name}"
        receipts.mkdir()
        side.receipts = _import(side.office, workshop.packages, receipts)
        schools = school_ids(side.office)
        _methodologist(side.office, schools)
        fill_municipal_project(side.office, TODAY, SEED)
        stick = workshop.root / f"returns-{name}"
        stick.mkdir()
        side.returns = write_return_packages(side.office, stick, today=TODAY)
        _answer(side, workshop, name, schools)
    except BaseException:
        side.office.close()
        raise
    return side
