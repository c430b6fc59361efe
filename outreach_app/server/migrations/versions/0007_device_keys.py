"""Device keys and short-lived tokens (issue 16): the long-lived bearer credential goes.

A device registers an Ed25519 public key (`devices.public_key`) with its one-time enrolment
credential, or, for a device enrolled before this, with its old long-lived credential; that
credential's hash is then cleared (`devices.credential_hash` becomes nullable) so it is
refused from then on. Tokens (`device_tokens`) are issued against a signed challenge
(`device_challenges`, single use) and live at most an hour; only their hashes are kept.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

ID = 64


def upgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.alter_column("credential_hash", existing_type=sa.String(64), nullable=True)
        batch.add_column(sa.Column("public_key", sa.String(64), nullable=True))
    op.create_table(
        "device_challenges",
        sa.Column("nonce_hash", sa.String(64), nullable=False),
        sa.Column("device_id", sa.String(ID), nullable=False),
        sa.Column("expires_at", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"], ["devices.id"], name="fk_device_challenges_device_id_devices"
        ),
        sa.PrimaryKeyConstraint("nonce_hash", name="pk_device_challenges"),
    )
    op.create_index("ix_device_challenges_device_id", "device_challenges", ["device_id"])
    op.create_table(
        "device_tokens",
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("device_id", sa.String(ID), nullable=False),
        sa.Column("expires_at", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name="fk_device_tokens_device_id_devices"),
        sa.PrimaryKeyConstraint("token_hash", name="pk_device_tokens"),
    )
    op.create_index("ix_device_tokens_device_id", "device_tokens", ["device_id"])


def downgrade() -> None:
    raise NotImplementedError("migrations are forward-only")
