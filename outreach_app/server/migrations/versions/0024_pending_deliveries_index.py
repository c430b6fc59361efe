"""The delivery queue: an index in the order the notify worker claims, of pending rows only.

A claim asks for the first `limit` pending rows of one channel in (next_at, pk) order. The
only index was (status, next_at): after a fan-out every row has the same next_at, so each
claim read and sorted every pending row of the queue (12,500 for one channel of a 25,000
fan-out: 15-34 ms of the PostgreSQL backend per claim, two claims per half-batch), ~30 CPU-s
at full priority for one alert, taken from report intake (docs/performance.md). With this
index a claim reads the rows it takes and stops.

Revision ID: 0024
Revises: 0023
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

NAME = "ix_deliveries_pending_claim"


def upgrade() -> None:
    pending = sa.text("status = 'pending'")
    op.create_index(
        NAME,
        "deliveries",
        ["channel", "next_at", "pk"],
        sqlite_where=pending,
        postgresql_where=pending,
    )


def downgrade() -> None:
    raise NotImplementedError("migrations are forward-only")
