"""Withdrawal by verifier reaches every organisation (issue 15, "Withdrawal at any project").

A person helped by project A may ask project B to withdraw: the verifier now finds the
report whichever organisation holds it, so the lookups by verifier no longer start with
the organisation. The (org_id, verifier) indexes become (verifier) indexes (the lookup by
report id still filters on the organisation, through the unique (org_id, report_id)
constraint). `withdrawals.found_on` records the day a tombstone withdrew a report on
arrival, so a device that asks again learns the report was found and withdrawn even when
nothing of it was stored.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_reports_org_verifier", table_name="reports")
    op.create_index("ix_reports_verifier", "reports", ["verifier"])
    op.drop_index("ix_withdrawals_org_verifier", table_name="withdrawals")
    op.create_index("ix_withdrawals_verifier", "withdrawals", ["verifier"])
    with op.batch_alter_table("withdrawals") as batch:
        batch.add_column(sa.Column("found_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("withdrawals") as batch:
        batch.drop_column("found_on")
    op.drop_index("ix_withdrawals_verifier", table_name="withdrawals")
    op.create_index("ix_withdrawals_org_verifier", "withdrawals", ["org_id", "verifier"])
    op.drop_index("ix_reports_verifier", table_name="reports")
    op.create_index("ix_reports_org_verifier", "reports", ["org_id", "verifier"])
