"""The director's conclusions: seed 002's four parts, management decisions, next year's tasks."""

from __future__ import annotations

from app.reports import texts
from app.reports.conclusions import get_conclusions
from app.reports.context import ReportContext
from app.reports.document import Block, Gap, bullets, heading, para


def build(ctx: ReportContext) -> list[Block]:
    conclusions = get_conclusions(ctx.scope, ctx.year)
    story: list[Block] = [heading(texts.H_CONCLUSIONS)]
    if not any(conclusions.points(part) for part, _ in texts.CONCLUSION_PARTS):
        return [*story, para(texts.CONCLUSIONS_EMPTY, "small")]
    for number, (part, label) in enumerate(texts.CONCLUSION_PARTS, start=1):
        points = conclusions.points(part)
        story.append(heading(f"{number}. {label}:", 2))
        story.append(bullets(points) if points else para(texts.DASH))
    director = ctx.school.director or ""
    return [*story, Gap(10), para(texts.SIGNATURE.format(director=director))]
