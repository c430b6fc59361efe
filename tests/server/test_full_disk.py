"""A full disk on the server: no receipt for a report that was not stored, the server keeps
answering, and once there is room again every report arrives once (0 lost, 0 duplicated).

The disk is filled with RLIMIT_FSIZE on the server process (no root needed): a write past
the limit fails with EFBIG as a full disk fails with ENOSPC, and SQLite gives up the
transaction the same way. The test lifts the limit with prlimit(2) when it is done.
"""

from __future__ import annotations

import functools
import resource
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from outreach_app.server.db.engine import make_engine
from outreach_app.server.db.tables import envelopes
from tests.server import subprocess_server
from tests.server.support import make_envelope, settings_for
from tests.server_harness import default_tls
from tests.xdist_groups import FORK_SERVER

pytestmark = [
    FORK_SERVER,  # one fork server per run (tests/xdist_groups.py)
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prlimit(2) on another process: Linux"),
]

BATCH = 100
BATCHES = 40
ROOM_BYTES = 512 * 1024  # what the files may grow by: a few batches' worth of WAL


def _limit_file_size(max_bytes: int) -> Callable[[], None]:
    """Run in the server process before it serves (a partial: it travels to that process)."""
    return functools.partial(resource.setrlimit, resource.RLIMIT_FSIZE, (max_bytes, resource.RLIM_INFINITY))


def _largest_file(folder: Path) -> int:
    return max(path.stat().st_size for path in folder.iterdir() if path.is_file())


def _stored_ids(db_url: str) -> list[str]:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(select(envelopes.c.envelope_id)).scalars())
    finally:
        engine.dispose()


def _post(client: httpx.Client, batch: list[dict[str, Any]]) -> httpx.Response:
    return client.post("/v2/envelopes", json={"envelopes": batch})


def test_a_full_disk_gives_no_receipt_for_a_report_not_stored(tmp_path: Path) -> None:
    folder = tmp_path / "disk"
    folder.mkdir()
    db_url = f"sqlite:///{folder / 'server.db'}"
    headers = subprocess_server.provision(db_url)
    limit = _largest_file(folder) + ROOM_BYTES
    process, url = subprocess_server.start(settings_for(db_url), setup=_limit_file_size(limit))
    org = subprocess_server.provisioned_org(db_url)
    batches = [[make_envelope(org) for _ in range(BATCH)] for _ in range(BATCHES)]
    receipted: set[str] = set()
    refused: list[httpx.Response] = []
    try:
        with httpx.Client(verify=default_tls(), base_url=url, headers=headers, timeout=60) as client:
            for batch in batches:
                reply = _post(client, batch)
                if reply.status_code == 200:
                    receipts = reply.json()["receipts"]
                    assert {r["status"] for r in receipts} == {"accepted"}
                    receipted |= {r["envelope_id"] for r in receipts}
                else:
                    refused.append(reply)
            assert receipted, "no batch fitted: the limit left no room at all"
            assert refused, "every batch fitted: the disk never filled"
            # Refused as a temporary failure the device retries, with the protocol's body.
            assert {r.status_code for r in refused} == {503}
            assert {r.json()["code"] for r in refused} == {"unavailable"}
            assert all(r.headers.get("retry-after") for r in refused)
            # Every receipt is a stored report, and nothing without a receipt was stored.
            assert set(_stored_ids(db_url)) == receipted
            assert client.get("/v2/health").status_code == 200

            # Room again: the device resends everything; each report is stored once.
            unlimited = (resource.RLIM_INFINITY, resource.RLIM_INFINITY)
            resource.prlimit(process.pid, resource.RLIMIT_FSIZE, unlimited)
            statuses: dict[str, str] = {}
            for batch in batches:
                reply = _post(client, batch)
                assert reply.status_code == 200, reply.text
                statuses |= {r["envelope_id"]: r["status"] for r in reply.json()["receipts"]}
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=30)
    sent = {item["header"]["envelope_id"] for batch in batches for item in batch}
    assert {rid for rid, status in statuses.items() if status == "duplicate"} == receipted
    assert {rid for rid, status in statuses.items() if status == "accepted"} == sent - receipted
    stored = _stored_ids(db_url)
    assert len(stored) == len(set(stored)) == len(sent) and set(stored) == sent  # 0 lost, 0 duplicated
    assert b"Traceback" not in err
    assert b"database unavailable: OperationalError" in err  # said once per failed batch, by type only
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
            assert conn.execute(select(func.count()).select_from(envelopes)).scalar_one() == len(sent)
    finally:
        engine.dispose()
