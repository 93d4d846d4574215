"""The municipality's annual document (seed 002) as a renderer-independent
:class:`~app.reports.document.Document`: the order, a page break, then the analytical
report — opening, parts (1)–(4), the overall conclusions in four parts and an appendix of
which school sent what, when, against the year's deadlines."""

from __future__ import annotations

from datetime import date

from app.academic_year import AcademicYear
from app.municipality.register import RegisterRow, local_day
from app.municipality.report import texts as t
from app.municipality.report.data import read_report_data
from app.municipality.report.editable import stored_texts, texts_for
from app.municipality.report.model import ReportData
from app.municipality.report.order import opening_blocks, order_blocks
from app.municipality.report.project_part import correspondence_blocks, project_blocks
from app.municipality.report.schools_part import resources_blocks, school_results_blocks
from app.reports.document import (
    Block,
    Document,
    DocumentMeta,
    PageBreak,
    bullets,
    data_table,
    heading,
    para,
)
from app.reports.format import fmt_date
from app.scope import SchoolScope


def build_municipal_document(
    scope: SchoolScope, year: AcademicYear, today: date | None = None
) -> Document:
    """The order and analytical report of ``year`` for the municipality ``scope`` works on."""
    data = read_report_data(scope, year, today or date.today())
    return document_of(data, texts_for(data, stored_texts(scope, year)))


def document_of(data: ReportData, texts: dict[str, str]) -> Document:
    meta = DocumentMeta(
        title=t.DOCUMENT_TITLE.format(year=data.year),
        organisation=data.municipality.full_name,
        year=t.YEAR_LABEL.format(year=data.year),
        author=data.municipality.methodologist,
        running_header=False,
    )
    document = Document(meta)
    document.add(order_blocks(data, texts), PageBreak())
    document.add(opening_blocks(data, texts))
    document.add(project_blocks(data, texts))
    document.add(correspondence_blocks(data, texts))
    document.add(school_results_blocks(data, texts))
    document.add(resources_blocks(data, texts))
    document.add(conclusion_blocks(texts))
    document.add(completeness_blocks(data))
    return document


def conclusion_blocks(texts: dict[str, str]) -> list[Block]:
    blocks: list[Block] = [heading(t.H_CONCLUSIONS)]
    number = 0
    for part, label in t.CONCLUSION_PARTS:
        lines = [
            line.strip().lstrip("·•-–—*").strip()
            for line in texts[f"conclusions.{part}"].splitlines()
        ]
        lines = [line for line in lines if line]
        if lines:
            number += 1
            blocks += [para(f"{number}. {label}"), bullets(lines)]
    return blocks


def _key(row: RegisterRow) -> tuple:
    return (row.school_id, row.expected_id, row.name)


def completeness_rows(data: ReportData) -> tuple[list[str], list[tuple[str, ...]]]:
    """The appendix's table: a school a row, a column per deadline of the year."""
    header = [t.SCHOOL, t.PACKAGES, t.LAST_PACKAGE]
    header += [
        t.DEADLINE.format(title=title, due=fmt_date(due)) for title, due, _ in data.deadlines
    ]
    states = [{_key(r): r.completeness for r in rows} for _title, _due, rows in data.deadlines]
    table = []
    for row in data.register:
        last = (
            t.LAST_PACKAGE_TEXT.format(
                number=row.last_sequence, day=fmt_date(local_day(row.last_received))
            )
            if row.heard and row.last_received is not None
            else t.NO_PACKAGES
        )
        cells = [row.name, str(row.packages), last]
        for by_row in states:
            state = by_row.get(_key(row))
            cells.append(state.text if state is not None else "")
        table.append(tuple(cells))
    return header, table


def completeness_blocks(data: ReportData) -> list[Block]:
    header, rows = completeness_rows(data)
    heard = sum(1 for row in data.register if row.heard)
    blocks: list[Block] = [
        PageBreak(),
        heading(t.H_COMPLETENESS),
        para(t.COMPLETENESS_SUMMARY.format(heard=heard, total=len(data.register))),
    ]
    if not data.deadlines:
        blocks.append(para(t.COMPLETENESS_NO_DEADLINES.format(year=data.year)))
    for title, due, register in data.deadlines:
        states = [r.completeness.state for r in register if r.completeness is not None]
        blocks.append(
            para(
                t.COMPLETENESS_DEADLINE.format(
                    title=title, due=fmt_date(due), on_time=states.count("on_time"),
                    late=states.count("late"),
                    missing=states.count("missing") + states.count("awaited"),
                )
            )
        )  # fmt: skip
    deadlines = len(header) - 3
    widths = (0.3, 0.12, 0.22, *([0.36 / deadlines] * deadlines)) if deadlines else (0.5, 0.2, 0.3)
    blocks.append(data_table(header, rows, widths, numeric=(1,)))
    return blocks
