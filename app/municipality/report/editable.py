"""The methodologist's editable texts of the municipal report, remembered per academic year
in ``municipal_text`` (municipality, year, key). Until she writes one, the report prints a
default computed from the year's data (``defaults``); resetting a text brings the default
back. Keys are stable strings; :data:`KEYS` lists them with their Russian titles (the
editing screen shows these), and each school has its own text for part (2).

A school's package never touches these rows (they carry ``municipality_id``), so edits
survive re-imports.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.academic_year import AcademicYear
from app.changes import Changes, OpResult
from app.errors import ValidationError
from app.scope import SchoolScope, operation, school_of

MAX_LENGTH = 50_000
CHANGED = Changes(reports=True)

KEYS: dict[str, str] = {
    "order.authority": "Распоряжение: наименование органа (шапка)",
    "order.kind": "Распоряжение: вид документа",
    "order.date": "Распоряжение: дата",
    "order.number": "Распоряжение: номер",
    "order.title": "Распоряжение: заголовок",
    "order.preamble": "Распоряжение: преамбула",
    "order.point1": "«ОБЯЗЫВАЮ», пункт 1: утвердить справку",
    "order.point2": "«ОБЯЗЫВАЮ», пункт 2: довести до руководителей школ",
    "order.point3": "«ОБЯЗЫВАЮ», пункт 3: рекомендации школам и директорам",
    "order.point4": "«ОБЯЗЫВАЮ», пункт 4: методическое сопровождение",
    "order.point5": "«ОБЯЗЫВАЮ», пункт 5: контроль",
    "order.signatory_position": "Подпись: должность",
    "order.signatory_name": "Подпись: фамилия и инициалы",
    "order.approvals": "Согласование (блоки разделяются пустой строкой)",
    "order.executor": "Исполнитель и телефон",
    "order.distribution": "Рассылка",
    "appendix.header": "Справка: «Приложение к распоряжению…»",
    "appendix.title": "Справка: заголовок",
    "analysis.basis": "Основание комплексного анализа",
    "analysis.dates": "Сроки проведения анализа",
    "analysis.goals": "Цели анализа",
    "analysis.participants": "Школы — участники",
    "results.summary": "Часть 1: вывод о достижении результатов проекта",
    "plan.findings": "Выводы по исполнению муниципального плана",
    "correspondence.intro": "Часть 2: общий вывод о соответствии",
    "school_results.summary": "Часть 3: общий вывод",
    "resources.intro": "Часть 4: вывод о достаточности ресурсов",
    "conclusions.directions": "Выводы: перспективные направления развития",
    "conclusions.problems": "Выводы: ключевые проблемы",
    "conclusions.internal_resources": "Выводы: внутренние ресурсы",
    "conclusions.external_resources": "Выводы: необходимые внешние ресурсы",
}
SCHOOL_KEY = "school.{id}.correspondence"
SCHOOL_TITLE = "Часть 2: {school}"
UNKNOWN_KEY = "Такого текста в отчёте нет: «{key}»."
TOO_LONG = "Текст «{title}» длиннее {limit} знаков."
NOT_MUNICIPALITY = "Тексты отчёта муниципалитета редактируются в установке муниципалитета."


def school_key(school_id: uuid.UUID) -> str:
    """The key of a school's text in part (2) (by the school's stable id)."""
    return SCHOOL_KEY.format(id=school_id)


def school_of_key(key: str) -> uuid.UUID | None:
    """The school a per-school key names (``None``: not a per-school key)."""
    head, _, rest = key.partition(".")
    middle, _, tail = rest.rpartition(".")
    if head != "school" or tail != "correspondence":
        return None
    try:
        return uuid.UUID(middle)
    except ValueError:
        return None


def text_keys(scope: SchoolScope) -> list[tuple[str, str]]:
    """Every editable text as (key, Russian title): the fixed ones, then one per school."""
    from app.folding import fold
    from app.municipality.report.queries import organisations

    with scope.db.engine.connect() as conn:
        _own, schools = organisations(conn, scope.school_id)
    schools.sort(key=lambda s: (fold(s.short_name), str(s.id)))
    return [
        *KEYS.items(),
        *((school_key(s.id), SCHOOL_TITLE.format(school=s.short_name)) for s in schools),
    ]


def report_texts(
    scope: SchoolScope, year: AcademicYear, today: date | None = None
) -> dict[str, str]:
    """Every text of the report of ``year``: the stored one, else the default from data."""
    from app.municipality.report.data import read_report_data

    data = read_report_data(scope, year, today or date.today())
    return texts_for(data, stored_texts(scope, year))


def texts_for(data, stored: dict[str, str]) -> dict[str, str]:
    """The defaults of ``data`` overlaid with the ``stored`` texts of the known keys."""
    from app.municipality.report.defaults import default_texts

    found = default_texts(data)
    found.update({key: text for key, text in stored.items() if key in found})
    return found


def stored_texts(scope: SchoolScope, year: AcademicYear) -> dict[str, str]:
    from app.municipality.report.queries import stored_texts as query

    with scope.db.engine.connect() as conn:
        return query(conn, scope.school_id, year)


def _checked(session: Session, key: str) -> str:
    """The title of ``key``; refuses a key the report does not have."""
    from db.models.organisation import Organisation

    own = session.get(Organisation, school_of(session))
    if own is None or own.kind != "municipality":
        raise ValidationError(NOT_MUNICIPALITY)
    if key in KEYS:
        return KEYS[key]
    school = school_of_key(key)
    row = session.get(Organisation, school) if school is not None else None
    if row is None or row.kind != "school":
        raise ValidationError(UNKNOWN_KEY.format(key=key))
    return SCHOOL_TITLE.format(school=row.short_name)


@operation
def save_report_text(session: Session, year: AcademicYear, key: str, text: str) -> OpResult[None]:
    """Remember the methodologist's ``text`` for ``key`` in the report of ``year``."""
    from db.models.municipal import MunicipalText

    title = _checked(session, key)
    text = "\n".join(line.rstrip() for line in text.strip().splitlines())
    if len(text) > MAX_LENGTH:
        raise ValidationError(TOO_LONG.format(title=title, limit=MAX_LENGTH))
    owner = school_of(session)
    row = session.scalars(
        select(MunicipalText).where(
            MunicipalText.municipality_id == owner,
            MunicipalText.year == year,
            MunicipalText.key == key,
        )
    ).one_or_none()
    if row is None:
        session.add(MunicipalText(municipality_id=owner, year=year, key=key, text=text))
    elif row.text == text:
        return OpResult(None, Changes())
    else:
        row.text = text
    return OpResult(None, CHANGED)


@operation
def reset_report_text(session: Session, year: AcademicYear, key: str) -> OpResult[None]:
    """Forget the stored text of ``key`` for ``year``: the report prints the default again."""
    from db.models.municipal import MunicipalText

    _checked(session, key)
    done = session.execute(
        delete(MunicipalText).where(
            MunicipalText.municipality_id == school_of(session),
            MunicipalText.year == year,
            MunicipalText.key == key,
        )
    )
    return OpResult(None, CHANGED if done.rowcount else Changes())
