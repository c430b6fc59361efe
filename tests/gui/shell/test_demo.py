"""`outreach --demo` without opening a window: the local server and the filled throwaway vault."""

from __future__ import annotations

import io as stdio
from pathlib import Path

import httpx
import pytest

from outreach_app import app_demo
from outreach_app.cli.common import Io


@pytest.mark.slow
def test_demo_starts_a_loopback_server_and_fills_a_vault(tmp_path: Path) -> None:
    from outreach_app.core.vault import unlock_vault
    from outreach_app.storage.repos.contacts import count_contacts
    from outreach_app.storage.repos.incidents import count_incidents

    out = stdio.StringIO()
    with app_demo.running_demo_server(tmp_path) as server:
        assert server.url.startswith("http://127.0.0.1:")
        assert httpx.get(f"{server.url}/v2/health", timeout=5).status_code == 200
        assert len(server.alert_ids) == 3
        layout, passphrase = app_demo.prepare_demo(tmp_path, server, Io(stdout=out, stderr=out))
        from outreach_app.server.db import orgs

        with server.engine.begin() as conn:
            devices = orgs.list_devices(conn, server.org_id)
        assert [d.label for d in devices] == ["Demo laptop"]
    with unlock_vault(layout, passphrase) as session:
        from outreach_app.storage.repos import sync_state

        link = sync_state.get_link(session.conn)
        assert link is not None and link.server_url == server.url
        assert link.credential_store == "key"  # a device key in the vault; nothing in an OS keyring
        from outreach_app.storage.repos.alerts import list_alerts

        assert len(list_alerts(session.conn)) == 3  # the first sync pulled the demo alerts
        assert count_contacts(session.conn) == app_demo.DEMO_CONTACTS
        assert count_incidents(session.conn) == app_demo.DEMO_INCIDENTS
        from outreach_app.storage.repos.area_regions import list_area_regions

        mapped = {item.area.name: item.region_name for item in list_area_regions(session.conn)}
        assert mapped == {**dict.fromkeys(["Drop-in centre", "Online"]), **app_demo.DEMO_AREA_REGIONS}
    assert f"passphrase (throwaway): {passphrase}" in out.getvalue()
