"""A reportlab.graphics Drawing of plain shapes painted straight onto the PDF canvas.

``renderPDF`` walks a drawing through a state tracker that pushes, diffs and pops the whole
graphics state around every node; for a dozen small trend charts of strings, lines and paths
that walk costs more than the rest of the page. :class:`PlainDrawing` paints its top-level
String, Line, PolyLine, Path and Rect nodes with direct canvas calls (same geometry, fonts and
colours) and falls back to ``renderPDF`` when it holds anything else (groups, widgets).
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics.shapes import (
    _CLOSEPATH,
    _CURVETO,
    _LINETO,
    _MOVETO,
    Drawing,
    Line,
    Path,
    PolyLine,
    Rect,
    String,
)
from reportlab.pdfgen.canvas import Canvas


class PlainDrawing(Drawing):
    """A Drawing whose platypus rendering skips renderPDF for plain top-level shapes."""

    def draw(self, showBoundary=None) -> None:
        if any(type(node) not in _PAINTERS for node in self.contents):
            super().draw()
            return
        canvas = self.canv
        canvas.saveState()
        for node in self.contents:
            _PAINTERS[type(node)](canvas, node)
        canvas.restoreState()


def _string(canvas: Canvas, node: String) -> None:
    canvas.setFillColor(node.fillColor)
    canvas.setFont(node.fontName, node.fontSize)
    anchor = node.textAnchor
    if anchor == "middle":
        canvas.drawCentredString(node.x, node.y, node.text)
    elif anchor == "end":
        canvas.drawRightString(node.x, node.y, node.text)
    else:
        canvas.drawString(node.x, node.y, node.text)


def _stroke(canvas: Canvas, node) -> bool:
    if node.strokeColor is None or not node.strokeWidth:
        return False
    canvas.setStrokeColor(node.strokeColor)
    canvas.setLineWidth(node.strokeWidth)
    canvas.setDash(node.strokeDashArray or [])
    return True


def _line(canvas: Canvas, node: Line) -> None:
    if _stroke(canvas, node):
        canvas.line(node.x1, node.y1, node.x2, node.y2)


def _polyline(canvas: Canvas, node: PolyLine) -> None:
    points = node.points
    if len(points) < 4 or not _stroke(canvas, node):
        return
    path = canvas.beginPath()
    path.moveTo(points[0], points[1])
    for i in range(2, len(points) - 1, 2):
        path.lineTo(points[i], points[i + 1])
    canvas.drawPath(path, stroke=1, fill=0)


def _path(canvas: Canvas, node: Path) -> None:
    stroke = _stroke(canvas, node)
    fill = node.fillColor is not None
    if fill:
        canvas.setFillColor(node.fillColor)
    path, points, at, moves, closes = canvas.beginPath(), node.points, 0, 0, 0
    for op in node.operators:
        if op == _MOVETO:
            path.moveTo(points[at], points[at + 1])
            at, moves = at + 2, moves + 1
        elif op == _LINETO:
            path.lineTo(points[at], points[at + 1])
            at += 2
        elif op == _CURVETO:
            path.curveTo(*points[at : at + 6])
            at += 6
        elif op == _CLOSEPATH:
            path.close()
            closes += 1
    closed = moves == closes
    # renderPDF's default: an open path is stroked only, never filled.
    if stroke or (fill and closed):
        canvas.drawPath(path, stroke=int(stroke), fill=int(fill and closed))


def _rect(canvas: Canvas, node: Rect) -> None:
    stroke = _stroke(canvas, node)
    fill = node.fillColor is not None
    if fill:
        canvas.setFillColor(node.fillColor)
    if stroke or fill:
        canvas.rect(node.x, node.y, node.width, node.height, stroke=int(stroke), fill=int(fill))


_PAINTERS: dict[type, Callable] = {
    String: _string,
    Line: _line,
    PolyLine: _polyline,
    Path: _path,
    Rect: _rect,
}
