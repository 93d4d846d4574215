"""The organisation profile form, shared by the first-run wizard and the Settings page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.installation import MunicipalityInfo, SchoolInfo
from app.state import Mode
from ui.widgets.forms import ERROR_COLOUR, ErrorLine
from ui.widgets.reflow import ReflowGrid

MAX_COUNT = 100_000
GROUP_WIDTH = 400  # px a column of the form needs; narrower, the columns stack


def _line(max_length: int, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    return edit


def _count() -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, MAX_COUNT)
    spin.setAccelerated(True)
    spin.setMinimumWidth(90)
    return spin


class ProfileForm(QWidget):
    """Edits a :class:`SchoolInfo` or a :class:`MunicipalityInfo`; ``changed`` on any edit."""

    changed = Signal()

    def __init__(self, mode: Mode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.error_label = ErrorLine()
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.error_label.check = self._check
        if mode is Mode.SCHOOL:
            self._build_school()
        else:
            self._build_municipality()
        for edit in self.findChildren(QLineEdit):
            edit.textEdited.connect(self.changed)
        for box in self.findChildren(QCheckBox):
            box.toggled.connect(self.changed)
        for spin in self.findChildren(QSpinBox):
            spin.valueChanged.connect(self.changed)

    # construction ----------------------------------------------------------------
    def _build_school(self) -> None:
        self.full_name = _line(500, self.tr("e.g. Municipal school «Berezovka basic school»"))
        self.short_name = _line(200, self.tr("e.g. Berezovka BS"))
        self.municipality = _line(300, self.tr("district or city district"))
        self.address = _line(1000)
        self.director = _line(200, self.tr("surname, first name, patronymic"))
        self.phone = _line(100)
        self.email = _line(200)
        organisation = self._group(
            self.tr("Organisation"),
            [
                (self.tr("&Full name*"), self.full_name),
                (self.tr("&Short name"), self.short_name),
                (self.tr("&Municipality"), self.municipality),
                (self.tr("&Address"), self.address),
            ],
        )
        contacts = self._group(
            self.tr("Director and contacts"),
            [
                (self.tr("&Director"), self.director),
                (self.tr("&Phone"), self.phone),
                (self.tr("&E-mail"), self.email),
            ],
        )
        groups = ReflowGrid(GROUP_WIDTH, (2, 1))  # one under the other at 150 %
        groups.add(organisation)
        groups.add(contacts)
        grid = QGridLayout()
        grid.addWidget(groups, 0, 0)
        grid.addWidget(self._characteristics(), 1, 0)
        self._finish(grid)

    def _characteristics(self) -> QGroupBox:
        self.is_rural = QCheckBox(self.tr("R&ural school"))
        self.is_small = QCheckBox(self.tr("S&mall school (few pupils per class)"))
        self.low_results = QCheckBox(self.tr("School with &low educational results"))
        self.hard_social_conditions = QCheckBox(self.tr("School in &difficult social conditions"))
        self.pupils, self.teachers, self.classes = _count(), _count(), _count()
        box = QGroupBox(self.tr("Characteristics"))
        layout = QGridLayout(box)
        flags = ReflowGrid(GROUP_WIDTH, (2, 1))
        for flag in (self.is_rural, self.is_small, self.low_results, self.hard_social_conditions):
            flags.add(flag)
        layout.addWidget(flags, 0, 0, 1, 2)
        counts = QHBoxLayout()
        for text, spin in (
            (self.tr("P&upils:"), self.pupils),
            (self.tr("&Teachers:"), self.teachers),
            (self.tr("C&lasses:"), self.classes),
        ):
            label = QLabel(text)
            label.setBuddy(spin)
            counts.addWidget(label)
            counts.addWidget(spin)
            counts.addSpacing(16)
        counts.addStretch(1)
        layout.addLayout(counts, 2, 0, 1, 2)
        return box

    def _build_municipality(self) -> None:
        self.name = _line(500, self.tr("e.g. Education department of Lesnoy district"))
        self.short_name = _line(200, self.tr("e.g. Lesnoy education department"))
        self.methodologist = _line(200, self.tr("surname, first name, patronymic"))
        self.phone = _line(100)
        self.email = _line(200)
        authority = self._group(
            self.tr("Education authority"),
            [
                (self.tr("&Name*"), self.name),
                (self.tr("&Short name"), self.short_name),
                (self.tr("Responsible &methodologist"), self.methodologist),
                (self.tr("&Phone"), self.phone),
                (self.tr("&E-mail"), self.email),
            ],
        )
        grid = QGridLayout()
        grid.addWidget(authority, 0, 0)
        self._finish(grid)

    def _group(self, title: str, rows: list[tuple[str, QWidget]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, widget in rows:
            form.addRow(label, widget)
        return box

    def _finish(self, grid: QGridLayout) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    # values ----------------------------------------------------------------------
    def first_field(self) -> QLineEdit:
        return self.full_name if self.mode is Mode.SCHOOL else self.name

    def set_info(self, info: SchoolInfo | MunicipalityInfo) -> None:
        for name in info.__slots__:
            widget = getattr(self, name)
            value = getattr(info, name)
            if isinstance(widget, QLineEdit):
                widget.setText(value or "")
                widget.setCursorPosition(0)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            else:
                widget.setValue(int(value or 0))
        self.show_error("")

    def info(self) -> SchoolInfo | MunicipalityInfo:
        kind = SchoolInfo if self.mode is Mode.SCHOOL else MunicipalityInfo
        values = {}
        for name in kind.__slots__:
            widget = getattr(self, name)
            if isinstance(widget, QLineEdit):
                values[name] = widget.text().strip()
            elif isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            else:
                values[name] = widget.value()
        return kind(**values)

    def validate(self) -> bool:
        """Show the first problem under the form and focus its field; True if none."""
        problem = self.problem()
        if problem is None:
            self.show_error("")
            return True
        message, widget = problem
        self.show_error(message)
        widget.setFocus()
        return False

    def problem(self) -> tuple[str, QWidget] | None:
        if not self.first_field().text().strip():
            return self.tr("Enter the organisation's name."), self.first_field()
        email = self.email.text().strip()
        if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
            return self.tr("The e-mail address looks wrong: %1").replace("%1", email), self.email
        return None

    def _check(self) -> None:
        problem = self.problem()
        if problem is not None:
            raise ValidationError(problem[0])

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
