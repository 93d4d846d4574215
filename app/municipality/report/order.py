"""The order (распоряжение) approving the analytical report, and the report's opening
(basis, dates, goals, participants, the four indicators of the analysis), as seed 002 has
them; every text is an editable one."""

from __future__ import annotations

from app.municipality.report import texts as t
from app.municipality.report.model import ReportData
from app.reports.document import (
    Block,
    Gap,
    Para,
    numbered,
    para,
    paragraphs,
    signature,
)
from app.reports.format import fmt_date

POINTS = ("order.point1", "order.point2", "order.point3", "order.point4", "order.point5")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _blocks(text: str) -> list[str]:
    """Blocks of lines separated by an empty line (an approval, a signature)."""
    found, current = [], []
    for line in text.splitlines():
        if line.strip():
            current.append(line.strip())
        elif current:
            found.append("\n".join(current))
            current = []
    if current:
        found.append("\n".join(current))
    return found


def in_progress_note(data: ReportData) -> list[Block]:
    if not data.in_progress:
        return []
    return [para(t.IN_PROGRESS.format(day=fmt_date(data.as_of)), "center")]


def order_blocks(data: ReportData, texts: dict[str, str]) -> list[Block]:
    blocks: list[Block] = [para(line, "header") for line in _lines(texts["order.authority"])]
    blocks += [Gap(4), para(texts["order.kind"].strip(), "title")]
    blocks.append(signature(texts["order.date"].strip(), texts["order.number"].strip()))
    blocks += [Gap(2), para(texts["order.title"].strip(), "center"), *in_progress_note(data)]
    blocks += [Gap(2), *paragraphs(texts["order.preamble"]), para(t.OBLIGE)]
    points = [texts[key].strip() for key in POINTS if texts[key].strip()]
    blocks.append(numbered(list(enumerate(points, start=1))))
    blocks.append(Gap(8))
    blocks.append(
        signature(texts["order.signatory_position"].strip(), texts["order.signatory_name"].strip())
    )
    approvals = _blocks(texts["order.approvals"])
    if approvals:
        blocks.append(Gap(6))
        blocks += [Para(block, "small") for block in approvals]
    if texts["order.executor"].strip():
        blocks += [Gap(6), Para(texts["order.executor"].strip(), "small")]
    if texts["order.distribution"].strip():
        blocks += [Gap(4), para(t.DISTRIBUTION, "small")]
        blocks += [para(line, "small") for line in _lines(texts["order.distribution"])]
    return blocks


def opening_blocks(data: ReportData, texts: dict[str, str]) -> list[Block]:
    """The appendix's header, title and the analysis' basis, dates, goals, participants
    and its four indicators."""
    blocks: list[Block] = []
    if texts["appendix.header"].strip():
        blocks.append(Para(texts["appendix.header"].strip(), "right"))
    blocks += [Gap(4), para(texts["appendix.title"].strip(), "title"), *in_progress_note(data)]
    blocks.append(Gap(2))
    for key in ("analysis.basis", "analysis.dates", "analysis.goals", "analysis.participants"):
        blocks += paragraphs(texts[key])
    title = data.title or "…"
    blocks.append(para(t.ANALYSIS_INDICATORS_LEAD))
    items = [line.format(title=title) for line in t.ANALYSIS_INDICATORS]
    blocks.append(numbered(list(enumerate(items, start=1))))
    return blocks
