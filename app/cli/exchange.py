"""Exchange commands: ``export-package``, ``import-package``, ``export-key``, ``import-key``,
``trust``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.data_folder import DataFolder

VERDICT_WORDS = {
    ("accepted", False): "принят",
    ("accepted", True): "будет принят",
    ("duplicate", False): "уже загружен",
    ("duplicate", True): "уже загружен",
}


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from app.cli.parser import add_command

    export = add_command(
        commands,
        common,
        "export-package",
        "записать пакет обмена для муниципалитета",
        "Записать пакет обмена: у школы — все данные школы и годовой отчёт PDF, подписанные\n"
        "ключом школы (и зашифрованные для муниципалитета, если его ключ получен);\n"
        "у муниципалитета — пакеты для школ (--school UUID или --all): рекомендации,\n"
        "назначенные партнёры, данные мониторинга, сроки сдачи, инструменты самодиагностики\n"
        "и ключ муниципалитета. Печатает путь каждого записанного файла.",
    )
    export.add_argument(
        "--to",
        required=True,
        type=Path,
        metavar="FOLDER",
        help="папка (например, флешка), куда записать пакет",
    )
    target = export.add_mutually_exclusive_group()
    target.add_argument(
        "--school",
        metavar="UUID",
        action="append",
        help="муниципалитет: записать пакет для этой школы (можно повторить)",
    )
    target.add_argument(
        "--all",
        action="store_true",
        help="муниципалитет: записать пакеты для всех школ, чьи пакеты загружены",
    )
    export.set_defaults(handler=cmd_export_package)

    receive = add_command(
        commands,
        common,
        "import-package",
        "загрузить пакеты обмена (пакеты школ, пакеты муниципалитета, квитанции)",
        "Загрузить пакеты обмена. Муниципалитет загружает пакеты школ, школа — пакеты\n"
        "муниципалитета и квитанции.\n"
        "Для каждого файла печатается строка: «принят», «уже загружен» или «отклонён — причина».",
    )
    receive.add_argument("files", nargs="+", type=Path, metavar="FILE", help="файлы пакетов")
    receive.add_argument(
        "--dry-run",
        action="store_true",
        help="только проверить и показать, что будет загружено; ничего не менять",
    )
    receive.add_argument(
        "--receipts-to",
        type=Path,
        metavar="FOLDER",
        help="папка, куда записать квитанции о принятых пакетах (муниципалитет)",
    )
    receive.set_defaults(handler=cmd_import_package)

    key = add_command(
        commands,
        common,
        "export-key",
        "записать файл открытого ключа этой установки",
        "Записать файл открытого ключа (его отпечаток сравнивают люди). Муниципалитет\n"
        "передаёт этот файл школам, чтобы их пакеты шифровались.\n"
        "С --private муниципалитет записывает свою пару ключей под парольной фразой\n"
        "(«Ключи_….perekhod-keys») для компьютеров методистов регионального центра; её\n"
        "устанавливают командой «perekhod import-key». Парольная фраза (не меньше 8 символов)\n"
        "берётся из переменной окружения PEREKHOD_KEY_PASSPHRASE, иначе спрашивается дважды.",
    )
    key.add_argument("--to", required=True, type=Path, metavar="FOLDER", help="папка для файла")
    key.add_argument(
        "--private",
        action="store_true",
        help="муниципалитет: записать пару ключей под парольной фразой для компьютеров центра",
    )
    key.set_defaults(handler=cmd_export_key)

    install = add_command(
        commands,
        common,
        "import-key",
        "установить ключи муниципалитета на компьютер регионального центра",
        "Установить пару ключей муниципалитета из файла «Ключи_….perekhod-keys»\n"
        "(записан командой «perekhod export-key --private»). В пустую папку данных — новый\n"
        "компьютер центра (папка ключей и state.json; база — на сервере PostgreSQL);\n"
        "в установку того же муниципалитета — замена ключей (прежние сохраняются как *.bak).\n"
        "Парольная фраза берётся из переменной окружения PEREKHOD_KEY_PASSPHRASE,\n"
        "иначе спрашивается. Печатает название муниципалитета и отпечаток ключа подписи.",
    )
    install.add_argument(
        "file", type=Path, metavar="FILE", help="файл ключей муниципалитета (.perekhod-keys)"
    )
    install.set_defaults(handler=cmd_import_key)

    trust = add_command(
        commands,
        common,
        "trust",
        "принять изменившийся ключ после сравнения отпечатков",
        "Принять изменившийся ключ школы или муниципалитета. Отпечаток называет сообщение\n"
        "об отклонённом пакете; сравните его с отпечатком, который сообщили люди.",
    )
    trust.add_argument(
        "--fingerprint",
        required=True,
        metavar="FP",
        help="отпечаток нового ключа (группы шестнадцатеричных цифр)",
    )
    trust.set_defaults(handler=cmd_trust)


def _folder(path: Path) -> Path:
    from app import texts
    from app.errors import ValidationError

    path = path.absolute()
    if not path.is_dir():
        raise ValidationError(texts.OUT_NO_FOLDER.format(folder=path))
    return path


def cmd_export_package(args: argparse.Namespace, folder: DataFolder) -> int:
    from app.installation import open_installation
    from app.state import Mode
    from app.sync import texts
    from app.sync.outgoing import write_school_package

    target = _folder(args.to)
    installation = open_installation(folder)
    try:
        if installation.mode is Mode.MUNICIPALITY:
            return _returns(installation, target, args)
        if args.school or args.all:
            print(texts.RETURN_NOT_AT_SCHOOL, file=sys.stderr)
            return 2
        sent = write_school_package(installation, target)
    finally:
        installation.close()
    print(sent.path)
    return 0


def _returns(installation, target: Path, args: argparse.Namespace) -> int:
    from app.municipality.schools import school_uuid
    from app.sync import texts
    from app.sync.returns_out import write_return_packages

    if not args.school and not args.all:
        print(texts.RETURN_SCHOOL_REQUIRED, file=sys.stderr)
        return 2
    schools = None
    if args.school:
        try:
            schools = [school_uuid(text) for text in args.school]
        except ValueError:
            from app.municipality import texts as municipality_texts

            text = next(t for t in args.school if not _is_uuid(t))
            print(municipality_texts.SCHOOL_UNKNOWN.format(school=text), file=sys.stderr)
            return 2
    for written in write_return_packages(installation, target, schools):
        print(target / written.file_name)
    return 0


def _is_uuid(text: str) -> bool:
    from app.municipality.schools import school_uuid

    try:
        school_uuid(text)
    except ValueError:
        return False
    return True


def cmd_import_package(args: argparse.Namespace, folder: DataFolder) -> int:
    from app.installation import open_installation
    from app.state import Mode

    files = [path.absolute() for path in args.files]
    receipts = _folder(args.receipts_to) if args.receipts_to else None
    installation = open_installation(folder)
    try:
        if installation.mode is Mode.MUNICIPALITY:
            return _at_municipality(installation, files, args.dry_run, receipts)
        return _at_school(installation, files, args.dry_run)
    finally:
        installation.close()


def _at_municipality(installation, files: list[Path], dry_run: bool, receipts: Path | None) -> int:
    from app.sync.receipts import write_receipt
    from app.sync.receive import Outcome, receive

    refused = 0
    for verdict in receive(installation, files, dry_run=dry_run):
        if verdict.outcome is Outcome.REFUSED:
            refused += 1
            print(f"{verdict.file.name}: отклонён — {verdict.reason}")
            continue
        print(f"{verdict.file.name}: {VERDICT_WORDS[(verdict.outcome.value, dry_run)]}")
        if receipts and verdict.outcome is Outcome.ACCEPTED and not dry_run:
            write_receipt(installation, verdict.opened.sender_keys, verdict.sequence, receipts)
    return 1 if refused else 0


def _at_school(installation, files: list[Path], dry_run: bool) -> int:
    from app.sync.receive import Outcome
    from app.sync.returns_in import receive_at_school

    refused = 0
    for verdict in receive_at_school(installation, files, dry_run=dry_run):
        if verdict.outcome is Outcome.REFUSED:
            refused += 1
            print(f"{verdict.file.name}: отклонён — {verdict.reason}")
            continue
        print(f"{verdict.file.name}: {VERDICT_WORDS[(verdict.outcome.value, dry_run)]}")
    return 1 if refused else 0


def cmd_export_key(args: argparse.Namespace, folder: DataFolder) -> int:
    from app.installation import open_installation
    from app.sync.keyfile import write_key_file

    if args.private:
        return _export_key_pair(args, folder)
    target = _folder(args.to)
    installation = open_installation(folder)
    try:
        path = write_key_file(installation, target)
    finally:
        installation.close()
    print(path)
    return 0


def _export_key_pair(args: argparse.Namespace, folder: DataFolder) -> int:
    from app.installation import open_installation
    from app.sync.key_transfer import check_can_export, write_key_pair_file
    from app.sync.passphrase import new_passphrase

    target = _folder(args.to)
    installation = open_installation(folder)
    try:
        check_can_export(installation.mode)  # a school is refused before any question
        path = write_key_pair_file(installation, target, new_passphrase())
    finally:
        installation.close()
    print(path)
    return 0


def cmd_import_key(args: argparse.Namespace, folder: DataFolder) -> int:
    from app.sync.key_transfer import import_key_pair
    from app.sync.passphrase import passphrase

    database_url = getattr(folder, "database_url", None)
    installed = import_key_pair(folder, args.file.absolute(), passphrase, database_url)
    print(installed.message)
    return 0


def cmd_trust(args: argparse.Namespace, folder: DataFolder) -> int:
    from app.installation import open_installation
    from app.sync.keyfile import trust

    installation = open_installation(folder)
    try:
        keys = trust(installation, args.fingerprint)
    finally:
        installation.close()
    print(f"Ключ «{keys.name}» принят: {keys.fingerprint}")
    return 0
