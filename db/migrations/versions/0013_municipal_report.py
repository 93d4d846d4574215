"""municipal report: resources, their assignment to school tasks, report texts, and the
municipal plan's recommendation note on an action

Revision ID: 0013_municipal_report
Revises: 0012_return_packages
Create Date: 2026-11-30 15:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_municipal_report"
down_revision: str | None = "0012_return_packages"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KINDS = (
    "kind IN ('project', 'programme', 'seminar', 'association', 'monitoring', 'course', "
    "'tutor', 'network', 'other')"
)


def _table(name: str, *items) -> None:
    op.create_table(
        name,
        sa.Column("municipality_id", sa.Uuid(), nullable=False),
        *items,
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["organisation.id"],
            name=op.f(f"fk_{name}_municipality_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    )


def _indexes(name: str, *columns: str) -> None:
    with op.batch_alter_table(name, schema=None) as batch:
        for column in columns:
            batch.create_index(batch.f(f"ix_{name}_{column}"), [column], unique=False)


def upgrade() -> None:
    _table(
        "municipal_resource",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("period", sa.String(length=200), nullable=False),
        sa.Column("responsible", sa.String(length=300), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(KINDS, name=op.f("ck_municipal_resource_kind")),
    )
    _indexes("municipal_resource", "municipality_id")
    _table(
        "resource_assignment",
        sa.Column("resource_id", sa.Uuid(), nullable=False),
        sa.Column("recipient_id", sa.Uuid(), nullable=False),
        sa.Column("task_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resource_id"],
            ["municipal_resource.id"],
            name=op.f("fk_resource_assignment_resource_id_municipal_resource"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"],
            ["organisation.id"],
            name=op.f("fk_resource_assignment_recipient_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint(
            "resource_id", "task_id", name=op.f("uq_resource_assignment_resource_id")
        ),
    )
    _indexes("resource_assignment", "municipality_id", "resource_id", "recipient_id", "task_id")
    _table(
        "municipal_text",
        sa.Column("year", sa.String(length=9), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.UniqueConstraint(
            "municipality_id", "year", "key", name=op.f("uq_municipal_text_municipality_id")
        ),
    )
    _indexes("municipal_text", "municipality_id")
    with op.batch_alter_table("roadmap_activity", schema=None) as batch:
        batch.add_column(sa.Column("recommendation", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("roadmap_activity", schema=None) as batch:
        batch.drop_column("recommendation")
    for name in ("municipal_text", "resource_assignment", "municipal_resource"):
        op.drop_table(name)
