"""Reading a written PDF back: its text, page count and fonts."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def pdf_text(path: Path) -> str:
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def flat(text: str) -> str:
    """Text with line breaks and runs of spaces folded to single spaces."""
    return " ".join(text.split())


def fonts_of(path: Path) -> dict[str, bool]:
    """Every font used on any page (also inside form XObjects): name -> embedded."""
    found: dict[str, bool] = {}
    for page in PdfReader(str(path)).pages:
        _collect(page.get("/Resources"), found)
    return found


def _collect(resources, found: dict[str, bool]) -> None:
    if resources is None:
        return
    resources = resources.get_object()
    for font in (resources.get("/Font") or {}).values():
        font = font.get_object()
        found[str(font["/BaseFont"])] = _embedded(font)
    for xobject in (resources.get("/XObject") or {}).values():
        xobject = xobject.get_object()
        _collect(xobject.get("/Resources"), found)


def _embedded(font) -> bool:
    if "/DescendantFonts" in font:
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
