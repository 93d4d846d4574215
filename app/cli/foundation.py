"""Foundation commands: init, demo, backup, restore, migrate."""

from __future__ import annotations

import argparse
from pathlib import Path

from app import texts
from app.cli.parser import Choices, add_command
from app.data_folder import DataFolder
from app.errors import InstallationError
from app.files import check_output_file

INIT_HELP = (
    "Создать установку «Перехода» в пустой папке данных без вопросов мастера:\n"
    "база данных, ключ электронной подписи, папки backups/ и logs/.\n"
    "Папку, в которой уже есть установка, команда не трогает."
)
DEMO_HELP = (
    "Создать демонстрационную школу со всеми разделами, заполненными за несколько\n"
    "учебных лет, или демонстрационный муниципалитет: отдел образования и N школ,\n"
    "чьи пакеты записаны и загружены так же, как с флешек. Только в пустую или\n"
    "несуществующую папку данных."
)
BACKUP_HELP = (
    "Записать резервную копию базы данных в файл (например, на флешку).\n"
    "Папка для файла должна существовать: программа её не создаёт."
)
RESTORE_HELP = (
    "Восстановить базу из резервной копии. Копия сначала проверяется целиком;\n"
    "текущая база сохраняется в backups/ и только потом заменяется."
)
MIGRATE_HELP = (
    "Обновить структуру базы данных до версии этой программы (перед обновлением\n"
    "делается резервная копия)."
)


DEFAULT_DEMO_SCHOOLS = 12
MAX_DEMO_SCHOOLS = 200


def school_count(text: str) -> int:
    """``--schools``: a whole number of demo schools; anything else is a usage error."""
    try:
        count = int(text)
    except ValueError:
        count = 0
    if not 1 <= count <= MAX_DEMO_SCHOOLS:
        raise argparse.ArgumentTypeError(texts.DEMO_SCHOOLS_RANGE.format(limit=MAX_DEMO_SCHOOLS))
    return count


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    init = add_command(commands, common, "init", "создать установку без вопросов", INIT_HELP)
    init.add_argument(
        "mode",
        choices=["school", "municipality"],
        metavar="РЕЖИМ",
        help="school — школа, municipality — муниципальный орган управления образованием",
    )
    init.add_argument(
        "--name", required=True, metavar="NAME", help="название школы или органа управления"
    )
    init.set_defaults(handler=cmd_init)

    demo = add_command(
        commands, common, "demo", "создать демонстрационную школу или муниципалитет", DEMO_HELP
    )
    demo.add_argument(
        "mode",
        choices=Choices(["school", "municipality"]),
        metavar="РЕЖИМ",
        help=(
            "school — демонстрационная школа с данными за несколько учебных лет; "
            "municipality — отдел образования с загруженными пакетами N школ"
        ),
    )
    demo.add_argument(
        "--schools",
        type=school_count,
        default=DEFAULT_DEMO_SCHOOLS,
        metavar="N",
        help=f"сколько школ в демонстрационном муниципалитете (1–200, по умолчанию "
        f"{DEFAULT_DEMO_SCHOOLS})",
    )
    demo.set_defaults(handler=cmd_demo)

    backup = add_command(commands, common, "backup", "сделать резервную копию базы", BACKUP_HELP)
    backup.add_argument(
        "--to",
        required=True,
        type=Path,
        metavar="FILE.perekhod-backup",
        help="файл копии (расширение .perekhod-backup) в существующей папке, например на флешке",
    )
    backup.set_defaults(handler=cmd_backup)

    restore = add_command(
        commands, common, "restore", "восстановить базу из резервной копии", RESTORE_HELP
    )
    restore.add_argument(
        "--from",
        dest="source",
        required=True,
        type=Path,
        metavar="FILE",
        help="файл резервной копии (.perekhod-backup)",
    )
    restore.set_defaults(handler=cmd_restore)

    migrate = add_command(commands, common, "migrate", "обновить структуру базы", MIGRATE_HELP)
    migrate.set_defaults(handler=cmd_migrate)


def cmd_init(args: argparse.Namespace, folder: DataFolder) -> int:
    from app.installation import MunicipalityInfo, SchoolInfo, create_municipality, create_school

    if args.mode == "school":
        installation = create_school(folder, SchoolInfo(full_name=args.name, short_name=args.name))
    else:
        installation = create_municipality(folder, MunicipalityInfo(name=args.name))
    installation.close()
    print(texts.CLI_INIT_DONE.format(folder=folder.root))
    return 0


def cmd_demo(args: argparse.Namespace, folder: DataFolder) -> int:
    if not folder.is_empty():
        raise InstallationError(texts.FOLDER_NOT_EMPTY.format(folder=folder.root))
    if args.mode == "municipality":
        from app.demo.municipality import create_demo_municipality

        create_demo_municipality(folder, args.schools).close()
        print(texts.CLI_DEMO_MUNICIPALITY_DONE.format(folder=folder.root, schools=args.schools))
        return 0
    from app.demo import create_demo_school

    create_demo_school(folder).close()
    print(texts.CLI_DEMO_DONE.format(folder=folder.root))
    return 0


def cmd_backup(args: argparse.Namespace, folder: DataFolder) -> int:
    from app.backups import BACKUP_SUFFIX, make_backup
    from app.installation import open_installation

    target = args.to.absolute()
    check_output_file(target, BACKUP_SUFFIX, "копия" + BACKUP_SUFFIX)
    installation = open_installation(folder)
    try:
        written = make_backup(installation, target)
    finally:
        installation.close()
    print(texts.BACKUP_WRITTEN.format(path=written))
    return 0


def cmd_restore(args: argparse.Namespace, folder: DataFolder) -> int:
    from app.backups import restore_backup

    result = restore_backup(folder, args.source.absolute())
    if result.previous_saved_as is None:
        message = texts.BACKUP_RESTORED_NO_PREVIOUS
    elif result.previous_damaged:
        message = texts.BACKUP_RESTORED_DAMAGED
    else:
        message = texts.BACKUP_RESTORED
    print(message.format(path=result.restored_from, previous=result.previous_saved_as))
    return 0


def cmd_migrate(args: argparse.Namespace, folder: DataFolder) -> int:
    from app.installation import open_installation

    if folder.database_url and not folder.has_installation:
        return _migrate_hub_database(folder.database_url)
    installation = open_installation(folder, migrate=False)
    try:
        pending = installation.schema is not None and installation.schema.pending
        status = installation.migrate()
    finally:
        installation.close()
    message = texts.MIGRATED if pending else texts.UP_TO_DATE
    print(message.format(revision=status.current))
    return 0


def _migrate_hub_database(url: str) -> int:
    """``migrate --database-url URL`` without an installation: a region's administrator
    builds (or upgrades) the hub's schema before any PC opens it."""
    from app.hub import migrate_hub, normalised, schema_of
    from db.engine import make_engine

    url = normalised(url)
    engine = make_engine(url)
    try:
        before = schema_of(engine, url)
        status = migrate_hub(engine, url)
    finally:
        engine.dispose()
    message = texts.UP_TO_DATE if before is not None and not before.pending else texts.MIGRATED
    print(message.format(revision=status.current))
    return 0
