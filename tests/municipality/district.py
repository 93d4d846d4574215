"""A hand-built district: a municipality that imported three small schools through real
packages (write_school_package → receive), with values chosen so every consolidated
figure can be worked out by hand (the expected values sit in the tests).

- Берёзовская ООШ (ШНОР, сельская, малокомплектная): two packages (№1 received 01.03.2025,
  №2 received 30.05.2025); 2024-2025: results 2 achieved / 1 partial / 1 not; roadmap
  3 done, 1 partial, 1 not done («Кадровый дефицит»), 1 cancelled; ГИА 80 (2023-2024),
  90 (2024-2025), baseline 75; four events with one partner; a finished self-assessment;
  confirmed deficit «Дефицит педагогических кадров».
- Сосновская СОШ (сложные социальные условия, сельская): one package received 04.06.2025;
  2023-2024: 2 results not achieved; 2024-2025: 1 achieved; roadmap 1 done, 2 not done
  («Кадровый дефицит», «Финансирование»), 1 in progress; ГИА 70 (2024-2025); a finished
  self-assessment; confirmed deficit «Дефицит педагогических кадров».
- Озёрная НШ (малокомплектная): one empty package received 20.04.2025.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select, update

from app.data_folder import DataFolder
from app.installation import (
    Installation,
    MunicipalityInfo,
    SchoolInfo,
    create_municipality,
    create_school,
)
from app.sync.outgoing import write_school_package
from app.sync.receive import Outcome, receive
from db.base import Base, catalogue_id
from db.models.indicators import Indicator, IndicatorBaseline, IndicatorValue
from db.models.partnership import EventDirection, JointEvent, PartnerSchool
from db.models.programme import (
    PlannedResult,
    Programme,
    ProgrammeTask,
    ResultAchievement,
    RoadmapActivity,
)
from db.models.self_assessment import Answer, Deficit, Run
from db.types import AcademicYear

Y23, Y24 = AcademicYear(2023), AcademicYear(2024)
RISK_PROFILES = catalogue_id("instrument", "risk_profiles_500:2021.1")


@dataclass(frozen=True)
class District:
    folder: DataFolder
    berezovka: uuid.UUID
    sosnovka: uuid.UUID
    ozernaya: uuid.UUID


def _noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def _programme(session, results: dict[AcademicYear, list[str]]) -> None:
    programme = Programme(
        title="Программа перехода", first_year=Y23, last_year=Y24, is_current=True
    )
    session.add(programme)
    session.flush()
    task = ProgrammeTask(programme_id=programme.id, number=1, text="Повысить качество")
    session.add(task)
    session.flush()
    for year, levels in results.items():
        for position, level in enumerate(levels):
            result = PlannedResult(task_id=task.id, position=position, text=f"Результат {position}")
            session.add(result)
            session.flush()
            session.add(ResultAchievement(result_id=result.id, year=year, level=level))


def _roadmap(session, statuses: list[tuple[str, str | None]]) -> None:
    for position, (status, reason) in enumerate(statuses):
        session.add(
            RoadmapActivity(
                year=Y24,
                title=f"Мероприятие {position}",
                status=status,
                position=position,
                reason_id=catalogue_id("non_execution_reason", reason) if reason else None,
            )
        )


def _gia(session, actual: dict[AcademicYear, float], baseline: float | None) -> None:
    from app.sync.apply import _add_builtin_indicators

    _add_builtin_indicators(session.connection())
    gia = session.scalars(select(Indicator.id).where(Indicator.code == "gia_pass")).one()
    for year, value in actual.items():
        session.add(IndicatorValue(indicator_id=gia, year=year, actual=value))
    if baseline is not None:
        session.add(IndicatorBaseline(indicator_id=gia, year=Y23, value=baseline))


def _events(session) -> None:
    partner = PartnerSchool(full_name="МОУ «Лицей №1»", short_name="Лицей №1")
    session.add(partner)
    session.flush()
    practice = catalogue_id("cooperation_direction", "practice_exchange")
    councils = catalogue_id("cooperation_direction", "teacher_councils")
    events = [  # (day, planned, held, organiser, counts, directions)
        (date(2024, 10, 10), True, True, "we", {"our_teachers": 5, "partner_teachers": 3},
         [practice, councils]),
        (date(2025, 2, 1), True, True, "partner", {"our_pupils": 10}, []),
        (date(2025, 3, 1), True, False, "partner", {"our_teachers": 7}, [councils]),
        (date(2025, 4, 1), False, True, "joint", {"our_parents": 4}, [practice]),
    ]  # fmt: skip
    for day, planned, held, organiser, counts, directions in events:
        event = JointEvent(
            partner_id=partner.id, kind="seminar", day=day, was_planned=planned, held=held,
            organiser=organiser, topic="Семинар", **counts,
        )  # fmt: skip
        session.add(event)
        session.flush()
        for direction in directions:
            session.add(EventDirection(event_id=event.id, direction_id=direction))


def _self_assessment(session, levels: dict[str, int]) -> None:
    from app.self_assessment.catalogue import store_builtins

    store_builtins(session)
    run = Run(instrument_id=RISK_PROFILES, year=Y24, status="finished",
              started_on=date(2025, 3, 1))  # fmt: skip
    session.add(run)
    session.flush()
    for item, level in levels.items():
        session.add(Answer(run_id=run.id, item_key=item, level=level))
    session.add(
        Deficit(run_id=run.id, year=Y24, instrument_key="risk_profiles_500",
                area_key="staff_shortage", area_title="Дефицит педагогических кадров",
                text="Дефицит педагогических кадров", source="run", confirmed=True)
    )  # fmt: skip


def _berezovka(session) -> None:
    _programme(session, {Y24: ["achieved", "achieved", "partial", "not_achieved"]})
    _roadmap(
        session,
        [("done", None)] * 3 + [("partial", None), ("not_done", "staff"), ("cancelled", None)],
    )
    _gia(session, {Y23: 80.0, Y24: 90.0}, baseline=75.0)
    _events(session)
    _self_assessment(
        session,
        {"equipment_computers": 3, "equipment_internet": 3, "equipment_labs": 0,
         "equipment_library": 0, "staff_vacancies": 1},
    )  # fmt: skip
    session.add(
        Deficit(year=Y24, instrument_key="risk_profiles_500", area_key="equipment",
                area_title="Низкий уровень оснащения школы", text="Оснащение",
                source="run", confirmed=False)
    )  # fmt: skip


def _sosnovka(session) -> None:
    _programme(session, {Y23: ["not_achieved", "not_achieved"], Y24: ["achieved"]})
    _roadmap(
        session,
        [("done", None), ("not_done", "staff"), ("not_done", "funding"), ("in_progress", None)],
    )
    _gia(session, {Y24: 70.0}, baseline=None)
    _self_assessment(
        session,
        {"equipment_computers": 3, "equipment_internet": 3, "equipment_labs": 3,
         "equipment_library": 3},
    )  # fmt: skip


def _school(root: Path, name: str, fill, **flags) -> Installation:
    school = create_school(
        DataFolder(root / name), SchoolInfo(full_name=f"МОУ «{name}»", short_name=name, **flags)
    )
    if fill is not None:
        with school.scope.unit_of_work() as session:
            fill(session)
    return school


def _send(school: Installation, municipality: Installation, stick: Path, received: date) -> None:
    sent = write_school_package(school, stick, today=received)
    (verdict,) = receive(municipality, [sent.path])
    assert verdict.outcome is Outcome.ACCEPTED, verdict.reason
    table = Base.metadata.tables["received_package"]
    with municipality.db.engine.begin() as connection:
        connection.execute(
            update(table)
            .where(table.c.sender_id == school.scope.school_id, table.c.sequence == sent.sequence)
            .values(received_at=_noon(received), created_at=_noon(received))
        )


def build_district(root: Path) -> District:
    municipality = create_municipality(
        DataFolder(root / "municipality"), MunicipalityInfo(name="Отдел образования района")
    )
    stick = root / "stick"
    stick.mkdir()
    schools = [
        _school(root, "Берёзовская ООШ", _berezovka, low_results=True, is_rural=True,
                is_small=True),
        _school(root, "Сосновская СОШ", _sosnovka, hard_social_conditions=True, is_rural=True),
        _school(root, "Озёрная НШ", None, is_small=True),
    ]  # fmt: skip
    berezovka, sosnovka, ozernaya = schools
    try:
        _send(berezovka, municipality, stick, date(2025, 3, 1))
        _send(berezovka, municipality, stick, date(2025, 5, 30))
        _send(sosnovka, municipality, stick, date(2025, 6, 4))
        _send(ozernaya, municipality, stick, date(2025, 4, 20))
        return District(municipality.folder, *(s.scope.school_id for s in schools))
    finally:
        municipality.close()
        for school in schools:
            school.close()
