"""The self-assessment printout from a hand-built school with the small instrument.

Run of 2023-2024, finished: a1=1 (33.3), a2=2 (66.7) → «Методическая работа» 50, medium
risk; b1=5, b2=2, b3=3 → «Работа с родителями» 100, a strength; the offer a3=3 → an offer.
Run of 2024-2025, unfinished: a1=3, a2=3, b1=5, b2=2 → 4 of 6 answers, A 100, B 100.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app import profile
from app.academic_year import AcademicYear
from app.errors import ValidationError
from app.indicators.catalogue import IndicatorInput, add_indicator
from app.indicators.values import set_value
from app.partnership.agreements import AgreementInput, save_agreement
from app.partnership.events import EventInput, save_event
from app.partnership.measures import MeasureInput, save_measure
from app.partnership.partners import PartnerInput, save_partner
from app.reports.context import ReportContext
from app.reports.kinds import build_report
from app.reports.sections import self_assessment
from app.self_assessment.catalogue import import_instrument
from app.self_assessment.compare import rounded, signed, verdict
from app.self_assessment.deficits import (
    StrengthInput,
    list_deficits,
    list_strengths,
    save_strength,
    set_confirmed,
)
from app.self_assessment.instrument_json import builtin_instruments
from app.self_assessment.runs import answer, finish_run, start_run
from app.self_assessment.scoring import propose_strengths
from app.self_assessment.trail import link
from tests.partnership.printout_text import story_text, table_rows
from tests.reports.pdfcheck import flat, pdf_text

Y23, Y24 = AcademicYear(2023), AcademicYear(2024)
AREAS = ("Направление", "Балл", "Риск", "Прежний балл", "Изменение")
LATER = date(2025, 10, 1)  # both years are over


def ctx(school, year: AcademicYear, today: date) -> ReportContext:
    return ReportContext(school.scope, year, profile.school_info(school.scope), today)


def _answer(scope, run_id, levels: dict[str, int]) -> None:
    for item, level in levels.items():
        answer(scope, run_id, item, level, f"док. {item}", "")


@pytest.fixture
def built(school, small_file: Path):
    scope = school.scope
    small = import_instrument(scope, small_file).value.id
    first = start_run(scope, small, Y23, today=date(2023, 10, 1)).value
    _answer(scope, first, {"a1": 1, "a2": 2, "a3": 3, "b1": 5, "b2": 2, "b3": 3})
    finish_run(scope, first)
    (deficit,) = list_deficits(scope, Y23)
    set_confirmed(scope, [deficit.id], True)
    area_strength = next(s for s in list_strengths(scope, Y23) if not s.offer)
    set_confirmed(scope, [area_strength.id], True, strengths=True)  # the offer stays proposed
    title = "Низкий уровень дисциплины в классе"
    save_strength(scope, StrengthInput(Y23, f"{title} (89 из 100)", title))
    save_strength(scope, StrengthInput(Y23, "Не подтверждена", "Прочее", confirmed=False))
    _trail_of(scope, deficit.id, date(2023, 10, 15), date(2023, 11, 10), Y23, 40.0)
    return deficit.id


def _trail_of(scope, deficit_id, measure_day: date, event_day: date, year, value: float):
    partner = save_partner(scope, PartnerInput(f"Партнёр {year}", f"П {year}")).value
    agreement = save_agreement(
        scope, AgreementInput(partner, "1", measure_day, date(measure_day.year + 1, 8, 31))
    ).value
    measure = save_measure(
        scope,
        MeasureInput(agreement, f"Консультации {year}", measure_day, event_day, status="done"),
    ).value
    info = EventInput(partner, "seminar", event_day, f"Семинар {year}", True, True)
    event = save_event(scope, info, today=event_day).value
    link(scope, deficit_id, "measure", measure)
    link(scope, deficit_id, "event", event)
    indicator = _indicator(scope)
    set_value(scope, indicator, year, "actual", value)
    link(scope, deficit_id, "indicator", indicator)


def _indicator(scope):
    from app.indicators.catalogue import list_indicators

    found = [i.id for i in list_indicators(scope) if i.name == "Доля наставников"]
    if found:
        return found[0]
    indicator = add_indicator(scope, IndicatorInput("Доля наставников", "%")).value
    set_value(scope, indicator, AcademicYear(2022), "actual", 30.0)
    return indicator


def _unfinished_second_run(school) -> None:
    scope = school.scope
    small = next(i for i in _instrument_ids(scope) if i[1] == "small")[0]
    second = start_run(scope, small, Y24, today=date(2024, 10, 1)).value
    _answer(scope, second, {"a1": 3, "a2": 3, "b1": 5, "b2": 2})


def _instrument_ids(scope):
    from app.self_assessment.catalogue import list_instruments

    return [(r.id, r.key) for r in list_instruments(scope)]


def test_only_confirmed_strengths_print_worded_as_strengths(school, built):
    text = story_text(self_assessment.build_full(ctx(school, Y23, LATER)))
    strengths = [t for t in text if "(100 из 100)" in t or "(89 из 100)" in t]
    assert strengths == ["Работа с родителями (100 из 100)", "Дисциплина в классе (89 из 100)"]
    assert not any("Можем предложить" in t or "Не подтверждена" in t for t in text)
    assert not any("Низкий уровень дисциплины" in t for t in text)


def test_new_proposals_from_risk_profiles_are_worded_as_strengths():
    risk = next(i for i in builtin_instruments() if i.id == "risk_profiles_500")
    best = {item.id: item.max_level for _, item in risk.all_items()}
    texts = [p.text for p in propose_strengths(risk, best)]
    assert "Дисциплина в классе (100 из 100)" in texts
    assert "Хорошее оснащение школы (100 из 100)" in texts
    titles = [area.title for area in risk.areas]
    assert not any(t.startswith(title) for t in texts for title in titles)


def test_change_is_taken_between_the_printed_scores():
    assert rounded(66.5) == 67 and rounded(66.4) == 66
    assert verdict(66.4, 66.6) == (1, "improved")  # printed 66 → 67
    assert verdict(66.6, 67.4) == (0, "same")  # printed 67 → 67, never «+0»
    assert [signed(v) for v in (0, 3, -67, None)] == ["0", "+3", "-67", ""]


def test_unfinished_run_in_a_year_in_progress(school, built):
    _unfinished_second_run(school)
    story = self_assessment.build_full(ctx(school, Y24, date(2025, 3, 1)))
    text = story_text(story)
    assert "Итоговый балл: 100 из 100." in text
    assert "Самодиагностика ещё идёт: 4 из 6 ответов, баллы предварительные." in text
    assert table_rows(story, AREAS) == [
        ["Методическая работа", "100", "низкий риск", "50", "+50"],
        ["Работа с родителями", "100", "низкий риск", "100", "0"],
    ]
    past = story_text(self_assessment.build_full(ctx(school, Y24, LATER)))
    assert "Самодиагностика не была завершена: 4 из 6 ответов." in past


def test_trail_of_a_past_year_cites_nothing_later(school, built):
    expected = (
        "Методическая работа (средний риск, 50 из 100): задач — 0, мероприятий дорожной "
        "карты — 0; меры поддержки: Консультации 2023-2024 (выполнено, 2023-2024); события: "
        "10.11.2023 Семинар 2023-2024; показатели: Доля наставников: с 30 до 40."
    )
    before = story_text(self_assessment.build(ctx(school, Y23, LATER)))
    before_full = story_text(self_assessment.build_full(ctx(school, Y23, LATER)))
    assert expected in before
    _trail_of(school.scope, built, date(2024, 10, 15), date(2024, 11, 12), Y24, 55.0)
    _unfinished_second_run(school)
    for today in (LATER, date(2030, 1, 1)):
        assert story_text(self_assessment.build(ctx(school, Y23, today))) == before
        assert story_text(self_assessment.build_full(ctx(school, Y23, today))) == before_full


def test_blank_form_of_any_shipped_instrument(school, tmp_path):
    out = tmp_path / "бланк.pdf"
    build_report(
        school, out, "blank-self-assessment", instrument="school_deficits_resources", today=LATER
    )
    text = flat(pdf_text(out))
    assert "Бланк самооценки: Дефициты и ресурсы школы" in text
    assert "Партнёрство и сетевое взаимодействие" in text


def test_unknown_instrument_is_refused_listing_the_titles(school, tmp_path):
    out = tmp_path / "бланк.pdf"
    with pytest.raises(ValidationError) as err:
        build_report(school, out, "blank-self-assessment", instrument="nope", today=LATER)
    assert str(err.value) == (
        "Инструмента самодиагностики с кодом «nope» нет. Можно указать: risk_profiles_500 — "
        "«Рисковые профили школы (федеральная программа «500+»)»; "
        "school_deficits_resources — «Дефициты и ресурсы школы»."
    )
    assert not out.exists()


def test_cli_instrument_option(school, tmp_path, capsys):
    from app.cli import main

    out = tmp_path / "blank.pdf"
    args = ["report", "--data-dir", str(school.folder.root), "--out", str(out)]
    args += ["--kind", "blank-self-assessment", "--instrument", "school_deficits_resources"]
    assert main(args, default_data_dir=None, open_gui=None) == 0, capsys.readouterr().err
    assert "Дефициты и ресурсы школы" in flat(pdf_text(out))
    bad = ["report", "--data-dir", str(school.folder.root), "--out", str(tmp_path / "x.pdf")]
    bad += ["--kind", "blank-self-assessment", "--instrument", "nope"]
    assert main(bad, default_data_dir=None, open_gui=None) == 1
    assert "Можно указать: risk_profiles_500" in capsys.readouterr().err
