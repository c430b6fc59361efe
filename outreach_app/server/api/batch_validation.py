"""What a validator process of `outreach-server serve --validators N` runs: a request body
validated and prepared for intake (api/batch_prep.py hands the bodies out).

A module of its own because each validator is a fresh Python (`spawn`) that imports what it
unpickles: this module imports neither FastAPI nor SQLAlchemy and psycopg, which the serving
process needs and a validator never uses (issue 19: they were ~0.5 CPU-s of each validator's
start-up).
"""

from __future__ import annotations

import signal
from typing import Any

from pydantic import ValidationError

from outreach_app.protocol.envelopes import EnvelopeBatch, ciphertext_bytes
from outreach_app.server.api.canonical_batch import CANONICAL_DEPTH, prepare_canonical
from outreach_app.server.core.gc_tuning import tune_for_serving
from outreach_app.server.core.json_limits import too_deep
from outreach_app.server.core.parent_death import die_with_parent
from outreach_app.server.db.prepared import PreparedEnvelopes

ValidationErrors = list[dict[str, Any]]
TOO_DEEP = "too_deep"
"""What `prepare_body` answers for a body nested deeper than allowed (a `400`, as
LimitedJsonRoute answers for other routes)."""


def prepare(batch: EnvelopeBatch) -> PreparedEnvelopes:
    """The fields intake decides on, and each raw ciphertext (the model has checked that its
    SHA-256 is the header's `content_hash`)."""
    headers = [envelope.header for envelope in batch.envelopes]
    return PreparedEnvelopes(
        ids=[str(h.envelope_id) for h in headers],
        orgs=[str(h.org) for h in headers],
        region_ids=[h.region for h in headers],
        purposes=[h.purpose for h in headers],
        desk_ids=[h.desk_id for h in headers],
        months=[h.month for h in headers],
        hashes=[h.content_hash for h in headers],
        supersedes=[None if h.supersedes is None else str(h.supersedes) for h in headers],
        verifiers=[h.verifier for h in headers],
        ciphertexts=[ciphertext_bytes(envelope.ciphertext) for envelope in batch.envelopes],
    )


def prepare_body(body: bytes, max_depth: int) -> PreparedEnvelopes | ValidationErrors | str:
    """The batch in `body`, validated and prepared for intake; or the validation errors,
    located under `body` as FastAPI's own are, without the input; or TOO_DEEP, checked
    before the model parses it (core/json_limits.py).

    A body in the canonical form the app writes takes the fast path (canonical_batch.py);
    any other, valid or not, is validated by the `EnvelopeBatch` model directly from the
    raw bytes, whose answer is then the answer.

    The fast path goes first and needs no depth scan: what it accepts is exactly
    CANONICAL_DEPTH deep, and its parser refuses deeper nesting at its own recursion limit
    without building it (the scan was 1.3 ms of a batch of 1000's ~11 ms here)."""
    if max_depth >= CANONICAL_DEPTH:
        fast = prepare_canonical(body)
        if fast is not None:
            return fast
    if too_deep(body, max_depth):
        return TOO_DEEP
    return prepare_with_model(body)


def prepare_with_model(body: bytes) -> PreparedEnvelopes | ValidationErrors:
    """`prepare_body` by the model alone (what the fast path must agree with)."""
    try:
        batch = EnvelopeBatch.model_validate_json(body)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_input=False, include_context=False)
        return [{**e, "loc": ("body", *e["loc"])} for e in errors]
    return prepare(batch)


def start_validator(server_pid: int) -> None:
    """Run first in each pool process: it dies with the server process (a validator holds
    nothing worth a graceful end), then is tuned like it."""
    die_with_parent(server_pid, signal.SIGKILL)
    tune_for_serving()


def ready() -> bool:
    """Run once per pool process when the pool starts (the import is the warm-up)."""
    return True
