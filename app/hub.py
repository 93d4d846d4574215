"""A regional hub: the municipality mode on a PostgreSQL server (``--database-url``).

Everything several PCs share lives in that database; each PC keeps its data folder for
``state.json``, the municipality's key pair (installed with ``import-key``) and its logs.
The password comes from the URL or PostgreSQL's password file (PGPASSFILE, ~/.pgpass) and
is never written by the program: the URL it remembers has the password taken out.
"""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING

from app import texts
from app.errors import InstallationError
from app.state import Mode

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from app.data_folder import DataFolder
    from app.installation import Installation
    from app.state import InstallState
    from db.engine import Database
    from db.migrate import SchemaStatus

log = logging.getLogger(__name__)

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
DRIVER = "postgresql+psycopg"


def normalised(url: str) -> str:
    """The URL with psycopg 3 as its driver; anything but PostgreSQL is refused."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url.strip())
    except (ArgumentError, ValueError) as err:
        raise InstallationError(texts.HUB_URL_INVALID.format(url=shown(url))) from err
    if parsed.drivername not in SCHEMES or not parsed.database:
        raise InstallationError(texts.HUB_URL_INVALID.format(url=shown(url)))
    return parsed.set(drivername=DRIVER).render_as_string(hide_password=False)


def without_password(url: str) -> str:
    """What may be stored or shown: the URL with no password in it."""
    from sqlalchemy.engine import make_url

    try:
        # URL.set() ignores None arguments: only _replace takes the password out
        return make_url(url)._replace(password=None).render_as_string(hide_password=False)
    except Exception:  # an unparsable URL is never stored; show nothing of it
        return "postgresql://…"


shown = without_password  # what messages show of a URL


def keys_installed(folder: DataFolder) -> bool:
    """This PC holds the municipality's key pair (made by ``init`` or ``import-key``)."""
    from app.keys import PRIVATE_KEY

    return (folder.keys / PRIVATE_KEY).is_file()


def is_postgres_url(url: str | None) -> bool:
    return bool(url) and url.strip().split(":", 1)[0].split("+", 1)[0] in SCHEMES


# What psycopg and the server say (in English, or the server's language) -> our reason
_REASONS = (
    ("failed to resolve host", texts.HUB_NO_HOST),
    ("connection refused", texts.HUB_REFUSED),
    ("timeout expired", texts.HUB_TIMEOUT),
    ("does not exist", texts.HUB_NO_DATABASE_OR_ROLE),
    ("password", None),
    ("authentication", None),
    ("no pg_hba.conf entry", texts.HUB_NOT_ALLOWED),
)


def unreachable(err: BaseException, url: str) -> InstallationError:
    """A connection failure in one Russian line naming the server and the cause; the
    server's own words go to the log."""
    detail = str(getattr(err, "orig", None) or err).strip()
    log.warning("cannot connect to %s: %s", shown(url), detail)
    lowered = detail.lower()
    for marker, reason in _REASONS:
        if marker in lowered:
            if reason is None:
                return InstallationError(texts.HUB_AUTH_FAILED.format(url=shown(url)))
            return InstallationError(texts.HUB_UNREACHABLE.format(url=shown(url), reason=reason))
    reason = texts.HUB_OTHER_FAILURE
    return InstallationError(texts.HUB_UNREACHABLE.format(url=shown(url), reason=reason))


def probe(engine: Engine, url: str) -> None:
    """Connect once, so a wrong address or password is one clear line up front."""
    from sqlalchemy.exc import DBAPIError

    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except DBAPIError as err:
        raise unreachable(err, url) from err


def schema_of(engine: Engine, url: str) -> SchemaStatus | None:
    """The hub database's schema status; ``None`` for an empty database. A database that
    holds other tables but not ours, or a newer revision, is refused."""
    probe(engine, url)
    return _schema_of_reached(engine, url)


def _schema_of_reached(engine: Engine, url: str) -> SchemaStatus | None:
    """:func:`schema_of` once the server answered."""
    import sqlalchemy as sa

    from app.store_errors import worded
    from db.errors import SchemaTooNewError
    from db.migrate import applied_status

    with engine.connect() as connection:
        tables = set(sa.inspect(connection).get_table_names())
    if not tables:
        return None
    if "alembic_version" not in tables or "organisation" not in tables:
        raise InstallationError(texts.HUB_FOREIGN_DATABASE.format(url=shown(url)))
    try:
        return applied_status(engine)
    except SchemaTooNewError as err:
        raise worded(err) from err


def migrate_hub(engine: Engine, url: str) -> SchemaStatus:
    """Bring a hub database to this version's schema (an empty one is built at head).
    Several PCs starting a new version at once take turns (an advisory lock)."""
    from db.migrate import create_fresh, upgrade

    probe(engine, url)
    with engine.connect() as connection:
        connection.exec_driver_sql("SELECT pg_advisory_lock(726001)")
        try:
            status = schema_of(engine, url)  # another PC may have done it meanwhile
            if status is None:
                return create_fresh(engine)
            return upgrade(engine) if status.pending else status
        finally:
            connection.exec_driver_sql("SELECT pg_advisory_unlock(726001)")
            connection.commit()


def open_hub(folder: DataFolder, state: InstallState, migrate: bool) -> Installation:
    """Open a hub PC's installation: its data folder (state, keys, logs) and the database
    at ``--database-url`` or the URL remembered in state.json."""
    from app.installation import Installation
    from db.engine import Database

    if state.mode is not Mode.MUNICIPALITY:
        raise InstallationError(texts.HUB_MUNICIPALITY_ONLY)
    url = normalised(folder.database_url or state.database_url or "")
    if not keys_installed(folder):
        raise InstallationError(texts.HUB_KEYS_MISSING.format(path=folder.keys))
    folder.create_layout()
    installation = Installation(folder, state, Database.at(url))
    try:
        installation.schema = schema_of(installation.db.engine, url)
        if installation.schema is None:
            raise InstallationError(texts.HUB_EMPTY.format(url=shown(url)))
        _check_organisation(installation, url)
        if migrate and installation.schema.pending:  # a current schema: no second round
            installation.migrate()
        remember(installation, url)
    except BaseException:
        installation.close()
        raise
    return installation


def _check_organisation(installation: Installation, url: str) -> None:
    """The database's municipality must be the one this PC's keys and state.json name."""
    found = own_organisation(installation.db)
    if found is None:
        raise InstallationError(texts.HUB_EMPTY.format(url=shown(url)))
    own_id, kind, _name = found
    if own_id != installation.state.organisation_uuid or kind != Mode.MUNICIPALITY.value:
        raise InstallationError(texts.HUB_OTHER_ORGANISATION.format(url=shown(url)))


def check_holds(url: str, organisation_id: uuid.UUID, name: str) -> str | None:
    """Before a PC joins the hub at ``url`` with a municipality's keys: a database that
    holds another municipality is refused. ``None`` once checked, or the reason it could not
    be asked now (the first open checks again)."""
    from db.engine import Database

    db = Database.at(url)
    try:
        try:
            probe(db.engine, url)
        except InstallationError as err:
            return texts.HUB_NOT_CHECKED.format(reason=err.message)
        if _schema_of_reached(db.engine, url) is None:
            return None  # empty: its first PC has not run «init» yet
        found = own_organisation(db)
        if found is not None and (
            found[0] != organisation_id or found[1] != Mode.MUNICIPALITY.value
        ):
            raise InstallationError(
                texts.HUB_HOLDS_OTHER.format(url=shown(url), held=found[2], name=name)
            )
        return None
    finally:
        db.dispose()


def own_organisation(db: Database) -> tuple[uuid.UUID, str, str] | None:
    """(id, kind, short name) of the database's own organisation, if it has one."""
    from sqlalchemy import select

    from app.scope import own_organisation_id
    from db.lean_tables import organisation

    try:
        own_id = own_organisation_id(db)
    except InstallationError:
        return None
    with db.engine.connect() as connection:
        row = connection.execute(
            select(organisation.c.kind, organisation.c.short_name).where(
                organisation.c.id == own_id
            )
        ).one()
    return own_id, row.kind, row.short_name


def remember(installation: Installation, url: str) -> None:
    """Keep the hub's URL (never its password) so the next start needs no option."""
    stored = without_password(url)
    if installation.state.database_url != stored:
        installation.state.database_url = stored
        installation.save_state()


def create_in_hub(folder: DataFolder, mode: Mode, profile: object, name: str) -> Installation:
    """The first PC of a hub: the municipality in the (empty or freshly migrated) database,
    this PC's key pair and state.json. Further PCs get the key pair with ``import-key``."""
    from app.installation import Installation, remove_partial
    from app.keys import generate_key_pair
    from app.state import InstallState
    from db.engine import Database

    if mode is not Mode.MUNICIPALITY:
        raise InstallationError(texts.HUB_MUNICIPALITY_ONLY)
    url = normalised(folder.database_url or "")
    database = Database.at(url)
    had_keys = folder.keys.exists()
    try:
        migrate_hub(database.engine, url)
        existing = own_organisation(database)
        if existing is not None:
            raise InstallationError(texts.HUB_TAKEN.format(url=shown(url), name=existing[2]))
        try:
            folder.create_layout()
        except OSError as err:
            raise InstallationError(texts.FOLDER_NOT_WRITABLE.format(folder=folder.root)) from err
        generate_key_pair(folder.keys)
        with database.unit_of_work() as session:
            session.add(profile)
        state = InstallState(
            mode=mode,
            organisation_uuid=profile.id,  # type: ignore[attr-defined]
            display_name=name,
            database_url=without_password(url),
        )
        installation = Installation(folder, state, database, schema_of(database.engine, url))
        installation.save_state()
    except BaseException:
        database.dispose()
        remove_partial(folder, keys=not had_keys)
        raise
    return installation
