"""report wording: own wording of a degree of achievement, management decisions and the
roadmap's findings in the director's conclusions

Revision ID: 0009_report_wording
Revises: 0008_school_scope
Create Date: 2026-11-30 10:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_report_wording"
down_revision: str | None = "0008_school_scope"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("result_achievement", schema=None) as batch:
        batch.add_column(sa.Column("wording", sa.Text(), server_default="", nullable=False))
    with op.batch_alter_table("report_conclusion", schema=None) as batch:
        batch.add_column(
            sa.Column("management_decisions", sa.Text(), server_default="", nullable=False)
        )
        batch.add_column(
            sa.Column("roadmap_findings", sa.Text(), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("report_conclusion", schema=None) as batch:
        batch.drop_column("roadmap_findings")
        batch.drop_column("management_decisions")
    with op.batch_alter_table("result_achievement", schema=None) as batch:
        batch.drop_column("wording")
