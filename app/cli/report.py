"""``perekhod report``: write a report as a PDF or an editable Word document (.docx) (kinds as
/work/shared/cli.md lists them)."""

from __future__ import annotations

import argparse
import gc
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.data_folder import DataFolder

if TYPE_CHECKING:
    import uuid

    from app.installation import Installation
    from app.scope import SchoolScope

KINDS = (
    "summary",
    "roadmap",
    "partnership",
    "self-assessment",
    "blank-self-assessment",
    "municipal",
)
# Kinds printed from a year's data (the blank form has none).
YEAR_KINDS = ("summary", "roadmap", "partnership", "self-assessment")


def _year(text: str):
    from app.academic_year import parse_year
    from app.errors import ValidationError

    try:
        return parse_year(text)
    except (ValidationError, ValueError) as err:
        raise argparse.ArgumentTypeError(getattr(err, "message", str(err))) from err


# Help of ``report`` (kept with the command line's help texts).
KIND_TITLES = {
    "summary": "годовой отчёт для муниципалитета (по умолчанию)",
    "roadmap": "исполнение дорожной карты за учебный год",
    "partnership": "партнёрство за год: соглашения, меры поддержки, мероприятия",
    "self-assessment": "самодиагностики учебного года",
    "blank-self-assessment": "пустой бланк самодиагностики для педсовета",
    "municipal": "распоряжение и аналитическая справка муниципалитета (по умолчанию в\n"
    + " " * 25
    + "установке муниципалитета)",
}


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from app.cli.parser import Choices, add_command

    kinds = "\n".join(f"  {kind:<23}{title}" for kind, title in KIND_TITLES.items())
    report = add_command(
        commands,
        common,
        "report",
        "сформировать отчёт PDF или Word",
        "Сформировать отчёт в PDF или, если имя файла оканчивается на .docx, редактируемым "
        f"документом Word с тем же содержанием.\n\nВиды отчёта (--kind):\n{kinds}",
    )
    report.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE.pdf|FILE.docx",
        help="файл отчёта в существующей папке: .pdf или .docx (документ Word для правки)",
    )
    report.add_argument(
        "--year",
        type=_year,
        metavar="YYYY-YYYY",
        help="учебный год, за который есть данные, например 2024-2025 (по умолчанию — год, "
        "за который сдаётся годовой отчёт: с июня по август текущий, иначе прошлый)",
    )
    report.add_argument(
        "--kind",
        choices=Choices(KIND_TITLES, later=set(KINDS) - set(KIND_TITLES)),
        metavar="KIND",
        help="вид отчёта (список — ниже)",
    )
    report.add_argument(
        "--instrument",
        metavar="CODE",
        help="код инструмента для бланка самодиагностики (blank-self-assessment), например "
        "risk_profiles_500 или school_deficits_resources (по умолчанию — первый из них)",
    )
    report.add_argument(
        "--school",
        type=school_argument,
        metavar="UUID",
        help="в установке муниципалитета: отчёт загруженной школы с этим идентификатором "
        "(только чтение; по умолчанию — данные самого муниципалитета)",
    )
    report.set_defaults(handler=cmd_report)


def school_argument(text: str):
    """``--school UUID``: anything but a UUID is a usage error in Russian."""
    from app.municipality.schools import school_uuid

    try:
        return school_uuid(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"не идентификатор школы (UUID): {text}") from None


def today() -> date:
    """The day reports are made on (tests replace it)."""
    return date.today()


def cmd_report(args: argparse.Namespace, folder: DataFolder) -> int:
    # Writing a report allocates hundreds of thousands of objects that live until the
    # process ends (reportlab, the report's modules, the story) and frees its short-lived
    # ones by reference counting; the cyclic collector would walk all of them again and
    # again for nothing (~5 % of the command, tests/bench/report_cold.py).
    was_collecting = gc.isenabled()
    gc.disable()
    try:
        return _report(args, folder)
    finally:
        if was_collecting:
            gc.enable()


def _report(args: argparse.Namespace, folder: DataFolder) -> int:
    from app.installation import open_installation
    from app.reports import texts
    from app.reports.kinds import build_report, default_kind
    from app.reports.years import due_year, require_year_with_data
    from app.state import Mode

    installation = open_installation(folder)
    try:
        day = today()
        school = getattr(args, "school", None)
        scope = installation.scope if school is None else _school_scope(installation, school)
        kind = args.kind or ("summary" if school else default_kind(installation))
        year = args.year or due_year(day)
        if (installation.mode is Mode.SCHOOL or school) and kind in YEAR_KINDS:
            require_year_with_data(scope, year)
        result = build_report(
            installation,
            args.out.absolute(),
            kind,
            year,
            today=day,
            scope=scope,
            instrument=args.instrument,
        )
    finally:
        installation.close()
    print(texts.WRITTEN.format(path=result.path))
    return 0


def _school_scope(installation: Installation, school: uuid.UUID) -> SchoolScope:
    """``--school``: an imported school's data, read-only (loads the models: a
    municipality's command)."""
    from app.municipality.schools import scope_for

    return scope_for(installation, school)
