"""hub: keys pinned for schools, pending key changes, the package sequence and the return
packages written in the database (a regional hub's PCs share them); a version on
recommendations for optimistic locking

Revision ID: 0014_hub
Revises: 0013_municipal_report
Create Date: 2026-11-30 16:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_hub"
down_revision: str | None = "0013_municipal_report"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _key_columns() -> list[sa.Column]:
    return [
        sa.Column("organisation_id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("signing_key", sa.String(64), nullable=False),
        sa.Column("exchange_key", sa.String(64), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "pinned_key",
        *_key_columns(),
        sa.PrimaryKeyConstraint("organisation_id", name=op.f("pk_pinned_key")),
    )
    op.create_table(
        "pending_key",
        sa.Column("fingerprint", sa.String(120), nullable=False),
        *_key_columns(),
        sa.PrimaryKeyConstraint("fingerprint", name=op.f("pk_pending_key")),
    )
    op.create_table(
        "sequence_counter",
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_sequence_counter")),
    )
    op.create_table(
        "return_written",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("recipient_id", sa.Uuid(), nullable=False),
        sa.Column("school", sa.String(500), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("recommendations", sa.Integer(), nullable=False),
        sa.Column("partners", sa.Integer(), nullable=False),
        sa.Column("figures", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_return_written")),
    )
    with op.batch_alter_table("recommendation") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("recommendation") as batch:
        batch.drop_column("version")
    op.drop_table("return_written")
    op.drop_table("sequence_counter")
    op.drop_table("pending_key")
    op.drop_table("pinned_key")
