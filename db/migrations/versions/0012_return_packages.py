"""return packages: recommendations, partner assignments, monitoring figures, answers

Revision ID: 0012_return_packages
Revises: 0011_municipality_register
Create Date: 2026-11-30 14:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_return_packages"
down_revision: str | None = "0011_municipality_register"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLES = "role IN ('leader', 'peer', 'mentee')"
STATUSES = "status IN ('accepted', 'in_progress', 'done', 'disagree')"


def _common(table: str) -> list:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def _from_municipality(table: str, *items) -> None:
    op.create_table(
        table,
        sa.Column("municipality_id", sa.Uuid(), nullable=False),
        sa.Column("recipient_id", sa.Uuid(), nullable=False),
        *items,
        *_common(table),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["organisation.id"],
            name=op.f(f"fk_{table}_municipality_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"],
            ["organisation.id"],
            name=op.f(f"fk_{table}_recipient_id_organisation"),
            ondelete="CASCADE",
        ),
    )
    with op.batch_alter_table(table, schema=None) as batch:
        for column in ("municipality_id", "recipient_id"):
            batch.create_index(batch.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    _from_municipality(
        "recommendation",
        sa.Column("year", sa.String(length=9), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("respond_by", sa.Date(), nullable=True),
    )
    _from_municipality(
        "partner_assignment",
        sa.Column("partner_name", sa.String(length=500), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(ROLES, name=op.f("ck_partner_assignment_role")),
    )
    _from_municipality(
        "monitoring_figure",
        sa.Column("indicator_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.String(length=9), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.UniqueConstraint(
            "municipality_id",
            "recipient_id",
            "indicator_id",
            "year",
            name=op.f("uq_monitoring_figure_municipality_id"),
        ),
    )
    op.create_table(
        "recommendation_answer",
        sa.Column("school_id", sa.Uuid(), nullable=False),
        sa.Column("recommendation_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        *_common("recommendation_answer"),
        sa.CheckConstraint(STATUSES, name=op.f("ck_recommendation_answer_status")),
        sa.ForeignKeyConstraint(
            ["school_id"],
            ["organisation.id"],
            name=op.f("fk_recommendation_answer_school_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint(
            "school_id",
            "recommendation_id",
            name=op.f("uq_recommendation_answer_school_id"),
        ),
    )
    with op.batch_alter_table("recommendation_answer", schema=None) as batch:
        for column in ("school_id", "recommendation_id"):
            batch.create_index(batch.f(f"ix_recommendation_answer_{column}"), [column])


def downgrade() -> None:
    for table in ("recommendation_answer", "monitoring_figure", "partner_assignment"):
        op.drop_table(table)
    op.drop_table("recommendation")
