"""The municipal report over 500 schools: the order and analytical report written as a PDF
and as a Word document, against bare reportlab and bare python-docx writing the same texts.

The municipality database is tests/bench/consolidated_views.py's (N believable schools
written with Core bulk inserts, outside the measurement). Ours: ``build_report(kind=
"municipal")`` to .pdf and to .docx — reading every school's data in SQL, the document,
tables and layout. Floor, in the same run: the document's paragraphs and tables (taken from our
build, not timed) written bare: reportlab paragraphs and plain-string tables in a
SimpleDocTemplate with the same fonts, python-docx paragraphs and tables without styling.
Budget: PDF and Word together ≤ 30 s for 500 schools.
Last line: ``ratio <ours / floor>``.

    uv run python tests/bench/municipal_report.py [--schools 500] [--runs 3] [--smoke]

``--smoke`` (CI): 5 schools, one run — checks the script, not the timing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from consolidated_views import TODAY, YEARS, build

BUDGET_S = 30.0


def ours(installation, folder: Path) -> None:
    from app.reports.kinds import build_report

    for suffix in ("pdf", "docx"):
        build_report(installation, folder / f"ours.{suffix}", "municipal", YEARS[-1], TODAY)


def floor(blocks: list, folder: Path) -> None:
    """The same paragraphs and tables, bare: reportlab paragraphs and plain-string tables,
    python-docx paragraphs and tables, no styling."""
    import docx
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from app.reports import fonts
    from app.reports.document import DataTable, texts_of

    fonts.register_fonts()
    style = ParagraphStyle("body", fontName=fonts.SERIF, fontSize=11, leading=14.5)
    story, word = [], docx.Document()
    for block in blocks:
        if isinstance(block, DataTable):
            rows = [
                list(block.header),
                *[list(r) + [""] * (len(block.header) - len(r)) for r in block.rows],
            ]
            story.append(
                Table(rows, repeatRows=1, style=[("FONTNAME", (0, 0), (-1, -1), fonts.SANS)])
            )
            table = word.add_table(rows=len(rows), cols=len(block.header))
            for cells, values in zip(table.rows, rows, strict=True):
                for cell, value in zip(cells.cells, values, strict=True):
                    cell.text = value
            continue
        for text in texts_of(_alone(block)):
            escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            story.append(Paragraph(escaped, style))
            word.add_paragraph(text)
    SimpleDocTemplate(str(folder / "floor.pdf"), pagesize=A4).build(story)
    word.save(str(folder / "floor.docx"))


def _alone(block):
    from app.reports.document import Document, DocumentMeta

    return Document(DocumentMeta("", ""), [block])


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--schools", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--smoke", action="store_true")
    args = parser.parse_args()
    schools, runs = (5, 1) if args.smoke else (args.schools, args.runs)
    from app.municipality.report import build_municipal_document
    from app.reports.document import texts_of

    with tempfile.TemporaryDirectory(prefix="perekhod-bench-") as temporary:
        folder = Path(temporary)
        start = time.perf_counter()
        installation, count = build(folder / "mun", schools)
        print(f"built {schools} schools, {count} rows in {time.perf_counter() - start:.1f} s")
        try:
            document = build_municipal_document(installation.scope, YEARS[-1], TODAY)
            texts = texts_of(document)
            ours(installation, folder)  # warm: imports, fonts
            floor(document.blocks, folder)
            app = median_time(lambda: ours(installation, folder), runs)
            bare = median_time(lambda: floor(document.blocks, folder), runs)
        finally:
            installation.close()
        verdict = "ok" if app <= BUDGET_S else f"OVER {BUDGET_S:.0f} s"
        print(f"texts {len(texts)}")
        print(f"municipal report PDF + Word {app:.2f} s ({verdict})")
        print(f"bare reportlab + python-docx, same texts {bare:.2f} s")
    print(f"ratio {app / bare:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
