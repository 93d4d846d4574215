"""The director's conclusions: seed 002's four parts, management decisions, next year's tasks."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.reports import texts
from app.reports.conclusions import get_conclusions
from app.reports.context import ReportContext
from app.reports.engine import bullets, gap, heading, para


def build(ctx: ReportContext) -> list[Flowable]:
    conclusions = get_conclusions(ctx.scope, ctx.year)
    story: list[Flowable] = [heading(texts.H_CONCLUSIONS)]
    if not any(conclusions.points(part) for part, _ in texts.CONCLUSION_PARTS):
        return [*story, para(texts.CONCLUSIONS_EMPTY, "note")]
    for number, (part, label) in enumerate(texts.CONCLUSION_PARTS, start=1):
        points = conclusions.points(part)
        story.append(heading(f"{number}. {label}:", 2))
        story += bullets(points) if points else [para(texts.DASH)]
    director = ctx.school.director or ""
    return [*story, gap(10), para(texts.SIGNATURE.format(director=director))]
