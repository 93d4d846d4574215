"""received packages: one row per accepted exchange package

Revision ID: 0010_received_packages
Revises: 0009_report_wording
Create Date: 2026-11-30 11:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_received_packages"
down_revision: str | None = "0009_report_wording"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "received_package",
        sa.Column("sender_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("key_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sender_id"],
            ["organisation.id"],
            name=op.f("fk_received_package_sender_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_package")),
        sa.UniqueConstraint("digest", name="uq_received_package_digest"),
    )
    with op.batch_alter_table("received_package", schema=None) as batch:
        batch.create_index(batch.f("ix_received_package_sender_id"), ["sender_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("received_package", schema=None) as batch:
        batch.drop_index(batch.f("ix_received_package_sender_id"))
    op.drop_table("received_package")
