"""Catalogue entries shipped with the application, with the stable codes their ids come
from (``db.base.catalogue_id``). A fresh database gets them from :func:`seed_catalogues`;
older databases got them from migrations 0002/0004, whose rows 0008 gave these ids.

Built-in indicators (``resources/indicators/builtin.json``) and instruments
(``resources/instruments/``) are added by their areas on first use, with ids from the
same function.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Connection, insert

from db.base import catalogue_id

NON_EXECUTION_REASONS: tuple[tuple[str, str], ...] = (
    ("staff", "Кадровый дефицит"),
    ("funding", "Финансирование"),
    ("restrictions", "Ограничительные меры"),
    ("postponed", "Перенос сроков"),
    ("priorities", "Изменение приоритетов"),
    ("other", "Иное"),
)

# The directions of cooperation named in the agreement of seed 001.
COOPERATION_DIRECTIONS: tuple[tuple[str, str], ...] = (
    (
        "director_consulting",
        "Консультационная помощь директору в разработке и принятии управленческих решений",
    ),
    (
        "psychological_support",
        "Психолого-педагогическое сопровождение разномотивированных учащихся, "
        "взаимодействие семьи и школы",
    ),
    ("practice_exchange", "Обмен успешными педагогическими практиками"),
    (
        "methodical_events",
        "Совместные методические мероприятия (семинары, вебинары, мастер-классы, "
        "взаимопосещение уроков)",
    ),
    ("teacher_councils", "Совместные педагогические советы"),
    ("pupil_events", "Совместные мероприятия с детьми (конкурсы, соревнования, проекты)"),
    ("materials_bank", "Совместный банк методических разработок"),
)


def seed_catalogues(connection: Connection) -> None:
    """Insert the shipped reasons and directions into a new, empty database."""
    from db.models.partnership import CooperationDirection
    from db.models.programme import NonExecutionReason

    now = datetime.now(UTC)
    for model, entries, first in (
        (NonExecutionReason, NON_EXECUTION_REASONS, 0),
        (CooperationDirection, COOPERATION_DIRECTIONS, 1),
    ):
        rows = [
            {
                "id": catalogue_id(model.__tablename__, code),
                "code": code,
                "title": title,
                "position": position,
                "active": True,
                "school_id": None,
                "created_at": now,
                "updated_at": now,
            }
            for position, (code, title) in enumerate(entries, start=first)
        ]
        connection.execute(insert(model), rows)
