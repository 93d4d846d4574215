"""``export-xlsx --year``: a well-formed year without data is refused, as ``report`` does."""

from __future__ import annotations

from openpyxl import load_workbook

from app.academic_year import AcademicYear
from app.cli import main


def run(*args: str) -> int:
    try:
        return main(list(args), default_data_dir=None, open_gui=None)
    except SystemExit as exit_:
        return int(exit_.code or 0)


def add_activities(school) -> None:
    from app.programme.roadmap import save_activities
    from app.programme.rows import ActivityRow

    save_activities(school.scope, [ActivityRow(None, AcademicYear(2022), "Педсовет")])
    save_activities(school.scope, [ActivityRow(None, AcademicYear(2024), "Семинар")])


def export(school, out, year: str) -> int:
    root = str(school.folder.root)
    return run(
        "export-xlsx", "--data-dir", root, "--table", "roadmap", "--out", str(out), "--year", year
    )


def test_a_year_without_data_is_refused_with_the_years_that_have_some(school, tmp_path, capsys):
    add_activities(school)
    out = tmp_path / "таблица.xlsx"
    code = export(school, out, "2023-2024")
    captured = capsys.readouterr()
    assert code == 1
    assert captured.err.strip() == (
        "За 2023-2024 учебный год данных нет. Годы с данными: 2022-2023, 2024-2025."
    )
    assert not out.exists()


def test_a_year_with_data_is_written(school, tmp_path, capsys):
    add_activities(school)
    out = tmp_path / "таблица.xlsx"
    assert export(school, out, "2024-2025") == 0, capsys.readouterr().err
    values = [c for row in load_workbook(out).active.iter_rows(values_only=True) for c in row]
    assert "Семинар" in values and "Педсовет" not in values
