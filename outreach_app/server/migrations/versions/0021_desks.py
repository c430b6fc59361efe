"""Charity desks (issue 22): desk enrolment codes, desks with a role and an Ed25519 key, and
their single-use challenges and short-lived tokens (the same scheme as devices').

A desk is not a device: it belongs to no organisation (it reads envelopes of its purposes
across the charity's organisations) and has a role: alerts, police or admin.

Revision ID: 0021
Revises: 0020
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

ID = 64


def upgrade() -> None:
    op.create_table(
        "desks",
        sa.Column("id", sa.String(ID), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("enrolled_on", sa.Date(), nullable=False),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_desks"),
    )
    op.create_table(
        "desk_codes",
        sa.Column("code_hash", sa.String(64), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("expires_at", sa.BigInteger(), nullable=False),
        sa.Column("request_id", sa.String(ID), nullable=True),
        sa.Column("desk_id", sa.String(ID), nullable=True),
        sa.PrimaryKeyConstraint("code_hash", name="pk_desk_codes"),
    )
    op.create_table(
        "desk_challenges",
        sa.Column("nonce_hash", sa.String(64), nullable=False),
        sa.Column("desk_id", sa.String(ID), nullable=False),
        sa.Column("expires_at", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["desk_id"], ["desks.id"], name="fk_desk_challenges_desk_id_desks"),
        sa.PrimaryKeyConstraint("nonce_hash", name="pk_desk_challenges"),
    )
    op.create_index("ix_desk_challenges_desk_id", "desk_challenges", ["desk_id"])
    op.create_table(
        "desk_tokens",
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("desk_id", sa.String(ID), nullable=False),
        sa.Column("expires_at", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["desk_id"], ["desks.id"], name="fk_desk_tokens_desk_id_desks"),
        sa.PrimaryKeyConstraint("token_hash", name="pk_desk_tokens"),
    )
    op.create_index("ix_desk_tokens_desk_id", "desk_tokens", ["desk_id"])


def downgrade() -> None:
    raise NotImplementedError("migrations are forward-only")
