"""Idempotent enrolment: a code is held by one request until its device confirms.

A device whose enrolment reply was lost used to leave an orphan device behind and a spent
code. Now the code remembers the request id that holds it and the unconfirmed device made
for it (`enroll_codes.request_id`, `enroll_codes.device_id`); the device carries the time
until which it may confirm (`devices.pending_until`, NULL = confirmed). Existing devices are
confirmed; existing codes keep their `used` flag.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ID = 64


def upgrade() -> None:
    op.add_column("enroll_codes", sa.Column("request_id", sa.String(ID), nullable=True))
    op.add_column("enroll_codes", sa.Column("device_id", sa.String(ID), nullable=True))
    op.add_column("devices", sa.Column("pending_until", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("migrations are forward-only")
