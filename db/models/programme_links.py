"""Links between the programme and other areas: deficits (self-assessment) ↔ tasks and
roadmap activities. A joint event's roadmap activity is the nullable
``joint_event.activity_id`` column (partnership's table).
"""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Owned


class DeficitTask(Owned, Base):
    """A programme task that answers a deficit found by a self-assessment."""

    __tablename__ = "deficit_task"

    deficit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sa_deficit.id", ondelete="CASCADE"), primary_key=True
    )
    task_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("programme_task.id", ondelete="CASCADE"), primary_key=True
    )


class DeficitActivity(Owned, Base):
    """A roadmap activity that answers a deficit found by a self-assessment."""

    __tablename__ = "deficit_activity"

    deficit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sa_deficit.id", ondelete="CASCADE"), primary_key=True
    )
    activity_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("roadmap_activity.id", ondelete="CASCADE"), primary_key=True
    )
