"""The partnership printout worded as seed 003, from the hand-built fixture (fixture.py).

Expected values by hand from the fixture's table; the year 2023-2024 is in progress on
TODAY (15.03.2024), the year 2022-2023 is past.
"""

from __future__ import annotations

from datetime import date

import pytest

from app import profile
from app.academic_year import AcademicYear
from app.partnership.agreements import AgreementInput, save_agreement
from app.partnership.events import EventInput, save_event
from app.partnership.measures import MeasureInput, list_measures, save_measure
from app.partnership.partners import PartnerInput, add_role, save_partner
from app.partnership.report_data import partnership_year
from app.reports.context import ReportContext
from app.reports.sections import partnership
from tests.partnership.fixture import TODAY, build
from tests.partnership.printout_text import story_text, table_rows, tables_with

Y23, Y22 = AcademicYear(2023), AcademicYear(2022)


def ctx(school, year: AcademicYear, today: date) -> ReportContext:
    return ReportContext(school.scope, year, profile.school_info(school.scope), today)


@pytest.fixture
def built(school):
    made = build(school.scope)
    add_role(school.scope, made.a, "leader", date(2021, 9, 1))
    add_role(school.scope, made.a, "peer", date(2023, 9, 1))
    return made


def test_criteria_named_as_seed_003_in_a_year_in_progress(school, built):
    story = partnership.build_full(ctx(school, Y23, TODAY))
    rows = table_rows(story, ("Критерий", "Значение"))
    assert rows == [
        [
            "Процент выполнения запланированных мероприятий",
            "75 % (ещё 1 запланировано после 15.03.2024)",
        ],
        [
            "Увеличение числа активных участников",
            "68 участников (годом ранее к 15.03.2023 — 0, изменение: +68)",
        ],
        [
            "Множественность лидеров и уровней взаимодействия",
            "школ-организаторов: 3 (наша школа — 2, школа-партнёр — 2, совместно — 1); "
            "участвовали: педагоги, обучающиеся, родители, администрация",
        ],
        [
            "Разнообразие видов деятельности, форматов взаимодействия",
            "видов: 5 (семинар, мастер-класс, совместный педагогический совет, конференция, "
            "спортивное или культурное мероприятие); форматов: 1 (очно)",
        ],
        ["Охват направлений сотрудничества по соглашениям", "2 из 3"],
        ["Выполнение плана адресных мер поддержки", "1 из 2"],
        ["Месяцы без совместных мероприятий (без летних каникул)", "2: ноябрь 2023, март 2024"],
    ]
    text = story_text(story)
    assert (
        "Учебный год не закончен: запланированных мероприятий после 15.03.2024 — 1; "
        "в процент выполнения они не входят." in text
    )


def test_events_are_printed_under_their_stage(school, built):
    story = partnership.build_full(ctx(school, Y23, TODAY))
    text = story_text(story)
    assert (
        "Проведено по этапам: этап знакомства — 2, этап совместной деятельности по реализации "
        "дорожной карты — 3, рефлексивно-обобщающий этап — 0." in text
    )
    headings = [t for t in text if t.startswith("Этап") or t.startswith("Рефлексивно")]
    assert headings == [
        "Этап знакомства",
        "Этап совместной деятельности по реализации дорожной карты",
    ]
    header = ("Дата", "Партнёр", "Мероприятие", "Вид", "Формат", "Организатор", "Проведено")
    acquaintance, joint = tables_with(story, header)
    assert [(r[0], r[1], r[-1]) for r in acquaintance] == [
        ("10.09.2023", "Школа А", "да"),
        ("20.01.2024", "Школа Б", "да"),
    ]
    assert [(r[0], r[-1]) for r in joint] == [
        ("05.10.2023", "да"),
        ("20.10.2023", "нет"),  # planned, its day passed, not held
        ("01.12.2023", "да"),
        ("14.02.2024", "да"),
        ("10.04.2024", "предстоит"),  # planned after today
    ]


def test_partner_roles_over_time(school, built):
    story = partnership.build_full(ctx(school, Y23, TODAY))
    assert table_rows(story, ("Школа-партнёр", "Роль во взаимодействии")) == [
        [
            "Школа А полное",
            "с 01.09.2021 — школа-лидер / наставник с 01.09.2023 — равный партнёр",
        ],
        ["Школа Б полное", "роль не указана"],
    ]


def test_past_year_skips_the_summer_and_says_nothing_is_ahead(school, built):
    story = partnership.build_full(ctx(school, Y22, TODAY))
    rows = dict(table_rows(story, ("Критерий", "Значение")))
    assert rows["Процент выполнения запланированных мероприятий"] == "100 %"
    # held: 11.11.2022 and 12.12.2022; June–August are the holidays
    assert rows["Месяцы без совместных мероприятий (без летних каникул)"] == (
        "7: сентябрь 2022, октябрь 2022, январь 2023, февраль 2023, март 2023, апрель 2023, "
        "май 2023"
    )
    assert rows["Увеличение числа активных участников"] == (
        "0 участников (годом ранее совместных мероприятий не было)"
    )
    assert rows["Выполнение плана адресных мер поддержки"] == "1 из 1"
    assert not any("не закончен" in line for line in story_text(story))


def _add_later_data(school, built) -> None:
    scope = school.scope
    later = date(2025, 6, 1)
    add_role(scope, built.a, "mentee", date(2024, 9, 1))
    c = save_partner(scope, PartnerInput("Школа В полное", "Школа В")).value
    agr = save_agreement(
        scope, AgreementInput(c, "7", date(2024, 9, 1), date(2025, 8, 31), direction_ids=built.d)
    ).value
    save_measure(
        scope, MeasureInput(agr, "m5", date(2024, 10, 1), date(2024, 12, 1), status="done")
    )
    for partner, day in ((built.a, date(2024, 10, 10)), (c, date(2024, 11, 11))):
        info = EventInput(
            partner, "webinar", day, "Позже", True, True, "remote", "reflective", "we"
        )
        info.counts = {"our_teachers": 9}
        save_event(scope, info, today=later)


def test_a_past_year_prints_the_same_after_later_data(school, built):
    before_full = story_text(partnership.build_full(ctx(school, Y22, TODAY)))
    before_brief = story_text(partnership.build(ctx(school, Y22, TODAY)))
    before_data = partnership_year(school.scope, Y22, today=Y22.last_day)
    _add_later_data(school, built)
    assert "m5" in [m.measure for m in list_measures(school.scope)]
    for today in (TODAY, date(2025, 6, 1), date(2031, 1, 1)):
        assert story_text(partnership.build_full(ctx(school, Y22, today))) == before_full
        assert story_text(partnership.build(ctx(school, Y22, today))) == before_brief
    assert partnership_year(school.scope, Y22, today=Y22.last_day) == before_data
