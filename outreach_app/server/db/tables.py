"""The server's tables (SQLAlchemy Core). Alembic migrations create them; this module is
what the queries use, and a test checks the two agree.

What is kept, on purpose: an envelope's organisation (never the device), the day it arrived
(never the time), its clear header and its ciphertext, which the server cannot open
(protocol v2). No table has a column for an IP address.
Times that only steer the server (code expiry) are epoch seconds; days are ISO dates.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

ID_LEN = 64

regions = Table(
    "regions",
    metadata,
    Column("id", String(ID_LEN), primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("created_on", Date, nullable=False),
)

orgs = Table(
    "orgs",
    metadata,
    Column("id", String(ID_LEN), primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("created_on", Date, nullable=False),
    # The alert sequence number when the org's regions last changed: a device whose feed
    # cursor is older gets a reset snapshot (it may have alerts of a region no longer its own).
    Column("regions_seq", BigInteger, nullable=False, default=0),
)

org_regions = Table(
    "org_regions",
    metadata,
    Column("org_id", String(ID_LEN), ForeignKey("orgs.id"), primary_key=True),
    Column("region_id", String(ID_LEN), ForeignKey("regions.id"), primary_key=True),
)

enroll_codes = Table(
    "enroll_codes",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("org_id", String(ID_LEN), ForeignKey("orgs.id"), nullable=False),
    Column("expires_at", BigInteger, nullable=False),
    Column("used", Boolean, nullable=False, default=False),
    # Idempotent enrolment (migration 0004): the request that holds the code, and the
    # unconfirmed device it made. `used` turns true only when that device confirms.
    Column("request_id", String(ID_LEN), nullable=True),
    Column("device_id", String(ID_LEN), nullable=True),
)

devices = Table(
    "devices",
    metadata,
    Column("id", String(ID_LEN), primary_key=True),
    Column("org_id", String(ID_LEN), ForeignKey("orgs.id"), nullable=False),
    Column("label", String(200), nullable=False),
    # The hash of the one-time enrolment credential (or of an old long-lived one) until the
    # device registers its key with it; NULL from then on, so it is refused (migration 0007).
    Column("credential_hash", String(64), nullable=True, unique=True),
    Column("enrolled_on", Date, nullable=False),
    Column("revoked_on", Date, nullable=True),
    # Epoch seconds until which an unconfirmed device may still confirm (its code's expiry);
    # NULL once confirmed (and for devices enrolled before migration 0004).
    Column("pending_until", BigInteger, nullable=True),
    # The device's Ed25519 public key (URL-safe base64); its private half is only in the
    # device's vault. NULL until registered.
    Column("public_key", String(64), nullable=True),
)

# Challenges issued to devices (protocol.device_auth): each answers one token request.
device_challenges = Table(
    "device_challenges",
    metadata,
    Column("nonce_hash", String(64), primary_key=True),
    Column("device_id", String(ID_LEN), ForeignKey("devices.id"), nullable=False, index=True),
    Column("expires_at", BigInteger, nullable=False),
)

# Live bearer tokens, by hash only; at most an hour each (epoch seconds).
device_tokens = Table(
    "device_tokens",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("device_id", String(ID_LEN), ForeignKey("devices.id"), nullable=False, index=True),
    Column("expires_at", BigInteger, nullable=False),
)

# One row per envelope (protocol v2): its clear header and its ciphertext, sealed to a charity
# desk's key (the server cannot open it). The ciphertext becomes NULL when the envelope is
# withdrawn, or a set time after its desk acknowledged it (db/envelopes.py:delete_acknowledged);
# the header stays as tombstone data.
envelopes = Table(
    "envelopes",
    metadata,
    # The day received above 43 random bits (db/envelopes.py:new_row_keys): a counting key
    # would show which envelopes came in one batch, and their order. INTEGER on SQLite so it
    # stays the rowid.
    Column("pk", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False),
    Column("envelope_id", String(ID_LEN), nullable=False, unique=True),
    Column("org_id", String(ID_LEN), ForeignKey("orgs.id"), nullable=False),
    Column("region_id", String(ID_LEN), nullable=False),
    Column("purpose", String(40), nullable=False),
    # The desk of the installed key bundle whose key sealed the content.
    Column("desk_id", String(ID_LEN), nullable=False),
    Column("month", String(7), nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("supersedes", String(ID_LEN), nullable=True),
    Column("verifier", String(64), nullable=False),
    Column("ciphertext", LargeBinary, nullable=True),
    Column("received_on", Date, nullable=False),
    Column("acked_on", Date, nullable=True),
    Column("withdrawn_on", Date, nullable=True),
    Index("ix_envelopes_verifier", "verifier"),
    # A late copy of a superseded envelope is found by the envelope that names it. Only the
    # few envelopes that supersede one are indexed (migration 0022): each entry is a random
    # page write at intake.
    Index(
        "ix_envelopes_org_supersedes",
        "org_id",
        "supersedes",
        sqlite_where=text("supersedes IS NOT NULL"),
        postgresql_where=text("supersedes IS NOT NULL"),
    ),
    Index("ix_envelopes_purpose_acked", "purpose", "acked_on"),
)

# Withdrawn verifiers. A verifier is one person's for one purpose and is not an
# organisation's: the person may ask any project, so a tombstone reaches every organisation.
envelope_tombstones = Table(
    "envelope_tombstones",
    metadata,
    Column("verifier", String(64), primary_key=True),
    Column("received_on", Date, nullable=False),
    # The day the tombstone first withdrew an envelope on arrival (a later withdrawal of the
    # verifier then answers `already_withdrawn`, not `unknown`).
    Column("found_on", Date, nullable=True),
)

# Monthly statistics summed per organisation, region and month (db/stats.py).
stats_sums = Table(
    "stats_sums",
    metadata,
    Column("org_id", String(ID_LEN), ForeignKey("orgs.id"), primary_key=True),
    Column("region_id", String(ID_LEN), primary_key=True),
    Column("month", String(7), primary_key=True),
    Column("measure", String(80), primary_key=True),
    Column("count", BigInteger, nullable=False),
)

# Each contribution to `stats_sums`, by its aggregate key (an HMAC under a secret only the
# device holds): a resend of the key replaces its contribution. No column names a device.
stats_contributions = Table(
    "stats_contributions",
    metadata,
    Column("org_id", String(ID_LEN), ForeignKey("orgs.id"), primary_key=True),
    Column("aggregate_key", String(64), primary_key=True),
    Column("region_id", String(ID_LEN), nullable=False),
    Column("month", String(7), nullable=False),
    # JSON object measure -> count, as added to the sums.
    Column("counts", Text, nullable=False),
)

# The charity's signed key bundles (desk public keys), by version; the highest is current.
key_bundles = Table(
    "key_bundles",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("charity_id", String(ID_LEN), nullable=False),
    # The signed bundle as installed (JSON), served as is at enrolment.
    Column("bundle", Text, nullable=False),
    Column("installed_on", Date, nullable=False),
)

# Token buckets shared by every serving process on this database (core/ratelimit.py).
# `bucket` is the limiter's name and an opaque key; `updated` is epoch seconds.
rate_buckets = Table(
    "rate_buckets",
    metadata,
    Column("bucket", String(120), primary_key=True),
    Column("tokens", Float, nullable=False),
    Column("updated", Float, nullable=False),
)

alerts = Table(
    "alerts",
    metadata,
    Column("id", String(ID_LEN), primary_key=True),
    Column("version", Integer, nullable=False),
    # draft | published | expired | withdrawn
    Column("status", String(20), nullable=False),
    Column("content", Text, nullable=False),
    Column("change_seq", BigInteger, nullable=True, index=True),
    Column("created_on", Date, nullable=False),
    Column("updated_on", Date, nullable=False),
    # The alerts desk that signed `content` (its canonical JSON), and its Ed25519 signature.
    Column("desk_id", String(ID_LEN), nullable=True),
    Column("signature", String(200), nullable=True),
)

alert_regions = Table(
    "alert_regions",
    metadata,
    Column("alert_id", String(ID_LEN), ForeignKey("alerts.id"), primary_key=True),
    Column("region_id", String(ID_LEN), ForeignKey("regions.id"), primary_key=True),
)

# One row per named counter; `alert_seq` orders alert feed changes. Updating the row takes a
# row lock, so concurrent publishers commit their sequence numbers in order.
counters = Table(
    "counters",
    metadata,
    Column("name", String(40), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

audit_heads = Table(
    "audit_heads",
    metadata,
    Column("device_id", String(ID_LEN), ForeignKey("devices.id"), primary_key=True),
    Column("org_id", String(ID_LEN), ForeignKey("orgs.id"), nullable=False),
    Column("sequence", BigInteger, nullable=False),
    Column("chain_hash", String(64), nullable=False),
    Column("received_on", Date, nullable=False),
)

# What staff did through the admin CLI (db/staff_log.py): who, what, when, on which ids, how
# many. Never payloads, codes or alert text: the log is safe to show to any admin.
staff_log = Table(
    "staff_log",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("at", BigInteger, nullable=False),
    Column("staff", String(100), nullable=False),
    Column("action", String(40), nullable=False),
    Column("target", String(200), nullable=False),
    Column("count", Integer, nullable=True),
    Column("detail", String(200), nullable=False, default=""),
    # The serving role may only append (db/roles.py): an INSERT must not ask for the new pk
    # back, since RETURNING needs the SELECT right it does not have.
    implicit_returning=False,
)

# --- warnings to subscribers (issue 23, db/subscriptions.py, db/deliveries.py) -----------------
# A subscriber is a random id, a keyed hash of the address (to find them on STOP) and one
# sealed record (channel, address, regions, language, wording, day of consent) that only the
# subscriber key outside the database opens. No column links a subscriber to a report, a
# device, an organisation or a worker.
subscribers = Table(
    "subscribers",
    metadata,
    Column("id", String(24), primary_key=True),
    Column("stop_lookup", String(64), nullable=False, unique=True),
    Column("sealed", Text, nullable=False),
    Column("confirmed", Boolean, nullable=False),
    # Epoch seconds: an unconfirmed public sign-up is deleted two days after it.
    Column("created_at", BigInteger, nullable=False),
)

# The delivery queue: one row per message. `message_key` is unique (alert version and
# subscriber, or a confirmation) and is the idempotency key handed to gateways.
deliveries = Table(
    "deliveries",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("message_key", String(120), nullable=False, unique=True),
    Column("subscriber_id", String(24), ForeignKey("subscribers.id"), nullable=False, index=True),
    # alert | confirm | welcome
    Column("kind", String(10), nullable=False),
    Column("alert_id", String(ID_LEN), nullable=True, index=True),
    Column("alert_version", Integer, nullable=True),
    # The channel is kept in clear so the worker can pace each gateway without opening records.
    Column("channel", String(20), nullable=False),
    # pending | sending | sent | cancelled
    Column("status", String(10), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_at", BigInteger, nullable=False),
    # The notify worker that claimed a `sending` row (db/deliveries.py: reclaim_orphans).
    Column("claimed_by", Integer, nullable=True),
    Index("ix_deliveries_status_next", "status", "next_at"),
    # What a claim reads, in the order it claims (db/deliveries.py: claim; migration 0024):
    # without it every claim sorted all the pending rows of its channel.
    Index(
        "ix_deliveries_pending_claim",
        "channel",
        "next_at",
        "pk",
        sqlite_where=text("status = 'pending'"),
        postgresql_where=text("status = 'pending'"),
    ),
)

# The alert versions already fanned out to the queue.
notify_fanouts = Table(
    "notify_fanouts",
    metadata,
    Column("alert_id", String(ID_LEN), primary_key=True),
    Column("version", Integer, primary_key=True),
)

# Short, unguessable codes of the public alert pages (/a/CODE).
alert_links = Table(
    "alert_links",
    metadata,
    Column("code", String(24), primary_key=True),
    Column("alert_id", String(ID_LEN), nullable=False, unique=True),
)

# --- charity desks (issue 22, db/staff_desks.py) -----------------------------------------------
# A desk is a charity staff machine with a role (alerts | police | admin). It belongs to no
# organisation: it reads the envelopes of its purposes across all of them. It signs in like a
# device (an Ed25519 key it made itself; challenges and tokens by hash only).
desks = Table(
    "desks",
    metadata,
    Column("id", String(ID_LEN), primary_key=True),
    Column("role", String(20), nullable=False),
    Column("label", String(200), nullable=False),
    Column("public_key", String(64), nullable=False),
    Column("enrolled_on", Date, nullable=False),
    Column("revoked_on", Date, nullable=True),
)

# One-time desk enrolment codes (`outreach-server desk-code --role R`), by hash. `desk_id` is
# the desk the code made (a retry of the same request id gets it again).
desk_codes = Table(
    "desk_codes",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("role", String(20), nullable=False),
    Column("expires_at", BigInteger, nullable=False),
    Column("request_id", String(ID_LEN), nullable=True),
    Column("desk_id", String(ID_LEN), nullable=True),
)

desk_challenges = Table(
    "desk_challenges",
    metadata,
    Column("nonce_hash", String(64), primary_key=True),
    Column("desk_id", String(ID_LEN), ForeignKey("desks.id"), nullable=False, index=True),
    Column("expires_at", BigInteger, nullable=False),
)

desk_tokens = Table(
    "desk_tokens",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("desk_id", String(ID_LEN), ForeignKey("desks.id"), nullable=False, index=True),
    Column("expires_at", BigInteger, nullable=False),
)
