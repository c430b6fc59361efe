"""Protocol v2 end to end: a real vault (SQLCipher) and the real v2 server on loopback.

Enrolment pins the charity's root (and is refused when a machine in the middle swaps the key
bundle); a shared incident leaves as envelopes the server cannot read and the desks can;
police intelligence leaves with the month and without `police_told`; statistics leave as a
monthly aggregate; the person's code withdraws every envelope; an alert changed on the way
is refused with a visible warning while the genuine one is stored.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

import tests.server_harness as harness
from outreach_app.domain.enums import ConsentMethod, Purpose
from outreach_app.domain.timeutil import utcnow
from outreach_app.reports.monthly_aggregates import aggregate_uploads
from outreach_app.sharing import charity_keys
from outreach_app.sharing.outbox_states import OutboxState
from outreach_app.sharing.seal import seal_incident
from outreach_app.sharing.workflow import record_consent, withdraw_with_code
from outreach_app.storage.connection import Connection
from outreach_app.storage.repos import alerts as alerts_repo
from outreach_app.storage.repos import outbox as outbox_repo
from outreach_app.storage.repos import sync_state
from outreach_app.storage.repos.incidents import update_incident
from outreach_app.sync.client import SyncClient
from outreach_app.sync.engine import EngineSettings, PassSummary, SyncEngine
from outreach_app.sync.enrollment import client_for_link
from outreach_app.sync.enrollment_v2 import EnrolmentNotTrustedError, enroll_v2, pinned_fingerprint
from tests.unit.sharing.conftest import open_migrated
from tests.unit.sharing.test_pipeline import make_incident

MARKER = "ZEBRA-7731"
Rewrite = Callable[[httpx.Request, httpx.Response], httpx.Response]


class MiddleMachine(httpx.BaseTransport):
    """Forwards every request to the real server and lets `rewrite` change the reply on the way
    back (a machine in the middle). With no rewrite it is a plain pass-through."""

    def __init__(self, rewrite: Rewrite | None = None) -> None:
        self.inner = httpx.HTTPTransport()
        self.rewrite = rewrite

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        reply = self.inner.handle_request(request)
        if self.rewrite is None:
            return reply
        reply.read()
        return self.rewrite(request, reply)

    def close(self) -> None:
        self.inner.close()


def _factory(rewrite: Rewrite | None = None) -> Callable[..., SyncClient]:
    def make_client(url: str, credential: str | None, **options: Any) -> SyncClient:
        return SyncClient(url, credential, transport=MiddleMachine(rewrite), **options)

    return make_client


def _json_reply(reply: httpx.Response, body: dict[str, Any]) -> httpx.Response:
    return httpx.Response(reply.status_code, json=body, headers={"content-type": "application/json"})


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[Connection]:
    connection = open_migrated(tmp_path / "vault.db", durable=False)
    try:
        yield connection
    finally:
        connection.close()


def _sync(conn: Connection, make_client: Callable[..., SyncClient]) -> PassSummary:
    """One pass with the stored link's client, closed after it."""
    with client_for_link(conn, make_client=make_client) as client:
        engine = SyncEngine(
            lambda fn: fn(conn),
            client,
            settings=EngineSettings(retry_budget_s=0.0),
            aggregate_source=aggregate_uploads,
        )
        return engine.run_pass()


def _share(conn: Connection, purposes: list[Purpose]) -> str:
    """An incident of yesterday (inside the statistics window) with markers in its summary."""
    incident = make_incident(conn, region="north", summary=f"{MARKER} robbed by Gaz")
    incident = incident.model_copy(update={"occurred_at": utcnow() - timedelta(days=1)})
    update_incident(conn, incident)
    outcome = record_consent(conn, incident.id, purposes, worker_initials="JK", method=ConsentMethod.VERBAL)
    seal_incident(conn, incident.id)
    assert outcome.code is not None
    return outcome.code


def test_shared_incidents_leave_sealed_per_purpose_and_the_code_withdraws_them(
    tmp_path: Path, conn: Connection
) -> None:
    with harness.running_server(tmp_path) as server:
        make_client = _factory()
        enroll_v2(
            conn, server.url, server.make_enroll_code(), server.root_fingerprint, make_client=make_client
        )
        assert pinned_fingerprint(conn) == server.root_fingerprint
        every = [Purpose.ALERT, Purpose.STATISTICS, Purpose.POLICE_INTELLIGENCE, Purpose.POLICE_REFERRAL]
        code = _share(conn, every)

        summary = _sync(conn, make_client)
        assert summary.error is None and summary.sent == 1, summary
        assert summary.problems == [], summary.problems  # the bundle refresh and aggregates went through

        held = server.envelopes()
        assert sorted(h["purpose"] for h in held) == ["alert", "police_intelligence", "police_referral"]
        assert MARKER not in json.dumps(held)
        assert len({h["verifier"] for h in held}) == 3 and len({h["envelope_id"] for h in held}) == 3
        (intel,) = server.opened_envelopes("police_intelligence")
        assert MARKER in intel["summary"] and "month" in intel
        assert "date" not in intel and "police_told" not in intel
        (alert,) = server.opened_envelopes("alert")
        assert MARKER in alert["summary"]
        counted = {(row["region_id"], row["measure"]): row["count"] for row in server.stats()}
        assert counted[("north", "incidents")] == 1, counted

        withdraw_with_code(conn, code, every)
        summary = _sync(conn, make_client)
        assert summary.error is None, summary
        assert set(server.tombstones()) >= {h["verifier"] for h in held}
        assert all(h["withdrawn"] for h in server.envelopes())
        items = outbox_repo.all_items(conn) if hasattr(outbox_repo, "all_items") else []
        assert all(item.state == OutboxState.WITHDRAWN for item in items)


def test_a_machine_in_the_middle_swapping_the_key_bundle_is_refused(tmp_path: Path, conn: Connection) -> None:
    attacker = harness.TestCharity()

    def swap_bundle(request: httpx.Request, reply: httpx.Response) -> httpx.Response:
        if request.url.path != "/v2/enroll" or reply.status_code != 200:
            return reply
        body = reply.json()
        body["key_bundle"] = json.loads(attacker.bundle().model_dump_json(exclude_none=True))
        return _json_reply(reply, body)

    with harness.running_server(tmp_path) as server:
        with pytest.raises(EnrolmentNotTrustedError):
            enroll_v2(
                conn,
                server.url,
                server.make_enroll_code(),
                server.root_fingerprint,
                make_client=_factory(swap_bundle),
            )
        assert sync_state.get_link(conn) is None and charity_keys.charity_keys(conn) is None


def test_an_alert_changed_on_the_way_is_refused_with_a_warning(tmp_path: Path, conn: Connection) -> None:
    def tamper(request: httpx.Request, reply: httpx.Response) -> httpx.Response:
        if request.url.path != "/v2/alerts" or reply.status_code != 200:
            return reply
        body = reply.json()
        for entry in body["entries"]:
            signed = entry.get("signed")
            if signed and signed["alert"]["title"].startswith("Tampered"):
                signed["alert"]["body"] = "call 07700 900999 for a refund"
        return _json_reply(reply, body)

    with harness.running_server(tmp_path) as server:
        genuine = server.publish_alert("Genuine: blue Ford")
        server.publish_alert("Tampered on the way")
        make_client = _factory(tamper)
        enroll_v2(
            conn, server.url, server.make_enroll_code(), server.root_fingerprint, make_client=make_client
        )
        summary = _sync(conn, make_client)
        assert [str(a.alert_id) for a in alerts_repo.list_alerts(conn)] == [genuine]
        assert any("1 alert was refused" in problem for problem in summary.problems), summary.problems
