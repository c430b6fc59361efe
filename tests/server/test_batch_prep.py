"""Batch preparation inline and in a pool of processes: the same result, the same errors."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import secrets
import signal
import uuid

import pytest
from fastapi.exceptions import RequestValidationError

from outreach_app.protocol.envelopes import EnvelopeBatch
from outreach_app.protocol.errors import ErrorCode
from outreach_app.server.api.batch_prep import BatchPreparer
from outreach_app.server.api.batch_validation import TOO_DEEP, prepare, prepare_body
from outreach_app.server.api.canonical_batch import CANONICAL_DEPTH
from outreach_app.server.api.errors import ApiError
from outreach_app.server.core.json_limits import json_depth
from outreach_app.server.db.prepared import PreparedEnvelopes
from tests.server.support import make_envelope

ORG = str(uuid.uuid4())


def make_report(region: str = "north", **header: object) -> dict[str, object]:
    envelope = make_envelope(ORG, region)
    envelope["header"].update(header)
    return envelope


DEPTH = 16


def _body(*items: dict[str, object]) -> bytes:
    return json.dumps({"envelopes": list(items)}).encode()


def test_a_valid_body_is_prepared_as_the_validated_batch() -> None:
    items = [make_report(), make_report(supersedes=str(uuid.uuid4())), make_report("east")]
    prepared = prepare_body(_body(*items), DEPTH)
    assert isinstance(prepared, PreparedEnvelopes)
    assert prepared == prepare(EnvelopeBatch.model_validate({"envelopes": items}))
    assert prepared.ids == [item["header"]["envelope_id"] for item in items]  # type: ignore[index]
    assert prepared.region_ids == ["north", "north", "east"]
    assert prepared.orgs == [ORG] * 3
    assert prepared.ciphertexts[0] == base64.b64decode(items[0]["ciphertext"])  # type: ignore[arg-type]


def test_an_invalid_body_gives_located_errors_without_its_input() -> None:
    canary = "canary-" + secrets.token_hex(16)
    bad = make_report(region="Not A Region " + canary)
    errors = prepare_body(_body(make_report(), bad), DEPTH)
    assert isinstance(errors, list) and errors
    assert all(error["loc"][:3] == ("body", "envelopes", 1) for error in errors)
    assert canary not in repr(errors)
    assert all("input" not in error for error in errors)


def test_inline_and_pool_give_the_same_batch_and_the_same_errors() -> None:
    body = _body(make_report(), make_report())
    invalid = _body(make_report(month="2026-13"))

    async def run() -> None:
        inline, pooled = BatchPreparer(0, DEPTH), BatchPreparer(1, DEPTH)
        await pooled.start()
        try:
            assert await pooled.prepare(body) == await inline.prepare(body)
            errors = []
            for preparer in (inline, pooled):
                with pytest.raises(RequestValidationError) as caught:
                    await preparer.prepare(invalid)
                errors.append(caught.value.errors())
            assert errors[0] == errors[1]
        finally:
            pooled.close()

    asyncio.run(run())


def test_a_dead_pool_process_is_a_503_and_the_pool_starts_again() -> None:
    body = _body(make_report())

    async def run() -> None:
        preparer = BatchPreparer(1, DEPTH)
        await preparer.start()
        try:
            pool = preparer._pool
            assert pool is not None
            for pid in list(pool._processes):  # the pool's own record of its processes
                os.kill(pid, signal.SIGKILL)
            with pytest.raises(ApiError) as caught:
                await preparer.prepare(body)
            assert caught.value.status == 503
            assert isinstance(await preparer.prepare(body), PreparedEnvelopes)
        finally:
            preparer.close()

    asyncio.run(run())


def test_a_body_nested_too_deep_is_refused_before_validation() -> None:
    deep = b'{"envelopes": ' + b"[" * (DEPTH + 1) + b"]" * (DEPTH + 1) + b"}"
    assert prepare_body(deep, DEPTH) == TOO_DEEP

    async def run() -> None:
        with pytest.raises(ApiError) as caught:
            await BatchPreparer(0, DEPTH).prepare(deep)
        assert (caught.value.status, caught.value.code) == (400, ErrorCode.BAD_REQUEST)

    asyncio.run(run())


def test_processes_must_not_be_negative() -> None:
    with pytest.raises(ValueError, match="0 or more"):
        BatchPreparer(-1, DEPTH)


def test_the_fast_path_takes_only_bodies_the_depth_limit_allows() -> None:
    """The fast path skips the depth scan: what it accepts is CANONICAL_DEPTH deep, so a
    limit below that still refuses the app's own bodies, and a deep body it cannot parse
    still meets the scan."""
    body = _body(make_report(), make_report("east"))
    assert json_depth(body) == CANONICAL_DEPTH
    assert isinstance(prepare_body(body, CANONICAL_DEPTH), PreparedEnvelopes)
    assert prepare_body(body, CANONICAL_DEPTH - 1) == TOO_DEEP
    very_deep = b'{"envelopes": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    assert prepare_body(very_deep, DEPTH) == TOO_DEEP
