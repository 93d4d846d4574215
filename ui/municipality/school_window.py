"""Drill-down: one imported school in the school's own screens, read-only.

The screens get a :class:`ReadOnlyContext` whose scope is the school's, opened read-only:
every edit reaches ``SchoolScope.unit_of_work`` and is refused there with the Russian
«only the school can change its data» message (shown as any refusal is). Table cells are
not editable at all, and a banner says whose data this is.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.installation import Installation
from app.scope import SchoolScope
from ui.context import UiContext
from ui.sections import SectionSpec, school_section, section_class

SCREENS = ("programme", "roadmap", "indicators", "partnership", "self_assessment", "reports")


class ReadOnlyContext(UiContext):
    """The screens' context for an imported school: its scope, read-only."""

    def __init__(
        self, installation: Installation, scope: SchoolScope, parent: QObject | None = None
    ) -> None:
        super().__init__(installation, parent)
        self._scope = SchoolScope(scope.db, scope.school_id, read_only=True)

    @property
    def scope(self) -> SchoolScope:
        return self._scope


class SchoolWindow(QWidget):
    """One school's programme, roadmap, indicators, partnership, self-assessment and
    reports, as the school sees them, without editing."""

    def __init__(
        self, ctx: UiContext, scope: SchoolScope, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)  # its own window beside the main one
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.setWindowTitle(self.tr("%1 — view only").replace("%1", name))
        self.school_ctx = ReadOnlyContext(ctx.installation, scope, self)
        self.ctx, self.school_id, self.name = ctx, scope.school_id, name
        layout = QVBoxLayout(self)
        banner = QLabel(
            self.tr(
                "Data of «%1» from its latest package. View only: only the school can change "
                "it. Reports can be printed."
            ).replace("%1", name)
        )
        banner.setWordWrap(True)
        banner.setStyleSheet("background: #fff4d6; padding: 6px; border: 1px solid #e0c080;")
        returns = QPushButton(self.tr("Recommendations and assignments…"))
        returns.clicked.connect(self.open_returns)
        top = QHBoxLayout()
        top.addWidget(banner, 1)
        top.addWidget(returns)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.pages: dict[str, QWidget] = {}
        for key in SCREENS:
            self._add(school_section(key))
        self.resize(1280, 720)

    def open_returns(self) -> None:
        """What the municipality sends this school: its own rows, not the school's."""
        from ui.municipality.returns_dialog import open_returns

        open_returns(self, self.ctx, self.school_id, self.name)

    def _add(self, spec: SectionSpec) -> None:
        page_class = section_class(spec)
        page = page_class(self.school_ctx)
        for view in page.findChildren(QAbstractItemView):
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pages[page_class.__name__] = page
        self.tabs.addTab(page, _section_title(spec.title))


def _section_title(title: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Sections", title)


def open_school_window(
    owner: QWidget, ctx: UiContext, school_id: uuid.UUID, name: str, windows: list[QWidget]
) -> None:
    """Show an imported school's screens in their own window; ``windows`` lists the open
    ones (a window leaves it when closed). A school that cannot be opened is said so."""
    from app.municipality.schools import imported_school
    from ui.errors import show_error

    try:
        scope = imported_school(ctx.scope, school_id)
    except Exception as err:  # shown in Russian
        show_error(owner, err)
        return
    window = SchoolWindow(ctx, scope, name, owner)
    windows.append(window)

    def forget(_obj: object = None) -> None:
        if window in windows:
            windows.remove(window)

    window.destroyed.connect(forget)
    window.show()
