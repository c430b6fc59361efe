"""Start the real charity server (uvicorn) on 127.0.0.1 for tests of other packages.

    from tests.server_harness import running_server

    def test_sync(tmp_path):
        with running_server(tmp_path) as server:
            code = server.make_enroll_code()          # grouped one-time code for the test org
            root = server.root_fingerprint               # what the charity's sheet prints
            ... POST {server.url}/v2/enroll {"code": code, "device_label": "Laptop 1", "request_id": ...} ...
            alert_id = server.publish_alert("Warning: blue Ford", phone_numbers=["+447700900123"])
            server.expire_alert(alert_id)
            server.opened_envelopes("police_referral")   # what the police desk reads

The server has the key bundle of a test charity installed (`server.charity`: its root key and
desks, private halves included so a test can open what devices sealed and sign alerts).

The server runs in a thread of the test process on a free port, on its own SQLite file in
`tmp_path` (or `db_url=` a PostgreSQL database you created), with one organisation working
in the regions `org_regions`. Admin work goes straight to the database through the same
functions the `outreach-server` CLI uses. Pass `clock=` to control the server's days.
TLS: pass `ssl_certfile`/`ssl_keyfile` (e.g. from trustme) and the URL becomes https.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import functools
import json
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import FastAPI
from sqlalchemy import Engine, select

from outreach_app.crypto.sealing import EncryptionKeyPair, new_encryption_key_pair, open_sealed
from outreach_app.protocol.alerts import Alert
from outreach_app.protocol.keys import DeskKey, DeskRole, KeyBundle, SignedKeyBundle, sign_bundle
from outreach_app.protocol.signed_alerts import SignedAlert, sign_alert
from outreach_app.protocol.signing import key_fingerprint, public_key_b64
from outreach_app.server.app import create_app
from outreach_app.server.core import tokens
from outreach_app.server.core.clock import Clock, today, utcnow
from outreach_app.server.core.config import RateLimit, ServerSettings
from outreach_app.server.db import alerts as alerts_db
from outreach_app.server.db import envelopes as envelopes_db
from outreach_app.server.db import key_bundles, migrate, orgs
from outreach_app.server.db import stats as stats_db
from outreach_app.server.db.engine import make_engine
from outreach_app.server.db.tables import envelope_tombstones, envelopes
from tests import fastapi_fields
from tests.forks import ForkedProcess, preload

DEFAULT_REGIONS: tuple[tuple[str, str], ...] = (("north", "North"), ("south", "South"), ("east", "East"))
# How long a server subprocess may take to answer its first health check. Not a speed check:
# waiting polls, so a quick start returns at once. A start imports ~3.5 CPU-s of server stack,
# which at load 20 on two cores (eight engineers' suites) took over 20 s of wall time and
# failed tests that had nothing wrong (issue 19).
STARTUP_TIMEOUT_S = 120.0
GENEROUS = RateLimit(burst=10_000, per_minute=10_000)
ALERTS_DESK = "alerts-1"
POLICE_DESK = "police-1"


@dataclass(frozen=True)
class TestCharity:
    """A charity's root key and two desks (an alerts desk and a police desk), as the charity
    tools make them. Tests hold the private halves; a real server never does."""

    root: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    alerts_sign: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    alerts_enc: EncryptionKeyPair = field(default_factory=new_encryption_key_pair)
    police_enc: EncryptionKeyPair = field(default_factory=new_encryption_key_pair)
    charity_id: str = "test-charity"

    @property
    def root_public(self) -> str:
        return public_key_b64(self.root)

    @property
    def root_fingerprint(self) -> str:
        return key_fingerprint(self.root_public)

    def bundle(self, version: int = 1, *, root: Ed25519PrivateKey | None = None) -> SignedKeyBundle:
        desks = [
            DeskKey(
                desk_id=ALERTS_DESK,
                role=DeskRole.ALERTS,
                purposes=["alert"],
                enc_public=self.alerts_enc.public,
                sign_public=public_key_b64(self.alerts_sign),
            ),
            DeskKey(
                desk_id=POLICE_DESK,
                role=DeskRole.POLICE,
                purposes=["police_intelligence", "police_referral"],
                enc_public=self.police_enc.public,
            ),
        ]
        bundle = KeyBundle(
            charity_id=self.charity_id,
            desks=desks,
            issued_at=datetime(2026, 3, 1, tzinfo=UTC),
            version=version,
        )
        return sign_bundle(root or self.root, bundle)

    def desk_for(self, purpose: str) -> tuple[str, str]:
        """(desk id, encryption public key) of the desk that receives `purpose`."""
        if purpose == "alert":
            return ALERTS_DESK, self.alerts_enc.public
        return POLICE_DESK, self.police_enc.public

    def private_for(self, purpose: str) -> str:
        return self.alerts_enc.private if purpose == "alert" else self.police_enc.private

    def signed_alert(self, alert: dict[str, Any], *, key: Ed25519PrivateKey | None = None) -> SignedAlert:
        return sign_alert(key or self.alerts_sign, ALERTS_DESK, Alert.model_validate(alert))


class PromptServer(uvicorn.Server):
    """uvicorn's server, stopping as soon as it is told to.

    uvicorn looks at `should_exit` every 0.1 s, and when stopping sleeps 0.1 s after asking
    its connections to close, then polls them every 0.1 s: ~0.15-0.3 s of waiting at the end
    of every test that runs a server (about a hundred in tests/gui and tests/e2e; issue 19).
    Here `exit_now()` wakes the main loop at once, and the stop waits for the connections and
    requests in flight to end (as uvicorn's does, up to `timeout_graceful_shutdown`) polling
    every few milliseconds; then the app's lifespan shutdown runs, as in uvicorn.
    """

    _woken: asyncio.Event | None = None
    _loop: asyncio.AbstractEventLoop | None = None

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        self._loop = asyncio.get_running_loop()
        self._woken = asyncio.Event()
        await super().startup(sockets=sockets)

    def exit_now(self) -> None:
        """Ask the server to stop (from any thread) and wake its loop to see it."""
        self.should_exit = True
        loop, woken = self._loop, self._woken
        if loop is not None and woken is not None:
            with contextlib.suppress(RuntimeError):  # the loop has already ended
                loop.call_soon_threadsafe(woken.set)

    async def main_loop(self) -> None:
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864_000
            assert self._woken is not None
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._woken.wait(), timeout=0.1)  # on_tick's 0.1 s beat

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        for server in self.servers:
            server.close()
        for sock in sockets or []:
            sock.close()
        for connection in list(self.server_state.connections):
            connection.shutdown()  # an idle one closes now, a busy one after its response
        loop = asyncio.get_running_loop()
        limit = self.config.timeout_graceful_shutdown  # None: as long as they take
        deadline = None if limit is None else loop.time() + limit
        while self.server_state.connections or self.server_state.tasks:
            if deadline is not None and loop.time() >= deadline:
                break
            await asyncio.sleep(0.005)
        for task in self.server_state.tasks:
            task.cancel(msg="Task cancelled, timeout graceful shutdown exceeded")
        for server in self.servers:
            await server.wait_closed()
        if not self.force_exit:
            await self.lifespan.shutdown()


@dataclass
class ServerHandle:
    """A running server and admin helpers.

    Attributes:
        url: base URL, e.g. `http://127.0.0.1:43125` (no trailing slash).
        db_url: the database it uses.
        engine: an engine on that database (for admin helpers and assertions).
        org_id, org_name: the organisation created at start.
        region_ids: the regions that organisation works in.
        charity: the test charity whose key bundle the server has installed.
    """

    url: str
    db_url: str
    engine: Engine
    clock: Clock
    org_id: str
    org_name: str
    region_ids: tuple[str, ...]
    charity: TestCharity
    _server: PromptServer = field(repr=False)

    @property
    def root_fingerprint(self) -> str:
        """The root key fingerprint the charity prints on the enrolment code sheet."""
        return self.charity.root_fingerprint

    def make_enroll_code(self, org_id: str | None = None, *, hours: int = 24) -> str:
        """A fresh one-time code, grouped as staff would read it out."""
        with self.engine.begin() as conn:
            code = orgs.create_enroll_code(conn, org_id or self.org_id, hours, self.clock)
        return tokens.group_code(code)

    def add_org(self, name: str, region_ids: Sequence[str]) -> str:
        with self.engine.begin() as conn:
            return orgs.create_org(conn, name, list(region_ids), self.clock).id

    def set_org_regions(self, region_ids: Sequence[str], org_id: str | None = None) -> None:
        with self.engine.begin() as conn:
            orgs.set_org_regions(conn, org_id or self.org_id, list(region_ids))

    def revoke_device(self, device_id: str) -> None:
        with self.engine.begin() as conn:
            orgs.revoke_device(conn, device_id, self.clock)

    def publish_alert(
        self,
        title: str,
        *,
        regions: Sequence[str] | None = None,
        body: str = "",
        incident_types: Sequence[str] = ("physical_assault",),
        phone_numbers: Sequence[str] = (),
        online_handles: Sequence[str] = (),
        plates: Sequence[str] = (),
        valid_days: int = 30,
    ) -> str:
        """Sign (as the alerts desk) and publish an alert; returns its id."""
        day = today(self.clock)
        perpetrators: list[dict[str, Any]] = []
        if phone_numbers or online_handles:
            perpetrators.append(
                {"phone_numbers": list(phone_numbers), "online_handles": list(online_handles)}
            )
        alert = {
            "alert_id": str(uuid.uuid4()),
            "version": 1,
            "title": title,
            "body": body,
            "incident_types": list(incident_types),
            "perpetrators": perpetrators,
            "vehicles": [{"registration": plate} for plate in plates],
            "issued_on": day.isoformat(),
            "expires_on": (day + timedelta(days=valid_days)).isoformat(),
            "region_ids": sorted(regions or self.region_ids),
        }
        return self.publish_signed(self.charity.signed_alert(alert))

    def publish_signed(self, signed: SignedAlert) -> str:
        """Publish a signed alert as `outreach-server alert publish-signed` does."""
        with self.engine.begin() as conn:
            bundle = key_bundles.current(conn)
            return alerts_db.publish_signed(
                conn, signed, None if bundle is None else bundle.bundle, self.clock
            )

    def edit_alert(self, alert_id: str, **changes: Any) -> None:
        """Publish the next version of an alert with `changes`, signed by the alerts desk."""
        with self.engine.begin() as conn:
            current = next(a for a in alerts_db.list_alerts(conn) if a.id == alert_id)
        alert = {**current.content, **changes, "version": current.version + 1}
        self.publish_signed(self.charity.signed_alert(alert))

    def expire_alert(self, alert_id: str) -> None:
        with self.engine.begin() as conn:
            alerts_db.set_status(conn, alert_id, "expired", self.clock)

    def withdraw_alert(self, alert_id: str) -> None:
        with self.engine.begin() as conn:
            alerts_db.set_status(conn, alert_id, "withdrawn", self.clock)

    def envelopes(self) -> list[dict[str, Any]]:
        """What the server holds of each envelope: its clear header and whether its
        ciphertext is still held (never the content: the server cannot read it)."""
        with self.engine.begin() as conn:
            rows = conn.execute(select(envelopes).order_by(envelopes.c.envelope_id)).all()
        return [
            {
                **envelopes_db.header_of(row),
                "held": row.ciphertext is not None,
                "withdrawn": row.withdrawn_on is not None,
            }
            for row in rows
        ]

    def opened_envelopes(self, purpose: str) -> list[dict[str, Any]]:
        """The live envelopes of `purpose` as their desk reads them: exported still sealed,
        then opened with the desk's private key (each content with its `header`)."""
        with self.engine.begin() as conn:
            exported = list(envelopes_db.iter_export(conn, purpose, include_acknowledged=True))
        private = self.charity.private_for(purpose)
        return [
            {**json.loads(open_sealed(row["ciphertext"], private)), "header": row["header"]}
            for row in exported
        ]

    def tombstones(self) -> list[str]:
        """The verifiers withdrawn so far."""
        with self.engine.begin() as conn:
            return sorted(conn.execute(select(envelope_tombstones.c.verifier)).scalars())

    def stats(self) -> list[dict[str, Any]]:
        with self.engine.begin() as conn:
            return stats_db.combine(conn)

    def stop(self) -> None:
        self._server.exit_now()


@functools.cache
def default_tls() -> ssl.SSLContext:
    """httpx's default verifying context (certifi's CA bundle), made once per process, for
    `httpx.Client(verify=default_tls())` and `httpx.get(..., verify=default_tls())`. httpx
    makes one, loading the bundle (~20 ms of CPU), for every client and every module-level
    `httpx.get`; tests that make a client per test or per request paid that each time, for
    plain http:// servers on loopback (issue 19). The same checks as httpx's own default."""
    return httpx.create_ssl_context()


def without_ca_bundle(env: Mapping[str, str], folder: Path) -> dict[str, str]:
    """`env` with an empty CA store for OpenSSL (SSL_CERT_FILE, SSL_CERT_DIR), for a process
    a test starts that talks only to plain-text servers on loopback: each TLS context it
    makes anyway (Apprise's SMTP plugin for a `mode=insecure` sink, the sync client for an
    http:// server) then loads nothing instead of the system's CA bundle (22-37 ms of CPU
    each; issue 19). Nothing is verified either way: no connection of that process is TLS."""
    empty = folder / "no-ca-bundle"
    empty.mkdir(exist_ok=True)
    (empty / "none.pem").touch()
    return {**env, "SSL_CERT_FILE": str(empty / "none.pem"), "SSL_CERT_DIR": str(empty)}


def free_port() -> int:
    """A loopback port free right now, for a server started in a subprocess."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


preload("outreach_app.server.cli")


def server_command(
    *args: str, env: dict[str, str] | None = None, stdout: bool = False, text: bool = False
) -> ForkedProcess:
    """`outreach-server ARGS` (the CLI's `main()`) in a process of its own, forked from the
    fork server that imported the server stack once (tests/forks.py) instead of a fresh
    Python: the same command, signals and exit code, without ~1.6 CPU-s of start-up each
    (issue 19). `env`: the process's whole environment (default: this one's)."""
    from outreach_app.server import cli

    argv = ["outreach-server", *args]
    return ForkedProcess(cli.main, list(args), env=env, argv=argv, stdout=stdout, text=text)


def wait_until_serving(
    url: str,
    process: subprocess.Popen[Any] | ForkedProcess,
    *,
    verify: Any = True,
    timeout_s: float = STARTUP_TIMEOUT_S,
) -> None:
    """Poll `url`/v2/health until a server started in `process` answers 200; raises with its
    stderr if the process exits or `timeout_s` passes first (then killed: a still-running
    process's stderr would never end)."""
    deadline = time.monotonic() + timeout_s
    # One client for every poll: `httpx.get` makes a client, and with it an SSL context that
    # loads the CA bundle (~23 ms of CPU at load 15), on every poll, 20 a second, while the
    # server's own start-up needs the CPU (issue 19).
    with httpx.Client(timeout=2, verify=default_tls() if verify is True else verify) as client:
        while not _answers_health(client, url):
            _give_up_if_dead(process, deadline)
            time.sleep(0.05)  # polling the subprocess's port, not waiting out a delay


def _answers_health(client: httpx.Client, url: str) -> bool:
    try:
        return client.get(f"{url}/v2/health").status_code == 200
    except httpx.TransportError:
        return False


def _give_up_if_dead(process: subprocess.Popen[Any] | ForkedProcess, deadline: float) -> None:
    """Raises with the process's stderr if it exited or `deadline` passed (then killed: a
    still-running process's stderr would never end)."""
    if process.poll() is not None or time.monotonic() > deadline:
        if process.poll() is None:
            process.kill()  # its stderr then ends, and says how far it got
            process.wait(timeout=30)
        stderr = process.stderr.read() if process.stderr else ""
        text = stderr.decode(errors="replace") if isinstance(stderr, bytes) else str(stderr)
        raise RuntimeError(f"the server did not start: {text}")


_SQLITE_TEMPLATE: list[Path] = []  # this process's migrated empty database, made once


def migrated_sqlite_file(path: Path) -> str:
    """A migrated, empty SQLite file at `path`: a copy of one this process migrated once.
    Alembic's upgrade of an empty file costs ~130 ms of CPU and the harness starts a server
    for many tests in every directory; a copy costs ~3 ms (tests/server/conftest.py does the
    same for `db_url`). The template holds the schema only, no record."""
    if not _SQLITE_TEMPLATE or not _SQLITE_TEMPLATE[0].exists():
        folder = Path(tempfile.mkdtemp(prefix="outreach-server-template-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        template = folder / "template.db"
        engine = make_engine(f"sqlite:///{template}")
        try:
            migrate.upgrade(engine)
        finally:
            engine.dispose()  # closes the last connection: the WAL is checkpointed into the file
        _SQLITE_TEMPLATE[:] = [template]
    path.parent.mkdir(parents=True, exist_ok=True)  # as make_engine does for a new file
    shutil.copyfile(_SQLITE_TEMPLATE[0], path)
    return f"sqlite:///{path}"


@contextmanager
def running_server(
    tmp_path: Path,
    *,
    db_url: str | None = None,
    regions: Sequence[tuple[str, str]] = DEFAULT_REGIONS,
    org_name: str = "Test Project",
    org_regions: Sequence[str] = ("north",),
    clock: Clock = utcnow,
    settings: ServerSettings | None = None,
    ssl_certfile: str | None = None,
    ssl_keyfile: str | None = None,
    log_level: str = "warning",
    app_hook: Callable[[FastAPI], None] | None = None,
    openapi: bool = False,
    charity: TestCharity | None = None,
) -> Iterator[ServerHandle]:
    """Run the server until the block ends. Rate limits are generous unless `settings` says otherwise.

    `openapi` serves /openapi.json (off by default, as in production).

    `app_hook` gets the app before it serves (tests add routes, e.g. one that fails).
    `charity`: the test charity whose bundle is installed (a new one by default).
    """
    charity = charity or TestCharity()
    url = db_url or migrated_sqlite_file(tmp_path / "outreach-server.db")
    engine = make_engine(url)
    if db_url is not None:
        # A caller's database: brought to head. A copy of this process's template is at head
        # already, and checking it cost half of a start's CPU: alembic loads every revision
        # script to find head, ~20 of ~42 ms (issue 19).
        migrate.upgrade(engine)
    with engine.begin() as conn:
        known = {r.id for r in orgs.list_regions(conn)}
        for region_id, name in regions:
            if region_id not in known:
                orgs.add_region(conn, region_id, name, clock)
        org = orgs.create_org(conn, org_name, list(org_regions), clock)
        installed = key_bundles.current(conn)
        if installed is None or installed.root_public != charity.root_public:
            key_bundles.install(conn, charity.bundle(), clock)
    app_settings = settings or ServerSettings(
        db_url=url,
        device_limit=GENEROUS,
        enroll_ip_limit=GENEROUS,
        verifier_device_limit=GENEROUS,
        verifier_ip_limit=GENEROUS,
        verifier_org_limit=GENEROUS,
        serve_openapi=openapi,
    )
    fastapi_fields.install()  # a server per test: its route fields from the process's cache
    app = create_app(app_settings, engine=engine, clock=clock)
    if app_hook is not None:
        app_hook(app)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app,
        access_log=False,
        log_config=None,
        log_level=log_level,
        server_header=False,
        ssl_certfile=ssl_certfile,
        ssl_keyfile=ssl_keyfile,
        timeout_graceful_shutdown=5,
    )
    server = PromptServer(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="outreach-test-server", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.01)  # polling the server's own start flag, not waiting out a delay
    scheme = "https" if ssl_certfile else "http"
    handle = ServerHandle(
        url=f"{scheme}://127.0.0.1:{port}",
        db_url=url,
        engine=engine,
        clock=clock,
        org_id=org.id,
        org_name=org.name,
        region_ids=org.region_ids,
        charity=charity,
        _server=server,
    )
    try:
        yield handle
    finally:
        server.exit_now()
        thread.join(timeout=15)
        sock.close()
        engine.dispose()
