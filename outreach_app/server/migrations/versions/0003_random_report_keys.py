"""Random report row keys: `reports.pk` no longer counts up.

An autoincrement key filled by batch inserts showed which reports came in one device's
batch and their order within a day. The key is now a random 63-bit integer chosen by the
server for each row (BIGINT on PostgreSQL, without the sequence; SQLite's INTEGER PRIMARY
KEY is already 64-bit), and existing rows are renumbered at random.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("ALTER TABLE reports ALTER COLUMN pk DROP DEFAULT")
        op.execute("ALTER TABLE reports ALTER COLUMN pk TYPE BIGINT")
        op.execute("DROP SEQUENCE IF EXISTS reports_pk_seq")
        # 62 random bits from two draws (one double carries only 53).
        op.execute(
            "UPDATE reports SET pk = (floor(random() * 2147483648)::bigint << 31)"
            " | floor(random() * 2147483648)::bigint"
        )
    else:
        op.execute("UPDATE reports SET pk = random() & 9223372036854775807")


def downgrade() -> None:
    raise NotImplementedError("migrations are forward-only")
