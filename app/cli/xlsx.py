"""``export-xlsx`` and ``import-xlsx``: the GUI's Excel workbooks from the command line."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from app import texts
from app.cli.parser import academic_year, add_command
from app.cli.report import school_argument
from app.data_folder import DataFolder

TABLE_TITLES = {
    "roadmap": "мероприятия дорожной карты",
    "planned-results": "планируемые результаты и степень их достижения",
    "indicators": "значения показателей по учебным годам",
    "events": "совместные мероприятия со школами-партнёрами",
    "support-measures": "адресные меры поддержки",
    "deficits": "дефициты и сильные стороны",
}


def _titles() -> dict[str, str]:
    from app.municipality.tables import TITLES

    return {**TABLE_TITLES, **TITLES}


TABLE_HELP = "имя таблицы (список — ниже)"


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    export = add_command(
        commands, common, "export-xlsx", "выгрузить таблицу в книгу Excel", _export_help()
    )
    export.add_argument("--table", required=True, metavar="TABLE", help=TABLE_HELP)
    export.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE.xlsx",
        help="файл книги Excel (.xlsx) в существующей папке; имеющийся файл заменяется",
    )
    export.add_argument(
        "--year",
        type=academic_year,
        metavar="YYYY-YYYY",
        help="учебный год, например 2024-2025 (по умолчанию — все годы; для таблиц справки "
        "municipal-* — год, за который сдаётся отчёт)",
    )
    export.add_argument(
        "--school",
        type=school_argument,
        metavar="UUID",
        help="в установке муниципалитета: таблица загруженной школы с этим идентификатором "
        "(только чтение; по умолчанию — данные самого муниципалитета)",
    )
    export.set_defaults(handler=cmd_export)

    load = add_command(
        commands, common, "import-xlsx", "загрузить таблицу из книги Excel", _import_help()
    )
    load.add_argument("--table", required=True, metavar="TABLE", help=TABLE_HELP)
    load.add_argument(
        "--dry-run",
        action="store_true",
        help="только проверить книгу и сказать, что изменится; ничего не записывать",
    )
    load.add_argument(
        "file", type=Path, metavar="FILE.xlsx", help="книга, выгруженная командой export-xlsx"
    )
    load.set_defaults(handler=cmd_import)


def table_list() -> str:
    """Every table name of the registry with what it holds, one per line."""
    from app.tables import TABLES

    titles = _titles()
    names = [name for name in titles if name in TABLES]
    names += [name for name in TABLES if name not in titles]
    width = max(18, *(len(name) + 2 for name in names))
    return "\n".join(f"  {name:<{width}}{titles.get(name, '')}".rstrip() for name in names)


def _export_help() -> str:
    return f"Выгрузить таблицу в книгу Excel (.xlsx).\n\nТаблицы (--table):\n{table_list()}"


def _import_help() -> str:
    return (
        "Загрузить таблицу из книги Excel, выгруженной командой export-xlsx (она же шаблон):\n"
        "строки с известным идентификатором обновляются, новые добавляются. Загрузка —\n"
        "всё или ничего: ошибки печатаются по одной в строке как <лист>!<ячейка>: <причина>,\n"
        f"и база не меняется.\n\nТаблицы (--table):\n{table_list()}"
    )


def cmd_export(args: argparse.Namespace, folder: DataFolder) -> int:
    from app.files import check_output_file
    from app.installation import open_installation
    from app.municipality.schools import scope_for
    from app.municipality.tables import TITLES as MUNICIPALITY_TABLES
    from app.reports.years import require_year_with_data
    from app.tables import table_io

    table = table_io(args.table)
    out = args.out.absolute()
    check_output_file(out, ".xlsx", f"{args.table}.xlsx")
    installation = open_installation(folder)
    try:
        scope = scope_for(installation, getattr(args, "school", None))
        # a well-formed year without data: not an empty workbook
        if args.year is not None and args.table not in MUNICIPALITY_TABLES:
            require_year_with_data(scope, args.year)
        written = table.export(scope, out, args.year)
    finally:
        installation.close()
    print(texts.XLSX_WRITTEN.format(path=written))
    return 0


def cmd_import(args: argparse.Namespace, folder: DataFolder) -> int:
    from app.errors import ValidationError
    from app.excel import ExcelImportError
    from app.installation import open_installation
    from app.tables import table_io

    table = table_io(args.table)
    if not table.importable:
        raise ValidationError(texts.TABLE_NOT_IMPORTABLE.format(name=args.table))
    installation = open_installation(folder)
    try:
        summary = table.import_file(installation.scope, args.file.absolute(), args.dry_run).value
    except ExcelImportError as err:
        for error in err.errors:
            print(error, file=sys.stderr)
        print(err.message, file=sys.stderr)
        return 1
    finally:
        installation.close()
    template = texts.XLSX_DRY_RUN if args.dry_run else texts.XLSX_IMPORTED
    print(template.format(**asdict(summary)))
    return 0
