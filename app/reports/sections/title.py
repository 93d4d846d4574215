"""The title block: school and its category, municipality, academic year, director, dates."""

from __future__ import annotations

from app.installation import SchoolInfo
from app.reports import texts
from app.reports.context import ReportContext
from app.reports.document import Block, Gap, key_values, para
from app.reports.format import fmt_date


def build(ctx: ReportContext, title: str) -> list[Block]:
    school = ctx.school
    rows = [
        (texts.TITLE_SCHOOL, school.full_name),
        (texts.TITLE_CATEGORY, category(school) or texts.NOT_SET),
        (texts.TITLE_MUNICIPALITY, school.municipality or texts.NOT_SET),
        (texts.TITLE_YEAR, str(ctx.year)),
        (texts.TITLE_DIRECTOR, school.director or texts.NOT_SET),
        (texts.TITLE_AS_OF, fmt_date(ctx.as_of)),
        (texts.TITLE_DATE, fmt_date(ctx.today)),
    ]
    story: list[Block] = [
        para(title, "title"),
        para(school.full_name, "subtitle"),
        para(texts.ACADEMIC_YEAR.format(year=ctx.year), "subtitle"),
    ]
    if ctx.in_progress:
        story.append(para(texts.YEAR_IN_PROGRESS.format(day=fmt_date(ctx.as_of)), "subtitle"))
    return [*story, key_values(rows), Gap(4)]


def category(school: SchoolInfo) -> str:
    """The school's category as the municipality groups schools («ШНОР; сельская; …»)."""
    flags = (
        (school.low_results, texts.CATEGORY_LOW_RESULTS),
        (school.hard_social_conditions, texts.CATEGORY_HARD_CONDITIONS),
        (school.is_rural, texts.CATEGORY_RURAL),
        (school.is_small, texts.CATEGORY_SMALL),
    )
    return "; ".join(label for flag, label in flags if flag)
