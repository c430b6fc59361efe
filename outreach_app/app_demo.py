"""`outreach --demo`: a throwaway vault full of realistic demo data, and a local server.

Needs a source install with the `server` extra (FastAPI, uvicorn, SQLAlchemy): the installed
app explains that it lacks it instead of failing with an import error. Everything lives in
a temporary folder that is deleted on exit; the demo passphrase is printed, and the vault
uses the cheap test KDF (it protects nothing real).

Steps: start the reference server on 127.0.0.1 (random port, its own SQLite file) with a
demo organisation and a few published alerts → create the vault and fill it (areas, people,
a few hundred contacts over recent shifts, a dozen incidents) → enrol with the server when
the sync package offers enrolment → open the window, unlocked.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import random
import secrets
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from outreach_app.cli.common import ExitCode, Io
from outreach_app.domain.layout import VaultLayout

SERVER_EXTRA_MODULES = ("fastapi", "uvicorn", "sqlalchemy", "alembic")
DEMO_REGIONS = (("north", "North"), ("south", "South"), ("centre", "City centre"))
DEMO_ORG = "Demo Outreach Project"
DEMO_CONTACTS = 300
DEMO_INCIDENTS = 12
SERVER_START_TIMEOUT_S = 20.0

NO_SERVER_MESSAGE = """\
outreach: the demo needs the charity's reference server, which this install does not include.
From a source checkout run:  python3 dev.py app --demo
(or: pip install 'outreach-app[server]', then outreach --demo)"""


def server_extra_missing() -> list[str]:
    """The modules of the `server` extra that are not installed (empty: the demo can run)."""
    missing = [name for name in SERVER_EXTRA_MODULES if importlib.util.find_spec(name) is None]
    if importlib.util.find_spec("outreach_app.server") is None:
        missing.append("outreach_app.server")
    return missing


# --- the local server -------------------------------------------------------------------------


@dataclass
class DemoServer:
    """Attributes: url (http://127.0.0.1:port), org_id, region_ids, alert_ids; root_fingerprint:
    the demo charity's root key fingerprint (what a charity prints on the code sheet)."""

    url: str
    org_id: str
    region_ids: tuple[str, ...]
    alert_ids: list[str]
    engine: Any
    root_fingerprint: str = ""

    def enroll_code(self) -> str:
        from outreach_app.server.core import tokens
        from outreach_app.server.core.clock import utcnow
        from outreach_app.server.db import orgs

        with self.engine.begin() as conn:
            return str(tokens.group_code(orgs.create_enroll_code(conn, self.org_id, 24, utcnow)))


def _demo_charity(conn: Any) -> tuple[Any, str]:
    """Make a throwaway charity (root key, an alerts desk and a police desk), install its
    signed key bundle on the demo server; the alerts desk's signing key and the root key's
    fingerprint. The private keys live only in this process: the demo protects nothing real."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from outreach_app.crypto.sealing import new_encryption_key_pair
    from outreach_app.protocol.keys import DeskKey, DeskRole, KeyBundle, sign_bundle
    from outreach_app.protocol.signing import key_fingerprint, public_key_b64
    from outreach_app.server.core.clock import utcnow
    from outreach_app.server.db import key_bundles

    root, alerts_sign = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    desks = [
        DeskKey(
            desk_id="demo-alerts",
            role=DeskRole.ALERTS,
            purposes=["alert"],
            enc_public=new_encryption_key_pair().public,
            sign_public=public_key_b64(alerts_sign),
        ),
        DeskKey(
            desk_id="demo-police",
            role=DeskRole.POLICE,
            purposes=["police_intelligence", "police_referral"],
            enc_public=new_encryption_key_pair().public,
        ),
    ]
    bundle = KeyBundle(charity_id="demo-charity", desks=desks, issued_at=utcnow(), version=1)
    key_bundles.install(conn, sign_bundle(root, bundle), utcnow)
    return alerts_sign, key_fingerprint(public_key_b64(root))


def _publish_demo_alerts(conn: Any, region_ids: list[str], alerts_sign: Any) -> list[str]:
    import uuid

    from outreach_app.protocol.alerts import Alert
    from outreach_app.protocol.signed_alerts import sign_alert
    from outreach_app.server.core.clock import today, utcnow
    from outreach_app.server.db import alerts, key_bundles

    day = today(utcnow)
    samples = [
        (
            "Man refusing to pay and threatening workers",
            ["non_payment", "threats_intimidation"],
            [{"phone_numbers": ["+447700900123"], "online_handles": []}],
            [{"registration": "AB12 CDE"}],
        ),
        ("Assault after meeting arranged online", ["physical_assault"], [], []),
        (
            "Driver removing condom without consent",
            ["condom_removal"],
            [{"phone_numbers": ["+447700900456"], "online_handles": []}],
            [{"registration": "XY65 ZZA"}],
        ),
    ]
    ids = []
    for index, (title, types, perpetrators, vehicles) in enumerate(samples):
        content = {
            "alert_id": str(uuid.uuid4()),
            "version": 1,
            "region_ids": sorted(region_ids),
            "title": title,
            "body": "Described as a white van driver in his forties. Take care and work in pairs.",
            "incident_types": types,
            "perpetrators": perpetrators,
            "vehicles": vehicles,
            "issued_on": (day - timedelta(days=index * 3)).isoformat(),
            "expires_on": (day + timedelta(days=28 - index * 3)).isoformat(),
        }
        signed = sign_alert(alerts_sign, "demo-alerts", Alert.model_validate(content))
        installed = key_bundles.current(conn)
        ids.append(
            alerts.publish_signed(conn, signed, None if installed is None else installed.bundle, utcnow)
        )
    return ids


@contextmanager
def running_demo_server(folder: Path) -> Iterator[DemoServer]:
    """The reference server on a free loopback port, with a demo organisation and alerts."""
    import uvicorn

    from outreach_app.server.app import create_app
    from outreach_app.server.core.clock import utcnow
    from outreach_app.server.core.config import ServerSettings
    from outreach_app.server.db import migrate, orgs
    from outreach_app.server.db.engine import make_engine

    url = f"sqlite:///{folder / 'demo-server.db'}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        for region_id, name in DEMO_REGIONS:
            orgs.add_region(conn, region_id, name, utcnow)
        org = orgs.create_org(conn, DEMO_ORG, [r for r, _ in DEMO_REGIONS], utcnow)
        alerts_sign, root_fingerprint = _demo_charity(conn)
        alert_ids = _publish_demo_alerts(conn, list(org.region_ids), alerts_sign)
    app = create_app(ServerSettings(db_url=url), engine=engine)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(app, access_log=False, log_config=None, log_level="warning", server_header=False)
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="demo-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the demo server did not start")
        time.sleep(0.01)  # polling the server's own start flag
    try:
        yield DemoServer(
            f"http://127.0.0.1:{port}", org.id, org.region_ids, alert_ids, engine, root_fingerprint
        )
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        engine.dispose()


# --- the demo vault ---------------------------------------------------------------------------

_ALIASES = [
    "Rosie", "Jade", "Kat", "Mimi", "Lou", "Bee", "Sasha", "Tia", "Nell", "Dee", "Roxy", "Gem",
    "Ash", "Bella", "Cleo", "Dani", "Eve", "Fifi", "Gigi", "Holly", "Ivy", "Jo", "Kiki", "Lexi",
]  # fmt: skip
_AREAS = ["Station Road", "Canal side", "Industrial estate", "Drop-in centre", "Online"]
_NOTES = [
    "", "", "", "Asked about the sexual health clinic times.", "New to the area, given safety leaflet.",
    "Wants a call back about housing.", "Mentioned a regular who makes her uneasy.", "Just a chat, all ok.",
]  # fmt: skip


@dataclass
class DemoCounts:
    areas: int
    people: int
    contacts: int
    incidents: int


def fill_demo_vault(session: Any, rng: random.Random, now: datetime) -> DemoCounts:
    """Write realistic-looking, entirely invented records (runs on the DB thread)."""
    from outreach_app.domain.enums import (
        ContactKind,
        IncidentType,
        ReferralKind,
        ShiftMode,
        SupplyKind,
        TimePrecision,
    )
    from outreach_app.domain.models import Area, Contact, Incident, Perpetrator, Person, Shift, Vehicle
    from outreach_app.storage.repos.areas import add_area
    from outreach_app.storage.repos.contacts import add_contacts
    from outreach_app.storage.repos.incidents import add_incident
    from outreach_app.storage.repos.people import add_person
    from outreach_app.storage.repos.shifts import add_shift

    conn = session.conn
    # No regions here: the demo maps its areas after enrolment, the way a worker would
    # (map_demo_areas, the same calls as Settings → Areas and `outreach area set-region`).
    areas = [Area(name=name) for name in _AREAS]
    for area in areas:
        add_area(conn, area)
    people = [Person(alias=alias) for alias in _ALIASES]
    for person in people:
        add_person(conn, person)
    contacts: list[Contact] = []
    day = 0
    while len(contacts) < DEMO_CONTACTS:
        day += rng.randint(3, 8)  # spread over a few months, so the statistics have a shape
        start = (now - timedelta(days=day)).replace(hour=21, minute=0, second=0, microsecond=0)
        area = rng.choice(areas[:4])
        shift = Shift(
            started_at=start,
            ended_at=start + timedelta(hours=4),
            area_id=area.id,
            mode=ShiftMode.VAN if area.name != "Drop-in centre" else ShiftMode.DROP_IN,
            staff_initials=rng.choice(["AB", "CD", "EF"]),
        )
        add_shift(conn, shift)
        for _ in range(rng.randint(8, 20)):
            supplies = {
                SupplyKind.CONDOMS: rng.choice([0, 6, 12, 24]),
                SupplyKind.LUBE: rng.choice([0, 2, 4]),
            }
            if rng.random() < 0.15:
                supplies[SupplyKind.NALOXONE] = 1
            contacts.append(
                Contact(
                    occurred_at=start + timedelta(minutes=rng.randint(0, 239)),
                    shift_id=shift.id,
                    area_id=area.id,
                    person_id=rng.choice(people).id if rng.random() < 0.7 else None,
                    kind=ContactKind.IN_PERSON,
                    supplies=supplies,
                    referrals=[rng.choice(list(ReferralKind))] if rng.random() < 0.1 else [],
                    notes=rng.choice(_NOTES),
                )
            )
    add_contacts(conn, contacts[:DEMO_CONTACTS])
    kinds = list(IncidentType)
    for index in range(DEMO_INCIDENTS):
        occurred = now - timedelta(days=rng.randint(1, 60), hours=rng.randint(0, 5))
        add_incident(
            conn,
            Incident(
                person_id=rng.choice(people).id,
                worker_initials="AB",
                occurred_at=occurred,
                occurred_precision=rng.choice([TimePrecision.EXACT, TimePrecision.APPROXIMATE]),
                area_id=rng.choice(areas[:3]).id,
                types=rng.sample(kinds, k=rng.randint(1, 2)),
                perpetrators=[
                    Perpetrator(
                        age_min=30,
                        age_max=45,
                        hair="short dark",
                        clothing="hi-vis jacket",
                        phone_numbers=[f"07700 900{100 + index:03d}"],
                    )
                ],
                vehicles=[
                    Vehicle(make="Ford", model="Transit", colour="white", registration=f"AB{index:02d} CDE")
                ]
                if index % 2 == 0
                else [],
                narrative="Invented demo incident: met at the usual spot, the man refused to pay.",
            ),
        )
    return DemoCounts(len(areas), len(people), DEMO_CONTACTS, DEMO_INCIDENTS)


def _no_keyring() -> None:
    """The demo's credential stays in the throwaway vault: never leave an OS keyring entry."""
    return None


def enrol_with(server: DemoServer, session: Any) -> str | None:
    """Enrol the vault with the demo server through the sync package, if this install has it.

    Returns None on success, else why it was skipped (the demo still opens)."""
    try:
        enrollment = importlib.import_module("outreach_app.sync.enrollment_v2")
    except ModuleNotFoundError:
        return "this version has no sync package, so the app is not linked to the demo server"
    # protocol v2: the demo charity's root fingerprint, as a coordinator types it from the code sheet
    enrollment.enroll_v2(
        session.conn, server.url, server.enroll_code(), server.root_fingerprint, device_label="Demo laptop"
    )
    return None


# Area name -> the server region's name, as a worker would pick it from the list.
DEMO_AREA_REGIONS = {"Station Road": "City centre", "Canal side": "North", "Industrial estate": "South"}


def map_demo_areas(session: Any) -> int:
    """Give the demo areas their regions through the user's path (after enrolment stored the
    server's regions); the drop-in centre and "Online" stay unmapped, as some areas would."""
    from outreach_app.storage.repos.area_regions import find_area, find_region, set_area_region

    for area_name, region_name in DEMO_AREA_REGIONS.items():
        set_area_region(
            session.conn, find_area(session.conn, area_name).id, find_region(session.conn, region_name)
        )
    return len(DEMO_AREA_REGIONS)


def first_sync(session: Any) -> str:
    """One sync pass (pulls the demo alerts), so the Alerts page has something to show."""
    from outreach_app.sync.engine import SyncEngine
    from outreach_app.sync.enrollment import client_for_link

    with client_for_link(session.conn, find_backend=_no_keyring) as client:
        summary = SyncEngine(lambda fn: fn(session.conn), client).run_pass()
    return "first sync done" if summary.ok else f"first sync did not finish: {summary.error}"


def prepare_demo(folder: Path, server: DemoServer, io: Io, *, seed: int = 7) -> tuple[VaultLayout, str]:
    """Create and fill the demo vault in `folder`; return its layout and passphrase."""
    from outreach_app.core.vault import create_vault, unlock_vault
    from outreach_app.crypto.kdf import TEST_KDF

    layout = VaultLayout(folder / "vault")
    passphrase = "demo-" + "-".join(secrets.token_hex(3) for _ in range(4))
    create_vault(layout, passphrase, kdf=TEST_KDF)
    with unlock_vault(layout, passphrase) as session:
        rng = random.Random(seed)  # noqa: S311 - invented demo records, not security
        counts = fill_demo_vault(session, rng, datetime.now(UTC))
        skipped = enrol_with(server, session)
        if skipped is None:
            map_demo_areas(session)
        synced = first_sync(session) if skipped is None else None
    io.out(
        f"demo: vault with {counts.contacts} contacts, {counts.incidents} incidents, {counts.people} people; "
        f"server at {server.url} with {len(server.alert_ids)} alerts"
    )
    if skipped:
        io.out(f"demo: {skipped}")
    if synced:
        io.out(f"demo: {synced}")
    io.out(f"demo: passphrase (throwaway): {passphrase}")
    return layout, passphrase


def run_demo(data_dir: str | os.PathLike[str] | None, io: Io, *, open_window: bool = True) -> int:
    missing = server_extra_missing()
    if missing:
        io.err(NO_SERVER_MESSAGE)
        return int(ExitCode.UNAVAILABLE)
    from outreach_app.app import display_problem

    problem = display_problem(os.environ) if open_window else None
    if problem is not None:
        io.err(problem)
        return int(ExitCode.UNAVAILABLE)
    del data_dir  # the demo vault is always throwaway; never touch a real data dir
    with (
        tempfile.TemporaryDirectory(prefix="outreach-demo-") as tmp,
        running_demo_server(Path(tmp)) as server,
    ):
        layout, passphrase = prepare_demo(Path(tmp), server, io)
        if not open_window:
            return int(ExitCode.OK)
        return _open_unlocked(layout, passphrase)


def _open_unlocked(layout: VaultLayout, passphrase: str) -> int:
    from outreach_app.app import build_app
    from outreach_app.crypto.kdf import TEST_KDF

    desktop = build_app(layout, kdf=TEST_KDF)
    desktop.window.show()
    desktop.window.unlock_screen.passphrase.setText(passphrase)
    desktop.window.unlock_screen.unlock.click()
    desktop.app.aboutToQuit.connect(desktop.shutdown)
    code = desktop.app.exec()
    desktop.shutdown()
    return int(code)
