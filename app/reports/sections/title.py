"""The title block: school, municipality, academic year, director, date."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.reports import texts
from app.reports.context import ReportContext
from app.reports.engine import gap, key_value_table, para
from app.reports.format import fmt_date


def build(ctx: ReportContext, title: str) -> list[Flowable]:
    school = ctx.school
    rows = [
        (texts.TITLE_SCHOOL, school.full_name),
        (texts.TITLE_MUNICIPALITY, school.municipality or texts.NOT_SET),
        (texts.TITLE_YEAR, str(ctx.year)),
        (texts.TITLE_DIRECTOR, school.director or texts.NOT_SET),
        (texts.TITLE_DATE, fmt_date(ctx.today)),
    ]
    return [
        para(title, "title"),
        para(school.full_name, "subtitle"),
        para(texts.ACADEMIC_YEAR.format(year=ctx.year), "subtitle"),
        key_value_table(rows),
        gap(4),
    ]
