"""Main window: title, navigation by click and Ctrl+N, geometry, about, coming-soon pages."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

SCHOOL_TITLES = [
    "Главная",
    "Программа перехода",
    "Дорожная карта",
    "Показатели",
    "Партнёрство",
    "Самодиагностика",
    "Отчёты",
    "Обмен с муниципалитетом",
    "Резервные копии",
    "Настройки",
]


def test_title_and_navigation_in_russian(window):
    assert window.windowTitle() == "Переход — Тестовая ОШ"
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles == SCHOOL_TITLES
    assert window.current_page().objectName() == "section_home"


def test_click_in_the_navigation_switches_the_page(window, qtbot):
    item = window.nav.item(9)
    qtbot.mouseClick(
        window.nav.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.nav.visualItemRect(item).center(),
    )
    assert window.current_page().objectName() == "section_settings"


def test_ctrl_number_switches_the_page(window, qtbot, activate):
    activate(window)
    qtbot.keyClick(window.nav, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().objectName() == "section_backups"
    qtbot.keyClick(window.nav, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().objectName() == "section_settings"
    qtbot.keyClick(window.nav, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().objectName() == "section_home"


def test_arrow_keys_in_the_navigation(window, qtbot, activate):
    activate(window)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_page().objectName() == "section_programme"


def test_sections_not_built_yet_say_what_is_coming(municipality_folder, window_for):
    # every section is built now; a spec without a page class still gets the «coming» page
    window = window_for(municipality_folder, municipality=True)
    spec = next(s for s in window.specs if s.key == "analytical_report")
    page = window._build_page(dataclasses.replace(spec, key="later", factory=None))
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "Аналитическая справка" in texts
    assert "Ежегодная аналитическая справка муниципалитета по данным школ" in texts
    assert "появится в одном из обновлений" in texts


def test_the_analytical_report_section_opens(municipality_folder, window_for, qtbot):
    from app.municipality.report import KEYS
    from ui.worker import tasks_running

    window = window_for(municipality_folder, municipality=True)
    window.open_section("analytical_report")
    page = window.current_page()
    assert page.objectName() == "section_analytical_report"
    qtbot.waitUntil(lambda: tasks_running() == 0 and page.report is not None, timeout=10000)
    # a municipality without schools still has the order's and the report's own texts
    assert page.texts.model.rowCount() == len(KEYS)
    assert page.tabs.tabText(1) == "Просмотр"
    page.tabs.setCurrentIndex(1)
    assert "ОБЯЗЫВАЮ:" in page.preview.toPlainText()


def test_status_bar_shows_the_folder_and_no_backup_yet(window):
    assert window.folder_label.text() == f"Папка данных: {window.folder.root}"
    assert window.backup_label.text() == "Последняя резервная копия: ещё не было"


def test_geometry_and_section_are_kept(window, window_for, qtbot):
    window.setGeometry(QRect(10, 20, 760, 540))  # offscreen screen: 800×600
    window.open_section("settings")
    window.close()
    again = window_for(window.folder)
    assert (again.width(), again.height()) == (760, 540)
    assert again.current_page().objectName() == "section_settings"


def test_f1_opens_about_with_the_version(window, qtbot, activate, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    activate(window)
    qtbot.keyClick(window.nav, Qt.Key.Key_F1)
    assert len(shown) == 1 and "0.1.0" in shown[0]


def test_fits_small_screens(window):
    """At 150 % on 1366×768 the logical screen is about 910×512: the window must fit."""
    assert window.minimumSizeHint().width() <= 910 and window.minimumSizeHint().height() <= 512
    assert window.minimumWidth() <= 910 and window.minimumHeight() <= 512


def test_municipality_window(municipality_folder, window_for):
    window = window_for(municipality_folder, municipality=True)
    assert window.windowTitle() == "Переход — УО Лесного района"
    assert window.nav.item(1).text() == "Школы"
    # the municipality's own project and plan, in the school's programme and roadmap screens
    assert [window.nav.item(row).text() for row in (2, 3)] == [
        "Муниципальный проект",
        "План мероприятий",
    ]
    for key, tab in (("municipal_project", "Карточка проекта"), ("municipal_plan", None)):
        window.open_section(key)
        page = window.current_page()
        assert page.objectName() == f"section_{key}" and page.municipal
        if tab is not None:
            assert page.tabs.tabText(0) == tab


def test_home_shows_the_profile_and_the_backup_hint(window):
    page = window.current_page()
    assert page.heading.text() == "Тестовая ОШ"
    assert page.backup_note.text().startswith("Резервная копия ещё не создавалась.")
    assert hasattr(page, "panels")  # other sections add their panels here
    page.backup_button.click()
    assert window.current_page().objectName() == "section_backups"


def test_start_shows_the_window_then_opens_the_data_in_the_background(school, qtbot):
    from ui.gui import show_main_window

    folder = school.folder
    school.close()
    window = show_main_window(folder)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Переход — Тестовая ОШ"  # from state.json, before the DB
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=10000)
    assert window.current_page().objectName() == "section_home"
    window.ctx.installation.close()


def test_about_text_is_russian():
    from ui.about import about_text

    text = about_text("/данные")
    assert text.startswith("<h3>Переход 0.1.0</h3>") and "Папка данных: /данные" in text
