"""Serve the charity server in a process of its own, with test settings, for tests that
measure or constrain that process (its memory, its file-size limit, its database links).

    python -m tests.server.subprocess_server PORT SETTINGS_JSON

`SETTINGS_JSON` is a `ServerSettings` as JSON; the schema is upgraded first. Logs go to
stderr with the server's own log config, as `outreach-server serve` sends them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import uvicorn

from outreach_app.server.app import create_app
from outreach_app.server.core.clock import utcnow
from outreach_app.server.core.config import ServerSettings
from outreach_app.server.core.logs import uvicorn_log_config
from outreach_app.server.db import key_bundles, migrate, orgs
from outreach_app.server.db.engine import make_engine
from tests.server.device_keys import keyed_device
from tests.server.support import charity
from tests.server_harness import STARTUP_TIMEOUT_S, free_port, wait_until_serving

ROOT = Path(__file__).resolve().parents[2]


PROVISIONED_ORG = "Project"


def provision(db_url: str) -> dict[str, str]:
    """Region `north`, an organisation working there, one device and the test session's key
    bundle (tests/server/support.py:charity); that device's headers."""
    engine = make_engine(db_url)
    try:
        migrate.upgrade(engine)
        with engine.begin() as conn:
            orgs.add_region(conn, "north", "North", utcnow)
            org = orgs.create_org(conn, PROVISIONED_ORG, ["north"], utcnow)
            _device_id, credential = keyed_device(conn, org.id, "Laptop", utcnow)
            key_bundles.install(conn, charity().bundle(), utcnow)
    finally:
        engine.dispose()
    return {"Authorization": f"Bearer {credential}"}


def provisioned_org(db_url: str) -> str:
    """The id of the organisation `provision` made."""
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            return orgs.find_org(conn, PROVISIONED_ORG).id
    finally:
        engine.dispose()


def start(
    settings: ServerSettings, *, preexec_fn: Any = None, timeout_s: float = STARTUP_TIMEOUT_S
) -> tuple[subprocess.Popen[bytes], str]:
    """Start a server process with `settings` and wait until it serves; the process and its URL."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.server.subprocess_server", str(port), settings.model_dump_json()],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=preexec_fn,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(url, process, timeout_s=timeout_s)
    except BaseException:
        process.kill()
        process.wait()
        raise
    return process, url


def rss_bytes(pid: int) -> int:
    """Resident memory of process `pid` (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS line")


def main() -> None:
    port, settings_json = int(sys.argv[1]), sys.argv[2]
    app = create_app(ServerSettings.model_validate_json(settings_json), run_migrations=True)
    uvicorn.run(
        app,
        host="127.0.0.1",
        port=port,
        access_log=False,
        log_config=uvicorn_log_config(),
        server_header=False,
    )


if __name__ == "__main__":
    main()
