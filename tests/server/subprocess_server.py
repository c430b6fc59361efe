"""Serve the charity server in a process of its own, with test settings, for tests that
measure or constrain that process (its memory, its file-size limit, its database links).

`start` forks the process from the fork server (tests/forks.py) that imported this module,
and with it the server stack, once: a process of its own (its pid, its memory, its rlimit,
its stderr) without the 1.5-2 CPU-s start-up of a fresh Python each test (issue 19). By hand:

    python -m tests.server.subprocess_server PORT SETTINGS_JSON

`SETTINGS_JSON` is a `ServerSettings` as JSON; the schema is upgraded first. Logs go to
stderr with the server's own log config, as `outreach-server serve` sends them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import uvicorn
from sqlalchemy.engine import make_url

from outreach_app.server.app import create_app
from outreach_app.server.core.clock import utcnow
from outreach_app.server.core.config import ServerSettings
from outreach_app.server.core.logs import uvicorn_log_config
from outreach_app.server.db import key_bundles, migrate, orgs
from outreach_app.server.db.engine import make_engine
from tests.forks import ForkedProcess, preload
from tests.server.device_keys import keyed_device
from tests.server.support import charity
from tests.server_harness import STARTUP_TIMEOUT_S, free_port, migrated_sqlite_file, wait_until_serving

preload(__name__)

PROVISIONED_ORG = "Project"


def provision(db_url: str) -> dict[str, str]:
    """Region `north`, an organisation working there, one device and the test session's key
    bundle (tests/server/support.py:charity); that device's headers. A SQLite file that does
    not exist yet is a copy of the process's migrated template (tests/server_harness.py:
    migrated_sqlite_file: ~3 ms, not alembic's ~130); any other database is upgraded."""
    database = make_url(db_url).database
    fresh_sqlite = db_url.startswith("sqlite:///") and database is not None and not Path(database).exists()
    if fresh_sqlite:
        migrated_sqlite_file(Path(str(database)))
    engine = make_engine(db_url)
    try:
        if not fresh_sqlite:
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
    settings: ServerSettings,
    *,
    setup: Callable[[], object] | None = None,
    timeout_s: float = STARTUP_TIMEOUT_S,
) -> tuple[ForkedProcess, str]:
    """Start a server process with `settings` and wait until it serves; the process and its
    URL. `setup` (picklable: it travels to the child) runs in the process before anything
    else, where a Popen's preexec_fn would (an rlimit)."""
    port = free_port()
    process = ForkedProcess(serve, port, settings.model_dump_json(), setup=setup)
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
    serve(int(sys.argv[1]), sys.argv[2])


def serve(port: int, settings_json: str) -> None:
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
