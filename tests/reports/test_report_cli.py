"""``perekhod report`` as /work/shared/cli.md fixes it: output, defaults, exit codes."""

from __future__ import annotations

from datetime import date

import pytest

from app.academic_year import AcademicYear
from app.cli import main
from tests.reports.pdfcheck import flat, pdf_text


def run(*args: str) -> int:
    return main(list(args), default_data_dir=None, open_gui=None)


def test_report_prints_the_written_path(demo_folder, tmp_path, capsys):
    out = tmp_path / "годовой.pdf"
    code = run(
        "report", "--data-dir", str(demo_folder.root), "--out", str(out), "--year", "2024-2025"
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.out.strip() == str(out)
    assert "2024-2025 учебный год" in flat(pdf_text(out))


def test_default_kind_is_summary_and_year_the_one_due(demo_folder, tmp_path, monkeypatch):
    # In November 2026 the annual report is due for 2025-2026 (the last finished year).
    monkeypatch.setattr("app.cli.report.today", lambda: date(2026, 11, 23))
    out = tmp_path / "r.pdf"
    assert run("report", "--data-dir", str(demo_folder.root), "--out", str(out)) == 0
    text = flat(pdf_text(out))
    assert "Годовой отчёт для муниципалитета" in text
    assert "2025-2026 учебный год" in text


@pytest.mark.parametrize(
    ("today", "due"),
    [(date(2026, 5, 31), "2024-2025"), (date(2026, 6, 1), "2025-2026")],
)
def test_default_year_turns_in_june(demo_folder, tmp_path, monkeypatch, today, due):
    monkeypatch.setattr("app.cli.report.today", lambda: today)
    out = tmp_path / "r.pdf"
    args = ("--data-dir", str(demo_folder.root), "--out", str(out), "--kind", "roadmap")
    assert run("report", *args) == 0
    assert f"{due} учебный год" in flat(pdf_text(out))


def test_year_without_data_is_refused_with_the_years_that_have_some(school, tmp_path, capsys):
    from app.programme.roadmap import save_activities
    from app.programme.rows import ActivityRow

    save_activities(school.scope, [ActivityRow(None, AcademicYear(2022), "Педсовет")])
    save_activities(school.scope, [ActivityRow(None, AcademicYear(2024), "Семинар")])
    out = tmp_path / "r.pdf"
    code = run(
        "report", "--data-dir", str(school.folder.root), "--out", str(out), "--year", "2023-2024"
    )
    captured = capsys.readouterr()
    assert code == 1
    assert captured.err.strip() == (
        "За 2023-2024 учебный год данных нет. Годы с данными: 2022-2023, 2024-2025."
    )
    assert not out.exists()


def test_out_into_a_missing_folder_is_refused_not_created(demo_folder, tmp_path, capsys):
    out = tmp_path / "нет-такой" / "r.pdf"
    code = run(
        "report", "--data-dir", str(demo_folder.root), "--out", str(out), "--year", "2024-2025"
    )
    captured = capsys.readouterr()
    assert code == 1
    assert len(captured.err.strip().splitlines()) == 1
    assert "нет-такой" in captured.err and "нет: укажите существующую папку" in captured.err
    assert not out.parent.exists()


def test_each_kind_through_the_cli(demo_folder, tmp_path, capsys):
    for kind in ("roadmap", "partnership", "self-assessment", "blank-self-assessment"):
        out = tmp_path / f"{kind}.pdf"
        args = ("--data-dir", str(demo_folder.root), "--out", str(out), "--kind", kind)
        assert run("report", *args) == 0, capsys.readouterr().err
        assert out.stat().st_size > 1000


def test_municipal_at_a_school_is_refused_with_exit_1(demo_folder, tmp_path, capsys):
    out = tmp_path / "m.pdf"
    code = run(
        "report", "--data-dir", str(demo_folder.root), "--out", str(out), "--kind", "municipal"
    )
    captured = capsys.readouterr()
    assert code == 1
    assert "формируется в установке муниципалитета" in captured.err
    assert captured.out == ""
    assert not out.exists()


def test_usage_errors_exit_2(demo_folder, tmp_path, capsys):
    base = ("report", "--data-dir", str(demo_folder.root), "--out", str(tmp_path / "x.pdf"))
    for extra in (("--kind", "yearly"), ("--year", "2024-2026"), ("--year", "вчера")):
        try:
            code = run(*base, *extra)
        except SystemExit as exit_:
            code = exit_.code
        assert code == 2, extra
    assert "Traceback" not in capsys.readouterr().err


def test_missing_installation_is_one_russian_line(tmp_path, capsys):
    code = run("report", "--data-dir", str(tmp_path / "none"), "--out", str(tmp_path / "x.pdf"))
    captured = capsys.readouterr()
    assert code == 1
    assert len(captured.err.strip().splitlines()) == 1
    assert "Traceback" not in captured.err


def test_at_a_municipality_the_default_is_the_municipal_report(tmp_path, capsys):
    from app.data_folder import DataFolder
    from app.installation import MunicipalityInfo, create_municipality
    from tests.reports.pdfcheck import pdf_text

    folder = DataFolder(tmp_path / "mun")
    create_municipality(folder, MunicipalityInfo(name="Управление образования")).close()
    out = tmp_path / "m.pdf"
    code = run("report", "--data-dir", str(folder.root), "--out", str(out))
    assert code == 0, capsys.readouterr().err
    text = pdf_text(out)
    assert "РАСПОРЯЖЕНИЕ" in text and "ОБЯЗЫВАЮ" in text and "Аналитическая справка" in text
