"""Protocol v2 (issue 21): the server holds ciphertext, not reports.

v1's readable report storage goes with everything derived from it (there are no
deployments): `reports`, `withdrawals`, `superseded` and the per-device `stats`. In their
place:

- `envelopes`: one row per envelope, its clear header and its ciphertext (sealed to a
  charity desk; the server cannot open it). The ciphertext becomes NULL when the envelope is
  withdrawn or a set time after its desk acknowledged it; the header stays as tombstone data.
- `envelope_tombstones`: withdrawn verifiers (one per person and purpose), so an envelope
  arriving after its withdrawal is answered `withdrawn`.
- `stats_sums` / `stats_contributions`: monthly aggregates per organisation, region and
  month, and each contribution by its `aggregate_key` (a value the server cannot link to a
  device) so a resend replaces instead of adding. No column names a device.
- `key_bundles`: the charity's signed bundles of desk public keys, by version.
- `rate_buckets`: token buckets shared by every serving process on one database.
- `alerts` gain the alerts desk's signature; unsigned alerts (all of v1's) are deleted and
  the link to a source report goes (the server no longer reads reports).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

ID = 64


def upgrade() -> None:
    op.drop_table("superseded")
    op.drop_table("withdrawals")
    op.drop_table("reports")
    op.drop_table("stats")
    op.create_table(
        "envelopes",
        sa.Column("pk", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=False, nullable=False),
        sa.Column("envelope_id", sa.String(ID), nullable=False),
        sa.Column("org_id", sa.String(ID), nullable=False),
        sa.Column("region_id", sa.String(ID), nullable=False),
        sa.Column("purpose", sa.String(40), nullable=False),
        sa.Column("desk_id", sa.String(ID), nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("supersedes", sa.String(ID), nullable=True),
        sa.Column("verifier", sa.String(64), nullable=False),
        sa.Column("ciphertext", sa.LargeBinary(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("acked_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name="fk_envelopes_org_id_orgs"),
        sa.PrimaryKeyConstraint("pk", name="pk_envelopes"),
        sa.UniqueConstraint("envelope_id", name="uq_envelopes_envelope_id"),
    )
    op.create_index("ix_envelopes_verifier", "envelopes", ["verifier"])
    op.create_index("ix_envelopes_org_supersedes", "envelopes", ["org_id", "supersedes"])
    op.create_index("ix_envelopes_purpose_acked", "envelopes", ["purpose", "acked_on"])
    op.create_table(
        "envelope_tombstones",
        sa.Column("verifier", sa.String(64), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("found_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("verifier", name="pk_envelope_tombstones"),
    )
    op.create_table(
        "stats_sums",
        sa.Column("org_id", sa.String(ID), nullable=False),
        sa.Column("region_id", sa.String(ID), nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("measure", sa.String(80), nullable=False),
        sa.Column("count", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name="fk_stats_sums_org_id_orgs"),
        sa.PrimaryKeyConstraint("org_id", "region_id", "month", "measure", name="pk_stats_sums"),
    )
    op.create_table(
        "stats_contributions",
        sa.Column("org_id", sa.String(ID), nullable=False),
        sa.Column("aggregate_key", sa.String(64), nullable=False),
        sa.Column("region_id", sa.String(ID), nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name="fk_stats_contributions_org_id_orgs"),
        sa.PrimaryKeyConstraint("org_id", "aggregate_key", name="pk_stats_contributions"),
    )
    op.create_table(
        "key_bundles",
        sa.Column("version", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("charity_id", sa.String(ID), nullable=False),
        sa.Column("bundle", sa.Text(), nullable=False),
        sa.Column("installed_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("version", name="pk_key_bundles"),
    )
    op.create_table(
        "rate_buckets",
        sa.Column("bucket", sa.String(120), nullable=False),
        sa.Column("tokens", sa.Float(), nullable=False),
        sa.Column("updated", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("bucket", name="pk_rate_buckets"),
    )
    # Unsigned alerts cannot be served to a v2 device, and no v1 device remains.
    op.execute("DELETE FROM alert_regions")
    op.execute("DELETE FROM alerts")
    with op.batch_alter_table("alerts") as batch:
        batch.drop_column("source_org_id")
        batch.drop_column("source_report_id")
        batch.drop_column("source_withdrawn")
        batch.add_column(sa.Column("desk_id", sa.String(ID), nullable=True))
        batch.add_column(sa.Column("signature", sa.String(200), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("migrations are forward-only")
