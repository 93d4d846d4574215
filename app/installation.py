"""Create and open an installation: data folder, state, keys and the migrated database."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app import texts
from app.data_folder import DataFolder
from app.errors import InstallationError, ValidationError
from app.state import InstallState, Mode, load_state, save_state
from app.store_errors import in_russian, worded
from db.engine import Database, sqlite_url
from db.errors import BackupFailure, DatabaseUnusable, SchemaTooNewError
from db.migrate import SchemaStatus, create_fresh, inspect_database, upgrade

if TYPE_CHECKING:
    from pathlib import Path

    from app.scope import SchoolScope


@dataclass(slots=True)
class SchoolInfo:
    """What the first-run wizard asks of a school."""

    full_name: str
    short_name: str
    municipality: str = ""
    address: str = ""
    director: str = ""
    phone: str = ""
    email: str = ""
    is_rural: bool = False
    is_small: bool = False
    low_results: bool = False
    hard_social_conditions: bool = False
    pupils: int = 0
    teachers: int = 0
    classes: int = 0

    def validated(self) -> SchoolInfo:
        self.full_name = self.full_name.strip()
        self.short_name = self.short_name.strip() or self.full_name
        if not self.full_name:
            raise ValidationError(texts.NAME_REQUIRED)
        return self


@dataclass(slots=True)
class MunicipalityInfo:
    """What the first-run wizard asks of a municipal education authority."""

    name: str
    short_name: str = ""
    methodologist: str = ""
    phone: str = ""
    email: str = ""

    def validated(self) -> MunicipalityInfo:
        self.name = self.name.strip()
        self.short_name = self.short_name.strip() or self.name
        if not self.name:
            raise ValidationError(texts.NAME_REQUIRED)
        return self


@dataclass
class Installation:
    """An opened installation. Use cases take ``installation.db`` for their unit of work."""

    folder: DataFolder
    state: InstallState
    db: Database
    schema: SchemaStatus | None = field(default=None)
    _own: SchoolScope | None = field(default=None, repr=False)

    @property
    def mode(self) -> Mode:
        return self.state.mode

    @property
    def is_hub(self) -> bool:
        """The municipality mode on a PostgreSQL server shared by several PCs."""
        return not self.db.is_sqlite

    @property
    def scope(self) -> SchoolScope:
        """The installation's own organisation's data (the school, or the municipality)."""
        if self._own is None:
            from app.scope import SchoolScope, own_organisation_id

            self._own = SchoolScope(self.db, own_organisation_id(self.db))
        return self._own

    def migrate(self) -> SchemaStatus:
        if self.is_hub:
            from app.hub import migrate_hub

            self.schema = migrate_hub(self.db.engine, str(self.db.engine.url))
            self._own = None
            return self.schema
        with in_russian():
            self.schema = upgrade(self.db.engine, self.folder.backups, self.folder.database)
        self._own = None
        return self.schema

    def save_state(self) -> None:
        save_state(self.folder.state_file, self.state)

    def close(self) -> None:
        self.db.dispose()


def open_installation(folder: DataFolder, migrate: bool = True) -> Installation:
    """Open an existing installation; with ``migrate`` its schema is brought to head.

    The database file is checked first, reading only: one that is missing, empty, not
    SQLite, damaged or another program's is refused with the newest good backup named —
    nothing ever writes a new schema into a file this program did not create.
    """
    if not folder.has_installation:
        raise InstallationError(texts.INSTALL_MISSING.format(folder=folder.root))
    state = load_state(folder.state_file)
    if folder.database_url or state.database_url:
        from app.hub import open_hub

        return open_hub(folder, state, migrate)
    status = check_database(folder, state.mode)
    check_state_matches(folder, state)
    if folder.misplaced() is None and not folder.keys.is_dir():
        raise InstallationError(texts.KEYS_MISSING.format(path=folder.keys))
    folder.create_layout()
    installation = Installation(folder, state, Database.at(sqlite_url(folder.database)))
    try:
        installation.schema = status
        if migrate:
            installation.migrate()
    except BaseException:
        installation.close()
        raise
    return installation


def check_database(folder: DataFolder, mode: Mode) -> SchemaStatus:
    """The database's schema status, or a refusal in one Russian line that names what is
    wrong with the file and the newest backup that would bring the data back."""
    try:
        return inspect_database(folder.database)
    except SchemaTooNewError as err:
        raise worded(err) from err
    except DatabaseUnusable as err:
        wording = worded(err)
        if not isinstance(wording, InstallationError):
            raise wording from err  # a full or write-protected disk: the file itself is fine
        problem = wording.message
    good = newest_good_backup(folder, mode)
    if good is None:
        advice = texts.DB_NO_BACKUP.format(folder=folder.backups)
    else:
        advice = texts.DB_NEWEST_BACKUP.format(backup=good)
    raise InstallationError(f"{problem} {advice}")


def check_state_matches(folder: DataFolder, state: InstallState) -> None:
    """state.json and the database must describe the same organisation in the same mode."""
    from db.backup import own_organisation

    own = own_organisation(folder.database)
    if own is None:
        return  # a database without an own organisation is refused by its own checks
    own_id, kind = own
    path = folder.state_file
    if own_id.replace("-", "") != state.organisation_uuid.hex:
        raise InstallationError(texts.STATE_OTHER_ORGANISATION.format(path=path))
    if kind != state.mode.value:
        raise InstallationError(
            texts.STATE_OTHER_MODE.format(
                path=path, state=state.mode.title, database=Mode(kind).title
            )
        )


def newest_good_backup(folder: DataFolder, mode: Mode) -> Path | None:
    """The newest file in ``backups/`` that a restore would accept for this installation."""
    from db.backup import check_backup, list_backups

    for info in list_backups(folder.backups):
        try:
            check_backup(info.path, mode.value)
        except (BackupFailure, SchemaTooNewError):
            continue
        return info.path
    return None


def create_school(folder: DataFolder, info: SchoolInfo) -> Installation:
    from db.models import SchoolProfile

    info = info.validated()
    school_id = uuid.uuid4()
    profile = SchoolProfile(id=school_id, is_own=True, **_fields(info))
    return _create(folder, Mode.SCHOOL, profile, info.short_name)


def create_municipality(folder: DataFolder, info: MunicipalityInfo) -> Installation:
    from db.models import MunicipalityProfile

    info = info.validated()
    profile = MunicipalityProfile(id=uuid.uuid4(), is_own=True, **_fields(info))
    return _create(folder, Mode.MUNICIPALITY, profile, info.short_name)


def _create(folder: DataFolder, mode: Mode, profile: object, name: str) -> Installation:
    """Keys, the database with the own organisation, and state.json last (its presence
    marks a complete installation). A failure removes what this call wrote, so the same
    folder can be used again once the cause (a full disk, say) is gone."""
    if folder.has_installation or folder.database.exists():
        raise InstallationError(texts.INSTALL_EXISTS.format(folder=folder.root))
    if folder.database_url:
        from app.hub import create_in_hub

        return create_in_hub(folder, mode, profile, name)
    had_keys = folder.keys.exists()
    try:
        folder.create_layout()
    except OSError as err:
        raise InstallationError(texts.FOLDER_NOT_WRITABLE.format(folder=folder.root)) from err
    from app.keys import generate_key_pair

    database: Database | None = None
    try:
        generate_key_pair(folder.keys)
        database = Database.at(sqlite_url(folder.database))
        with in_russian():
            schema = create_fresh(database.engine)
        with database.unit_of_work() as session:
            session.add(profile)
        state = InstallState(mode=mode, organisation_uuid=profile.id, display_name=name)
        installation = Installation(folder, state, database, schema)
        installation.save_state()
    except BaseException:
        if database is not None:
            database.dispose()
        remove_partial(folder, keys=not had_keys)
        raise
    return installation


def remove_partial(folder: DataFolder, keys: bool) -> None:
    """Undo an installation that failed half-way: database files, state.json and, when
    this attempt made them, the keys."""
    import contextlib
    import shutil

    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            folder.database.with_name(folder.database.name + suffix).unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        folder.state_file.unlink(missing_ok=True)
    if keys:
        shutil.rmtree(folder.keys, ignore_errors=True)


def _fields(info: object) -> dict:
    return {name: getattr(info, name) for name in info.__slots__}  # type: ignore[attr-defined]
