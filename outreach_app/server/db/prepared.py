"""`PreparedEnvelopes`: what intake needs of a validated batch, in a module of its own.

The validator processes of `serve --validators N` build it and send it back; they import
this module, not db/envelopes.py with SQLAlchemy and psycopg, which they never use
(issue 19: a validator's start-up was ~0.5 CPU-s of imports for nothing).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PreparedEnvelopes:
    """What intake needs of each validated envelope of a batch, in the order sent: plain
    lists, worked out before the write transaction and small enough to pass between
    processes (api/batch_prep.py). `hashes` are the hashes the server computed over the
    ciphertext (a batch whose headers claim others is refused before this)."""

    ids: list[str]
    orgs: list[str]
    region_ids: list[str]
    purposes: list[str]
    desk_ids: list[str]
    months: list[str]
    hashes: list[str]
    supersedes: list[str | None]
    verifiers: list[str]
    ciphertexts: list[bytes]
