"""The engine's fast paths print the same things: charts painted straight onto the canvas,
pre-wrapped table cells, fonts still embedded."""

from __future__ import annotations

from app.reports import charts, fonts
from app.reports.engine import ReportMeta, build_pdf
from app.reports.pdf_tables import _wrap, data_table
from tests.reports.pdfcheck import flat, fonts_of, pdf_text


def test_charts_print_titles_ticks_labels_and_legend(tmp_path):
    story = [
        charts.trend_line("Качество знаний, %", ["2022-2023", "2023-2024"], [28.0, 41.0], 38.0),
        charts.organiser_mix(
            ["2023-2024", "2024-2025"],
            [("наша школа", [1, 3]), ("совместно", [2, 2]), ("школа-партнёр", [4, 4])],
            "Кто организует совместные мероприятия",
        ),
    ]
    path = tmp_path / "c.pdf"
    build_pdf(path, ReportMeta("Графики", "Школа"), story)
    text = flat(pdf_text(path))
    for expected in (
        "Качество знаний, %",
        "22/23",
        "23/24",
        "Кто организует совместные мероприятия",
        "2024-2025",
        "наша школа",
        "совместно",
        "школа-партнёр",
        "10",  # stacked totals 7 and 9: the value axis runs 0, 2, … 10
    ):
        assert expected in text, expected
    assert all(fonts_of(path).values())


def test_bar_ticks_are_round_and_cover_the_peak():
    assert charts._bar_ticks(9) == [0, 2, 4, 6, 8, 10]
    assert charts._bar_ticks(3) == [0, 1, 2, 3]
    assert charts._bar_ticks(0) == [0, 1]


def test_cells_wrap_between_words_and_after_hyphens():
    fonts.register_fonts()
    assert _wrap("да", 60) == "да"
    assert _wrap("первая строка\nвторая", 400) == "первая строка\nвторая"
    wrapped = _wrap("Перенесено по согласованию со школой-партнёром", 80).split("\n")
    assert wrapped[-2:] == ["школой-", "партнёром"]
    assert " ".join(wrapped).replace("- ", "-") == "Перенесено по согласованию со школой-партнёром"


def test_table_cells_keep_their_text_across_pages(tmp_path):
    rows = [(str(n), f"Мероприятие № {n}", "выполнено") for n in range(1, 121)]
    path = tmp_path / "t.pdf"
    pages = build_pdf(
        path, ReportMeta("Таблица", "Школа"), [data_table(("№", "Что", "Итог"), rows, (1, 5, 2))]
    )
    text = flat(pdf_text(path))
    assert pages >= 2
    assert "Мероприятие № 1 " in text and "Мероприятие № 120" in text
    assert text.count("Итог") == pages  # the header row repeats on every page
