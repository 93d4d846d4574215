"""Report benchmark: the demo school's annual summary vs a bare reportlab document.

Ours: :func:`app.reports.kinds.build_report` (kind ``summary``) for the demo school's last
full academic year — database reads, tables, charts, «стр. N из M», embedded fonts.
Bare: a platypus document of plain paragraphs in the same font with the same number of
pages, built in the same run. Times are medians of several runs after a warm-up.
Budget: ≤ 1.5 s for the summary and ratio ≤ 3. Last line: ``ratio <summary/bare>``.

    uv run python tests/bench/report_pdf.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.academic_year import AcademicYear
from app.data_folder import DataFolder
from app.demo import create_demo_school
from app.reports.kinds import build_report

TODAY = date(2026, 11, 23)
LINE = "Съешь же ещё этих мягких французских булок, да выпей чаю. " * 6


def bare(path: Path, pages: int) -> int:
    """Plain paragraphs in PT Serif until the document has ``pages`` pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from app.reports import fonts

    fonts.register_fonts()
    style = ParagraphStyle("plain", fontName=fonts.SERIF, fontSize=11, leading=14.5)
    story = []
    for page in range(pages):
        story += [Paragraph(LINE, style) for _ in range(9)]
        if page < pages - 1:
            story.append(PageBreak())
    doc = SimpleDocTemplate(str(path), pagesize=A4, initialFontName=fonts.SERIF)
    doc.build(story)
    if doc.page != pages:
        raise RuntimeError(f"bare document has {doc.page} pages, not {pages}")
    return doc.page


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        installation = create_demo_school(DataFolder(root / "demo"), today=TODAY)
        year = AcademicYear.current(TODAY).previous()
        out = root / "summary.pdf"

        def ours():
            return build_report(installation, out, "summary", year, today=TODAY)

        _, result = timed(ours)  # warm-up: imports, font registration
        bare(root / "bare.pdf", result.pages)
        summary_times = [timed(ours)[0] for _ in range(args.runs)]
        bare_times = [
            timed(lambda: bare(root / "bare.pdf", result.pages))[0] for _ in range(args.runs)
        ]
        installation.close()
    summary, baseline = statistics.median(summary_times), statistics.median(bare_times)
    print(f"summary {year}: {result.pages} pages, median {summary:.3f} s (budget 1.5 s)")
    print(f"bare reportlab, {result.pages} pages: median {baseline:.3f} s")
    print(f"ratio {summary / baseline:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
