"""The report kinds (``perekhod report --kind``) and :func:`build_report`, their one entry."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from app.academic_year import AcademicYear
from app.errors import ValidationError
from app.files import os_reason
from app.installation import Installation
from app.progress import Progress, silent
from app.reports import texts
from app.reports.context import ReportContext, school_info
from app.reports.engine import ReportMeta, build_pdf, para
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
from app.store_errors import file_write_error
from db.errors import is_disk_full, is_read_only

SCHOOL_KINDS = ("summary", "roadmap", "partnership", "self-assessment", "blank-self-assessment")
KINDS = (*SCHOOL_KINDS, "municipal")

Section = Callable[[ReportContext], list[Flowable]]


@dataclass(frozen=True, slots=True)
class ReportResult:
    path: Path
    kind: str
    year: AcademicYear
    pages: int


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
    for, :func:`due_year`) to ``out``, a PDF in an existing folder.

    ``scope``: whose data (default: the installation's own school); ``instrument``: the code
    of the instrument a blank self-assessment form prints (default: the first shipped)."""
    kind = kind or default_kind(installation)
    _check_kind(installation, kind, out, scope)
    progress = progress or silent()
    today = today or date.today()
    scope = scope or installation.scope
    year = year or due_year(today)
    ctx = ReportContext(scope, year, school_info(scope), today)
    heading, story = _story(ctx, kind, progress, instrument)
    progress.report(len(story), len(story) + 1, texts.PROGRESS_LAYOUT)
    meta = ReportMeta(
        title=heading,
        school=ctx.school.short_name or ctx.school.full_name,
        year=texts.YEAR_HEADER.format(year=year),
        author=ctx.school.director,
    )
    pages = _write(out, meta, story)
    return ReportResult(out, kind, year, pages)


def _write(out: Path, meta: ReportMeta, story: list[Flowable]) -> int:
    """Render next to ``out`` and move into place, so a failure leaves no half-written PDF."""
    partial = out.with_name(out.name + ".part")
    try:
        pages = build_pdf(partial, meta, story)
        os.replace(partial, out)
    except OSError as err:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        if is_disk_full(err) or is_read_only(err, partial):  # one Russian line
            raise file_write_error(out, err) from err
        raise ValidationError(texts.WRITE_FAILED.format(path=out, reason=os_reason(err))) from err
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise
    return pages


def _of_a_school(installation: Installation, scope: SchoolScope | None) -> bool:
    return scope is not None and scope.school_id != installation.scope.school_id


def _check_kind(
    installation: Installation, kind: str, out: Path, scope: SchoolScope | None = None
) -> None:
    if kind not in KINDS:
        raise ValidationError(texts.KIND_UNKNOWN.format(kind=kind, known=", ".join(KINDS)))
    if kind == "municipal":
        raise ValidationError(texts.MUNICIPAL_NOT_YET)
    # a municipality prints a school's reports from that school's (read-only) scope
    if installation.mode is not Mode.SCHOOL and not _of_a_school(installation, scope):
        raise ValidationError(texts.SCHOOL_ONLY)
    if out.suffix.lower() != ".pdf":
        raise ValidationError(texts.OUT_NOT_PDF)
    if not out.parent.is_dir():  # a mistyped folder is refused, never created
        raise ValidationError(texts.OUT_FOLDER_MISSING.format(folder=out.parent))


def _story(
    ctx: ReportContext, kind: str, progress: Progress, instrument: str | None = None
) -> tuple[str, list[Flowable]]:
    if kind == "blank-self-assessment":
        heading, body = self_assessment.blank(ctx, instrument or _blank_instrument(ctx))
        return heading, title.build(ctx, heading) + body
    heading = texts.KINDS[kind]
    parts = _SECTIONS[kind]
    story = title.build(ctx, heading)
    for done, section in enumerate(parts):
        progress.report(done, len(parts) + 1, texts.PROGRESS_COLLECT)
        story += section(ctx)
    if kind == "summary" and len(story) > 5:
        story.insert(5, PageBreak())
    return heading, story or [para(texts.NO_DATA)]


def _blank_instrument(ctx: ReportContext) -> str:
    from app.self_assessment.instruments_plain import builtin_plain

    return builtin_plain()[0].id


def _roadmap_only(ctx: ReportContext) -> list[Flowable]:
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
