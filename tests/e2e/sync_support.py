"""Shared pieces of the sync end-to-end tests: a real vault (cheap KDF), queued reports, checks.

Reports are sealed straight into the outbox as `queued` items (the sharing pipeline has
its own tests); what these tests check is that the sync engine delivers them.
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

from sqlalchemy import text

from outreach_app.core.vault import VaultSession, create_vault, unlock_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.enums import IncidentType, PartOfDay
from outreach_app.domain.layout import VaultLayout
from outreach_app.protocol.canonical import canonical_json, content_hash
from outreach_app.protocol.reports import AlertSection, SharedReport, StatisticsSection
from outreach_app.protocol.verifier import new_withdrawal_code, normalise_withdrawal_code, withdrawal_verifier
from outreach_app.sharing.outbox_states import OutboxState
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.repos import outbox as outbox_repo
from tests.server_harness import ServerHandle

PASSPHRASE = "plum orbit kettle 42 saffron lantern"
NOTHING: Callable[[], Any | None] = lambda: None  # noqa: E731 - "no OS keyring" for find_backend


def make_vault(tmp_path: Path) -> VaultLayout:
    layout = VaultLayout(tmp_path / "vault")
    create_vault(layout, PASSPHRASE, kdf=TEST_KDF)
    return layout


@contextmanager
def opened(layout: VaultLayout) -> Iterator[VaultSession]:
    session = unlock_vault(layout, PASSPHRASE)
    try:
        yield session
    finally:
        session.close()


def make_report(rng: random.Random, region_id: str, today: date, code: str | None = None) -> SharedReport:
    code = normalise_withdrawal_code(code or new_withdrawal_code())
    return SharedReport(
        report_id=uuid.UUID(int=rng.getrandbits(128), version=4),
        region_id=region_id,
        date=today - timedelta(days=rng.randint(0, 30)),
        part_of_day=rng.choice(list(PartOfDay)),
        incident_types=rng.sample(list(IncidentType), k=rng.randint(1, 3)),
        withdrawal_verifier=withdrawal_verifier(code),
        statistics=StatisticsSection(weapon_used=rng.random() < 0.3),
        alert=AlertSection(summary=f"blue car seen {rng.randint(1, 999)}") if rng.random() < 0.5 else None,
    )


def queue_reports(
    conn: Connection, count: int, region_id: str, rng: random.Random, code: str | None = None
) -> list[uuid.UUID]:
    """Seal `count` reports into the outbox as queued items (under the withdrawal `code` if
    given, else each its own); returns their report ids."""
    now = datetime.now(UTC)
    ids = []
    with transaction(conn):
        for n in range(count):
            report = make_report(rng, region_id, now.date(), code)
            at = now + timedelta(microseconds=n)
            outbox_repo.insert_item(
                conn,
                outbox_repo.OutboxRow(
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
                ),
            )
            ids.append(report.report_id)
    return ids


@dataclass(frozen=True)
class Delivery:
    """The outbox and the server compared. Attributes name the problems (empty = all good)."""

    not_sent: list[str]
    bad_receipts: list[str]
    server_missing: list[str]
    server_extra: list[str]
    max_attempts: int


def check_delivery(conn: Connection, server: ServerHandle, report_ids: list[uuid.UUID]) -> Delivery:
    """Every item sent with a receipt whose id and hash match its payload; the server holds exactly them."""
    not_sent, bad = [], []
    attempts = 0
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
    with server.engine.begin() as db:
        held = {str(r[0]): str(r[1]) for r in db.execute(text("SELECT report_id, content_hash FROM reports"))}
    wanted = {str(r) for r in report_ids}
    return Delivery(
        not_sent=not_sent,
        bad_receipts=bad,
        server_missing=sorted(wanted - set(held)),
        server_extra=sorted(set(held) - wanted),
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
