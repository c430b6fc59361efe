"""Warnings to subscribers (issue 23): subscribers (sealed records), the delivery queue,
the alert versions fanned out, and the short codes of public alert pages.

Revision ID: 0020
Revises: 0008 (protocol v2, issue 21; re-chained at the merge)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0008"
branch_labels = None
depends_on = None

ID = 64


def upgrade() -> None:
    op.create_table(
        "subscribers",
        sa.Column("id", sa.String(24), nullable=False),
        sa.Column("stop_lookup", sa.String(64), nullable=False),
        sa.Column("sealed", sa.Text(), nullable=False),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_subscribers"),
        sa.UniqueConstraint("stop_lookup", name="uq_subscribers_stop_lookup"),
    )
    op.create_table(
        "deliveries",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("message_key", sa.String(120), nullable=False),
        sa.Column("subscriber_id", sa.String(24), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("alert_id", sa.String(ID), nullable=True),
        sa.Column("alert_version", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_at", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["subscriber_id"], ["subscribers.id"], name="fk_deliveries_subscriber_id_subscribers"
        ),
        sa.PrimaryKeyConstraint("pk", name="pk_deliveries"),
        sa.UniqueConstraint("message_key", name="uq_deliveries_message_key"),
    )
    op.create_index("ix_deliveries_subscriber_id", "deliveries", ["subscriber_id"])
    op.create_index("ix_deliveries_alert_id", "deliveries", ["alert_id"])
    op.create_index("ix_deliveries_status_next", "deliveries", ["status", "next_at"])
    op.create_table(
        "notify_fanouts",
        sa.Column("alert_id", sa.String(ID), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("alert_id", "version", name="pk_notify_fanouts"),
    )
    op.create_table(
        "alert_links",
        sa.Column("code", sa.String(24), nullable=False),
        sa.Column("alert_id", sa.String(ID), nullable=False),
        sa.PrimaryKeyConstraint("code", name="pk_alert_links"),
        sa.UniqueConstraint("alert_id", name="uq_alert_links_alert_id"),
    )


def downgrade() -> None:
    raise NotImplementedError("migrations are forward-only")
