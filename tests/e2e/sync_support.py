"""Shared pieces of the sync end-to-end tests: a real vault (cheap KDF), queued reports, checks.

Reports are sealed straight into the outbox as `queued` items (the sharing pipeline has
its own tests); what these tests check is that the sync engine delivers them. Protocol v2:
the device enrols with the charity's root fingerprint (`enrol`), each queued report carries
an alert section so it leaves as one envelope sealed to the alerts desk, and `check_delivery`
compares the device's envelopes with what the server holds (`server.envelopes()`).
"""

from __future__ import annotations

import random
import secrets
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from outreach_app.core.vault import VaultSession, unlock_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.enums import IncidentType, PartOfDay
from outreach_app.domain.layout import VaultLayout
from outreach_app.protocol.canonical import canonical_json, content_hash
from outreach_app.protocol.reports import AlertSection, SharedReport, StatisticsSection
from outreach_app.protocol.verifier import new_withdrawal_code, normalise_withdrawal_code, withdrawal_verifier
from outreach_app.sharing.envelope_outbox import remember_code, seal_when_possible
from outreach_app.sharing.outbox_states import OutboxState
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.repos import envelopes as envelope_repo
from outreach_app.storage.repos import outbox as outbox_repo
from outreach_app.sync.enrollment import EnrolResult
from outreach_app.sync.enrollment_v2 import enroll_v2
from tests.server_harness import ServerHandle
from tests.vault_templates import created_vault

PASSPHRASE = "plum orbit kettle 42 saffron lantern"
NOTHING: Callable[[], Any | None] = lambda: None  # noqa: E731 - "no OS keyring" for find_backend


def make_vault(tmp_path: Path) -> VaultLayout:
    """A new locked vault: a copy of one made once per process (tests/vault_templates.py).
    Two made in one test share the template's data key; each enrols as a device of its own."""
    return created_vault(VaultLayout(tmp_path / "vault"), PASSPHRASE, kdf=TEST_KDF)


@contextmanager
def opened(layout: VaultLayout) -> Iterator[VaultSession]:
    session = unlock_vault(layout, PASSPHRASE)
    try:
        yield session
    finally:
        session.close()


def enrol(conn: Connection, server: ServerHandle, url: str | None = None, **options: Any) -> EnrolResult:
    """Enrol as the coordinator does: the server's one-time code and the charity's root
    fingerprint from the code sheet (protocol v2); `url` e.g. a proxy in front of the server."""
    return enroll_v2(conn, url or server.url, server.make_enroll_code(), server.root_fingerprint, **options)


def make_report(rng: random.Random, region_id: str, today: date, code: str | None = None) -> SharedReport:
    """A report with an alert section (so it leaves as one sealed envelope) and statistics
    (which leave in the monthly aggregates)."""
    code = normalise_withdrawal_code(code or new_withdrawal_code())
    return SharedReport(
        report_id=uuid.UUID(int=rng.getrandbits(128), version=4),
        region_id=region_id,
        date=today - timedelta(days=rng.randint(0, 30)),
        part_of_day=rng.choice(list(PartOfDay)),
        incident_types=rng.sample(list(IncidentType), k=rng.randint(1, 3)),
        withdrawal_verifier=withdrawal_verifier(code),
        statistics=StatisticsSection(weapon_used=rng.random() < 0.3),
        alert=AlertSection(summary=f"blue car seen {rng.randint(1, 999)}"),
    )


def queue_reports(
    conn: Connection, count: int, region_id: str, rng: random.Random, code: str | None = None
) -> list[uuid.UUID]:
    """Seal `count` reports into the outbox as queued items (under the withdrawal `code` if
    given, else each its own), and into their envelopes if the charity's keys are pinned (as
    sharing does); returns their report ids."""
    now = datetime.now(UTC)
    ids = []
    with transaction(conn):
        for n in range(count):
            report_code = normalise_withdrawal_code(code or new_withdrawal_code())
            report = make_report(rng, region_id, now.date(), report_code)
            # as recording consent does: the per-purpose verifiers the envelopes carry
            remember_code(conn, report.withdrawal_verifier, report_code)
            at = now + timedelta(microseconds=n)
            row = outbox_repo.OutboxRow(
                id=uuid.uuid4(),
                incident_id=uuid.uuid4(),
                report_id=report.report_id,
                version=1,
                consent_version=1,
                purposes=tuple(sorted(p.value for p in report.purposes())),
                state=OutboxState.QUEUED,
                payload=canonical_json(report).decode(),
                content_hash=content_hash(report),
                supersedes=None,
                last_error=None,
                receipt=None,
                attempts=0,
                ever_sending=False,
                created_at=at,
                updated_at=at,
            )
            outbox_repo.insert_item(conn, row)
            seal_when_possible(conn, row, at)  # as sharing does, once the charity's keys are pinned
            ids.append(report.report_id)
    return ids


@dataclass(frozen=True)
class Delivery:
    """The outbox and the server compared. Attributes name the problems (empty = all good).

    server_missing / server_extra are envelope ids (the server holds envelopes, not reports).
    """

    not_sent: list[str]
    bad_receipts: list[str]
    server_missing: list[str]
    server_extra: list[str]
    max_attempts: int


def envelope_ids(conn: Connection, report_ids: list[uuid.UUID]) -> dict[str, str]:
    """envelope id -> the report id it was sealed from, for these reports' items."""
    found: dict[str, str] = {}
    for report_id in report_ids:
        item = outbox_repo.get_item_by_report(conn, report_id)
        assert item is not None
        for row in envelope_repo.envelopes_for_item(conn, item.id):
            found[str(row.envelope_id)] = str(report_id)
    return found


def check_delivery(conn: Connection, server: ServerHandle, report_ids: list[uuid.UUID]) -> Delivery:
    """Every item sent with a receipt whose id and hash match its payload, and each of its
    envelopes with a receipt naming that envelope and its content hash; the server holds
    exactly these envelopes, each with the hash the device sealed."""
    not_sent, bad = [], []
    attempts = 0
    wanted: dict[str, str] = {}
    for report_id in report_ids:
        item = outbox_repo.get_item_by_report(conn, report_id)
        assert item is not None
        attempts = max(attempts, item.attempts)
        if item.state != OutboxState.SENT:
            not_sent.append(f"{report_id}:{item.state}")
            continue
        receipt = item.receipt or {}
        recomputed = content_hash(SharedReport.model_validate_json(item.payload))
        if receipt.get("report_id") != str(report_id) or receipt.get("content_hash") != recomputed:
            bad.append(str(report_id))
        rows = envelope_repo.envelopes_for_item(conn, item.id)
        if not rows:
            bad.append(f"{report_id}: no envelope")
        for row in rows:
            wanted[str(row.envelope_id)] = row.content_hash
            proof = row.receipt or {}
            if (
                row.state != envelope_repo.SENT
                or proof.get("envelope_id") != str(row.envelope_id)
                or proof.get("content_hash") != row.content_hash
            ):
                bad.append(f"{report_id}: envelope {row.envelope_id}")
    held = {row["envelope_id"]: row["content_hash"] for row in server.envelopes()}
    return Delivery(
        not_sent=not_sent,
        bad_receipts=bad,
        server_missing=sorted(e for e, h in wanted.items() if held.get(e) != h),
        server_extra=sorted(set(held) - set(wanted)),
        max_attempts=attempts,
    )


class FakeTime:
    """A monotonic clock and a sleep that advances it (retry delays are never slept for real).

    Attributes:
        slept: every delay asked for, in order.
    """

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def random_token() -> str:
    return secrets.token_hex(8)
