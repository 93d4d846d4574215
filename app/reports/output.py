"""Writing a :class:`~app.reports.document.Document` to the file a person named: a PDF
(``render_pdf``) or an editable Word document (``render_docx``) by its suffix, each
renderer imported only when used (a PDF report never loads python-docx, a Word one never
loads reportlab)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from app.errors import ValidationError
from app.files import os_reason
from app.reports import texts
from app.reports.document import Document
from app.store_errors import file_write_error
from db.errors import is_disk_full, is_read_only

PDF, DOCX = ".pdf", ".docx"
SUFFIXES = (PDF, DOCX)


def is_docx(out: Path) -> bool:
    return out.suffix.lower() == DOCX


def check_out(out: Path) -> None:
    """Refuse a name that is neither .pdf nor .docx and a folder that does not exist (a
    mistyped folder is refused, never created)."""
    if out.suffix.lower() not in SUFFIXES:
        raise ValidationError(texts.OUT_NOT_PDF)
    if not out.parent.is_dir():
        raise ValidationError(texts.OUT_FOLDER_MISSING.format(folder=out.parent))


def layout_label(out: Path) -> str:
    """The progress label of the last step."""
    return texts.PROGRESS_LAYOUT_DOCX if is_docx(out) else texts.PROGRESS_LAYOUT


def write_document(document: Document, out: Path) -> int | None:
    """Render ``document`` next to ``out`` and move it into place, so a failure leaves no
    half-written file. Returns the PDF's number of pages (``None`` for a Word document,
    which the word processor paginates)."""
    partial = out.with_name(out.name + ".part")
    try:
        if is_docx(out):
            from app.reports.render_docx import render_docx

            render_docx(document, partial)
            pages = None
        else:
            from app.reports.render_pdf import render_pdf

            pages = render_pdf(document, partial)
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
