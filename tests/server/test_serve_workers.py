"""`outreach-server serve --workers 2`: two real server processes on one database, one port;
`serve --validators 2`: one server process and two processes that validate its batches."""

from __future__ import annotations

import contextlib
import io
import os
import socket
import sys
import time
import uuid
from pathlib import Path

import httpx
import pytest

from outreach_app.server.cli import main
from tests.forks import ForkedProcess
from tests.server.device_keys import signed_in_headers
from tests.server.support import admin, bundle_file, make_envelope
from tests.server_harness import default_tls, free_port, server_command, wait_until_serving
from tests.xdist_groups import FORK_SERVER

pytestmark = FORK_SERVER  # one fork server per run (tests/xdist_groups.py)

WORKERS = 2
CONNECTIONS = 8

# `serve` runs in a process of its own, forked from the fork server that imported the server
# stack once (tests/server_harness.py: server_command), not a fresh Python: each start saves
# ~1.6 CPU-s of imports (issue 19). The workers and validators it starts are spawned by `serve`
# itself, as in production (fresh Pythons: `spawn_main` in their command line).


def _admin(env: dict[str, str], *args: str) -> str:
    return admin(env["OUTREACH_SERVER_DB"], *args)


def _enrolment_code(env: dict[str, str], folder: Path) -> str:
    """A region, an organisation working there, the key bundle, and a one-time enrolment code."""
    _admin(env, "keys", "install-bundle", str(bundle_file(folder)))
    _admin(env, "region", "add", "north", "North")
    _admin(env, "org", "create", "Project", "--regions", "north")
    return _admin(env, "enroll-code", "--org", "Project").splitlines()[0]


def _serve_process(env: dict[str, str], *args: str) -> ForkedProcess:
    """`outreach-server ARGS` in a process of its own with `env`."""
    return server_command(*args, env=env, stdout=True, text=True)


def _serve(env: dict[str, str], *flags: str) -> tuple[ForkedProcess, str]:
    """`outreach-server serve` with `flags` on a free port; the process and its URL."""
    port = free_port()
    process = _serve_process(env, "serve", "--port", str(port), *flags)
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
    code = _enrolment_code(env, tmp_path)
    process, url = _serve(env, "--workers", str(WORKERS))
    try:
        wait_until_serving(url, process)
        assert len(_worker_processes(process.pid)) == WORKERS

        enrolled = httpx.post(
            f"{url}/v2/enroll",
            json={"code": code, "device_label": "Laptop", "request_id": str(uuid.uuid4())},
            timeout=10,
            verify=default_tls(),
        )
        assert enrolled.status_code == 200, enrolled.text
        device_id = enrolled.json()["device_id"]
        headers = signed_in_headers(url, enrolled.json(), timeout=10)
        # A connection each: the kernel hands new connections to either worker.
        org = enrolled.json()["organisation_id"]
        items = [make_envelope(org) for _ in range(CONNECTIONS)]
        for item in items:
            with httpx.Client(verify=default_tls(), base_url=url, headers=headers, timeout=10) as client:
                reply = client.post("/v2/envelopes", json={"envelopes": [item]})
            assert reply.status_code == 200, reply.text
            assert [r["status"] for r in reply.json()["receipts"]] == ["accepted"]
        with httpx.Client(verify=default_tls(), base_url=url, headers=headers, timeout=10) as client:
            again = client.post("/v2/envelopes", json={"envelopes": items})
        assert [r["status"] for r in again.json()["receipts"]] == ["duplicate"] * CONNECTIONS

        _admin(env, "device", "revoke", device_id)
        for _ in range(CONNECTIONS):  # whichever worker answers, the revocation holds
            with httpx.Client(verify=default_tls(), base_url=url, headers=headers, timeout=10) as client:
                assert client.get("/v2/alerts").status_code == 401
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert _worker_processes(process.pid) == []
    assert "Traceback" not in err


def _serve_refused(tmp_path: Path, *flags: str) -> tuple[int, str]:
    """`serve` with `flags` in this process: (exit code, stderr). The flags are checked before
    anything is started, so no server process is needed to see them refused."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["serve", *flags, "--db", f"sqlite:///{tmp_path / 'server.db'}"], out=io.StringIO())
    return code, err.getvalue()


def test_workers_must_be_positive(tmp_path: Path) -> None:
    code, stderr = _serve_refused(tmp_path, "--workers", "0")
    assert code == 2
    assert "--workers must be at least 1" in stderr


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="counts validator processes through /proc (Linux)")
def test_validators_prepare_batches_for_one_server_process(tmp_path: Path, db_url: str) -> None:
    env = {**os.environ, "OUTREACH_SERVER_DB": db_url}
    code = _enrolment_code(env, tmp_path)
    process, url = _serve(env, "--validators", "2")
    try:
        wait_until_serving(url, process)
        validators = _worker_processes(process.pid)
        assert len(validators) == 2  # started with the server, not on demand
        enrolled = httpx.post(
            f"{url}/v2/enroll",
            json={"code": code, "device_label": "Laptop", "request_id": str(uuid.uuid4())},
            timeout=10,
            verify=default_tls(),
        )
        headers = signed_in_headers(url, enrolled.json(), timeout=10)
        org = enrolled.json()["organisation_id"]
        items = [make_envelope(org) for _ in range(50)]
        with httpx.Client(verify=default_tls(), base_url=url, headers=headers, timeout=30) as client:
            first = client.post("/v2/envelopes", json={"envelopes": items})
            again = client.post("/v2/envelopes", json={"envelopes": items})
            canary = "Not a region " + os.urandom(8).hex()
            invalid = client.post("/v2/envelopes", json={"envelopes": [make_envelope(org, region=canary)]})
        assert [r["status"] for r in first.json()["receipts"]] == ["accepted"] * 50
        assert [r["status"] for r in again.json()["receipts"]] == ["duplicate"] * 50
        assert [r["envelope_id"] for r in again.json()["receipts"]] == [
            i["header"]["envelope_id"] for i in items
        ]
        assert invalid.status_code == 422 and invalid.json()["code"] == "validation_failed"
        assert canary not in invalid.text
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=30)
    # A stop asked for is a clean exit, with one server process as with several (docs/cli.md).
    assert process.returncode == 0, err
    assert "Application shutdown complete" in err
    assert [pid for pid in validators if Path(f"/proc/{pid}").exists()] == []
    assert "Traceback" not in err


@pytest.mark.parametrize("count", ["-1", "65"])
def test_validators_must_be_in_range(tmp_path: Path, count: str) -> None:
    code, stderr = _serve_refused(tmp_path, "--validators", count)
    assert code == 2
    assert "--validators must be 0 to 64" in stderr


def _stat_fields(pid: int) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name, or None when PID is gone."""
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rpartition(")")[2].split()
    except OSError:
        return None


def _descendants(root: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        fields = _stat_fields(int(entry.name)) if entry.name.isdigit() else None
        if fields is not None:
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    found: set[int] = set()
    todo = [root]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _alive(pids: set[int]) -> set[int]:
    """Those of `pids` still running (a zombie has ended; only its parent has not reaped it)."""
    return {pid for pid in pids if (fields := _stat_fields(pid)) is not None and fields[0] != "Z"}


def _survivors_after(pids: set[int], timeout_s: float) -> set[int]:
    deadline = time.monotonic() + timeout_s
    while _alive(pids) and time.monotonic() < deadline:
        time.sleep(0.05)  # polling /proc for the kernel's kill, not waiting out a delay
    return _alive(pids)


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal: Linux")
@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        (("--validators", "2"), 2),  # two validators
        (("--workers", "2", "--validators", "1"), 4),  # two workers, a validator each
    ],
    ids=["validators", "workers"],
)
def test_no_child_outlives_a_killed_serve(tmp_path: Path, flags: tuple[str, ...], expected: int) -> None:
    env = {**os.environ, "OUTREACH_SERVER_DB": f"sqlite:///{tmp_path / 'server.db'}"}
    _enrolment_code(env, tmp_path)
    process, url = _serve(env, *flags)
    try:
        wait_until_serving(url, process)
        children = _descendants(process.pid)
        spawned = {pid for pid in children if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()}
        assert len(spawned) >= expected
        process.kill()
        process.wait(timeout=10)
        assert _survivors_after(children, timeout_s=10) == set()
        # The port is free again: a new server starts on it.
        port = url.rsplit(":", 1)[1]
        again = _serve_process(env, "serve", "--port", port)
        try:
            wait_until_serving(url, again)
        finally:
            again.terminate()
            again.communicate(timeout=30)
        assert again.returncode == 0
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)


def test_a_port_in_use_is_exit_3_with_a_clear_message(tmp_path: Path) -> None:
    env = {**os.environ, "OUTREACH_SERVER_DB": f"sqlite:///{tmp_path / 'server.db'}"}
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        for workers in ("1", "2"):
            done = _serve_process(env, "serve", "--port", port, "--workers", workers)
            _out, stderr = done.communicate(timeout=60)
            assert done.returncode == 3, stderr
            assert f"127.0.0.1:{port} is already in use" in stderr
            assert "Traceback" not in stderr
