"""Initial schema: regions, orgs, enrolment, devices, reports, withdrawals, alerts, stats, audit heads.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = 64


def upgrade() -> None:
    op.create_table(
        "regions",
        sa.Column("id", sa.String(ID), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_regions"),
        sa.UniqueConstraint("name", name="uq_regions_name"),
    )
    op.create_table(
        "orgs",
        sa.Column("id", sa.String(ID), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("regions_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_orgs"),
        sa.UniqueConstraint("name", name="uq_orgs_name"),
    )
    op.create_table(
        "org_regions",
        sa.Column("org_id", sa.String(ID), nullable=False),
        sa.Column("region_id", sa.String(ID), nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name="fk_org_regions_org_id_orgs"),
        sa.ForeignKeyConstraint(["region_id"], ["regions.id"], name="fk_org_regions_region_id_regions"),
        sa.PrimaryKeyConstraint("org_id", "region_id", name="pk_org_regions"),
    )
    op.create_table(
        "enroll_codes",
        sa.Column("code_hash", sa.String(64), nullable=False),
        sa.Column("org_id", sa.String(ID), nullable=False),
        sa.Column("expires_at", sa.BigInteger(), nullable=False),
        sa.Column("used", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name="fk_enroll_codes_org_id_orgs"),
        sa.PrimaryKeyConstraint("code_hash", name="pk_enroll_codes"),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.String(ID), nullable=False),
        sa.Column("org_id", sa.String(ID), nullable=False),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("credential_hash", sa.String(64), nullable=False),
        sa.Column("enrolled_on", sa.Date(), nullable=False),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name="fk_devices_org_id_orgs"),
        sa.PrimaryKeyConstraint("id", name="pk_devices"),
        sa.UniqueConstraint("credential_hash", name="uq_devices_credential_hash"),
    )
    op.create_table(
        "reports",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("org_id", sa.String(ID), nullable=False),
        sa.Column("report_id", sa.String(ID), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=True),
        sa.Column("region_id", sa.String(ID), nullable=True),
        sa.Column("verifier", sa.String(64), nullable=True),
        sa.Column("withdrawn_purposes", sa.String(200), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name="fk_reports_org_id_orgs"),
        sa.PrimaryKeyConstraint("pk", name="pk_reports"),
        sa.UniqueConstraint("org_id", "report_id", name="uq_reports_org_report"),
    )
    op.create_index("ix_reports_org_verifier", "reports", ["org_id", "verifier"])
    op.create_table(
        "withdrawals",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("org_id", sa.String(ID), nullable=False),
        sa.Column("report_id", sa.String(ID), nullable=True),
        sa.Column("verifier", sa.String(64), nullable=True),
        sa.Column("purposes", sa.String(200), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name="fk_withdrawals_org_id_orgs"),
        sa.PrimaryKeyConstraint("pk", name="pk_withdrawals"),
    )
    op.create_index("ix_withdrawals_org_verifier", "withdrawals", ["org_id", "verifier"])
    op.create_index("ix_withdrawals_org_report", "withdrawals", ["org_id", "report_id"])
    op.create_table(
        "alerts",
        sa.Column("id", sa.String(ID), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("source_org_id", sa.String(ID), nullable=True),
        sa.Column("source_report_id", sa.String(ID), nullable=True),
        sa.Column("source_withdrawn", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.BigInteger(), nullable=True),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("updated_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_alerts"),
    )
    op.create_index("ix_alerts_change_seq", "alerts", ["change_seq"])
    op.create_table(
        "alert_regions",
        sa.Column("alert_id", sa.String(ID), nullable=False),
        sa.Column("region_id", sa.String(ID), nullable=False),
        sa.ForeignKeyConstraint(["alert_id"], ["alerts.id"], name="fk_alert_regions_alert_id_alerts"),
        sa.ForeignKeyConstraint(["region_id"], ["regions.id"], name="fk_alert_regions_region_id_regions"),
        sa.PrimaryKeyConstraint("alert_id", "region_id", name="pk_alert_regions"),
    )
    op.create_table(
        "counters",
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_counters"),
    )
    op.bulk_insert(
        sa.table("counters", sa.column("name", sa.String), sa.column("value", sa.BigInteger)),
        [{"name": "alert_seq", "value": 0}],
    )
    op.create_table(
        "stats",
        sa.Column("device_id", sa.String(ID), nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("org_id", sa.String(ID), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name="fk_stats_device_id_devices"),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name="fk_stats_org_id_orgs"),
        sa.PrimaryKeyConstraint("device_id", "month", name="pk_stats"),
    )
    op.create_table(
        "audit_heads",
        sa.Column("device_id", sa.String(ID), nullable=False),
        sa.Column("org_id", sa.String(ID), nullable=False),
        sa.Column("sequence", sa.BigInteger(), nullable=False),
        sa.Column("chain_hash", sa.String(64), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name="fk_audit_heads_device_id_devices"),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name="fk_audit_heads_org_id_orgs"),
        sa.PrimaryKeyConstraint("device_id", name="pk_audit_heads"),
    )


def downgrade() -> None:
    raise NotImplementedError("migrations are forward-only")
