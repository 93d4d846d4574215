"""``state.json``: install UUID, mode and counters kept outside the database.

It lives beside the database so that restoring a database backup never rewinds the
package sequence. Written atomically (temporary file, fsync, rename).
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from app import texts
from app.errors import InstallationError
from app.store_errors import file_write_error

STATE_FORMAT = 1


class Mode(StrEnum):
    SCHOOL = "school"
    MUNICIPALITY = "municipality"

    @property
    def title(self) -> str:
        return texts.MODE_SCHOOL if self is Mode.SCHOOL else texts.MODE_MUNICIPALITY


class StateFieldError(ValueError):
    """One field of state.json is missing or holds a value of the wrong kind."""

    def __init__(self, field: str, missing: bool) -> None:
        super().__init__(field)
        self.field, self.missing = field, missing


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class InstallState:
    """What state.json holds. Read and written by hand (not pydantic: importing it cost
    every command and the start ~0.1 s); unknown fields are ignored, as before."""

    mode: Mode
    # The organisation's UUID (school or authority) and its short name, so the window
    # title can be shown before the database is opened.
    organisation_uuid: uuid.UUID
    display_name: str
    format: int = STATE_FORMAT
    install_uuid: uuid.UUID = field(default_factory=uuid.uuid4)
    created_at: datetime = field(default_factory=_now)
    last_sequence_sent: int = 0
    last_backup_at: datetime | None = None
    # A hub's PostgreSQL database, without its password (app.hub); None: perekhod.sqlite.
    database_url: str | None = None

    @classmethod
    def from_json(cls, data: bytes | str) -> InstallState:
        """Parse state.json; ``ValueError`` if it is not a JSON object, ``StateFieldError``
        naming the first field missing or invalid."""
        raw = json.loads(data)
        if not isinstance(raw, dict):
            raise ValueError("not an object")
        values = {}
        for name, (parse, required) in _FIELDS.items():
            if name not in raw:
                if required:
                    raise StateFieldError(name, missing=True)
                continue
            try:
                values[name] = parse(raw[name])
            except (TypeError, ValueError, OverflowError) as err:
                raise StateFieldError(name, missing=False) from err
        return cls(**values)

    def to_json(self) -> str:
        data = {
            "format": self.format,
            "install_uuid": str(self.install_uuid),
            "mode": self.mode.value,
            "organisation_uuid": str(self.organisation_uuid),
            "display_name": self.display_name,
            "created_at": _iso(self.created_at),
            "last_sequence_sent": self.last_sequence_sent,
            "last_backup_at": None if self.last_backup_at is None else _iso(self.last_backup_at),
        }
        if self.database_url:
            data["database_url"] = self.database_url
        return json.dumps(data, ensure_ascii=False, indent=2)


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError(value)
    return int(value)


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value


def _uuid(value: object) -> uuid.UUID:
    return uuid.UUID(_str(value))


def _datetime(value: object) -> datetime:
    return datetime.fromisoformat(_str(value))


def _optional_datetime(value: object) -> datetime | None:
    return None if value is None else _datetime(value)


def _iso(moment: datetime) -> str:
    """ISO 8601 with «Z» for UTC, as state.json has always been written."""
    text = moment.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


# name -> (parser, required)
_FIELDS = {
    "format": (_int, False),
    "install_uuid": (_uuid, False),
    "mode": (lambda v: Mode(_str(v)), True),
    "organisation_uuid": (_uuid, True),
    "display_name": (_str, True),
    "created_at": (_datetime, False),
    "last_sequence_sent": (_int, False),
    "last_backup_at": (_optional_datetime, False),
    "database_url": (lambda v: None if v is None else _str(v), False),
}


def load_state(path: Path) -> InstallState:
    try:
        return InstallState.from_json(path.read_bytes())
    except FileNotFoundError as err:
        raise InstallationError(texts.INSTALL_MISSING.format(folder=path.parent)) from err
    except OSError as err:
        reason = texts.STATE_UNREADABLE
        raise InstallationError(texts.STATE_DAMAGED.format(path=path, reason=reason)) from err
    except StateFieldError as err:
        template = texts.STATE_FIELD_MISSING if err.missing else texts.STATE_FIELD_INVALID
        reason = template.format(field=err.field)
        raise InstallationError(texts.STATE_DAMAGED.format(path=path, reason=reason)) from err
    except (ValueError, RecursionError) as err:  # not JSON, or nested beyond any real file
        reason = texts.STATE_NOT_JSON
        raise InstallationError(texts.STATE_DAMAGED.format(path=path, reason=reason)) from err


def save_state(path: Path, state: InstallState) -> None:
    """Write ``state`` to ``path`` atomically: a temporary file beside it, fsync, rename.

    A failure (a full or write-protected disk) leaves the old file as it was and no
    temporary file behind, and is raised as one Russian line (``InstallationError``).
    """
    data = state.to_json()
    partial = path.with_name(path.name + ".tmp")
    try:
        with open(partial, "w", encoding="utf-8") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except OSError as err:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise InstallationError(file_write_error(path, err).message) from err
