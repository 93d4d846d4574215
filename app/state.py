"""``state.json``: install UUID, mode and counters kept outside the database.

It lives beside the database so that restoring a database backup never rewinds the
package sequence. Written atomically (temporary file, fsync, rename).
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

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


class InstallState(BaseModel):
    format: int = STATE_FORMAT
    install_uuid: uuid.UUID = Field(default_factory=uuid.uuid4)
    mode: Mode
    # The organisation's UUID (school or authority) and its short name, so the window
    # title can be shown before the database is opened.
    organisation_uuid: uuid.UUID
    display_name: str
    created_at: datetime = Field(default_factory=lambda: datetime.now(UTC))
    last_sequence_sent: int = 0
    last_backup_at: datetime | None = None


def load_state(path: Path) -> InstallState:
    try:
        return InstallState.model_validate_json(path.read_bytes())
    except FileNotFoundError as err:
        raise InstallationError(texts.INSTALL_MISSING.format(folder=path.parent)) from err
    except OSError as err:
        reason = texts.STATE_UNREADABLE
        raise InstallationError(texts.STATE_DAMAGED.format(path=path, reason=reason)) from err
    except ValidationError as err:
        raise InstallationError(texts.STATE_DAMAGED.format(path=path, reason=_reason(err))) from err
    except ValueError as err:
        reason = texts.STATE_NOT_JSON
        raise InstallationError(texts.STATE_DAMAGED.format(path=path, reason=reason)) from err


def _reason(err: ValidationError) -> str:
    """The first problem pydantic found, in Russian: not JSON, a field missing or invalid."""
    first = err.errors()[0] if err.errors() else {}
    kind = first.get("type", "")
    if kind == "json_invalid" or (kind.endswith("_type") and not first.get("loc")):
        return texts.STATE_NOT_JSON
    field = ".".join(str(part) for part in first.get("loc", ())) or "?"
    if kind == "missing":
        return texts.STATE_FIELD_MISSING.format(field=field)
    return texts.STATE_FIELD_INVALID.format(field=field)


def save_state(path: Path, state: InstallState) -> None:
    """Write ``state`` to ``path`` atomically: a temporary file beside it, fsync, rename.

    A failure (a full or write-protected disk) leaves the old file as it was and no
    temporary file behind, and is raised as one Russian line (``InstallationError``).
    """
    data = json.dumps(state.model_dump(mode="json"), ensure_ascii=False, indent=2)
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
