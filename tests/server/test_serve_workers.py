"""`outreach-server serve --workers 2`: two real server processes on one database, one port;
`serve --validators 2`: one server process and two processes that validate its batches."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.server.support import make_report
from tests.server_harness import free_port, wait_until_serving

WORKERS = 2
CONNECTIONS = 8
CLI = [sys.executable, "-c", "from outreach_app.server.cli import main; raise SystemExit(main())"]


def _admin(env: dict[str, str], *args: str) -> str:
    done = subprocess.run([*CLI, *args], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _enrolment_code(env: dict[str, str]) -> str:
    """A region, an organisation working there, and a one-time enrolment code for it."""
    _admin(env, "region", "add", "north", "North")
    _admin(env, "org", "create", "Project", "--regions", "north")
    return _admin(env, "enroll-code", "--org", "Project").splitlines()[0]


def _serve(env: dict[str, str], *flags: str) -> tuple[subprocess.Popen[str], str]:
    """`outreach-server serve` with `flags` on a free port; the process and its URL."""
    port = free_port()
    serve = [*CLI, "serve", "--port", str(port), *flags]
    process = subprocess.Popen(serve, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return process, f"http://127.0.0.1:{port}"


def _worker_processes(parent: int) -> list[int]:
    """Children of `parent` that multiprocessing started as uvicorn workers."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue  # gone meanwhile
        ppid = int(stat.rpartition(")")[2].split()[1])
        if ppid == parent and b"spawn_main" in cmdline:
            found.append(int(entry.name))
    return found


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="counts worker processes through /proc (Linux)")
def test_two_workers_share_one_database(tmp_path: Path, db_url: str) -> None:
    env = {**os.environ, "OUTREACH_SERVER_DB": db_url}
    code = _enrolment_code(env)
    process, url = _serve(env, "--workers", str(WORKERS))
    try:
        wait_until_serving(url, process, timeout_s=60)
        assert len(_worker_processes(process.pid)) == WORKERS

        enrolled = httpx.post(f"{url}/v1/enroll", json={"code": code, "device_label": "Laptop"}, timeout=10)
        assert enrolled.status_code == 200, enrolled.text
        device_id = enrolled.json()["device_id"]
        headers = {"Authorization": f"Bearer {enrolled.json()['credential']}"}
        # A connection each: the kernel hands new connections to either worker.
        items = [make_report("north") for _ in range(CONNECTIONS)]
        for item in items:
            with httpx.Client(base_url=url, headers=headers, timeout=10) as client:
                reply = client.post("/v1/reports/batch", json={"reports": [item]})
            assert reply.status_code == 200, reply.text
            assert [r["status"] for r in reply.json()["receipts"]] == ["accepted"]
        with httpx.Client(base_url=url, headers=headers, timeout=10) as client:
            again = client.post("/v1/reports/batch", json={"reports": items})
        assert [r["status"] for r in again.json()["receipts"]] == ["duplicate"] * CONNECTIONS

        _admin(env, "device", "revoke", device_id)
        for _ in range(CONNECTIONS):  # whichever worker answers, the revocation holds
            with httpx.Client(base_url=url, headers=headers, timeout=10) as client:
                assert client.get("/v1/alerts").status_code == 401
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert _worker_processes(process.pid) == []
    assert "Traceback" not in err


def test_workers_must_be_positive(tmp_path: Path) -> None:
    env = {**os.environ, "OUTREACH_SERVER_DB": f"sqlite:///{tmp_path / 'server.db'}"}
    done = subprocess.run(
        [*CLI, "serve", "--workers", "0"], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert "--workers must be at least 1" in done.stderr


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="counts validator processes through /proc (Linux)")
def test_validators_prepare_batches_for_one_server_process(tmp_path: Path, db_url: str) -> None:
    env = {**os.environ, "OUTREACH_SERVER_DB": db_url}
    code = _enrolment_code(env)
    process, url = _serve(env, "--validators", "2")
    try:
        wait_until_serving(url, process, timeout_s=60)
        validators = _worker_processes(process.pid)
        assert len(validators) == 2  # started with the server, not on demand
        enrolled = httpx.post(f"{url}/v1/enroll", json={"code": code, "device_label": "Laptop"}, timeout=10)
        headers = {"Authorization": f"Bearer {enrolled.json()['credential']}"}
        items = [make_report("north") for _ in range(50)]
        with httpx.Client(base_url=url, headers=headers, timeout=30) as client:
            first = client.post("/v1/reports/batch", json={"reports": items})
            again = client.post("/v1/reports/batch", json={"reports": items})
            canary = "Not a region " + os.urandom(8).hex()
            invalid = client.post("/v1/reports/batch", json={"reports": [make_report(region_id=canary)]})
        assert [r["status"] for r in first.json()["receipts"]] == ["accepted"] * 50
        assert [r["status"] for r in again.json()["receipts"]] == ["duplicate"] * 50
        assert [r["report_id"] for r in again.json()["receipts"]] == [item["report_id"] for item in items]
        assert invalid.status_code == 422 and invalid.json()["code"] == "validation_failed"
        assert canary not in invalid.text
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=30)
    # One server process re-raises the SIGTERM it handled (uvicorn), after a clean shutdown.
    assert process.returncode == -signal.SIGTERM, err
    assert "Application shutdown complete" in err
    assert [pid for pid in validators if Path(f"/proc/{pid}").exists()] == []
    assert "Traceback" not in err


@pytest.mark.parametrize("count", ["-1", "65"])
def test_validators_must_be_in_range(tmp_path: Path, count: str) -> None:
    env = {**os.environ, "OUTREACH_SERVER_DB": f"sqlite:///{tmp_path / 'server.db'}"}
    done = subprocess.run(
        [*CLI, "serve", "--validators", count], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert "--validators must be 0 to 64" in done.stderr
