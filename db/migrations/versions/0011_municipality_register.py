"""municipality register: expected schools and package deadlines

Revision ID: 0011_municipality_register
Revises: 0010_received_packages
Create Date: 2026-12-01 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_municipality_register"
down_revision: str | None = "0010_received_packages"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _owned_by_municipality(table: str, *columns: sa.Column) -> None:
    op.create_table(
        table,
        sa.Column("municipality_id", sa.Uuid(), nullable=False),
        *columns,
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["organisation.id"],
            name=op.f(f"fk_{table}_municipality_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    )
    with op.batch_alter_table(table, schema=None) as batch:
        batch.create_index(
            batch.f(f"ix_{table}_municipality_id"), ["municipality_id"], unique=False
        )


def upgrade() -> None:
    _owned_by_municipality(
        "expected_school",
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
    )
    _owned_by_municipality(
        "package_deadline",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("opens_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
    )


def downgrade() -> None:
    for table in ("package_deadline", "expected_school"):
        with op.batch_alter_table(table, schema=None) as batch:
            batch.drop_index(batch.f(f"ix_{table}_municipality_id"))
        op.drop_table(table)
