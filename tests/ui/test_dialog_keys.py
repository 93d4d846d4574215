"""Every dialog: Tab leaves each multi-line box, Ctrl+Enter presses the main button.

The walk finds every QDialog subclass under ui/ and builds each one with the demo
school's data; a new dialog class without an entry below fails the walk.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
    QWizard,
)

from app.academic_year import AcademicYear
from app.data_folder import DataFolder
from app.installation import Installation

YEAR = AcademicYear(2026)


def dialog_classes() -> set[str]:
    import ui

    for info in pkgutil.walk_packages(ui.__path__, "ui."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    found: set[str] = set()
    stack = [QDialog]
    while stack:
        for cls in stack.pop().__subclasses__():
            stack.append(cls)
            if cls.__module__.startswith("ui."):
                found.add(f"{cls.__module__}.{cls.__qualname__}")
    return found


def builders(demo: Installation, folder: DataFolder) -> dict[str, Callable[[], QDialog]]:
    """How to open each dialog on the demo school (what the screens pass them)."""
    from app.partnership.agreements import list_agreements, list_directions
    from app.partnership.measures import list_measures
    from app.partnership.partners import list_partners
    from app.programme.programmes import current_programme
    from app.programme.reasons import list_reasons
    from app.programme.rows import ActivityRow
    from app.programme.tasks import list_tasks
    from app.self_assessment.catalogue import list_instruments
    from ui.context import UiContext
    from ui.exchange.key_dialog import KeyChangeDialog
    from ui.indicators.dialog import IndicatorDialog
    from ui.municipality.schools_section import DeadlineDialog
    from ui.partnership import dialogs as pd
    from ui.partnership.directions_dialog import DirectionsDialog
    from ui.partnership.event_dialog import EventDialog
    from ui.programme import programme_dialogs as gd
    from ui.programme.activity_dialog import ActivityDialog
    from ui.programme.reasons_dialog import ReasonsDialog
    from ui.programme.widgets import ErrorListDialog
    from ui.sections.settings import HubConnectionDialog
    from ui.self_assessment import dialogs as sd
    from ui.wizard import FirstRunWizard

    ctx = UiContext(demo)
    scope = demo.scope
    tasks = list_tasks(scope, current_programme(scope).id)
    partners, directions = list_partners(scope), list_directions(scope)
    agreement = list_agreements(scope)[0]
    years = [AcademicYear(2025), YEAR]
    return {
        "ui.indicators.dialog.IndicatorDialog": lambda: IndicatorDialog(None, lambda data: ""),
        "ui.partnership.dialogs.FormDialog": lambda: pd.PartnerDialog(ctx, None),
        "ui.partnership.dialogs.PartnerDialog": lambda: pd.PartnerDialog(ctx, partners[0]),
        "ui.partnership.dialogs.RoleDialog": lambda: pd.RoleDialog(ctx, partners[0]),
        "ui.partnership.dialogs.AgreementDialog": lambda: pd.AgreementDialog(
            ctx, partners, directions, agreement
        ),
        "ui.partnership.dialogs.MeasureDialog": lambda: pd.MeasureDialog(ctx, agreement, None),
        "ui.partnership.event_dialog.EventDialog": lambda: EventDialog(
            ctx, partners, list_measures(scope), directions
        ),
        "ui.partnership.directions_dialog.DirectionsDialog": lambda: DirectionsDialog(ctx),
        "ui.programme.programme_dialogs.FormDialog": lambda: gd.TaskDialog(9, "Задача"),
        "ui.programme.programme_dialogs.NewProgrammeDialog": lambda: gd.NewProgrammeDialog(years),
        "ui.programme.programme_dialogs.TaskDialog": lambda: gd.TaskDialog(9, "Задача"),
        "ui.programme.programme_dialogs.ResultDialog": lambda: gd.ResultDialog(
            tasks, tasks[0].id, "Результат"
        ),
        "ui.programme.programme_dialogs.AchievementDialog": lambda: gd.AchievementDialog(
            "Результат", YEAR, None
        ),
        "ui.programme.activity_dialog.ActivityDialog": lambda: ActivityDialog(
            ctx, ActivityRow(id=None, year=YEAR, title=""), tasks, list_reasons(scope)
        ),
        "ui.programme.reasons_dialog.ReasonsDialog": lambda: ReasonsDialog(ctx),
        "ui.self_assessment.dialogs.NewRunDialog": lambda: sd.NewRunDialog(
            list_instruments(scope), years, YEAR
        ),
        "ui.self_assessment.dialogs.TeamDialog": lambda: sd.TeamDialog(()),
        "ui.self_assessment.dialogs.ReasonDialog": lambda: sd.ReasonDialog(),
        "ui.self_assessment.dialogs.EntryDialog": lambda: sd.EntryDialog(True, years, YEAR),
        "ui.self_assessment.dialogs.MeasureDialog": lambda: sd.MeasureDialog(
            [(agreement.id, agreement.label)], "Дефицит", YEAR
        ),
        "ui.self_assessment.dialogs.LinkDialog": lambda: sd.LinkDialog(
            "Связь", [(agreement.id, agreement.label)]
        ),
        "ui.self_assessment.dialogs.ActionDialog": lambda: sd.ActionDialog(
            "Задача", "Текст", years, YEAR
        ),
        "ui.wizard.FirstRunWizard": lambda: FirstRunWizard(folder),
        "ui.sections.settings.HubConnectionDialog": lambda: HubConnectionDialog(
            demo.folder, demo.state
        ),
        "ui.exchange.key_dialog.KeyChangeDialog": lambda: KeyChangeDialog(
            "Берёзовская ООШ", "AAAA BBBB CCCC DDDD", "1111 2222 3333 4444"
        ),
        "ui.municipality.schools_section.DeadlineDialog": lambda: DeadlineDialog(),
        **school_exchange_dialogs(ctx),
        **municipality_return_dialogs(ctx),
        "ui.programme.widgets.ErrorListDialog": lambda: ErrorListDialog(
            None, "Загрузка", "Ничего не загружено.", ["Лист «Дорожная карта», строка 7: …"]
        ),
    }


def school_exchange_dialogs(ctx) -> dict[str, Callable[[], QDialog]]:
    """The school's dialogs for the municipality's packages (preview, key, answer)."""
    import uuid
    from datetime import date, datetime
    from pathlib import Path

    from app.received import ReceivedRecommendation
    from app.sync.manifest import PackageKind
    from app.sync.receive import Outcome
    from app.sync.returns_in import SchoolVerdict
    from app.sync.snapshot import Change
    from ui.exchange.school_answer import AnswerDialog
    from ui.exchange.school_import import MunicipalityKeyDialog, PreviewDialog

    file = Path("Отдел_№_2.perekhod")
    arrived = SchoolVerdict(file, Outcome.ACCEPTED, kind=PackageKind.RETURN, sequence=2)
    arrived.created_at, arrived.changes = datetime(2026, 11, 20), [Change("recommendations", 1)]
    changed = SchoolVerdict(file, Outcome.REFUSED, "ключ изменился")
    changed.pinned_fingerprint, changed.new_fingerprint = "AAAA BBBB", "1111 2222"
    advice = ReceivedRecommendation(
        uuid.uuid4(), "2026-2027", "Тема", "Текст", date(2026, 11, 1), None, None
    )
    return {
        "ui.exchange.school_import.PreviewDialog": lambda: PreviewDialog([arrived]),
        "ui.exchange.school_import.MunicipalityKeyDialog": lambda: MunicipalityKeyDialog(changed),
        "ui.exchange.school_answer.AnswerDialog": lambda: AnswerDialog(ctx, advice),
    }


def municipality_return_dialogs(ctx) -> dict[str, Callable[[], QDialog]]:
    """«Для школы: …» and its forms (on the demo school's scope: nothing held, all empty)."""
    from app.indicators.catalogue import list_indicators
    from ui.municipality import returns_forms as rf
    from ui.municipality.returns_dialog import ReturnsDialog

    school = ctx.scope.school_id
    return {
        "ui.municipality.returns_dialog.ReturnsDialog": lambda: ReturnsDialog(ctx, school, "ОШ"),
        "ui.municipality.returns_forms.ReturnForm": lambda: rf.RecommendationForm(ctx, school),
        "ui.municipality.returns_forms.RecommendationForm": lambda: rf.RecommendationForm(
            ctx, school
        ),
        "ui.municipality.returns_forms.AssignmentForm": lambda: rf.AssignmentForm(ctx, school),
        "ui.municipality.returns_forms.FigureForm": lambda: rf.FigureForm(
            ctx, school, list_indicators(ctx.scope), []
        ),
        **municipality_resource_dialogs(ctx),
    }


def municipality_resource_dialogs(ctx) -> dict[str, Callable[[], QDialog]]:
    """«Ресурсы»: a resource of the catalogue, the resources of a school's task."""
    import uuid

    from app.municipality.resources import SchoolTask
    from ui.municipality import resources_forms as rs

    task = SchoolTask(ctx.scope.school_id, "ОШ", "Проект", uuid.uuid4(), 1, "Задача", ())
    return {
        "ui.municipality.resources_forms.ResourceForm": lambda: rs.ResourceForm(ctx),
        "ui.municipality.resources_forms.TaskResourcesDialog": lambda: rs.TaskResourcesDialog(
            ctx, task, []
        ),
    }


@pytest.fixture
def opened(demo, tmp_path) -> Iterator[dict[str, Callable[[], QDialog]]]:
    yield builders(demo, DataFolder(tmp_path / "new"))


def expected_main_button(dialog: QDialog):
    """Save / OK of the button box; Close where that is all there is; Next in the wizard."""
    if isinstance(dialog, QWizard):
        return dialog.button(QWizard.WizardButton.NextButton)
    boxes = dialog.findChildren(QDialogButtonBox)
    buttons = [(b, box.buttonRole(b)) for box in boxes for b in box.buttons()]
    for button, role in buttons:
        if role == QDialogButtonBox.ButtonRole.AcceptRole:
            return button
    return buttons[0][0]


def first_field(dialog: QDialog) -> QWidget:
    boxes = multi_line(dialog)
    editable = [b for b in boxes if not b.isReadOnly()]
    if editable:
        return editable[0]
    return next(
        w
        for w in dialog.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible() and w.isEnabled()
    )


def multi_line(dialog: QDialog) -> list[QPlainTextEdit | QTextEdit]:
    return [w for w in dialog.findChildren(QWidget) if isinstance(w, QPlainTextEdit | QTextEdit)]


def test_every_dialog_of_ui_is_walked(opened):
    assert dialog_classes() <= set(opened)


def test_tab_leaves_every_multi_line_box(opened, qtbot):
    seen = 0
    for name, build in opened.items():
        dialog = build()
        qtbot.addWidget(dialog)
        for box in multi_line(dialog):
            assert box.tabChangesFocus(), f"{name}: Tab types a tab in {box.objectName()!r}"
            seen += 1
    assert seen >= 15  # the walk reached the forms with text boxes


def test_ctrl_enter_presses_the_main_button_of_every_dialog(opened, qtbot, activate):
    from PySide6.QtWidgets import QApplication

    for name, build in opened.items():
        dialog = build()
        qtbot.addWidget(dialog)
        dialog.show()
        activate(dialog)
        field = first_field(dialog)
        field.setFocus()
        try:
            qtbot.waitUntil(lambda f=field: QApplication.focusWidget() is f, timeout=2000)
        except Exception:
            raise AssertionError(f"{name}: {field} {QApplication.focusWidget()}") from None
        button = expected_main_button(dialog)
        pressed: list[bool] = []
        button.clicked.connect(lambda *_, seen=pressed: seen.append(True))
        qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert pressed, f"{name}: Ctrl+Enter did not press «{button.text()}»"
        dialog.hide()


def test_tab_and_ctrl_tab_in_a_text_box(qtbot, activate):
    from PySide6.QtWidgets import QApplication

    from ui.programme.programme_dialogs import TaskDialog

    dialog = TaskDialog(3, "Развитие")
    qtbot.addWidget(dialog)
    dialog.show()
    activate(dialog)
    dialog.text.setFocus()
    dialog.text.moveCursor(dialog.text.textCursor().MoveOperation.End)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert dialog.text.toPlainText() == "Развитие\t"
    qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)
    assert dialog.text.toPlainText() == "Развитие\t"
    assert QApplication.focusWidget() is not dialog.text
