"""``perekhod report``: write a PDF report (kinds as /work/shared/cli.md lists them)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.data_folder import DataFolder

KINDS = (
    "summary",
    "roadmap",
    "partnership",
    "self-assessment",
    "blank-self-assessment",
    "municipal",
)


def _year(text: str):
    from app.academic_year import parse_year
    from app.errors import ValidationError

    try:
        return parse_year(text)
    except (ValidationError, ValueError) as err:
        raise argparse.ArgumentTypeError(getattr(err, "message", str(err))) from err


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    report = commands.add_parser("report", parents=[common], help="сформировать отчёт PDF")
    report.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    report.add_argument("--year", type=_year, metavar="YYYY-YYYY")
    report.add_argument("--kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    report.set_defaults(handler=cmd_report)


def cmd_report(args: argparse.Namespace, folder: DataFolder) -> int:
    from app.installation import open_installation
    from app.reports import texts
    from app.reports.kinds import build_report

    installation = open_installation(folder)
    try:
        result = build_report(installation, args.out.absolute(), args.kind, args.year)
    finally:
        installation.close()
    print(texts.WRITTEN.format(path=result.path))
    return 0
