"""A protocol v2 sync pass against a scripted v2 server (httpx.MockTransport): envelopes out
and marked sent only on matching receipts, withdrawals by per-purpose verifier, monthly
aggregates, and the signed alert feed, where a tampered or unsigned alert is refused with a
visible warning and never stored. (The end-to-end tests run against the real server.)"""

from __future__ import annotations

import base64
import json
import random
from datetime import UTC, date, datetime
from typing import Any
from uuid import UUID

import httpx

from outreach_app.crypto.sealing import open_sealed
from outreach_app.domain.enums import ConsentMethod, Purpose
from outreach_app.protocol.aggregates import AggregateUpload
from outreach_app.protocol.alerts import Alert
from outreach_app.protocol.canonical import canonical_json
from outreach_app.protocol.envelopes import EnvelopeBatch
from outreach_app.protocol.signed_alerts import SignedAlert, sign_alert
from outreach_app.protocol.verifier import purpose_verifiers
from outreach_app.protocol.withdrawals_v2 import VerifierWithdrawalBatch
from outreach_app.reports.monthly_aggregates import aggregate_uploads
from outreach_app.sharing import charity_keys
from outreach_app.sharing.outbox_states import OutboxState
from outreach_app.sharing.seal import seal_incident
from outreach_app.sharing.workflow import record_consent, withdraw_with_code
from outreach_app.storage.connection import Connection
from outreach_app.storage.repos import alerts as alerts_repo
from outreach_app.storage.repos import envelopes as envelope_repo
from outreach_app.storage.repos import outbox as outbox_repo
from outreach_app.storage.repos.settings import get_setting
from outreach_app.sync.alert_signatures import REFUSED_ALERTS_SETTING
from outreach_app.sync.backoff import Backoff
from outreach_app.sync.client import SyncClient
from outreach_app.sync.engine import EngineSettings, SyncEngine
from tests.e2e.sync_support import FakeTime
from tests.unit.sharing.test_pipeline import make_incident
from tests.unit.sharing.v2_keys import FakeCharity, make_charity

NOW = datetime(2025, 5, 3, 12, 0, tzinfo=UTC)
ORG = UUID("6a1f0b9e-2c3d-4e5f-8a7b-9c0d1e2f3a4b")


def _alert(alert_id: str, title: str) -> Alert:
    return Alert.model_validate(
        {
            "alert_id": alert_id,
            "version": 1,
            "title": title,
            "issued_on": "2025-05-01",
            "expires_on": "2025-06-01",
            "region_ids": ["leeds"],
        }
    )


class V2Server:
    """Just enough of a v2 server: stores envelopes and answers each endpoint simply."""

    def __init__(self, charity: FakeCharity) -> None:
        self.charity = charity
        self.envelopes: dict[str, dict[str, Any]] = {}
        self.withdrawn: set[str] = set()
        self.withdrawal_batches: list[list[str]] = []
        self.aggregates: list[AggregateUpload] = []
        self.paths: list[str] = []
        good = sign_alert(
            charity.alerts_signer, "alerts", _alert("0d9a3c6e-1b2f-4a5d-8e7c-6f4b3a2d1c0e", "Blue van")
        )
        forged = sign_alert(
            charity.alerts_signer, "alerts", _alert("1d9a3c6e-1b2f-4a5d-8e7c-6f4b3a2d1c0e", "Red car")
        )
        tampered = SignedAlert(
            alert=_alert(str(forged.alert.alert_id), "Red car: call 07700 900999"),
            desk_id="alerts",
            signature=forged.signature,
        )
        unsigned = SignedAlert(alert=_alert("2d9a3c6e-1b2f-4a5d-8e7c-6f4b3a2d1c0e", "No signature"))
        self.feed = {
            "entries": [
                {"alert_id": str(s.alert.alert_id), "kind": "upsert", "signed": json.loads(canonical_json(s))}
                for s in (good, tampered, unsigned)
            ],
            "next_cursor": "c1",
            "reset": True,
        }

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.paths.append(path)
        if path == "/v2/key-bundle":
            return httpx.Response(200, json=json.loads(canonical_json(self.charity.signed)))
        if path == "/v2/envelopes":
            batch = EnvelopeBatch.model_validate_json(request.content)
            receipts = []
            for envelope in batch.envelopes:
                header = envelope.header
                key = str(header.envelope_id)
                status = "withdrawn" if header.verifier in self.withdrawn else "accepted"
                if key in self.envelopes:
                    status = "duplicate"
                self.envelopes[key] = json.loads(canonical_json(envelope))
                receipts.append(
                    {
                        "envelope_id": key,
                        "content_hash": header.content_hash,
                        "status": status,
                        "received_on": "2025-05-03",
                    }
                )
            return httpx.Response(200, json={"receipts": receipts})
        if path == "/v2/withdrawals":
            batch = VerifierWithdrawalBatch.model_validate_json(request.content)
            self.withdrawal_batches.append(batch.verifiers)
            known = {e["header"]["verifier"] for e in self.envelopes.values()}
            results = [
                {"verifier": v, "status": "withdrawn" if v in known else "unknown"} for v in batch.verifiers
            ]
            self.withdrawn |= set(batch.verifiers)
            return httpx.Response(200, json={"results": results})
        if path == "/v2/stats":
            upload = AggregateUpload.model_validate_json(request.content)
            self.aggregates.append(upload)
            keys = [row.aggregate_key for row in upload.rows]
            return httpx.Response(200, json={"aggregate_keys": keys, "received_on": "2025-05-03"})
        if path == "/v2/alerts":
            return httpx.Response(200, json=self.feed)
        if path == "/v2/regions":
            return httpx.Response(200, json={"regions": [{"id": "leeds", "name": "Leeds"}]})
        return httpx.Response(404, json={"code": "not_found", "message": "Not found."})


def _engine(conn: Connection, server: V2Server) -> SyncEngine:
    client = SyncClient(
        "https://sync.example.org",
        "credential-0123456789abcdefghij",
        transport=httpx.MockTransport(server),
    )
    fake = FakeTime()
    return SyncEngine(
        lambda fn: fn(conn),
        client,
        settings=EngineSettings(retry_budget_s=0.0),
        aggregate_source=aggregate_uploads,
        backoff=Backoff(random.Random(1)),
        clock=lambda: NOW,
        monotonic=fake.monotonic,
        sleep=fake.sleep,
    )


def _share(conn: Connection, purposes: list[Purpose]) -> tuple[UUID, str]:
    incident = make_incident(conn, summary="MARKER-9981 robbed by Gaz")
    outcome = record_consent(
        conn, incident.id, purposes, worker_initials="JK", method=ConsentMethod.VERBAL, now=NOW
    )
    item = seal_incident(conn, incident.id, now=NOW)
    assert outcome.code is not None
    return item.id, outcome.code


def test_a_v2_pass_sends_envelopes_aggregates_and_refuses_badly_signed_alerts(conn: Connection) -> None:
    charity = make_charity()
    charity_keys.pin(conn, charity.root_public, ORG, charity.signed)
    item_id, code = _share(conn, [Purpose.ALERT, Purpose.STATISTICS, Purpose.POLICE_INTELLIGENCE])
    stats_only, _ = _share(conn, [Purpose.STATISTICS])
    server = V2Server(charity)

    summary = _engine(conn, server).run_pass()

    assert summary.error is None, summary
    assert not any(p.startswith("/v1/") for p in server.paths), server.paths
    item = outbox_repo.get_item(conn, item_id)
    assert item is not None and item.state == OutboxState.SENT
    assert summary.sent == 1
    # the server holds two envelopes it cannot read; the desks can
    assert len(server.envelopes) == 2
    verifiers = purpose_verifiers(code, ["alert", "police_intelligence"])
    for stored in server.envelopes.values():
        text = json.dumps(stored)
        assert "MARKER-9981" not in text and "Gaz" not in text
        header = stored["header"]
        assert header["verifier"] == verifiers[header["purpose"]]
        desk_key = charity.private_for(header["desk_id"])
        assert b"MARKER-9981" in open_sealed(base64.b64decode(stored["ciphertext"]), desk_key)
    rows = envelope_repo.envelopes_for_item(conn, item_id)
    assert {row.state for row in rows} == {"sent"} and all(row.receipt for row in rows)
    # statistics: one aggregate row counting both incidents; the statistics-only item settled
    (upload,) = server.aggregates
    (row,) = [r for r in upload.rows if r.region_id == "leeds"]
    assert (row.month, row.incidents) == ("2025-04", 2)
    settled = outbox_repo.get_item(conn, stats_only)
    assert settled is not None and settled.state == OutboxState.SENT
    # alerts: only the validly signed one is stored, and the pass says why the others are not
    assert [str(a.alert_id) for a in alerts_repo.list_alerts(conn)] == [
        "0d9a3c6e-1b2f-4a5d-8e7c-6f4b3a2d1c0e"
    ]
    assert any("2 alerts were refused" in p for p in summary.problems), summary.problems
    # kept for the alerts page (the warning is visible there, not only in this summary)
    assert "2 alerts were refused" in str(get_setting(conn, REFUSED_ALERTS_SETTING))


def test_a_withdrawal_sends_the_envelopes_own_verifiers_and_a_late_envelope_is_withdrawn(
    conn: Connection,
) -> None:
    charity = make_charity()
    charity_keys.pin(conn, charity.root_public, ORG, charity.signed)
    item_id, code = _share(conn, [Purpose.ALERT, Purpose.POLICE_REFERRAL])
    server = V2Server(charity)
    engine = _engine(conn, server)
    engine.run_pass()
    withdraw_with_code(conn, code, [Purpose.ALERT, Purpose.POLICE_REFERRAL], now=NOW)
    summary = engine.run_pass()
    expected = purpose_verifiers(code, ["alert", "police_referral"])
    assert server.withdrawal_batches == [sorted(expected.values())]
    assert summary.withdrawals_withdrawn == 1
    item = outbox_repo.get_item(conn, item_id)
    assert item is not None and item.state == OutboxState.WITHDRAWN
    assert date(2025, 5, 3)  # (the scripted server's day)


def test_without_pinned_keys_the_pass_stops_at_sign_in_and_asks_to_link_again(conn: Connection) -> None:
    """A link made before protocol v2: nothing is sealed, sent or parked; the server is not asked."""
    charity_keys.forget(conn)
    item_id, _ = _share(conn, [Purpose.ALERT])
    server = V2Server(make_charity())
    summary = _engine(conn, server).run_pass()
    assert server.paths == []
    assert summary.reenrol is not None and "charity key fingerprint" in summary.reenrol
    assert summary.parked == [] and summary.sent == 0 and not summary.ok
    item = outbox_repo.get_item(conn, item_id)
    assert item is not None and item.state == OutboxState.QUEUED
    assert envelope_repo.envelopes_for_item(conn, item_id) == []


def test_a_statistics_only_item_older_than_the_upload_window_is_parked_not_sent(conn: Connection) -> None:
    charity = make_charity()
    charity_keys.pin(conn, charity.root_public, ORG, charity.signed)
    item_id, _ = _share(conn, [Purpose.STATISTICS])
    engine = _engine(conn, V2Server(charity))
    engine.settings = EngineSettings(retry_budget_s=0.0, stats_months=1)  # May 2025 only
    engine.run_pass()
    item = outbox_repo.get_item(conn, item_id)
    assert item is not None and item.state == OutboxState.PARKED
    assert item.last_error is not None and "not counted" in item.last_error


def test_receipts_that_do_not_match_mark_nothing_sent_and_requeue_the_item(conn: Connection) -> None:
    charity = make_charity()
    charity_keys.pin(conn, charity.root_public, ORG, charity.signed)
    item_id, _ = _share(conn, [Purpose.ALERT])
    server = V2Server(charity)

    def lying(request: httpx.Request) -> httpx.Response:
        reply = server(request)
        if request.url.path == "/v2/envelopes":
            body = json.loads(reply.content)
            for receipt in body["receipts"]:
                receipt["content_hash"] = "0" * 64
            return httpx.Response(200, json=body)
        return reply

    client = SyncClient(
        "https://sync.example.org",
        "credential-0123456789abcdefghij",
        transport=httpx.MockTransport(lying),
    )
    fake = FakeTime()
    engine = SyncEngine(
        lambda fn: fn(conn),
        client,
        settings=EngineSettings(retry_budget_s=0.0),
        backoff=Backoff(random.Random(1)),
        clock=lambda: NOW,
        monotonic=fake.monotonic,
        sleep=fake.sleep,
    )
    summary = engine.run_pass()
    assert summary.error is not None and not summary.reachable
    item = outbox_repo.get_item(conn, item_id)
    assert item is not None and item.state == OutboxState.QUEUED
    assert {row.state for row in envelope_repo.envelopes_for_item(conn, item_id)} == {"pending"}
