"""Headings never stranded at a page bottom: before each run of headings a conditional page
break asks for the room of the headings and the first piece of what follows them.

``keepWithNext`` alone is not enough: when the following table or paragraph is too tall to
keep together, reportlab places the heading and moves the whole table to the next page.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table

HEADING_STYLES = frozenset({"h1", "h2"})
# Leading rows of a table that must start on the heading's page (header and first row);
# a grouped table keeps its first group row with the first activity too.
LEAD_ROWS_ATTR = "lead_rows"


def is_heading(flowable: Flowable) -> bool:
    style = getattr(flowable, "style", None)
    return isinstance(flowable, Paragraph) and getattr(style, "name", "") in HEADING_STYLES


def guard_headings(story: list[Flowable]) -> list[Flowable]:
    """``story`` with a :class:`KeepRoom` before every run of headings."""
    guarded: list[Flowable] = []
    index = 0
    while index < len(story):
        flowable = story[index]
        if not is_heading(flowable):
            guarded.append(flowable)
            index += 1
            continue
        end = index
        while end < len(story) and is_heading(story[end]):
            end += 1
        guarded += [KeepRoom(story[index:end], story[end : end + 3]), *story[index:end]]
        index = end
    return guarded


class KeepRoom(CondPageBreak):
    """A page break taken only when the headings and the start of what follows them do not
    fit: a short introductory paragraph («Всего мероприятий: …», a chart legend) counts
    whole, with the start of the table or text after it."""

    def __init__(self, headings: list[Flowable], following: list[Flowable]) -> None:
        super().__init__(0)
        self.headings = headings
        self.following = following

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.height = self._needed(availWidth, availHeight)
        return super().wrap(availWidth, availHeight)

    def _needed(self, width: float, height: float) -> float:
        needed = 0.0
        for heading in self.headings:
            needed += heading.wrap(width, height)[1] + heading.getSpaceAfter()
            needed += heading.getSpaceBefore()
        for flowable in self.following:
            if is_heading(flowable):
                break
            if _is_short_paragraph(flowable, width, height):
                needed += flowable.wrap(width, height)[1] + flowable.getSpaceAfter()
                continue
            needed += _first_piece(flowable, width, height)
            break
        return needed + 2


def _is_short_paragraph(flowable: Flowable, width: float, height: float) -> bool:
    if not isinstance(flowable, Paragraph) or is_heading(flowable):
        return False
    return flowable.wrap(width, height)[1] <= 2 * flowable.style.leading + 0.5


def _first_piece(flowable: Flowable, width: float, height: float) -> float:
    """The least of ``flowable`` that must share the page with its heading."""
    if isinstance(flowable, Table):
        flowable.wrap(width, height)
        lead = getattr(flowable, LEAD_ROWS_ATTR, 2)
        return float(sum(flowable._rowHeights[:lead]))
    full = flowable.wrap(width, height)[1]
    if isinstance(flowable, Paragraph):
        return min(full, 3 * flowable.style.leading)
    return full
