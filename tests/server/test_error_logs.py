"""An exception inside a request reaches no log with its message or traceback (review H3).

Starlette's error middleware re-raises after answering 500 and uvicorn then logs
"Exception in ASGI application" with the traceback and `str(exc)`; a driver error's
message can carry SQL parameters, i.e. report text. Both tests run real uvicorn.
"""

from __future__ import annotations

import logging
import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from outreach_app.server.app import create_app
from outreach_app.server.core.config import ServerSettings
from outreach_app.server.core.logs import TypeOnly, uvicorn_log_config
from tests.forks import ForkedProcess, preload
from tests.server_harness import default_tls, migrated_sqlite_file, running_server
from tests.xdist_groups import FORK_SERVER

pytestmark = FORK_SERVER  # one fork server per run (tests/xdist_groups.py)

preload(__name__)  # the fork server imports the app and uvicorn once (with this module)


class CanaryError(RuntimeError):
    """Stands in for a driver error whose message holds a statement's parameters."""


def _add_failing_route(canary: str) -> Callable[[FastAPI], None]:
    def hook(app: FastAPI) -> None:
        async def fail() -> None:
            raise CanaryError(f"INSERT failed with parameters ('{canary}',)")

        app.add_api_route("/test-only/fail", fail, methods=["GET"])

    return hook


def test_a_failing_request_logs_only_the_exception_type(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str], canary: str
) -> None:
    caplog.set_level(logging.DEBUG)
    with running_server(tmp_path, log_level="debug", app_hook=_add_failing_route(canary)) as server:
        reply = httpx.get(f"{server.url}/test-only/fail", verify=default_tls())
        assert reply.status_code == 500
        assert reply.json()["code"] == "internal" and canary not in reply.text
        assert httpx.get(f"{server.url}/v2/health", verify=default_tls()).status_code == 200  # still serving
    formatter = logging.Formatter("%(name)s %(message)s")
    server_side = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    logged = "\n".join(formatter.format(r) for r in server_side)  # includes any traceback
    out, err = capfd.readouterr()
    assert "CanaryError" in logged  # the type is what staff get
    for text in (logged, out, err):
        assert canary not in text
        assert "Traceback" not in text
    assert not [r for r in server_side if r.exc_info]


def _serve_failing(db_url: str, canary: str) -> None:
    """In the child: the app with a route that fails holding `canary`, on uvicorn with the
    `serve` logging setup; prints its port once bound."""
    app = create_app(ServerSettings(db_url=db_url))

    async def fail() -> None:
        raise RuntimeError("driver said: " + canary)

    app.add_api_route("/test-only/fail", fail, methods=["GET"])
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    print(sock.getsockname()[1], flush=True)
    config = uvicorn.Config(app, access_log=False, log_config=uvicorn_log_config())
    uvicorn.Server(config).run(sockets=[sock])


def test_outreach_server_log_config_keeps_exceptions_out_of_stderr(tmp_path: Path, canary: str) -> None:
    """The `serve` logging setup on a real uvicorn process: stderr names the type only.

    The process is forked from the fork server that imported the server stack once
    (tests/forks.py), not a fresh Python that imported it and migrated a new database (2.7
    CPU-s; issue 19): its own process, logging set up there as `serve` sets it up."""
    db_url = migrated_sqlite_file(tmp_path / "s.db")
    process = ForkedProcess(_serve_failing, db_url, canary, stdout=True, text=True)
    try:
        assert process.stdout is not None
        port = int(process.stdout.readline())
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        # One client (one SSL context) for every poll (tests/server_harness.py).
        with httpx.Client(verify=default_tls()) as client:
            while True:
                try:
                    reply = client.get(f"{url}/test-only/fail")
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline or process.poll() is not None:
                        raise
                    time.sleep(0.05)  # polling for the subprocess to start serving
        assert reply.status_code == 500
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=30)
    assert "RuntimeError" in err
    assert canary not in err and "Traceback" not in err


def test_type_only_filter_strips_message_args_and_traceback(canary: str) -> None:
    try:
        raise ValueError(canary)
    except ValueError:
        record = logging.getLogger("uvicorn.error").makeRecord(
            "uvicorn.error", logging.ERROR, __file__, 1, "failed: %s", (canary,), sys.exc_info()
        )
    assert TypeOnly().filter(record)
    text = logging.Formatter().format(record)
    assert canary not in text and "ValueError" in text and "Traceback" not in text
