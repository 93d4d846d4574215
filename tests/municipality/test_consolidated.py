"""«Сводные данные»: every view over the hand-built district, its filters and its XLSX.

Expected figures are worked out by hand from tests/municipality/district.py."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from app.academic_year import AcademicYear
from app.municipality.consolidated import VIEW_KEYS, consolidated_view, export_view
from app.municipality.schools import Filter

TODAY = date(2026, 11, 23)
B, S = "Берёзовская ООШ", "Сосновская СОШ"
GIA = "Доля выпускников, успешно сдавших ГИА"
RISK_500 = "Рисковые профили школы (федеральная программа «500+»)"


def view(installation, key, **filt):
    return consolidated_view(installation.scope, key, Filter(**filt), TODAY)


def test_indicators_by_school_and_year_and_over_the_district(municipality, district):
    schools, summary = view(municipality, "indicators").sheets
    assert schools.headers[-2:] == ["2023-2024", "2024-2025"]
    assert schools.rows == [(B, GIA, "%", 75.0, 80.0, 90.0), (S, GIA, "%", None, None, 70.0)]
    assert schools.school_ids == [district.berezovka, district.sosnovka]
    assert summary.rows == [
        (GIA, "%", "2023-2024", 1, 80.0, 80.0, 80.0),
        (GIA, "%", "2024-2025", 2, 80.0, 70.0, 90.0),
    ]


def test_degree_of_achievement_per_school_and_year(municipality):
    (sheet,) = view(municipality, "achievement").sheets
    assert sheet.rows == [
        (B, "2024-2025", 2, 1, 1, 4, 50.0),
        (S, "2023-2024", 0, 0, 2, 2, 0.0),
        (S, "2024-2025", 1, 0, 0, 1, 100.0),
    ]


def test_roadmap_execution_and_the_most_common_reasons(municipality):
    execution, reasons = view(municipality, "roadmap").sheets
    # done ÷ (all − cancelled): 3 ÷ 5 and 1 ÷ 4
    assert execution.rows == [
        (B, "2024-2025", 6, 3, 1, 1, 0, 1, 60.0),
        (S, "2024-2025", 4, 1, 0, 2, 1, 0, 25.0),
    ]
    assert reasons.rows == [("Кадровый дефицит", 2, 2), ("Финансирование", 1, 1)]


def test_partnership_criteria_per_school(municipality):
    (sheet,) = view(municipality, "partnership").sheets
    # 3 planned, 2 of them held; 3 held (1 ours, 1 joint, 1 partner's); 5+3+10+4 people;
    # directions served by held events: practice exchange and teacher councils
    assert sheet.rows == [(B, "2024-2025", 3, 2, 66.7, 3, 1, 1, 1, 33.3, 22, 2, 1)]


def test_self_assessment_area_scores_and_common_deficits(municipality):
    scores, deficits = view(municipality, "self-assessment").sheets
    # equipment: (3,3,0,0) of 0–3 → (100+100+0+0)/4; staff: 1 of 3 → 33.3
    assert [row[:1] + row[3:] for row in scores.rows] == [
        (B, "1. Низкий уровень оснащения школы", 50.0, "средний"),
        (B, "2. Дефицит педагогических кадров", 33.3, "высокий"),
        (S, "1. Низкий уровень оснащения школы", 100.0, "низкий"),
    ]
    assert deficits.rows == [(RISK_500, "Дефицит педагогических кадров", 2, 2)]


def test_the_category_filter_narrows_every_view(municipality):
    shnor = {"categories": frozenset({"low_results"})}
    for key in VIEW_KEYS:
        first = view(municipality, key, **shnor).sheets[0]
        assert {row[0] for row in first.rows} <= {B}, key
    _execution, reasons = view(municipality, "roadmap", **shnor).sheets
    assert reasons.rows == [("Кадровый дефицит", 1, 1)]
    hard = {"categories": frozenset({"hard_social_conditions"})}
    assert view(municipality, "indicators", **hard).sheets[1].rows == [
        (GIA, "%", "2024-2025", 1, 70.0, 70.0, 70.0)
    ]


def test_the_year_filter(municipality):
    earlier = {"year": AcademicYear(2023)}
    assert view(municipality, "achievement", **earlier).sheets[0].rows == [
        (S, "2023-2024", 0, 0, 2, 2, 0.0)
    ]
    schools, _summary = view(municipality, "indicators", **earlier).sheets
    assert schools.rows == [(B, GIA, "%", 75.0, 80.0)]
    assert view(municipality, "partnership", **earlier).sheets[0].rows == []
    assert view(municipality, "roadmap", **earlier).sheets[1].rows == []


def test_every_view_exports_to_xlsx(municipality, tmp_path):
    for key in VIEW_KEYS:
        shown = view(municipality, key)
        path = export_view(shown, tmp_path / f"{key}.xlsx")
        book = load_workbook(path)
        assert [s.title for s in book.worksheets] == [s.title[:31] for s in shown.sheets]
        for sheet, data in zip(book.worksheets, shown.sheets, strict=True):
            rows = list(sheet.iter_rows(values_only=True))
            assert list(rows[0]) == data.headers
            assert [tuple(r) for r in rows[1:]] == data.rows
