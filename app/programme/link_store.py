"""Reading and re-creating an activity's links inside a caller's session (no use cases here).

The roadmap rows carry the ids of the deficits and joint events tied to them, so an undone
delete (``roadmap.restore_activities``) puts those links back: the database dropped them
with the activity (CASCADE on the deficit links, SET NULL on ``joint_event.activity_id``).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.programme.rows import ActivityRow
from db.models.partnership import JointEvent
from db.models.programme_links import DeficitActivity
from db.models.self_assessment import Deficit

Links = dict[uuid.UUID, list[uuid.UUID]]


def deficit_links(session: Session, activity_ids: Collection[uuid.UUID] | None = None) -> Links:
    """Activity id → ids of the deficits linked to it (of ``activity_ids`` when given)."""
    links: Links = {}
    query = select(DeficitActivity.deficit_id, DeficitActivity.activity_id)
    if activity_ids is not None:
        query = query.where(DeficitActivity.activity_id.in_(list(activity_ids)))
    for deficit_id, activity_id in session.execute(query):
        links.setdefault(activity_id, []).append(deficit_id)
    return links


def event_links(session: Session, activity_ids: Collection[uuid.UUID] | None = None) -> Links:
    """Activity id → ids of the joint events that serve it (of ``activity_ids`` when given)."""
    links: Links = {}
    query = select(JointEvent.id, JointEvent.activity_id).where(JointEvent.activity_id.is_not(None))
    if activity_ids is not None:
        query = query.where(JointEvent.activity_id.in_(list(activity_ids)))
    for event_id, activity_id in session.execute(query):
        links.setdefault(activity_id, []).append(event_id)
    return links


def relink(session: Session, rows: Iterable[ActivityRow]) -> None:
    """Re-create the deficit and event links the rows carry (skipping vanished records)."""
    for row in rows:
        if row.id is None:
            continue
        for deficit_id in row.deficit_ids:
            known = session.get(Deficit, deficit_id) is not None
            if known and session.get(DeficitActivity, (deficit_id, row.id)) is None:
                session.add(DeficitActivity(deficit_id=deficit_id, activity_id=row.id))
        if row.event_ids:
            session.execute(
                update(JointEvent)
                .where(JointEvent.id.in_(row.event_ids))
                .values(activity_id=row.id)
            )
