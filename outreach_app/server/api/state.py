"""What the routes share, built once by `create_app` and kept on `app.state.outreach`."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from outreach_app.server.api.batch_prep import BatchPreparer
from outreach_app.server.core.clock import Clock
from outreach_app.server.core.config import ServerSettings
from outreach_app.server.core.ratelimit import PeerKeys
from outreach_app.server.db.group_commit import IntakeWriter
from outreach_app.server.db.key_bundles import BundleCache
from outreach_app.server.db.rate_buckets import DatabaseBuckets
from outreach_app.server.db.write_gate import WriteGate


@dataclass
class ServerState:
    """Attributes:
    settings: limits and the DB URL.
    engine: the SQLAlchemy engine (pooled; one per process).
    clock: UTC wall clock (days received, code expiry).
    by_device, enroll_by_ip, auth_by_device, verifier_by_device, verifier_by_ip, verifier_by_org:
        token buckets in
        the database, shared by every serving process.
    peers: turns client addresses into opaque in-memory keys.
    write_gate: queues envelope-intake transactions on a SQLite file (db/write_gate.py).
    preparer: validates and hashes envelope batches, inline or in a process pool (api/batch_prep.py).
    intake: stores prepared envelope batches, several to a transaction when they queue
        (db/group_commit.py).
    bundles: the installed key bundle, parsed once per version (db/key_bundles.py).
    forms_by_ip: the public warning pages' forms per client address (issue 23,
        notify/setup.PUBLIC_FORM_LIMIT), a database bucket like the others.
    """

    settings: ServerSettings
    engine: Engine
    clock: Clock
    by_device: DatabaseBuckets
    enroll_by_ip: DatabaseBuckets
    auth_by_device: DatabaseBuckets
    verifier_by_device: DatabaseBuckets
    verifier_by_ip: DatabaseBuckets
    verifier_by_org: DatabaseBuckets
    peers: PeerKeys
    write_gate: WriteGate
    preparer: BatchPreparer
    intake: IntakeWriter
    bundles: BundleCache
    forms_by_ip: DatabaseBuckets
