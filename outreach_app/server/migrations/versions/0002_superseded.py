"""Supersession markers: the report ids a stored version replaces, whether or not they arrived.

A device that lost the connection while sending v1 cannot know whether v1 arrived; it seals
v2 with `supersedes = v1` all the same. The marker lets the server accept v2 at once and
keep v1 from ever becoming live if it arrives later.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ID = 64


def upgrade() -> None:
    op.create_table(
        "superseded",
        sa.Column("org_id", sa.String(ID), nullable=False),
        sa.Column("report_id", sa.String(ID), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name="fk_superseded_org_id_orgs"),
        sa.PrimaryKeyConstraint("org_id", "report_id", name="pk_superseded"),
    )
    # Versions already stored that a later stored version names in `supersedes`.
    bind = op.get_bind()
    stored = sa.table(
        "reports",
        sa.column("org_id", sa.String),
        sa.column("payload", sa.Text),
        sa.column("received_on", sa.Date),
    )
    rows = bind.execute(
        sa.select(stored.c.org_id, stored.c.payload, stored.c.received_on).where(
            stored.c.payload.is_not(None)
        )
    ).all()
    markers: dict[tuple[str, str], object] = {}
    for org_id, payload, received_on in rows:
        replaced = _supersedes(payload)
        if replaced is not None:
            markers.setdefault((org_id, replaced), received_on)
    if markers:
        op.bulk_insert(
            sa.table(
                "superseded",
                sa.column("org_id", sa.String),
                sa.column("report_id", sa.String),
                sa.column("received_on", sa.Date),
            ),
            [{"org_id": o, "report_id": r, "received_on": d} for (o, r), d in markers.items()],
        )


def _supersedes(payload: str) -> str | None:
    value = json.loads(payload).get("supersedes")
    return value if isinstance(value, str) else None


def downgrade() -> None:
    raise NotImplementedError("migrations are forward-only")
