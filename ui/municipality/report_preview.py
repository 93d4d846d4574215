"""The analytical report as the screen previews it: the year's data read once off the UI
thread, the texts (stored or default) laid over it, and the whole document written as
simple HTML for a read-only text view — headings, paragraphs, lists and gridded tables,
not the printed layout (the PDF and the Word document are that)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from html import escape

from app.academic_year import AcademicYear
from app.municipality.report.build import document_of
from app.municipality.report.data import read_report_data
from app.municipality.report.editable import stored_texts, text_keys, texts_for
from app.municipality.report.model import ReportData
from app.reports.document import (
    Bullets,
    Chart,
    ChartGrid,
    DataTable,
    Document,
    Gap,
    Heading,
    KeyValues,
    Numbered,
    PageBreak,
    Para,
)
from app.scope import SchoolScope

ALIGN = {"title": "center", "subtitle": "center", "center": "center", "header": "center"}
ALIGN |= {"right": "right", "caption": "center", "body": "justify"}
CELL = 'style="padding: 3px 5px;" valign="top"'
HANGING = 'style="margin-left: 24px; text-indent: -24px;"'  # «5. …» with the text aligned


@dataclass(slots=True)
class YearReport:
    """One year's report on screen: the data behind it, every editable text (key, title),
    the texts stored by the methodologist, the texts printed (stored or default) and the
    preview built from them."""

    year: AcademicYear
    data: ReportData
    keys: list[tuple[str, str]]
    stored: dict[str, str]
    texts: dict[str, str] = field(default_factory=dict)
    html: str = ""

    def has_own_text(self, key: str) -> bool:
        """Whether the report prints the methodologist's text for ``key`` (not the default)."""
        return key in self.stored


def read_year(scope: SchoolScope, year: AcademicYear, today: date) -> YearReport:
    """Read ``year``'s data and texts and build the preview (on the worker thread)."""
    data = read_report_data(scope, year, today)
    keys = [(key, title) for key, title in text_keys(scope)]
    report = YearReport(year, data, keys, stored_texts(scope, year))
    return compose(report)


def restored(report: YearReport, scope: SchoolScope) -> YearReport:
    """``report`` after a text was saved or reset: the stored texts read again (the data
    stay), the texts and preview rebuilt (on the worker thread)."""
    fresh = YearReport(report.year, report.data, report.keys, stored_texts(scope, report.year))
    return compose(fresh)


def compose(report: YearReport) -> YearReport:
    report.texts = texts_for(report.data, report.stored)
    # a school without a project for the year has a key but no text in this year's report
    report.keys = [(key, title) for key, title in report.keys if key in report.texts]
    report.html = document_html(document_of(report.data, report.texts))
    return report


# ---- the document as HTML ------------------------------------------------------------------
def _text(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _para(block: Para) -> str:
    if block.style == "signature":
        left, _tab, right = block.text.partition("\t")
        return (
            '<table width="100%"><tr>'
            f'<td>{_text(left)}</td><td align="right" valign="bottom">{_text(right)}</td>'
            "</tr></table>"
        )
    text = _text(block.text)
    if block.style in ("title", "header"):
        text = f"<b>{text}</b>"
    elif block.style in ("small", "caption"):
        text = f"<small>{text}</small>"
    return f'<p align="{ALIGN.get(block.style, "left")}">{text}</p>'


def _table(
    header: tuple[str, ...],
    rows,
    widths: tuple[float, ...] = (),
    groups: tuple[int, ...] = (),
    numeric: tuple[int, ...] = (),
) -> str:
    """A gridded table, its columns sharing the width as the printed one's do."""
    # 99 %: at 100 % a wide table came out a pixel wider than the view (a sideways scroll)
    parts = ['<table border="1" cellspacing="0" width="99%" style="border-collapse: collapse;">']
    share = [f' width="{round(w * 100)}%"' for w in widths] if widths else []
    if header:
        cells = "".join(
            f'<th {CELL} bgcolor="#e8eef5"{share[i] if share else ""}>{_text(h)}</th>'
            for i, h in enumerate(header)
        )
        parts.append(f"<tr>{cells}</tr>")
    for index, row in enumerate(rows):
        if index in groups:
            span = max(len(header), len(row))
            parts.append(f'<tr><td {CELL} colspan="{span}"><b>{_text(row[0])}</b></td></tr>')
            continue
        cells = "".join(
            f"<td {CELL}{' align=right' if column in numeric else ''}"
            f"{share[column] if share and not header and index == 0 else ''}>{_text(cell)}</td>"
            for column, cell in enumerate(row)
        )
        parts.append(f"<tr>{cells}</tr>")
    parts.append("</table>")
    return "".join(parts)


def _block(block) -> str:
    match block:
        case Para():
            return _para(block)
        case Heading(text, level):
            return f"<h{level + 1}>{_text(text)}</h{level + 1}>"
        case Bullets(lines):
            return "<ul>" + "".join(f"<li>{_text(line)}</li>" for line in lines) + "</ul>"
        case Numbered(items):
            return "".join(f"<p {HANGING}>{_text(f'{label} {text}')}</p>" for label, text in items)
        case DataTable(header, rows, widths, numeric, groups):
            return _table(header, rows, widths, groups, numeric)
        case KeyValues(rows, label_share):
            return _table((), rows, (label_share, 1 - label_share))
        case Chart(title, _draw, _height, fallback):
            shown = _table(fallback.header, fallback.rows) if fallback else ""
            return f"<p><b>{_text(title)}</b></p>{shown}"
        case ChartGrid(charts, _columns, fallback, _legend):
            titles = "".join(f"<p><b>{_text(chart.title)}</b></p>" for chart in charts)
            return titles + (_table(fallback.header, fallback.rows) if fallback else "")
        case PageBreak():
            return "<hr>"
        case Gap():
            return ""
    return ""


def document_html(document: Document) -> str:
    """The whole ``document`` as HTML for a QTextBrowser."""
    return "<html><body>" + "".join(_block(block) for block in document.blocks) + "</body></html>"
