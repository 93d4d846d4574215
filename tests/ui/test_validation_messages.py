"""A validation message goes away once the input is fixed (and changes while it is still
wrong); an impossible date is called impossible."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.academic_year import AcademicYear
from app.programme.programmes import ProgrammeRow, save_programme

YEAR = AcademicYear(2026)
NO_SUCH_DAY = "Такой даты нет: 32.13.2024. Проверьте число и месяц."


@pytest.fixture
def card(school, qtbot):
    from ui.context import UiContext
    from ui.programme.programme_section import ProgrammeSection

    save_programme(school.scope, ProgrammeRow(None, "Программа", YEAR, YEAR))
    page = ProgrammeSection(UiContext(school))
    qtbot.addWidget(page)
    page.refresh()
    return page


def test_card_message_follows_the_input_until_it_is_fixed(card):
    card.title.setText("")
    card.order_date.setText("32.13.2024")
    assert not card.save()
    assert card.card_errors.text() == NO_SUCH_DAY
    card.order_date.setText("31.12.2024")  # the date is right, the title still missing
    assert card.card_errors.isVisibleTo(card)
    assert card.card_errors.text() == "Укажите название программы."
    card.title.setText("Программа «Шаг вперёд»")
    assert not card.card_errors.isVisibleTo(card)


def test_an_impossible_order_date_is_not_a_format_problem(card):
    card.order_date.setText("31.02.2026")
    assert not card.save()
    assert card.card_errors.text() == "Такой даты нет: 31.02.2026. Проверьте число и месяц."
    card.order_date.setText("28.02.2026")
    assert not card.card_errors.isVisibleTo(card)
    assert card.save()


def test_activity_dialog_message_goes_once_the_title_is_typed(school, qtbot):
    from app.programme.rows import ActivityRow
    from ui.context import UiContext
    from ui.programme.activity_dialog import ActivityDialog

    dialog = ActivityDialog(UiContext(school), ActivityRow(None, YEAR, ""), [], [])
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.errors.isVisibleTo(dialog)
    assert dialog.errors.text() == "Укажите название мероприятия."
    dialog.responsible.setText("Соколова Н. П.")  # another field: still no title
    assert dialog.errors.isVisibleTo(dialog)
    dialog.title.setPlainText("Педагогический совет")
    assert not dialog.errors.isVisibleTo(dialog)


def test_activity_evidence_with_an_impossible_date_says_so(school, qtbot):
    from app.programme.rows import ActivityRow
    from ui.context import UiContext
    from ui.programme.activity_dialog import ActivityDialog

    dialog = ActivityDialog(UiContext(school), ActivityRow(None, YEAR, "Совет"), [], [])
    qtbot.addWidget(dialog)
    model = dialog.evidence.model
    model.add()
    assert not model.setData(model.index(0, 2), "32.13.2024", Qt.ItemDataRole.EditRole)
    assert dialog.errors.isVisibleTo(dialog)
    assert dialog.errors.text() == NO_SUCH_DAY
    assert model.setData(model.index(0, 2), "31.12.2024", Qt.ItemDataRole.EditRole)
    assert not dialog.errors.isVisibleTo(dialog)


def test_a_form_without_a_live_check_hides_its_message_on_the_next_edit(school, qtbot):
    from ui.context import UiContext
    from ui.partnership.dialogs import PartnerDialog

    dialog = PartnerDialog(UiContext(school), None)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.error.isVisibleTo(dialog) and dialog.error.text()
    dialog.full_name.setText("МБОУ «Лицей № 1»")
    assert not dialog.error.isVisibleTo(dialog)


def test_profile_message_goes_once_the_name_is_typed(window):
    window.open_section("settings")
    page = window.current_page()
    page.form.full_name.setText("")
    assert not page.save()
    assert page.form.error_label.isVisibleTo(page)
    page.form.email.setText("нет-собаки")  # still no name: the same message
    assert page.form.error_label.text() == "Укажите наименование организации."
    page.form.full_name.setText("МОУ «Тестовая основная школа»")
    assert page.form.error_label.isVisibleTo(page)  # now the e-mail is the problem
    assert page.form.error_label.text().endswith("нет-собаки")
    page.form.email.setText("school@example.ru")
    assert not page.form.error_label.isVisibleTo(page)
