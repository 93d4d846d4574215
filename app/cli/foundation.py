"""Foundation commands: init, demo, backup, restore, migrate."""

from __future__ import annotations

import argparse
from pathlib import Path

from app import texts
from app.data_folder import DataFolder
from app.errors import InstallationError


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    init = commands.add_parser("init", parents=[common], help="создать установку без вопросов")
    init.add_argument("mode", choices=["school", "municipality"])
    init.add_argument("--name", required=True, help="название школы или органа управления")
    init.set_defaults(handler=cmd_init)

    demo = commands.add_parser("demo", parents=[common], help="демонстрационные данные")
    demo.add_argument("mode", choices=["school", "municipality"])
    demo.add_argument("--schools", type=int, default=20, help="число школ (муниципалитет)")
    demo.set_defaults(handler=cmd_demo)

    backup = commands.add_parser("backup", parents=[common], help="резервная копия базы")
    backup.add_argument("--to", required=True, type=Path, metavar="FILE")
    backup.set_defaults(handler=cmd_backup)

    restore = commands.add_parser("restore", parents=[common], help="восстановить из копии")
    restore.add_argument("--from", dest="source", required=True, type=Path, metavar="FILE")
    restore.set_defaults(handler=cmd_restore)

    migrate = commands.add_parser("migrate", parents=[common], help="обновить схему базы")
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
        from app.cli.upcoming import not_built

        return not_built("demo municipality")
    from app.demo import create_demo_school

    create_demo_school(folder).close()
    print(texts.CLI_DEMO_DONE.format(folder=folder.root))
    return 0


def cmd_backup(args: argparse.Namespace, folder: DataFolder) -> int:
    from app.backups import make_backup
    from app.installation import open_installation

    installation = open_installation(folder)
    try:
        written = make_backup(installation, args.to.absolute())
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

    installation = open_installation(folder, migrate=False)
    try:
        pending = installation.schema is not None and installation.schema.pending
        status = installation.migrate()
    finally:
        installation.close()
    message = texts.MIGRATED if pending else texts.UP_TO_DATE
    print(message.format(revision=status.current))
    return 0
