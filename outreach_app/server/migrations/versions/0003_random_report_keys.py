"""Random report row keys: `reports.pk` no longer counts up.

An autoincrement key filled by batch inserts showed which reports came in one device's
batch and their order within a day. The key is now chosen by the server for each row: the
day received (stored in the row anyway) above 43 random bits (BIGINT on PostgreSQL, without
the sequence; SQLite's INTEGER PRIMARY KEY is already 64-bit); existing rows are renumbered
the same way.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


# db/reports.py:new_row_key: the day's ordinal (Python's date.toordinal) above 43 random bits.
RANDOM_BITS = 43


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("ALTER TABLE reports ALTER COLUMN pk DROP DEFAULT")
        op.execute("ALTER TABLE reports ALTER COLUMN pk TYPE BIGINT")
        op.execute("DROP SEQUENCE IF EXISTS reports_pk_seq")
        # 43 random bits from two draws (one double carries only 53, and evenly 2^31 each).
        op.execute(
            f"UPDATE reports SET pk = ((received_on - DATE '0001-01-01' + 1)::bigint << {RANDOM_BITS})"
            f" | ((floor(random() * 4096)::bigint << 31) | floor(random() * 2147483648)::bigint)"
        )
    else:
        op.execute(
            f"UPDATE reports SET pk = (CAST(julianday(received_on) - 1721424.5 AS INTEGER) << {RANDOM_BITS})"
            f" | (random() & {(1 << RANDOM_BITS) - 1})"
        )


def downgrade() -> None:
    raise NotImplementedError("migrations are forward-only")
