"""Envelopes: the index that finds a superseded envelope holds only envelopes that supersede one.

Almost every envelope has `supersedes` NULL (only an edit after sharing names an earlier
version), and every query of the index names a value (`supersedes IN …`, `= ANY(…)`,
`supersedes = envelope_id`), which both databases take as implying NOT NULL. A full
index gave every stored envelope an entry at a random place (its random row key is the
tie-break), one more random page write per envelope at intake (docs/performance.md).

Revision ID: 0022
Revises: 0020 (here; 0021 at the merge — re-chain `down_revision` to "0021")
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

NAME = "ix_envelopes_org_supersedes"


def upgrade() -> None:
    op.drop_index(NAME, table_name="envelopes")
    some = sa.text("supersedes IS NOT NULL")
    op.create_index(
        NAME, "envelopes", ["org_id", "supersedes"], sqlite_where=some, postgresql_where=some
    )


def downgrade() -> None:
    raise NotImplementedError("migrations are forward-only")
