"""Validating envelope batches: in the serving process, or in a pool of processes.

Why a pool (`outreach-server serve --validators N`): validating a batch of 1000 envelopes
(headers, base64 ciphertexts and the hash of each) is Python that holds the GIL,
while the write transaction can run in one process at a time. With several uvicorn
workers on one SQLite file, each worker's page cache starts cold after the other's commit,
workers queue at a lock that passes between processes, and a worker holding the lock
shares its GIL with its own validations; keep-alive connections also stay with whichever
worker accepted them, so one worker can be left with most of the load. With a pool, one
serving process is the only writer and every batch's validation goes to whichever pool
process is free (docs/server.md, docs/performance.md).

The pool's processes are started with `spawn` (no copy of the server's threads, engine
or open database files) and receive only the request body; they send back a
`PreparedEnvelopes` of plain lists, or the validation errors (never the input).
"""

from __future__ import annotations

import asyncio
import os
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from typing import Any

from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from outreach_app.protocol.envelopes import EnvelopeBatch, ciphertext_bytes
from outreach_app.protocol.errors import ErrorCode
from outreach_app.server.api.canonical_batch import CANONICAL_DEPTH, prepare_canonical
from outreach_app.server.api.errors import ApiError
from outreach_app.server.core.gc_tuning import tune_for_serving
from outreach_app.server.core.json_limits import too_deep
from outreach_app.server.core.parent_death import die_with_parent
from outreach_app.server.db.envelopes import PreparedEnvelopes

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


def _start_validator(server_pid: int) -> None:
    """Run first in each pool process: it dies with the server process (a validator holds
    nothing worth a graceful end), then is tuned like it."""
    die_with_parent(server_pid, signal.SIGKILL)
    tune_for_serving()


def _ready() -> bool:
    """Run once per pool process when the pool starts (the import is the warm-up)."""
    return True


class BatchPreparer:
    """Prepares request bodies in `processes` pool processes, or inline when 0; bodies
    nested deeper than `max_depth` are refused."""

    def __init__(self, processes: int, max_depth: int) -> None:
        if processes < 0:
            raise ValueError("processes must be 0 or more")
        self.processes = processes
        self.max_depth = max_depth
        self._pool: ProcessPoolExecutor | None = None

    def _new_pool(self) -> ProcessPoolExecutor:
        spawn = get_context("spawn")
        return ProcessPoolExecutor(
            self.processes, mp_context=spawn, initializer=_start_validator, initargs=(os.getpid(),)
        )

    async def start(self) -> None:
        """Start the pool's processes now, so the first batches do not wait for them."""
        if self.processes == 0:
            return
        self._pool = self._new_pool()
        loop = asyncio.get_running_loop()
        await asyncio.gather(*(loop.run_in_executor(self._pool, _ready) for _ in range(self.processes)))

    async def prepare(self, body: bytes) -> PreparedEnvelopes:
        """The prepared batch; raises ApiError 400 for a body nested too deep,
        RequestValidationError (422, as FastAPI's own) for an invalid one, and ApiError 503
        when a pool process died (the pool is restarted; the device retries, nothing was
        stored)."""
        if self.processes == 0:
            result = prepare_body(body, self.max_depth)
        else:
            pool = self._pool if self._pool is not None else self._start_lazily()
            try:
                loop = asyncio.get_running_loop()
                result = await loop.run_in_executor(pool, prepare_body, body, self.max_depth)
            except BrokenProcessPool:
                self._restart(pool)
                raise ApiError(503, ErrorCode.UNAVAILABLE) from None
        if isinstance(result, str):
            raise ApiError(400, ErrorCode.BAD_REQUEST)
        if isinstance(result, list):
            raise RequestValidationError(result)
        return result

    def _start_lazily(self) -> ProcessPoolExecutor:
        self._pool = self._new_pool()
        return self._pool

    def _restart(self, broken: ProcessPoolExecutor) -> None:
        if self._pool is broken:
            self._pool = self._new_pool()
        broken.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
