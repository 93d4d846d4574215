"""``export-xlsx`` and ``import-xlsx``: the GUI's Excel workbooks from the command line."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from app import texts
from app.data_folder import DataFolder


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    export = commands.add_parser("export-xlsx", parents=[common], help="выгрузить таблицу в Excel")
    export.add_argument("--table", required=True, metavar="TABLE")
    export.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    export.add_argument("--year", metavar="YYYY-YYYY")
    export.set_defaults(handler=cmd_export)

    load = commands.add_parser("import-xlsx", parents=[common], help="загрузить таблицу из Excel")
    load.add_argument("--table", required=True, metavar="TABLE")
    load.add_argument("--dry-run", action="store_true")
    load.add_argument("file", type=Path, metavar="FILE.xlsx")
    load.set_defaults(handler=cmd_import)


def cmd_export(args: argparse.Namespace, folder: DataFolder) -> int:
    from app.academic_year import parse_year
    from app.installation import open_installation
    from app.tables import table_io

    table = table_io(args.table)
    year = parse_year(args.year) if args.year else None
    installation = open_installation(folder)
    try:
        written = table.export(installation.scope, args.out.absolute(), year)
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
