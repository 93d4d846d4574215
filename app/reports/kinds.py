"""The report kinds (``perekhod report --kind``) and :func:`build_report`, their one entry.

A kind builds one :class:`~app.reports.document.Document` (:func:`report_document`),
written as a PDF or an editable Word document by the output file's suffix."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.academic_year import AcademicYear
from app.errors import ValidationError
from app.installation import Installation
from app.progress import Progress, silent
from app.reports import texts
from app.reports.context import ReportContext, school_info
from app.reports.document import Block, Document, DocumentMeta, PageBreak, para
from app.reports.output import check_out, layout_label, write_document
from app.reports.sections import (
    conclusions,
    indicators,
    partnership,
    programme,
    self_assessment,
    title,
)
from app.reports.years import due_year
from app.scope import SchoolScope
from app.state import Mode

SCHOOL_KINDS = ("summary", "roadmap", "partnership", "self-assessment", "blank-self-assessment")
KINDS = (*SCHOOL_KINDS, "municipal")

Section = Callable[[ReportContext], list[Block]]


@dataclass(frozen=True, slots=True)
class ReportResult:
    path: Path
    kind: str
    year: AcademicYear
    pages: int | None  # None for a Word document (the word processor paginates it)


def default_kind(installation: Installation) -> str:
    return "municipal" if installation.mode is Mode.MUNICIPALITY else "summary"


def build_report(
    installation: Installation,
    out: Path,
    kind: str | None = None,
    year: AcademicYear | None = None,
    today: date | None = None,
    progress: Progress | None = None,
    scope: SchoolScope | None = None,
    instrument: str | None = None,
) -> ReportResult:
    """Write the report ``kind`` of ``year`` (default: the year the annual report is due
    for, :func:`due_year`) to ``out``: a PDF, or a Word document when ``out`` ends in
    .docx, in an existing folder.

    ``scope``: whose data (default: the installation's own school); ``instrument``: the code
    of the instrument a blank self-assessment form prints (default: the first shipped)."""
    kind = kind or default_kind(installation)
    _check_kind(installation, kind, out, scope)
    progress = progress or silent()
    today = today or date.today()
    scope = scope or installation.scope
    year = year or due_year(today)
    if kind == "municipal":
        from app.municipality.report import build_municipal_document

        progress.report(0, 2, texts.PROGRESS_COLLECT)
        document = build_municipal_document(scope, year, today)
    else:
        ctx = ReportContext(scope, year, school_info(scope), today)
        document = report_document(ctx, kind, progress, instrument)
    steps = len(document.blocks)
    progress.report(steps, steps + 1, layout_label(out))
    pages = write_document(document, out)
    return ReportResult(out, kind, year, pages)


def _of_a_school(installation: Installation, scope: SchoolScope | None) -> bool:
    return scope is not None and scope.school_id != installation.scope.school_id


def _check_kind(
    installation: Installation, kind: str, out: Path, scope: SchoolScope | None = None
) -> None:
    if kind not in KINDS:
        raise ValidationError(texts.KIND_UNKNOWN.format(kind=kind, known=", ".join(KINDS)))
    if kind == "municipal":
        if installation.mode is not Mode.MUNICIPALITY or _of_a_school(installation, scope):
            raise ValidationError(texts.MUNICIPALITY_ONLY)
    # a municipality prints a school's reports from that school's (read-only) scope
    elif installation.mode is not Mode.SCHOOL and not _of_a_school(installation, scope):
        raise ValidationError(texts.SCHOOL_ONLY)
    check_out(out)


def report_document(
    ctx: ReportContext, kind: str, progress: Progress | None = None, instrument: str | None = None
) -> Document:
    """What the school report ``kind`` says, ready for either renderer."""
    progress = progress or silent()
    if kind == "blank-self-assessment":
        heading, body = self_assessment.blank(ctx, instrument or _blank_instrument(ctx))
        return Document(_meta(ctx, heading), title.build(ctx, heading) + body)
    heading = texts.KINDS[kind]
    parts = _SECTIONS[kind]
    blocks = title.build(ctx, heading)
    for done, section in enumerate(parts):
        progress.report(done, len(parts) + 1, texts.PROGRESS_COLLECT)
        blocks += section(ctx)
    if kind == "summary" and len(blocks) > 5:
        blocks.insert(5, PageBreak())  # the title page alone
    return Document(_meta(ctx, heading), blocks or [para(texts.NO_DATA)])


def _meta(ctx: ReportContext, heading: str) -> DocumentMeta:
    return DocumentMeta(
        title=heading,
        organisation=ctx.school.short_name or ctx.school.full_name,
        year=texts.YEAR_HEADER.format(year=ctx.year),
        author=ctx.school.director,
    )


def _blank_instrument(ctx: ReportContext) -> str:
    from app.self_assessment.instruments_plain import builtin_plain

    return builtin_plain()[0].id


def _roadmap_only(ctx: ReportContext) -> list[Block]:
    return programme.build_roadmap(ctx, with_heading=False)


_SECTIONS: dict[str, tuple[Section, ...]] = {
    "summary": (
        programme.build_programme,
        programme.build_roadmap,
        indicators.build,
        partnership.build,
        self_assessment.build,
        conclusions.build,
    ),
    "roadmap": (_roadmap_only,),
    "partnership": (partnership.build_full,),
    "self-assessment": (self_assessment.build_full,),
}
