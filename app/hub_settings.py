"""Настройки → «Общая база»: check and remember the address of a hub's PostgreSQL database.

Qt-free: the Settings group (and the window when a hub cannot be opened) runs these on the
worker thread. The address is stored in state.json without a password; a password typed
into it is refused, with the PostgreSQL password file named instead (the program never
writes a password anywhere). The change takes effect when the data is opened next.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from app import texts
from app.errors import InstallationError, PerekhodError
from app.state import InstallState, Mode, load_state, save_state

if TYPE_CHECKING:
    from app.data_folder import DataFolder
    from app.installation import Installation

URL_REQUIRED = "Укажите адрес базы PostgreSQL, например postgresql://perekhod@сервер:5432/perekhod."
PASSWORD_REFUSED = (
    "Пароль в адресе не сохраняется: программа не хранит пароли. Запишите его в файл "
    "паролей PostgreSQL на этом компьютере ({path}; другой файл задаёт переменная "
    "PGPASSFILE) строкой «{line}» и сохраните адрес без пароля: {url}"
)
PASSWORD_NOT_KEPT = (
    "Пароль из адреса сохранён не будет: перед сохранением запишите его в файл паролей "
    "PostgreSQL ({path}) строкой «{line}»."
)
PASSWORD_FILE_HINT = "Файл паролей PostgreSQL на этом компьютере: {path}."
CHECK_OK = "Подключение работает: в базе {url} — муниципалитет «{name}»."
CHECK_UPGRADE = "Структура базы будет обновлена при открытии."
SAVED = "Адрес общей базы сохранён: {url}."
LOCAL_MISSING = (
    "На этом компьютере нет своей базы муниципалитета ({path}): данные этой установки "
    "хранятся только в общей базе PostgreSQL."
)
LOCAL_SAVED = "Программа будет работать с базой на этом компьютере: {path}."


@dataclass(frozen=True, slots=True)
class HubCheck:
    """What a check of a hub's address found, in one Russian message."""

    url: str  # the address as it may be shown and stored: no password
    ok: bool  # this PC can work with that database
    message: str
    empty: bool = False  # the database holds no municipality yet
    name: str | None = None  # the municipality the database holds


def password_file(environ: Mapping[str, str] | None = None, windows: bool | None = None) -> Path:
    """Where libpq looks for passwords: PGPASSFILE, else %APPDATA%\\postgresql\\pgpass.conf
    on Windows and ~/.pgpass elsewhere."""
    environ = os.environ if environ is None else environ
    windows = sys.platform == "win32" if windows is None else windows
    if environ.get("PGPASSFILE"):
        return Path(environ["PGPASSFILE"])
    if windows:
        return Path(environ.get("APPDATA", "~")) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def password_line(url: str) -> str:
    """The password file's line for ``url``, the password left as a word to replace."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    fields = (parsed.host or "localhost", parsed.port or 5432, parsed.database, parsed.username)
    return ":".join(str(value or "*") for value in fields) + ":пароль"


def has_password(url: str) -> bool:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url.strip()).password is not None
    except Exception:  # an unparsable address is refused by normalised() instead
        return False


def check_database_url(folder: DataFolder, state: InstallState, url: str) -> HubCheck:
    """Connect to ``url`` and say whether this PC can work with it: the schema is ours and
    the database's own organisation is this installation's municipality. Connection
    problems, an empty database and another municipality's database are a ``HubCheck``
    with ``ok`` False, never an exception."""
    from app.hub import keys_installed, normalised, shown

    if not url.strip():
        return HubCheck("", False, URL_REQUIRED)
    try:
        full = normalised(url)
    except InstallationError as err:
        return HubCheck(shown(url), False, err.message)
    stored = shown(full)
    if state.mode is not Mode.MUNICIPALITY:
        return HubCheck(stored, False, texts.HUB_MUNICIPALITY_ONLY)
    if not keys_installed(folder):
        return HubCheck(stored, False, texts.HUB_KEYS_MISSING.format(path=folder.keys))
    try:
        found = _inspect(full)
    except PerekhodError as err:
        message = err.message
        if message == texts.HUB_AUTH_FAILED.format(url=stored):
            message = f"{message} {PASSWORD_FILE_HINT.format(path=password_file())}"
        return HubCheck(stored, False, message)
    if found is None:
        return HubCheck(stored, False, texts.HUB_EMPTY.format(url=stored), empty=True)
    (own_id, kind, name), pending = found
    if own_id != state.organisation_uuid or kind != Mode.MUNICIPALITY.value:
        return HubCheck(stored, False, texts.HUB_OTHER_ORGANISATION.format(url=stored), name=name)
    message = CHECK_OK.format(url=stored, name=name)
    if pending:
        message = f"{message} {CHECK_UPGRADE}"
    if has_password(full):
        line = password_line(full)
        message = f"{message} {PASSWORD_NOT_KEPT.format(path=password_file(), line=line)}"
    return HubCheck(stored, True, message, name=name)


def _inspect(url: str) -> tuple[tuple, bool] | None:
    """((id, kind, name) of the own organisation, schema upgrade pending) or None for a
    database without a municipality; connection and schema problems raise in Russian."""
    from app.hub import own_organisation, schema_of
    from db.engine import Database

    database = Database.at(url)
    try:
        status = schema_of(database.engine, url)
        if status is None:
            return None
        own = own_organisation(database)
        return None if own is None else (own, status.pending)
    finally:
        database.dispose()


def save_database_url(target: Installation | DataFolder, url: str | None) -> str:
    """Remember ``url`` (``None``: this PC's own database file) in state.json for the next
    opening; what was done, in Russian. Refused in Russian (``InstallationError``): an
    address with a password, one the check does not accept, or going back to a file this
    folder does not have."""
    from app.hub import normalised, shown

    folder, state = _folder_and_state(target)
    if url is None or not url.strip():
        _check_local(folder, state)
        _store(folder, state, None)
        return LOCAL_SAVED.format(path=folder.database)
    full = normalised(url)
    if has_password(full):
        line = password_line(full)
        raise InstallationError(
            PASSWORD_REFUSED.format(path=password_file(), line=line, url=shown(full))
        )
    check = check_database_url(folder, state, full)
    if not check.ok:
        raise InstallationError(check.message)
    _store(folder, state, check.url)
    return SAVED.format(url=check.url)


def _store(folder: DataFolder, state: InstallState, url: str | None) -> None:
    """Write state.json with ``url``; the open installation's state follows only once
    the file is written."""
    save_state(folder.state_file, replace(state, database_url=url))
    state.database_url = url


def _folder_and_state(target: Installation | DataFolder) -> tuple[DataFolder, InstallState]:
    from app.data_folder import DataFolder

    if isinstance(target, DataFolder):
        return target, load_state(target.state_file)
    return target.folder, target.state


def _check_local(folder: DataFolder, state: InstallState) -> None:
    """The folder's own database file must exist and be this municipality's."""
    from app.installation import check_database, check_state_matches

    if not folder.database.is_file():
        raise InstallationError(LOCAL_MISSING.format(path=folder.database))
    check_database(folder, state.mode)
    check_state_matches(folder, state)
