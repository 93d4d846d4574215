"""Partnership dashboard: the network-interaction criteria as numbers and small charts."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.partnership import texts
from app.partnership.criteria import Criteria
from ui.partnership.charts import PARTNER, WE, BarChart, ShareTrend
from ui.widgets.reflow import ReflowGrid

TILE_WIDTH = 160  # px a tile needs for its figure and a two-line caption
BOX_WIDTH = 300  # px a chart needs to stay legible


def percent(value: float | None) -> str:
    return "—" if value is None else f"{round(100 * value)} %"


class Tile(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.value = QLabel("—")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value.setFont(font)
        caption = QLabel(title)
        caption.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        for widget in (self.value, caption, self.detail):
            layout.addWidget(widget)


class PartnershipDashboard(QScrollArea):
    """Tiles of figures, then boxes of charts; both wrap onto more rows when narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        self.tiles = {
            "planned": Tile(self.tr("Planned events held")),
            "unplanned": Tile(self.tr("Held without plan")),
            "we": Tile(self.tr("Organised by our school")),
            "joint": Tile(self.tr("Organised jointly")),
            "measures": Tile(self.tr("Support measures done")),
            "directions": Tile(self.tr("Agreement directions covered")),
        }
        tiles = ReflowGrid(TILE_WIDTH, (6, 3, 2, 1))
        for tile in self.tiles.values():
            tiles.add(tile)
        self.trend = ShareTrend()
        self.kinds, self.stages, self.participants = BarChart(), BarChart(), BarChart()
        self.directions = QLabel()
        self.directions.setWordWrap(True)
        self.idle = QLabel()
        self.idle.setWordWrap(True)
        boxes = ReflowGrid(BOX_WIDTH, (3, 2, 1))
        for title, widget in (
            (self.tr("Who organised held events, by year"), self.trend),
            (self.tr("Held events by type"), self.kinds),
            (self.tr("Participants by category"), self.participants),
            (self.tr("Held events by stage"), self.stages),
            (self.tr("Directions of the agreements"), self.directions),
            (self.tr("Months without events (summer holidays not counted)"), self.idle),
        ):
            box = QGroupBox()  # a group box title never wraps; this caption does
            inner = QVBoxLayout(box)
            caption = QLabel(f"<b>{title}</b>")
            caption.setWordWrap(True)
            inner.addWidget(caption)
            inner.addWidget(widget)
            inner.addStretch(1)
            boxes.add(box)
        layout.addWidget(tiles)
        layout.addWidget(boxes)
        layout.addStretch(1)

    def show_criteria(self, c: Criteria) -> None:
        self._tiles(c)
        legend = (self.tr("our school"), self.tr("jointly"), self.tr("partner"))
        self.trend.set_data(
            [(str(t.year), t.by_us, t.joint, t.by_partner) for t in c.trend], legend
        )
        self.kinds.set_rows([(texts.EVENT_KINDS[k], n, None, None) for k, n in _sorted(c.by_kind)])
        self.stages.set_rows(
            [(texts.STAGES[k], c.by_stage.get(k, 0), None, None) for k in texts.STAGES]
        )
        rows = []
        for cat, label in texts.CATEGORIES.items():
            rows.append((label + " · " + self.tr("ours"), c.participants["our"][cat], WE, None))
            rows.append(
                (label + " · " + self.tr("partner"), c.participants["partner"][cat], PARTNER, None)
            )
        self.participants.set_rows(rows)
        self._directions(c)
        locale = QLocale()
        fmt = QLocale.FormatType.ShortFormat
        months = [f"{locale.standaloneMonthName(m.month, fmt)} {m.year}" for m in c.idle_months]
        self.idle.setText(", ".join(months) if months else self.tr("Every month had events."))

    def _tiles(self, c: Criteria) -> None:
        t = self.tiles
        t["planned"].value.setText(percent(c.planned_share))
        t["planned"].detail.setText(self._planned_detail(c))
        t["unplanned"].value.setText(str(c.unplanned_held))
        t["unplanned"].detail.setText(self.tr("held in all: %1").replace("%1", str(c.held)))
        t["we"].value.setText(percent(c.share_we))
        t["we"].detail.setText(_trend_text(c))
        t["joint"].value.setText(percent(c.share_joint))
        t["joint"].detail.setText(
            self.tr("partner: %1").replace("%1", percent(c.share.share_partner))
        )
        t["measures"].value.setText(percent(c.measures_share))
        t["measures"].detail.setText(
            self.tr("%1 of %2")
            .replace("%1", str(c.measures_done))
            .replace("%2", str(c.measures_planned))
        )
        covered, total = len(c.directions_covered), len(c.directions_total)
        t["directions"].value.setText(f"{covered} / {total}")
        t["directions"].detail.setText(self.tr("served by held events"))

    def _planned_detail(self, c: Criteria) -> str:
        """«3 of 4 due»; planned events not due yet apart (they are not in the percent)."""
        text = self.tr("%1 of %2 due").replace("%1", str(c.planned_held))
        text = text.replace("%2", str(c.planned_due))
        if c.planned_ahead:
            text += "; " + self.tr("%1 more later").replace("%1", str(c.planned_ahead))
        return text

    def _directions(self, c: Criteria) -> None:
        if not c.directions_total:
            self.directions.setText(self.tr("No agreement in force this year."))
            return
        lines = []
        for did, title in c.directions_total.items():
            mark = "✓" if did in c.directions_covered else "✗"
            lines.append(f"{mark} {title}")
        self.directions.setText("\n".join(lines))


def _sorted(counts: dict[str, int]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], texts.EVENT_KINDS.get(kv[0], kv[0])))


def _trend_text(c: Criteria) -> str:
    shares = [percent(t.share_we) for t in c.trend[-4:]]
    return " → ".join(shares)
