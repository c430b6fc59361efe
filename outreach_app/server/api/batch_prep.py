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
`PreparedEnvelopes` of plain lists, or the validation errors (never the input). What runs
in them is api/batch_validation.py, which imports neither FastAPI nor SQLAlchemy.
"""

from __future__ import annotations

import asyncio
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context

from fastapi.exceptions import RequestValidationError

from outreach_app.protocol.errors import ErrorCode
from outreach_app.server.api.batch_validation import prepare_body, ready, start_validator
from outreach_app.server.api.errors import ApiError
from outreach_app.server.db.prepared import PreparedEnvelopes


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
            self.processes, mp_context=spawn, initializer=start_validator, initargs=(os.getpid(),)
        )

    async def start(self) -> None:
        """Start the pool's processes now, so the first batches do not wait for them."""
        if self.processes == 0:
            return
        self._pool = self._new_pool()
        loop = asyncio.get_running_loop()
        await asyncio.gather(*(loop.run_in_executor(self._pool, ready) for _ in range(self.processes)))

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
