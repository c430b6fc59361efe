"""TLS faults (issue 17): handshakes reset on the way, and a certificate that expires mid-session.

A reset during the handshake is a network failure to retry, not an untrusted server; an
expired certificate is never accepted, and the reports caught by it stay queued and go once
the certificate is good again. Either way nothing is lost and nothing is stored twice.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import trustme

from outreach_app.sharing.outbox_states import OutboxState
from outreach_app.storage.repos import sync_state
from outreach_app.sync.client import NetworkError, SyncClient, UntrustedServerError
from outreach_app.sync.engine import EngineSettings, SyncEngine
from outreach_app.sync.enrollment import client_for_link
from tests.e2e.fault_proxy import FaultProxy
from tests.e2e.sync_support import NOTHING, FakeTime, check_delivery, enrol, make_vault, opened, queue_reports
from tests.e2e.tls_proxy import TlsProxy
from tests.e2e.tls_support import (
    handshake_resets_leak_in_cpython,
    server_context,
    write_ca,
    write_server_cert,
)
from tests.server_harness import running_server

FAST = httpx.Timeout(connect=2.0, read=5.0, write=5.0, pool=2.0)


def _engine(conn, fake: FakeTime, budget_s: float) -> SyncEngine:  # type: ignore[no-untyped-def]
    client = client_for_link(conn, find_backend=NOTHING, timeout=FAST, keepalive=False)
    return SyncEngine(
        lambda fn: fn(conn),
        client,
        settings=EngineSettings(batch_size=10, retry_budget_s=budget_s),
        monotonic=fake.monotonic,
        sleep=fake.sleep,
    )


def test_handshakes_reset_on_the_way_are_retried_and_every_report_arrives_once(
    tmp_path: Path, seed: int
) -> None:
    ca = trustme.CA()
    ca_file = write_ca(ca, tmp_path)
    cert_file, key_file = write_server_cert(ca, tmp_path)
    layout = make_vault(tmp_path)
    with (
        running_server(tmp_path / "srv", ssl_certfile=str(cert_file), ssl_keyfile=str(key_file)) as server,
        opened(layout) as session,
    ):
        enrol(session.conn, server, server.url, ca_bundle=ca_file)
        ids = queue_reports(session.conn, 60, "north", random.Random(seed))
        port = int(server.url.rsplit(":", 1)[1])
        plan = {1: "reset", 2: "reset", 3: "reset", 5: "reset", 7: "cut"}
        with (
            handshake_resets_leak_in_cpython(),
            FaultProxy("127.0.0.1", port, fault_rate=0.0, seed=seed, plan=plan) as proxy,
        ):
            url = f"https://127.0.0.1:{proxy.port}"
            # Alone, a reset handshake is a network failure, never "certificate not trusted".
            with (
                SyncClient(url, None, ca_bundle=ca_file, timeout=FAST) as probe,
                pytest.raises(NetworkError) as caught,
            ):
                probe.health()
            assert not isinstance(caught.value, UntrustedServerError)
            session.conn.execute("UPDATE sync_link SET server_url = ?", (url,))
            fake = FakeTime()
            engine = _engine(session.conn, fake, budget_s=3600.0)
            with engine.client:
                summary = engine.run_pass()
            faults = dict(proxy.stats.faults)
        assert faults == {"reset": 4, "cut": 1}
        assert summary.ok, summary
        assert summary.sent + summary.duplicates == 60 and len(fake.slept) >= 3
        delivery = check_delivery(session.conn, server, ids)
        assert delivery.not_sent == [] and delivery.bad_receipts == []
        assert delivery.server_missing == [] and delivery.server_extra == []


def test_a_certificate_that_expires_mid_session_is_refused_and_nothing_is_lost(
    tmp_path: Path, seed: int
) -> None:
    ca = trustme.CA()
    ca_file = write_ca(ca, tmp_path)
    good = server_context(*write_server_cert(ca, tmp_path, "good"))
    lapsed = datetime.now(UTC) - timedelta(days=1)
    expired = server_context(*write_server_cert(ca, tmp_path, "expired", not_after=lapsed))
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "srv") as server, opened(layout) as session:
        port = int(server.url.rsplit(":", 1)[1])
        with TlsProxy(port, {"good": good, "expired": expired}, "good") as proxy:
            url = f"https://127.0.0.1:{proxy.port}"
            enrol(session.conn, server, url, ca_bundle=ca_file)
            ids = queue_reports(session.conn, 50, "north", random.Random(seed))
            fake = FakeTime()
            engine = _engine(session.conn, fake, budget_s=30.0)
            post, posted = engine.client.post_envelope_body, []

            def post_then_lapse(body, count):  # type: ignore[no-untyped-def]
                receipts = post(body, count)
                posted.append(count)
                if len(posted) == 2:
                    proxy.use("expired")  # from the next connection on
                return receipts

            engine.client.post_envelope_body = post_then_lapse  # type: ignore[method-assign]
            with engine.client:
                first = engine.run_pass()
            refused = proxy.handshakes["expired"]
            sent_first = sync_state.outbox_counts(session.conn).get(OutboxState.SENT, 0)
            held_first = len(server.envelopes())

            proxy.use("good")
            engine = _engine(session.conn, fake, budget_s=30.0)
            with engine.client:
                second = engine.run_pass()
        assert not first.reachable and "certificate" in (first.error or ""), first
        assert refused >= 2, "the expired certificate was offered, and retried, and refused each time"
        assert sent_first == held_first == 20, "only what a trusted server acknowledged counts as sent"
        assert sync_state.outbox_counts(session.conn) == {OutboxState.SENT: 50}
        assert second.ok and second.sent + second.duplicates == 30, second
        delivery = check_delivery(session.conn, server, ids)
        assert delivery.not_sent == [] and delivery.bad_receipts == []
        assert delivery.server_missing == [] and delivery.server_extra == []
