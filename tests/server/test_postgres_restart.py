"""PostgreSQL dropping every connection under load (what a restart does to the server):
devices retry what was not answered, and every report is stored exactly once.

The shared test cluster is not restarted (other test runs use it); instead every backend
of this test's database is ended with `pg_terminate_backend`, again and again, while four
devices post batches. That is what the server sees of a restart: each open connection,
idle in the pool or in the middle of a transaction, fails at once.
"""

from __future__ import annotations

import threading
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.engine import make_url

from outreach_app.server.db.engine import make_engine
from outreach_app.server.db.tables import envelopes
from tests.server.device_keys import signed_in_headers
from tests.server.support import make_envelope
from tests.server_harness import default_tls, running_server

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

DEVICES = 4
BATCHES_EACH = 25
BATCH = 50
KILL_EVERY = 2  # batches a device answers between two rounds of terminations
MAX_ATTEMPTS = 50
RETRY = {500, 503}  # what a device retries (protocol.action_for_status: 5xx)


def _terminate_backends(admin: Engine, database: str) -> int:
    """End every connection to `database` but the admin's own; how many were ended."""
    with admin.connect() as conn:
        ended = conn.execute(
            text(
                "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity"
                " WHERE datname = :name AND pid <> pg_backend_pid()"
            ),
            {"name": database},
        ).scalar_one()
        conn.commit()
    return int(ended)


def test_every_report_is_stored_once_while_postgres_drops_connections(tmp_path: Path, pg_db_url: str) -> None:
    database = make_url(pg_db_url).database
    assert database
    admin = make_engine(pg_db_url.rsplit("/", 1)[0] + "/postgres", pool_size=1)
    terminated = 0
    retried: list[Any] = []
    count_lock = threading.Lock()
    failures: list[str] = []
    receipts: dict[str, list[str]] = {}
    with running_server(tmp_path, db_url=pg_db_url) as server:
        credentials = []
        for index in range(DEVICES):
            reply = httpx.post(
                f"{server.url}/v2/enroll",
                json={
                    "code": server.make_enroll_code(),
                    "device_label": f"Laptop {index}",
                    "request_id": str(uuid.uuid4()),
                },
                timeout=30,
                verify=default_tls(),
            )
            assert reply.status_code == 200, reply.text
            credentials.append(signed_in_headers(server.url, reply.json(), timeout=30))
        batches = [
            [[make_envelope(server.org_id) for _ in range(BATCH)] for _ in range(BATCHES_EACH)]
            for _ in range(DEVICES)
        ]

        def device(index: int) -> None:
            nonlocal terminated
            headers = credentials[index]
            with httpx.Client(
                verify=default_tls(), base_url=server.url, headers=headers, timeout=60
            ) as client:
                for number, batch in enumerate(batches[index]):
                    for _attempt in range(MAX_ATTEMPTS):
                        try:
                            reply = client.post("/v2/envelopes", json={"envelopes": batch})
                        except httpx.TransportError:
                            status: Any = "transport"
                        else:
                            status = reply.status_code
                        if status == 200:
                            break
                        if status not in RETRY and status != "transport":
                            failures.append(f"device {index} batch {number}: {status}")
                            return
                        with count_lock:
                            retried.append(status)
                    else:
                        failures.append(f"device {index} batch {number}: never stored")
                        return
                    with count_lock:
                        for receipt, item in zip(reply.json()["receipts"], batch, strict=True):
                            assert receipt["envelope_id"] == item["header"]["envelope_id"]
                            receipts.setdefault(receipt["envelope_id"], []).append(receipt["status"])
                    if number % KILL_EVERY == 0:  # the other devices are mid-request now
                        ended = _terminate_backends(admin, database)
                        with count_lock:
                            terminated += ended

        threads = [threading.Thread(target=device, args=(i,)) for i in range(DEVICES)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=600)
        assert not any(thread.is_alive() for thread in threads)
        with server.engine.connect() as conn:
            stored = list(conn.execute(select(envelopes.c.envelope_id)).scalars())
            rows = conn.execute(select(func.count()).select_from(envelopes)).scalar_one()
    admin.dispose()
    assert failures == []
    sent = {
        item["header"]["envelope_id"]
        for device_batches in batches
        for batch in device_batches
        for item in batch
    }
    assert len(sent) == DEVICES * BATCHES_EACH * BATCH
    assert rows == len(stored) == len(set(stored)) == len(sent) and set(stored) == sent  # 0 lost, 0 twice
    # One receipt per report: accepted, or duplicate when a first try's COMMIT went through
    # but its connection was cut before the server heard so (that try got no receipt).
    assert set(receipts) == sent
    assert all(statuses in (["accepted"], ["duplicate"]) for statuses in receipts.values())
    assert terminated > 0 and retried  # connections really were cut mid-request
    # A cut connection is "unavailable, retry later", never an internal error.
    assert set(retried) == {503}, retried
