"""Scale-out (issue 21): two stateless `outreach-server serve` processes on two ports share one
PostgreSQL database and enforce one rate limit, because the buckets live in the database."""

from __future__ import annotations

import os
import secrets
import time
import uuid
from pathlib import Path

import httpx
import pytest

from outreach_app.server.core.config import PEER_KEY_FILE_ENV, ServerSettings
from tests.server.support import admin, bundle_file
from tests.server_harness import free_port, server_command, wait_until_serving
from tests.xdist_groups import FORK_SERVER

pytestmark = FORK_SERVER  # one fork server per run (tests/xdist_groups.py)

BURST = ServerSettings(db_url="sqlite://").enroll_ip_limit.burst
RATE_PER_S = ServerSettings(db_url="sqlite://").enroll_ip_limit.per_minute / 60
ATTEMPTS = 3 * BURST


@pytest.mark.slow
@pytest.mark.postgres
def test_two_serve_processes_on_one_postgres_enforce_one_limit(tmp_path: Path, pg_db_url: str) -> None:
    peer_key = tmp_path / "peer.key"
    peer_key.write_text(secrets.token_hex(32))
    peer_key.chmod(0o600)
    env = {**os.environ, "OUTREACH_SERVER_DB": pg_db_url, PEER_KEY_FILE_ENV: str(peer_key)}
    admin(pg_db_url, "keys", "install-bundle", str(bundle_file(tmp_path)))  # in this process
    servers = []
    try:
        for _ in range(2):
            port = free_port()
            process = server_command("serve", "--port", str(port), env=env, text=True)  # a process each
            url = f"http://127.0.0.1:{port}"
            servers.append((process, url))
            wait_until_serving(url, process)
        # Enrolment attempts from one address, alternating between the two servers (as a load
        # balancer would spread them). Each server alone would allow BURST.
        answers: dict[str, list[int]] = {url: [] for _process, url in servers}
        started = time.monotonic()
        with httpx.Client(timeout=30) as client:  # not a client (and CA bundle load) per attempt
            for attempt in range(ATTEMPTS):
                _process, url = servers[attempt % 2]
                body = {
                    "code": "ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ",
                    "device_label": "x",
                    "request_id": str(uuid.uuid4()),
                }
                answers[url].append(client.post(f"{url}/v2/enroll", json=body).status_code)
        elapsed = time.monotonic() - started
    finally:
        for process, _url in servers:
            process.terminate()
        errors = [process.communicate(timeout=30)[1] for process, _url in servers]
    statuses = [status for per_server in answers.values() for status in per_server]
    assert set(statuses) == {403, 429}  # refused codes, then the limit
    allowed = statuses.count(403)
    # One bucket for both: BURST attempts, plus what it refilled while the test ran; never 2 x BURST.
    assert BURST <= allowed <= BURST + int(elapsed * RATE_PER_S) + 1 < 2 * BURST
    assert all(429 in per_server for per_server in answers.values())  # both servers refused
    assert all("Traceback" not in err for err in errors)
