"""«Пакеты для школ» on the municipality's «Обмен»: write a return package (recommendations,
partner assignments, monitoring figures, deadlines) for the chosen school or for every
school heard from, into a folder — a USB stick — and the list of return packages written."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.sync.returns_out import (
    ReturnWritten,
    return_targets,
    returns_written,
    write_return_packages,
)
from ui.context import UiContext
from ui.errors import show_error
from ui.widgets import files
from ui.widgets.table_model import RIGHT, Col, TableModel
from ui.widgets.views import fit_columns, read_only_table
from ui.worker import run_task

CONTEXT = "ReturnPackages"
HEADERS = (
    QT_TRANSLATE_NOOP("ReturnPackages", "School"),
    QT_TRANSLATE_NOOP("ReturnPackages", "No."),
    QT_TRANSLATE_NOOP("ReturnPackages", "Date"),
    QT_TRANSLATE_NOOP("ReturnPackages", "Recommendations"),
    QT_TRANSLATE_NOOP("ReturnPackages", "Partners"),
    QT_TRANSLATE_NOOP("ReturnPackages", "Figures"),
    QT_TRANSLATE_NOOP("ReturnPackages", "File"),
)
LISTED = 8  # file names in the message after writing; a taller box would not fit at 150 %


def columns() -> list[Col]:
    school, number, day, recommendations, partners, figures, file = (
        QCoreApplication.translate(CONTEXT, h) for h in HEADERS
    )
    return [
        Col(school, lambda r: r.school),
        Col(number, lambda r: r.sequence, align=RIGHT),
        Col(day, lambda r: r.written_on),
        Col(recommendations, lambda r: r.recommendations, align=RIGHT),
        Col(partners, lambda r: r.partners, align=RIGHT),
        Col(figures, lambda r: r.figures, align=RIGHT),
        Col(file, lambda r: r.file_name),
    ]


class ReturnsPanel(QWidget):
    """The municipality's return packages: write them, and see those written."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.last_written = ""  # what the last write did, under the buttons
        intro = QLabel(
            self.tr(
                "A return package carries everything written for a school under «Schools» → "
                "«Recommendations and assignments…»: recommendations, partner schools, "
                "monitoring figures, and the deadlines. It is encrypted to the school; only "
                "schools whose package was loaded can get one."
            )
        )
        intro.setWordWrap(True)
        self.school = QComboBox()
        self.school.setMinimumContentsLength(24)
        self.school.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        school_label = QLabel(self.tr("S&chool:"))
        school_label.setBuddy(self.school)
        self.one_button = QPushButton(self.tr("Write a package for the chosen school…"))
        self.one_button.clicked.connect(self.write_chosen)
        self.all_button = QPushButton(self.tr("Write packages for all schools…"))
        self.all_button.clicked.connect(self.write_all)
        row = QHBoxLayout()
        row.addWidget(school_label)
        row.addWidget(self.school, 1)
        buttons = QHBoxLayout()  # a row of their own: both fit beside each other at 150 %
        buttons.addWidget(self.one_button)
        buttons.addWidget(self.all_button)
        buttons.addStretch(1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        written = QLabel(self.tr("Return packages written:"))
        font = written.font()
        font.setBold(True)
        written.setFont(font)
        self.model = TableModel(columns(), self)
        self.view = read_only_table()
        self.view.setModel(self.model)
        self.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # the newest first
        self.view.setAccessibleName(self.tr("Return packages written"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(written)
        layout.addWidget(self.view, 1)
        self.refresh()

    def refresh(self) -> None:
        installation = self.ctx.installation
        chosen = self.school.currentData()
        self.school.clear()
        for target in return_targets(installation):
            self.school.addItem(target.name, str(target.school_id))  # QVariant: text
        self.school.setCurrentIndex(max(self.school.findData(chosen), 0))
        self.model.set_rows(returns_written(installation))
        fit_columns(self.view, 260)
        self._update()

    def _update(self) -> None:
        idle, any_school = not self.busy, self.school.count() > 0
        self.one_button.setEnabled(idle and any_school)
        self.all_button.setEnabled(idle and any_school)
        self.school.setEnabled(idle and any_school)
        text = self.last_written
        if not any_school:
            text = self.tr("No school's package has been loaded yet: there is no one to write to.")
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def chosen_school(self) -> uuid.UUID | None:
        data = self.school.currentData()
        return uuid.UUID(data) if data else None

    def write_chosen(self) -> None:
        school = self.chosen_school()
        if school is not None:
            self.write([school])

    def write_all(self) -> None:
        self.write(None)

    def write(self, schools: list[uuid.UUID] | None) -> None:
        """Ask for a folder, then write the packages there on the worker thread."""
        folder = files.ask_folder(self, self.tr("Where to write the return packages"))
        if folder is None:
            return
        installation = self.ctx.installation
        self.busy = True
        self._update()
        run_task(
            lambda progress: write_return_packages(
                installation, folder, schools, progress=progress
            ),
            parent=self,
            label=self.tr("Writing the return packages…"),
            on_done=lambda written: self._written(written, folder),
            on_error=self._failed,
        )

    def _written(self, written: list[ReturnWritten], folder: Path) -> None:
        self.busy = False
        text = self.tr("Return packages written: %1 (folder %2).")
        text = text.replace("%1", str(len(written))).replace("%2", str(folder))
        self.last_written = text
        self.refresh()
        names = [w.file_name for w in written[:LISTED]]
        if len(written) > LISTED:
            more = self.tr("…and %1 more").replace("%1", str(len(written) - LISTED))
            names.append(more)
        listed = "\n".join(names)
        QMessageBox.information(self, self.tr("Packages for schools"), f"{text}\n\n{listed}")

    def _failed(self, err: BaseException) -> None:
        self.busy = False
        self.refresh()  # the packages written before the failure are listed
        show_error(self, err)
