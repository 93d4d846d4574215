"""Package numbers this installation sends. A number is spent before its file exists: a
failed write leaves a gap, never a reuse. A single PC counts in state.json (a restored
database backup must not rewind it); a hub's PCs share one signing key, so they share one
count in the database, taken atomically whichever PC writes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.installation import Installation

SENT = "sent"


def next_sequence(installation: Installation) -> int:
    if installation.is_hub:
        return _next_in_database(installation)
    state = installation.state
    state.last_sequence_sent += 1
    installation.save_state()
    return state.last_sequence_sent


def _next_in_database(installation: Installation) -> int:
    from sqlalchemy.dialects.postgresql import insert

    import db.models  # noqa: F401  (the counter's table)
    from db.base import Base

    table = Base.metadata.tables["sequence_counter"]
    start = installation.state.last_sequence_sent  # the first PC's count before the hub
    statement = (
        insert(table)
        .values(name=SENT, value=start + 1)
        .on_conflict_do_update(index_elements=[table.c.name], set_={"value": table.c.value + 1})
        .returning(table.c.value)
    )
    with installation.db.engine.begin() as connection:
        return int(connection.execute(statement).scalar_one())
