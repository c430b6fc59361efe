"""Several notify workers (issue 23): each claimed delivery names the worker that claimed it,
so a worker that dies has its claims put back without touching a live worker's.

Revision ID: 0023
Revises: 0020 (the warnings tables; re-chain at the merge if 0021/0022 land first)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("deliveries", sa.Column("claimed_by", sa.Integer(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("migrations are forward-only")
