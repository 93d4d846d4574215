"""Keyboard use: every Alt+letter on a screen leads to exactly one control."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget, QWizard

from ui.wizard import FirstRunWizard


def accelerators(root: QWidget, extra: list[str] | None = None) -> list[str]:
    texts = list(extra or [])
    for widget in root.findChildren(QAbstractButton) + root.findChildren(QLabel):
        if widget.isVisibleTo(root) and "&" in widget.text():
            texts.append(widget.text())
    keys = []
    for text in texts:
        position = text.replace("&&", "").find("&")
        if position >= 0:
            keys.append(text.replace("&&", "")[position + 1].lower())
    return keys


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def assert_unique(keys: list[str]) -> None:
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    assert duplicates == [], f"Alt+{duplicates} used twice"


def test_wizard_school_page(qtbot, data_folder):
    wizard = FirstRunWizard(data_folder)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    buttons = [
        wizard.buttonText(button)
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton)
    ]
    assert_unique(accelerators(wizard.currentPage(), buttons))


def test_wizard_municipality_page(qtbot, data_folder):
    wizard = FirstRunWizard(data_folder)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.mode_page.municipality.setChecked(True)
    wizard.next()
    buttons = [wizard.buttonText(QWizard.WizardButton.BackButton)]
    assert_unique(accelerators(wizard.currentPage(), buttons))


def test_settings_and_backups_pages(window):
    for key in ("settings", "backups"):
        window.open_section(key)
        assert_unique(accelerators(window.current_page(), menu_titles(window)))
