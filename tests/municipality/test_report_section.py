"""«Аналитическая справка» on the demo municipality (`demo municipality --schools 3`, built
once): the year proposed, the list of the report's texts, editing and saving a text for one
year only, «Вернуть текст по умолчанию» after a question, the preview of the whole report,
the unsaved-edits question on leaving, and the PDF / Word / Excel buttons.

Expected texts are typed from seed 002 and the editable keys' titles, or read with plain
SQL; what the report stores is read back through ``report_texts``."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox

from app.academic_year import AcademicYear
from app.data_folder import DataFolder
from app.errors import ValidationError
from app.installation import Installation, open_installation
from app.municipality.report import KEYS, report_texts, save_report_text
from ui.context import UiContext
from ui.municipality import report_output, report_section
from ui.municipality.report_section import AnalyticalReportSection
from ui.worker import tasks_running

TODAY = date(2026, 11, 23)  # the report is due for 2025-2026
DUE, EARLIER = AcademicYear(2025), AcademicYear(2024)
CONTROL = "Контроль за исполнением распоряжения оставляю за собой."  # seed 002's point 5
OWN_CONTROL = "Контроль за исполнением распоряжения возложить на заместителя начальника."
Button = QMessageBox.StandardButton


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> DataFolder:
    from app.demo.municipality import create_demo_municipality

    folder = DataFolder(tmp_path_factory.mktemp("report-section") / "data")
    create_demo_municipality(folder, schools=3, today=TODAY).close()
    return folder


@pytest.fixture
def office(district: DataFolder, tmp_path: Path) -> Iterator[Installation]:
    target = tmp_path / "office"
    shutil.copytree(district.root, target)
    installation = open_installation(DataFolder(target))
    yield installation
    installation.close()


def settle(qtbot, section: AnalyticalReportSection) -> None:
    qtbot.waitUntil(lambda: tasks_running() == 0 and section.report is not None, timeout=20000)
    QApplication.processEvents()


@pytest.fixture
def section(office, russian_catalogues, qtbot) -> AnalyticalReportSection:
    page = AnalyticalReportSection(UiContext(office), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    settle(qtbot, page)
    return page


def school_names(office: Installation) -> list[str]:
    with sqlite3.connect(office.folder.database) as conn:
        rows = conn.execute("SELECT short_name FROM organisation WHERE kind = 'school'")
        return sorted(name for (name,) in rows)


def column(section: AnalyticalReportSection, index: int) -> list[str]:
    model = section.texts.model
    return [model.index(row, index).data() for row in range(model.rowCount())]


def choose(qtbot, section: AnalyticalReportSection, key: str) -> None:
    """Pick ``key`` in the list as a click would (the current row changes)."""
    place = section.texts.model.row_of(lambda r: r.key == key)
    assert place >= 0, key
    section.texts.view.setCurrentIndex(section.texts.model.index(place, 1))


def preview(section: AnalyticalReportSection) -> str:
    """The preview's text, as the «Просмотр» tab shows it."""
    section.tabs.setCurrentIndex(1)
    text = section.preview.toPlainText()
    section.tabs.setCurrentIndex(0)
    return text


def own_marks(section: AnalyticalReportSection) -> dict[str, str]:
    return {row.key: section.texts.model.index(i, 2).data()
            for i, row in enumerate(section.texts.model.rows())}  # fmt: skip


def test_the_due_year_is_proposed_and_every_text_is_listed(section, office):
    years = [section.year.itemText(i) for i in range(section.year.count())]
    assert section.year.currentText() == "2025-2026"
    assert years == [f"{y}-{y + 1}" for y in range(2026, 2019, -1)]
    assert "Предложен 2025-2026" in section.year_note.text()
    titles = column(section, 1)
    assert titles == [*KEYS.values(), *(f"Часть 2: {name}" for name in school_names(office))]
    assert column(section, 0) == [str(n) for n in range(1, len(titles) + 1)]
    assert set(column(section, 2)) == {""}  # nothing written yet: every text is the default
    assert section.editor.key == "order.authority"
    assert (
        section.editor.text() == "ОТДЕЛ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА"
    )
    # the search finds a title, and a text by its wording
    section.texts.search.setText("контроль")
    assert column(section, 1) == ["«ОБЯЗЫВАЮ», пункт 5: контроль"]
    section.texts.search.setText("оставляю за собой")
    assert column(section, 1) == ["«ОБЯЗЫВАЮ», пункт 5: контроль"]
    section.texts.search.clear()
    section.texts.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert column(section, 1)[0] == "Школы — участники"
    # the text shown stays highlighted wherever the sort puts it
    current = section.texts.model.row(section.texts.view.currentIndex().row())
    assert current.key == section.editor.key == "order.authority"


def test_saving_a_text_keeps_it_for_that_year_only(section, office, qtbot):
    choose(qtbot, section, "order.point5")
    editor = section.editor
    assert editor.title.text() == "«ОБЯЗЫВАЮ», пункт 5: контроль"
    assert editor.text() == CONTROL and not editor.save_button.isEnabled()
    editor.edit.setPlainText(OWN_CONTROL + "   \n")
    assert editor.guard.dirty and editor.save_button.isEnabled()
    assert editor.status.text() == "Не сохранено"
    editor.save_button.click()
    settle(qtbot, section)
    assert report_texts(office.scope, DUE, TODAY)["order.point5"] == OWN_CONTROL
    assert report_texts(office.scope, EARLIER, TODAY)["order.point5"] == CONTROL
    assert editor.text() == OWN_CONTROL  # as stored, the trailing blanks gone
    assert not editor.guard.dirty and editor.status.text() == "Сохранено"
    assert own_marks(section)["order.point5"] == "✓"
    assert [mark for mark in own_marks(section).values() if mark] == ["✓"]
    assert editor.state.text().startswith("Ваш текст")
    assert f"5. {OWN_CONTROL}" in preview(section)
    # the earlier year shows the default again
    section.year.setCurrentIndex(section.year.findText("2024-2025"))
    settle(qtbot, section)
    assert section.report.year == EARLIER
    assert editor.key == "order.point5" and editor.text() == CONTROL


def test_ctrl_s_and_ctrl_enter_save(section, office, qtbot):
    window = section.window()
    window.windowHandle().requestActivate()
    qtbot.wait(20)
    if QApplication.activeWindow() is not window:
        QApplication.setActiveWindow(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    choose(qtbot, section, "analysis.dates")
    section.editor.edit.setFocus()
    section.editor.edit.setPlainText("Сроки проведения комплексного анализа: июнь 2026 года.")
    qtbot.keyClick(section.editor.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not section.editor.guard.dirty
    assert report_texts(office.scope, DUE, TODAY)["analysis.dates"] == (
        "Сроки проведения комплексного анализа: июнь 2026 года."
    )
    section.editor.edit.setPlainText("Сроки: май — июнь 2026 года.")
    qtbot.keyClick(section.editor.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not section.editor.guard.dirty
    assert (
        report_texts(office.scope, DUE, TODAY)["analysis.dates"] == "Сроки: май — июнь 2026 года."
    )


def test_reset_restores_the_default_after_a_question(section, office, qtbot, monkeypatch):
    choose(qtbot, section, "order.point5")
    section.editor.edit.setPlainText(OWN_CONTROL)
    section.editor.save_button.click()
    settle(qtbot, section)
    asked = []
    monkeypatch.setattr(report_section, "confirm", lambda _p, _t, text: asked.append(text))
    section.editor.reset_button.click()  # answered no (None)
    assert len(asked) == 1 and "«ОБЯЗЫВАЮ», пункт 5: контроль" in asked[0]
    assert report_texts(office.scope, DUE, TODAY)["order.point5"] == OWN_CONTROL
    monkeypatch.setattr(report_section, "confirm", lambda *_a: True)
    section.editor.reset_button.click()
    settle(qtbot, section)
    assert report_texts(office.scope, DUE, TODAY)["order.point5"] == CONTROL
    assert section.editor.text() == CONTROL and not section.editor.guard.dirty
    assert own_marks(section)["order.point5"] == ""
    assert not section.editor.reset_button.isEnabled()  # nothing of her own left to drop
    assert f"5. {CONTROL}" in preview(section)


def test_the_preview_reads_as_the_whole_report(office, russian_catalogues, qtbot):
    (first, *_rest) = school_names(office)
    with sqlite3.connect(office.folder.database) as conn:
        ((school,),) = conn.execute("SELECT id FROM organisation WHERE short_name = ?", (first,))
    key = f"school.{school[:8]}-{school[8:12]}-{school[12:16]}-{school[16:20]}-{school[20:]}"
    own = "Действия муниципального проекта полностью соответствуют задачам школы."
    save_report_text(office.scope, DUE, f"{key}.correspondence", own)
    page = AnalyticalReportSection(UiContext(office), today=TODAY)
    qtbot.addWidget(page)
    page.refresh()
    settle(qtbot, page)
    text = preview(page)
    assert "ОБЯЗЫВАЮ:" in text and "РАССЫЛКА:" in text
    assert own in text
    assert "3. Степень достижения запланированных результатов школьных проектов" in text
    assert own_marks(page)[f"{key}.correspondence"] == "✓"


def test_unsaved_edits_are_asked_about_before_leaving(section, office, qtbot, monkeypatch):
    answers = [Button.Cancel]
    asked = []

    def ask(_parent, text):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr("ui.widgets.unsaved.ask_unsaved", ask)
    choose(qtbot, section, "order.point5")
    section.editor.edit.setPlainText(OWN_CONTROL)
    assert section.has_unsaved()
    assert not section.can_leave()  # Cancel: stay
    assert asked == ["Текст изменён, но не сохранён. Сохранить изменения?"]
    answers.append(Button.Cancel)
    choose(qtbot, section, "order.point4")  # another text: asked, stays
    assert section.editor.key == "order.point5" and section.editor.text() == OWN_CONTROL
    assert section.texts.view.currentIndex().row() == section.texts.model.row_of(
        lambda r: r.key == "order.point5"
    )
    answers.append(Button.Cancel)
    section.year.setCurrentIndex(section.year.findText("2024-2025"))  # another year: asked
    assert section.year.currentText() == "2025-2026" and section.editor.text() == OWN_CONTROL
    answers.append(Button.Discard)
    choose(qtbot, section, "order.point4")
    assert section.editor.key == "order.point4" and len(asked) == 4
    assert report_texts(office.scope, DUE, TODAY)["order.point5"] == CONTROL  # not stored
    choose(qtbot, section, "order.point5")
    section.editor.edit.setPlainText(OWN_CONTROL)
    answers.append(Button.Save)
    assert section.can_leave()
    assert report_texts(office.scope, DUE, TODAY)["order.point5"] == OWN_CONTROL


def test_pdf_and_word_go_through_build_report(section, office, qtbot, monkeypatch, tmp_path):
    import app.reports.kinds as kinds

    calls, shown = [], []
    monkeypatch.setattr(report_output, "show_error", lambda _p, err: shown.append(str(err)))
    monkeypatch.setattr(
        report_output.files, "ask_save", lambda _p, _t, name, _f, suffix: tmp_path / name
    )

    def refused(installation, out, kind=None, year=None, today=None, **_more):
        calls.append((out.name, kind, year, today))
        raise ValidationError("Аналитический отчёт муниципалитета появится в следующей версии.")

    monkeypatch.setattr(kinds, "build_report", refused)
    section.word_button.click()
    qtbot.waitUntil(lambda: tasks_running() == 0 and section.word_button.isEnabled())
    assert calls == [("Аналитическая справка 2025-2026.docx", "municipal", DUE, TODAY)]
    assert shown == ["Аналитический отчёт муниципалитета появится в следующей версии."]
    assert section.result.text() == shown[0] and not section.open_button.isEnabled()

    def written(installation, out, kind=None, year=None, today=None, **_more):
        calls.append((out.name, kind, year, today))
        out.write_bytes(b"%PDF-1.4")
        return kinds.ReportResult(out, kind, year, 3)

    monkeypatch.setattr(kinds, "build_report", written)
    section.pdf_button.click()
    qtbot.waitUntil(lambda: tasks_running() == 0 and section.pdf_button.isEnabled())
    assert calls[-1] == ("Аналитическая справка 2025-2026.pdf", "municipal", DUE, TODAY)
    path = tmp_path / "Аналитическая справка 2025-2026.pdf"
    assert section.result.text() == f"Сохранено: {path}" and section.open_button.isEnabled()


def test_the_tables_go_to_a_folder_a_workbook_each(section, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(report_output.files, "ask_folder", lambda *_a: tmp_path)
    section.tables_button.click()
    qtbot.waitUntil(lambda: tasks_running() == 0 and section.tables_button.isEnabled())
    names = sorted(path.name for path in tmp_path.glob("*.xlsx"))
    assert names == sorted(
        f"{sheet} 2025-2026.xlsx"
        for sheet in (
            "Результаты проекта", "План мероприятий", "Результаты школьных проектов",
            "Дорожные карты школ", "Ключевые показатели", "Выводы школ",
            "Ресурсы для задач школ", "Представление данных",
        )
    )  # fmt: skip
    book = load_workbook(tmp_path / "Результаты проекта 2025-2026.xlsx")
    header = next(book.active.iter_rows(values_only=True))
    assert header == ("№ п/п", "Планируемый результат", "Степень достижения", "Статус",
                      "Комментарий")  # fmt: skip
    assert section.result.text() == f"Выгружено таблиц: 8, в папку {tmp_path}"


def test_keyboard_letters_are_unique(section):
    keys = []
    for widget in section.findChildren(QAbstractButton) + section.findChildren(QLabel):
        text = widget.text().replace("&&", "")
        if widget.isVisibleTo(section) and "&" in text:
            keys.append(text[text.index("&") + 1].lower())
    keys += ["ф", "р", "с"]  # the main window's menus: Файл, Разделы, Справка
    assert len(keys) == len(set(keys)) > 5
