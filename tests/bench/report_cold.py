"""Cold report benchmark: the whole ``perekhod report`` process vs a bare reportlab script.

App: the virtual environment's ``perekhod report --data-dir DEMO --out FILE.pdf`` (the demo
school's annual summary of the year the report is due for, unless ``--kind``/``--year``
say otherwise): process start, imports, opening the installation, reading the data,
layout and writing — everything a director waits for.
Floor: a script run by the same environment's python that imports only reportlab,
registers the same PT Serif / PT Sans fonts and writes the same pages: the same
paragraphs (text, font, size, leading), the same tables (cell texts, column widths,
repeated header row, a grid), the same page breaks, charts as space of their height, and a
page number in the footer. The story is taken from the app's own build in this process
(not timed). Warm-up run of each, then alternating runs; medians.

Budget: ratio ≤ 3. Last line: ``ratio <app/floor>``.

    uv run python tests/bench/report_cold.py [--runs 7] [--kind summary] [--year YYYY-YYYY]
        [--data DEMO_FOLDER]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
BIN = Path(sys.executable).parent
BUDGET = 3.0

FLOOR = r"""
import json, sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

spec = json.load(open(sys.argv[1], encoding="utf-8"))
LOOKS = spec["looks"]
for name, path in spec["fonts"].items():
    pdfmetrics.registerFont(TTFont(name, path))
styles = {}

def style(item):
    key = tuple(item[name] for name in LOOKS)
    if key not in styles:
        styles[key] = ParagraphStyle(str(len(styles)), **dict(zip(LOOKS, key)))
    return styles[key]

def cell(value):
    return Paragraph(value["text"], style(value)) if isinstance(value, dict) else value

story = []
for item in spec["story"]:
    kind = item["kind"]
    if kind == "p":
        story.append(Paragraph(item["text"], style(item), bulletText=item.get("bullet")))
    elif kind == "table":
        table = Table([[cell(v) for v in row] for row in item["rows"]],
                      colWidths=item["widths"], repeatRows=item["repeat"])
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), spec["sans"]), ("FONTSIZE", (0, 0), (-1, -1), 9),
            ("LEADING", (0, 0), (-1, -1), 11), ("GRID", (0, 0), (-1, -1), 0.5, "#7A7F88"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), "#E8ECF2"),
        ]))
        story.append(table)
    elif kind == "space":
        story.append(Spacer(1, item["height"]))
    else:
        story.append(PageBreak())

def footer(canvas, doc):
    canvas.setFont(spec["sans"], 8.5)
    canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, "стр. %d" % doc.page)

doc = SimpleDocTemplate(sys.argv[2], pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm,
                        topMargin=20 * mm, bottomMargin=20 * mm)
doc.build(story, onFirstPage=footer, onLaterPages=footer)
print("floor-pages", doc.page, flush=True)
"""


def environment() -> dict[str, str]:
    env = dict(os.environ)
    for name in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONPROFILEIMPORTTIME"):
        env.pop(name, None)
    return env


def skeleton(data: Path, kind: str, year) -> tuple[dict, int]:
    """The app's story for ``kind``/``year`` as plain data for the floor, and its pages."""
    import app.reports.kinds as kinds
    import app.reports.render_pdf as render_pdf
    from app.data_folder import DataFolder
    from app.installation import open_installation
    from app.reports import fonts
    from app.reports.engine import FRAME_WIDTH, PAGE_HEIGHT

    captured: list = []
    build_pdf = render_pdf.build_pdf

    def spy(path, meta, story):
        captured.extend(story)
        return build_pdf(path, meta, story)

    render_pdf.build_pdf = spy
    installation = open_installation(DataFolder(data))
    try:
        with tempfile.TemporaryDirectory() as tmp:
            result = kinds.build_report(installation, Path(tmp) / "story.pdf", kind, year)
    finally:
        installation.close()
        render_pdf.build_pdf = build_pdf
    story: list[dict] = []
    for flowable in captured:
        _flatten(flowable, story, FRAME_WIDTH, PAGE_HEIGHT)
    font_files = {name: str(fonts.FONT_DIR / file) for name, file in fonts._FILES.items()}
    spec = {"fonts": font_files, "sans": fonts.SANS, "looks": LOOKS, "story": story}
    return spec, result.pages


def _flatten(flowable, out: list[dict], width: float, height: float) -> None:
    from reportlab.platypus import PageBreak, Paragraph, Table

    inner = getattr(flowable, "_content", None)
    if isinstance(inner, list):
        for part in inner:
            _flatten(part, out, width, height)
    elif isinstance(flowable, Paragraph):
        out.append({"kind": "p", **_paragraph(flowable), "bullet": flowable.bulletText})
    elif isinstance(flowable, Table):
        rows = [[_cell(v) for v in row] for row in flowable._cellvalues]
        widths = list(flowable._colWidths)
        out.append({"kind": "table", "rows": rows, "widths": widths, "repeat": 1})
    elif isinstance(flowable, PageBreak):
        out.append({"kind": "break"})
    else:
        _, used = flowable.wrap(width, height)
        out.append({"kind": "space", "height": used})


# What the floor copies of a paragraph's style (ParagraphStyle attribute names).
LOOKS = (
    "fontName",
    "fontSize",
    "leading",
    "alignment",
    "leftIndent",
    "firstLineIndent",
    "spaceBefore",
    "spaceAfter",
)


def _paragraph(paragraph) -> dict:
    return {"text": paragraph.text, **{name: getattr(paragraph.style, name) for name in LOOKS}}


def _cell(value):
    from reportlab.platypus import Paragraph

    if isinstance(value, Paragraph):
        return _paragraph(value)
    if isinstance(value, list | tuple):
        return "\n".join(v.text if isinstance(v, Paragraph) else str(v) for v in value)
    return "" if value is None else str(value)


def timed(command: list[str]) -> tuple[float, float, str]:
    """Wall seconds of the whole process, its CPU seconds and its output."""
    start = time.perf_counter()
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment()
    )
    out, err = child.communicate()
    elapsed = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = usage.ru_utime + usage.ru_stime - _cpu_before(usage)
    if child.returncode != 0:
        raise SystemExit(f"{command[:2]} failed ({child.returncode}): {err[-2000:]}")
    return elapsed, cpu, out


_children_cpu = [0.0]


def _cpu_before(usage) -> float:
    """CPU of the children finished before this one (RUSAGE_CHILDREN accumulates)."""
    before = _children_cpu[0]
    _children_cpu[0] = usage.ru_utime + usage.ru_stime
    return before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--kind", default="summary")
    parser.add_argument("--year", default=None, help="YYYY-YYYY (default: the due year)")
    parser.add_argument("--data", type=Path, help="a demo data folder to copy (default: a new one)")
    args = parser.parse_args()
    from app.academic_year import parse_year
    from app.reports.years import due_year

    year = parse_year(args.year) if args.year else due_year()
    with tempfile.TemporaryDirectory(prefix="perekhod-report-cold-") as temp:
        tmp = Path(temp)
        data = tmp / "demo"
        if args.data:
            shutil.copytree(args.data, data, ignore=shutil.ignore_patterns("logs"))
        else:
            made = subprocess.run(
                [str(BIN / "perekhod"), "demo", "school", "--data-dir", str(data)],
                capture_output=True,
                text=True,
                env=environment(),
            )
            if made.returncode != 0:
                raise SystemExit(f"demo school failed: {made.stderr[-2000:]}")
        spec, pages = skeleton(data, args.kind, year)
        (tmp / "story.json").write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
        (tmp / "floor.py").write_text(FLOOR, encoding="utf-8")
        app = [str(BIN / "perekhod"), "report", "--data-dir", str(data)]
        app += ["--out", str(tmp / "app.pdf"), "--kind", args.kind, "--year", str(year)]
        floor = [sys.executable, str(tmp / "floor.py"), str(tmp / "story.json")]
        floor.append(str(tmp / "floor.pdf"))
        timed(app)  # warm-up: bytecode, OS file cache
        floor_pages = int(timed(floor)[2].split()[-1])
        app_runs, floor_runs = [], []
        for _ in range(max(args.runs, 1)):
            floor_runs.append(timed(floor))
            app_runs.append(timed(app))
    app_times, floor_times = [r[0] for r in app_runs], [r[0] for r in floor_runs]
    app_median, floor_median = statistics.median(app_times), statistics.median(floor_times)
    app_cpu = statistics.median(r[1] for r in app_runs)
    floor_cpu = statistics.median(r[1] for r in floor_runs)
    items = spec["story"]
    tables = sum(1 for i in items if i["kind"] == "table")
    print(f"report {args.kind} {year}: {pages} pages ({len(items)} flowables, {tables} tables)")
    print(f"floor: the same story, {floor_pages} pages")
    print(f"floor runs (ms): {' '.join(f'{t * 1000:.0f}' for t in floor_times)}")
    print(f"app runs (ms):   {' '.join(f'{t * 1000:.0f}' for t in app_times)}")
    print(f"floor: bare reportlab script, whole process: {floor_median * 1000:.0f} ms")
    print(f"app:   perekhod report, whole process:       {app_median * 1000:.0f} ms")
    print(f"CPU (user + system): floor {floor_cpu * 1000:.0f} ms, app {app_cpu * 1000:.0f} ms")
    print(f"medians of {len(app_times)} runs each; budget: ratio ≤ {BUDGET}")
    print(f"ratio {app_median / floor_median:.2f}")


if __name__ == "__main__":
    main()
