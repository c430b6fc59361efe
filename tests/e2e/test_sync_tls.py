"""Sync over HTTPS with a throwaway CA (trustme): trusted with the charity's CA bundle, refused without."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import trustme

from outreach_app.sharing.outbox_states import OutboxState
from outreach_app.storage.repos import sync_state
from outreach_app.sync.client import SyncClient, UntrustedServerError
from outreach_app.sync.device_key import DeviceKey
from outreach_app.sync.engine import SyncEngine
from outreach_app.sync.enrollment import client_for_link
from tests.e2e.sync_support import NOTHING, FakeTime, check_delivery, enrol, make_vault, opened, queue_reports
from tests.e2e.tls_support import write_ca, write_server_cert
from tests.server_harness import running_server


@pytest.fixture
def tls_files(tmp_path: Path) -> tuple[Path, Path, Path]:
    ca = trustme.CA()
    return (write_ca(ca, tmp_path), *write_server_cert(ca, tmp_path))


def test_sync_over_https_with_the_charitys_ca_bundle(tmp_path: Path, tls_files, seed: int) -> None:  # type: ignore[no-untyped-def]
    ca_file, cert_file, key_file = tls_files
    layout = make_vault(tmp_path)
    with (
        running_server(tmp_path / "srv", ssl_certfile=str(cert_file), ssl_keyfile=str(key_file)) as server,
        opened(layout) as session,
    ):
        assert server.url.startswith("https://")
        enrol(session.conn, server, server.url, ca_bundle=ca_file)
        ids = queue_reports(session.conn, 20, "north", random.Random(seed))
        fake = FakeTime()
        conn = session.conn
        engine = SyncEngine(
            lambda fn: fn(conn),
            client_for_link(conn, find_backend=NOTHING),
            monotonic=fake.monotonic,
            sleep=fake.sleep,
        )
        with engine.client:
            summary = engine.run_pass()
        assert summary.ok and summary.sent == 20
        delivery = check_delivery(conn, server, ids)
        assert delivery.not_sent == [] and delivery.bad_receipts == [] and delivery.server_missing == []


def test_untrusted_certificate_is_refused_and_nothing_is_marked_sent(
    tmp_path: Path, tls_files, seed: int
) -> None:  # type: ignore[no-untyped-def]
    ca_file, cert_file, key_file = tls_files
    layout = make_vault(tmp_path)
    with (
        running_server(tmp_path / "srv", ssl_certfile=str(cert_file), ssl_keyfile=str(key_file)) as server,
        opened(layout) as session,
    ):
        # Enrolment without the CA bundle is refused before any code is sent.
        with pytest.raises(UntrustedServerError):
            enrol(session.conn, server, server.url)
        assert sync_state.get_link(session.conn) is None
        # Enrolled with the bundle, then the bundle is lost: the pass is refused, nothing is sent.
        enrol(session.conn, server, server.url, ca_bundle=ca_file)
        queue_reports(session.conn, 3, "north", random.Random(seed))
        link = sync_state.get_link(session.conn)
        assert link is not None and link.device_key is not None
        fake = FakeTime()
        conn = session.conn
        engine = SyncEngine(
            lambda fn: fn(conn),
            SyncClient(server.url, signer=DeviceKey(link.device_id, link.device_key)),
            monotonic=fake.monotonic,
            sleep=fake.sleep,
        )
        with engine.client:
            summary = engine.run_pass()
        assert not summary.reachable and "certificate" in (summary.error or "")
        assert sync_state.outbox_counts(conn) == {OutboxState.QUEUED: 3}
        assert server.envelopes() == []
