"""The real client against the real server on 127.0.0.1, through the fault proxy.

Retry delays go to a fake clock (`FakeTime`): the engine never sleeps for real. Timeouts are
small so hung connections cost little. Seeds are printed (`seed` fixture). Protocol v2: the
device enrols with the charity's root fingerprint and each report leaves as a sealed envelope.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

import httpx

from outreach_app.domain.enums import Purpose
from outreach_app.reports.monthly_aggregates import aggregate_uploads
from outreach_app.sharing.outbox_states import OutboxState
from outreach_app.storage.repos import alerts as alerts_repo
from outreach_app.storage.repos import outbox as outbox_repo
from outreach_app.storage.repos import sync_state
from outreach_app.sync.backoff import Backoff
from outreach_app.sync.client import SyncClient
from outreach_app.sync.engine import EngineSettings, SyncEngine
from outreach_app.sync.enrollment import client_for_link
from tests.e2e.fault_proxy import FaultProxy
from tests.e2e.sync_support import (
    NOTHING,
    FakeTime,
    check_delivery,
    enrol,
    envelope_ids,
    make_vault,
    opened,
    queue_reports,
)
from tests.server_harness import running_server

# Through the fault proxy a cut or stalled connection must fail fast; straight to the server,
# a loaded CI machine can take more than a second to answer a batch (the audit test failed so
# at load 14), and no test there is about a time-out. Each hang the proxy injects is waited
# out to this time-out (4-6 of them a run): half a second, ten times the slowest batch seen at
# load 5 (52 ms); a batch slower than that is one more retried failure, as a hang is.
FAST = httpx.Timeout(connect=0.5, read=0.5, write=0.5, pool=0.5)
PATIENT = httpx.Timeout(30.0)
_ENVELOPE_ID = re.compile(rb'"envelope_id":"([0-9a-f-]{36})"')


class CountingProxy(FaultProxy):
    """Counts, per envelope id, how many envelope batches carrying it reached the server."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.posted: Counter[str] = Counter()

    async def _pump(self, reader, writer, cut_after, latency):  # type: ignore[no-untyped-def]
        upstream = _is_upstream(writer, self.upstream)
        seen = bytearray()
        original_read = reader.read

        async def read(n: int = -1) -> bytes:
            chunk = await original_read(n)
            if upstream:
                seen.extend(chunk)
            return chunk

        reader.read = read  # type: ignore[method-assign]
        try:
            await super()._pump(reader, writer, cut_after, latency)
        finally:
            reader.read = original_read  # type: ignore[method-assign]
            if upstream and seen.startswith(b"POST /v2/envelopes"):
                for match in _ENVELOPE_ID.finditer(bytes(seen)):
                    self.posted[match.group(1).decode()] += 1


def _is_upstream(writer: object, upstream: tuple[str, int]) -> bool:
    peer = writer.get_extra_info("peername")  # type: ignore[attr-defined]
    return bool(peer) and int(peer[1]) == upstream[1]


def _engine(  # type: ignore[no-untyped-def]
    session,
    url: str,
    fake: FakeTime,
    rng: random.Random,
    timeout: httpx.Timeout = PATIENT,
    **settings: object,
) -> SyncEngine:
    conn = session.conn
    client = client_for_link(conn, find_backend=NOTHING, timeout=timeout, keepalive=False)
    assert client.base_url == url
    return SyncEngine(
        lambda fn: fn(conn),
        client,
        settings=EngineSettings(**settings),  # type: ignore[arg-type]
        aggregate_source=aggregate_uploads,
        backoff=Backoff(rng),
        monotonic=fake.monotonic,
        sleep=fake.sleep,
    )


def _enrol(session, server, url: str | None = None) -> None:  # type: ignore[no-untyped-def]
    enrol(session.conn, server, url)


def test_thousand_reports_through_a_faulty_network_arrive_exactly_once(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    layout = make_vault(tmp_path)
    with running_server(tmp_path) as server, opened(layout) as session:
        _enrol(session, server)
        ids = queue_reports(session.conn, 1000, "north", rng)
        # A hang waits out the client's time-out (the only fault that waits): one planned and
        # at most two drawn, not the dozen a 30 % share of ~150 connections drew (6-12 s).
        with CountingProxy(
            "127.0.0.1",
            int(server.url.rsplit(":", 1)[1]),
            fault_rate=0.3,
            seed=seed,
            plan={2: "hang"},
            max_hangs=3,
        ) as proxy:
            proxy_url = f"http://127.0.0.1:{proxy.port}"
            session.conn.execute("UPDATE sync_link SET server_url = ?", (proxy_url,))
            fake = FakeTime()
            engine = _engine(session, proxy_url, fake, rng, FAST, batch_size=20, retry_budget_s=3600.0)
            with engine.client:
                first = engine.run_pass()
            proxy.heal()
            engine = _engine(session, proxy_url, fake, rng, FAST, batch_size=20, retry_budget_s=3600.0)
            with engine.client:
                second = engine.run_pass()
            faults = dict(proxy.stats.faults)
            posted = proxy.posted
        print(f"faults injected: {faults}; first pass error: {first.error}; retries slept: {len(fake.slept)}")
        assert sum(faults.values()) >= 5, "the proxy must actually have misbehaved"
        assert 1 <= faults.get("hang", 0) <= 3, faults
        assert second.ok, second
        delivery = check_delivery(session.conn, server, ids)
        assert delivery.not_sent == []
        assert delivery.bad_receipts == []
        assert delivery.server_missing == [] and delivery.server_extra == []
        assert len(server.envelopes()) == 1000
        assert sync_state.outbox_counts(session.conn).get(OutboxState.QUEUED, 0) == 0
        assert first.sent + first.duplicates + second.sent + second.duplicates >= 1000
        assert set(posted) == set(envelope_ids(session.conn, ids))
        assert max(posted.values()) <= 8, posted.most_common(3)
        assert delivery.max_attempts <= 10


def test_withdrawal_after_sending_removes_the_sections_on_the_server(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    layout = make_vault(tmp_path)
    with running_server(tmp_path) as server, opened(layout) as session:
        _enrol(session, server)
        ids = queue_reports(session.conn, 3, "north", rng)
        fake = FakeTime()
        engine = _engine(session, server.url, fake, rng)
        with engine.client:
            assert engine.run_pass().sent == 3
            item = outbox_repo.get_item_by_report(session.conn, ids[0])
            assert item is not None and item.state == OutboxState.SENT
            outbox_repo.set_state(
                session.conn, item.id, OutboxState.SENT, OutboxState.WITHDRAWAL_PENDING, item.updated_at
            )
            outbox_repo.add_withdrawal(
                session.conn,
                outbox_repo.WithdrawalRow(
                    id=__import__("uuid").uuid4(),
                    incident_id=item.incident_id,
                    report_id=ids[0],
                    verifier=None,
                    purposes=tuple(sorted(p.value for p in Purpose)),
                    state="pending",
                    attempts=0,
                    last_error=None,
                    result=None,
                    created_at=item.updated_at,
                    updated_at=item.updated_at,
                ),
            )
            summary = engine.run_pass()
        assert summary.withdrawals_withdrawn == 1 and summary.ok
        after = outbox_repo.get_item_by_report(session.conn, ids[0])
        assert after is not None and after.state == OutboxState.WITHDRAWN
        # the withdrawn report's envelope is withdrawn and its ciphertext gone; the others stay
        sealed_from = envelope_ids(session.conn, ids)
        held = {sealed_from[row["envelope_id"]]: row for row in server.envelopes()}
        assert len(held) == 3
        assert held[str(ids[0])]["withdrawn"] and not held[str(ids[0])]["held"]
        assert not held[str(ids[1])]["withdrawn"] and held[str(ids[1])]["held"]


def test_alerts_appear_after_one_pass_and_expired_ones_disappear(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    layout = make_vault(tmp_path)
    with running_server(tmp_path) as server, opened(layout) as session:
        _enrol(session, server)
        kept = server.publish_alert("Blue Ford, north", phone_numbers=["+447700900123"], plates=["AB12CDE"])
        gone = server.publish_alert("Threats by text", online_handles=["@nasty_guy"])
        elsewhere = server.publish_alert("South only", regions=["south"])
        engine = _engine(session, server.url, FakeTime(), rng)
        with engine.client:
            first = engine.run_pass()
            assert first.alerts_stored == 2
            stored = {str(a.alert_id) for a in alerts_repo.list_alerts(session.conn)}
            assert stored == {kept, gone} and elsewhere not in stored
            assert [str(a.alert_id) for a in alerts_repo.match_alerts(session.conn, "07700 900123")] == [kept]
            assert [str(a.alert_id) for a in alerts_repo.match_alerts(session.conn, "ab12 cde")] == [kept]
            assert [str(a.alert_id) for a in alerts_repo.match_alerts(session.conn, "@Nasty_Guy")] == [gone]
            server.expire_alert(gone)
            second = engine.run_pass()
        assert second.alerts_removed == 1
        assert {str(a.alert_id) for a in alerts_repo.list_alerts(session.conn)} == {kept}
        assert alerts_repo.last_alert_sync(session.conn) is not None


def test_revoked_device_stops_the_pass_parks_nothing_and_asks_to_reenrol(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    layout = make_vault(tmp_path)
    with running_server(tmp_path) as server, opened(layout) as session:
        _enrol(session, server)
        link = sync_state.get_link(session.conn)
        assert link is not None
        server.revoke_device(link.device_id)
        queue_reports(session.conn, 5, "north", rng)
        engine = _engine(session, server.url, FakeTime(), rng, retry_budget_s=60.0)
        with engine.client:
            summary = engine.run_pass()
        assert summary.reenrol is not None and not summary.parked
        counts = sync_state.outbox_counts(session.conn)
        assert counts == {OutboxState.QUEUED: 5}
        assert sync_state.get_state(session.conn).needs_reenrol is not None


def test_unknown_region_is_parked_with_a_readable_reason(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    layout = make_vault(tmp_path)
    with running_server(tmp_path) as server, opened(layout) as session:
        _enrol(session, server)
        queue_reports(session.conn, 2, "north", rng)
        bad = queue_reports(session.conn, 1, "south", rng)  # not one of the organisation's regions
        engine = _engine(session, server.url, FakeTime(), rng)
        with engine.client:
            summary = engine.run_pass()
        assert summary.sent == 2
        assert summary.parked == [(str(bad[0]), summary.parked[0][1])]
        assert "unknown_region" in summary.parked[0][1]
        assert not summary.ok


def test_sync_client_never_puts_the_credential_in_a_url(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"entries": [], "next_cursor": "c1"})

    client = SyncClient(
        "https://example.org",
        "s3cret-credential-abcdefghijkl",
        transport=httpx.MockTransport(handler),
    )
    client.get_signed_alerts("abc")
    assert seen[0].headers["authorization"] == "Bearer s3cret-credential-abcdefghijkl"
    assert "s3cret" not in str(seen[0].url)
    assert SyncClient.__name__ in repr(client) and "s3cret" not in repr(client)


def test_monthly_statistics_go_once_and_again_only_when_they_change(tmp_path: Path, seed: int) -> None:
    from datetime import UTC, datetime

    from outreach_app.domain.enums import SupplyKind
    from outreach_app.domain.models import Area, Contact
    from outreach_app.storage.repos.areas import add_area
    from outreach_app.storage.repos.contacts import add_contact

    rng = random.Random(seed)
    layout = make_vault(tmp_path)
    with running_server(tmp_path) as server, opened(layout) as session:
        area = Area(name="North")  # mapped onto the server region of the same name at enrolment
        add_area(session.conn, area)
        _enrol(session, server)
        now = datetime.now(UTC)
        add_contact(
            session.conn, Contact(area_id=area.id, occurred_at=now, supplies={SupplyKind.CONDOMS: 12})
        )
        engine = _engine(session, server.url, FakeTime(), rng)
        with engine.client:
            first = engine.run_pass()
            second = engine.run_pass()
            add_contact(
                session.conn, Contact(area_id=area.id, occurred_at=now, supplies={SupplyKind.LUBE: 3})
            )
            third = engine.run_pass()
        assert first.stats_months == 1 and second.stats_months == 0 and third.stats_months == 1
        month = now.strftime("%Y-%m")
        held = {(row["month"], row["region_id"], row["measure"]): row["count"] for row in server.stats()}
        assert held == {
            (month, "north", "contacts"): 2,
            (month, "north", "supplies.condoms"): 12,
            (month, "north", "supplies.lube"): 3,
        }


def test_audit_head_is_sent_and_a_cut_log_is_reported(tmp_path: Path, seed: int) -> None:
    from datetime import UTC, datetime

    from outreach_app.storage.repos import audit

    rng = random.Random(seed)
    layout = make_vault(tmp_path)
    with running_server(tmp_path) as server, opened(layout) as session:
        _enrol(session, server)
        for _ in range(3):
            audit.append_event(session.conn, "sync", at=datetime.now(UTC), role="coordinator")
        engine = _engine(session, server.url, FakeTime(), rng)
        with engine.client:
            first = engine.run_pass()
            second = engine.run_pass()
            session.conn.execute("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
            third = engine.run_pass()
        assert (first.audit_status, second.audit_status, third.audit_status) == (
            "stored",
            "unchanged",
            "regressed",
        )
        assert first.ok and second.ok and not third.ok
        assert any("cut off" in problem for problem in third.problems)
        assert sync_state.get_state(session.conn).audit_status == "regressed"


def test_unseen_id_is_withdrawn_and_unseen_verifier_not_found_yet(tmp_path: Path, seed: int) -> None:
    import uuid
    from datetime import UTC, datetime

    from outreach_app.protocol.verifier import new_withdrawal_code, purpose_verifiers

    rng = random.Random(seed)
    layout = make_vault(tmp_path)
    with running_server(tmp_path) as server, opened(layout) as session:
        _enrol(session, server)
        now = datetime.now(UTC)
        never_sent = uuid.uuid4()
        # a code from another device: its alert verifier (protocol v2: one per purpose)
        verifier = purpose_verifiers(new_withdrawal_code(), ["alert"])["alert"]
        for report_id, by_verifier in ((never_sent, None), (None, verifier)):
            outbox_repo.add_withdrawal(
                session.conn,
                outbox_repo.WithdrawalRow(
                    id=uuid.uuid4(),
                    incident_id=None,
                    report_id=report_id,
                    verifier=by_verifier,
                    purposes=("alert",),
                    state="pending",
                    attempts=0,
                    last_error=None,
                    result=None,
                    created_at=now,
                    updated_at=now,
                ),
            )
        engine = _engine(session, server.url, FakeTime(), rng)
        with engine.client:
            summary = engine.run_pass()
        # The id is this device's own report and was never sealed: no envelope of it exists
        # anywhere, so it is done here without asking the server (no server answer stored).
        # The verifier names nothing the server holds: not found yet, not "done".
        assert (summary.withdrawals_withdrawn, summary.withdrawals_not_found) == (1, 1) and summary.ok
        rows = outbox_repo.list_withdrawals(session.conn)
        assert sorted((r.report_id is None, r.state, str((r.result or {}).get("status"))) for r in rows) == [
            (False, "done", "None"),
            (True, "not_found", "unknown"),
        ]


def test_a_link_made_before_protocol_v2_stops_parks_nothing_and_asks_to_link_again(
    tmp_path: Path, seed: int
) -> None:
    """A link without the charity's pinned keys speaks v1: the v2 server answers 426. The pass
    stops at once (nothing parked, nothing lost) and says to link again with the fingerprint."""
    from outreach_app.sharing import charity_keys

    rng = random.Random(seed)
    layout = make_vault(tmp_path)
    with running_server(tmp_path) as server, opened(layout) as session:
        _enrol(session, server)
        charity_keys.forget(session.conn)  # what a link stored before protocol v2 holds
        queue_reports(session.conn, 3, "north", rng)
        engine = _engine(session, server.url, FakeTime(), rng, retry_budget_s=60.0)
        with engine.client:
            summary = engine.run_pass()
        assert summary.reenrol is not None and "charity key fingerprint" in summary.reenrol
        assert summary.parked == [] and summary.sent == 0
        assert sync_state.outbox_counts(session.conn) == {OutboxState.QUEUED: 3}
        assert "charity key fingerprint" in (sync_state.get_state(session.conn).needs_reenrol or "")
        assert server.envelopes() == []
