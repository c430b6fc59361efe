"""The server under real uvicorn on 127.0.0.1: concurrency, logs, the CLI's `serve` with TLS."""

from __future__ import annotations

import logging
import os
import ssl
import threading
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme
from sqlalchemy import func, select

from outreach_app.protocol.envelopes import EnvelopeReceipts
from outreach_app.server.db.tables import envelopes
from tests.server.device_keys import signed_in_headers
from tests.server.support import admin, bundle_file, make_envelope
from tests.server_harness import default_tls, free_port, running_server, server_command, wait_until_serving
from tests.xdist_groups import FORK_SERVER

pytestmark = FORK_SERVER  # one fork server per run (tests/xdist_groups.py)

PARALLEL = 20


def _enrol(url: str, code: str) -> dict[str, str]:
    reply = httpx.post(
        f"{url}/v2/enroll",
        json={"code": code, "device_label": "Laptop", "request_id": str(uuid.uuid4())},
        verify=default_tls(),
    )
    assert reply.status_code == 200, reply.text
    return signed_in_headers(url, reply.json())


def test_twenty_parallel_posts_of_one_report_give_one_row(tmp_path: Path, db_url: str) -> None:
    with running_server(tmp_path, db_url=db_url) as server:
        headers = _enrol(server.url, server.make_enroll_code())
        item = make_envelope(server.org_id)
        barrier = threading.Barrier(PARALLEL)
        results: list[Any] = [None] * PARALLEL

        def send(index: int) -> None:
            with httpx.Client(
                verify=default_tls(), base_url=server.url, headers=headers, timeout=30
            ) as client:
                barrier.wait()
                try:
                    results[index] = client.post("/v2/envelopes", json={"envelopes": [item]})
                except httpx.HTTPError as exc:  # recorded and asserted on below
                    results[index] = exc

        threads = [threading.Thread(target=send, args=(i,)) for i in range(PARALLEL)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        statuses = [r.status_code if isinstance(r, httpx.Response) else repr(r) for r in results]
        assert statuses == [200] * PARALLEL
        receipts = [EnvelopeReceipts.model_validate(r.json()).receipts[0] for r in results]
        assert {str(r.envelope_id) for r in receipts} == {item["header"]["envelope_id"]}
        assert len({r.content_hash for r in receipts}) == 1
        kinds = sorted(r.status.value for r in receipts)
        assert kinds == ["accepted"] + ["duplicate"] * (PARALLEL - 1)
        with server.engine.begin() as conn:
            assert conn.execute(select(func.count()).select_from(envelopes)).scalar_one() == 1


def test_logs_carry_no_address_token_or_payload(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, canary: str
) -> None:
    caplog.set_level(logging.DEBUG)
    with running_server(tmp_path, log_level="info") as server:
        headers = _enrol(server.url, server.make_enroll_code())
        item = make_envelope(server.org_id, marker=canary)
        assert httpx.post(
            f"{server.url}/v2/envelopes", json={"envelopes": [item]}, headers=headers, verify=default_tls()
        ).is_success
        bad = httpx.post(
            f"{server.url}/v2/envelopes",
            json={"envelopes": [{"x": canary}]},
            headers=headers,
            verify=default_tls(),
        )
        assert bad.status_code == 422 and canary not in bad.text
        assert httpx.get(f"{server.url}/v2/alerts", headers=headers, verify=default_tls()).is_success
    # Only the server side's records: the test's own HTTP client logs its requests.
    # uvicorn's start-up line names the bind address (the same loopback address as the client's).
    server_side = [
        r
        for r in caplog.records
        if not r.name.startswith(("httpx", "httpcore")) and "running on" not in r.getMessage()
    ]
    assert any(r.name.startswith("uvicorn") for r in server_side)  # the capture does see uvicorn
    text = "\n".join(f"{r.name} {r.getMessage()} {r.args}" for r in server_side)
    token = headers["Authorization"].split()[1]
    for secret in (canary, token, "/v2/envelopes", "127.0.0.1:", item["ciphertext"][:40]):
        assert secret not in text


@pytest.mark.slow
def test_outreach_server_serve_over_tls(tmp_path: Path) -> None:
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    certfile, keyfile, cafile = tmp_path / "cert.pem", tmp_path / "key.pem", tmp_path / "ca.pem"
    cert.cert_chain_pems[0].write_to_path(str(certfile))
    cert.private_key_pem.write_to_path(str(keyfile))
    ca.cert_pem.write_to_path(str(cafile))
    port = free_port()
    db = f"sqlite:///{tmp_path / 'served.db'}"
    env = {**os.environ, "OUTREACH_SERVER_DB": db}
    # The set-up in this process (tests/server/support.py: admin); `serve` is what is tested.
    admin(db, "region", "add", "north", "North")
    admin(db, "org", "create", "P", "--regions", "north")
    admin(db, "keys", "install-bundle", str(bundle_file(tmp_path)))
    code = admin(db, "enroll-code", "--org", "P").splitlines()[0]
    serve = ["serve", "--port", str(port), "--ssl-certfile", str(certfile), "--ssl-keyfile", str(keyfile)]
    process = server_command(*serve, env=env, stdout=True, text=True)  # its own process (forked)
    try:
        url = f"https://127.0.0.1:{port}"
        trust = ssl.create_default_context(cafile=str(cafile))
        wait_until_serving(url, process, verify=trust)
        with httpx.Client(verify=trust, timeout=5) as client:
            health = client.get(f"{url}/v2/health")
            assert health.json() == {"status": "ok", "protocol_versions": [2]}
            assert "server" not in health.headers
            enrolled = client.post(
                f"{url}/v2/enroll", json={"code": code, "device_label": "L", "request_id": str(uuid.uuid4())}
            )
            assert enrolled.status_code == 200
            headers = signed_in_headers(url, enrolled.json(), verify=trust)
            token = headers["Authorization"].removeprefix("Bearer ")
            feed = client.get(f"{url}/v2/alerts", headers=headers)
            assert feed.status_code == 200
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=30)
    assert "127.0.0.1:" + str(port) in err  # uvicorn's own start-up line names the bind address …
    assert err.count("127.0.0.1") == 1  # … and no request line names a client
    assert token not in err and "/v2/alerts" not in err and "/v2/enroll" not in err


def test_one_code_enrols_one_device_under_concurrency(tmp_path: Path, db_url: str) -> None:
    with running_server(tmp_path, db_url=db_url) as server:
        code = server.make_enroll_code()
        barrier = threading.Barrier(10)
        statuses: list[int] = []
        lock = threading.Lock()

        def enrol() -> None:
            with httpx.Client(verify=default_tls(), base_url=server.url, timeout=30) as client:
                barrier.wait()
                reply = client.post(
                    "/v2/enroll", json={"code": code, "device_label": "race", "request_id": str(uuid.uuid4())}
                )
                with lock:
                    statuses.append(reply.status_code)

        threads = [threading.Thread(target=enrol) for _ in range(10)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert sorted(statuses) == [200] + [403] * 9
