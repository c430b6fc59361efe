"""The staff audit log (issue 16): exports, alert publishing, key bundles, envelope acks and
deletions, revocations and enrolment codes
are recorded with who, what, when and how many — never payloads or codes — and read back
through the admin CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine

from outreach_app.protocol.aggregates import aggregate_key
from tests.server.asgi_client import asgi_client
from tests.server.support import FakeClock, build_world, charity, make_alert, make_envelope, post_envelopes
from tests.server.test_cli import Cli


@pytest.fixture
def cli(db_url: str, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.setenv("OUTREACH_SERVER_STAFF", "amira")
    return Cli(db_url, clock)


@pytest.fixture
def populated(db_url: str, engine: Engine, clock: FakeClock) -> dict[str, Any]:
    """Org A with one enrolled device that sent one envelope and a month's aggregates
    (through the API: not staff actions)."""
    world = build_world(db_url, engine, clock)
    sent = make_envelope(world.org_a, marker="ZQXSEALED")
    with asgi_client(world.app) as client:
        world.client = client
        post_envelopes(world, world.a, [sent])
        key = aggregate_key(b"secret", world.org_a, "north", "2026-03")
        reply = client.post(
            "/v2/stats",
            json={"rows": [{"aggregate_key": key, "month": "2026-03", "region_id": "north", "contacts": 13}]},
            headers=world.a.headers,
        )
        assert reply.status_code == 200
    return {"kept": sent, "org_a": world.org_a}


def _log(cli: Cli) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = cli.json("staff-log")
    return entries


def test_staff_actions_are_logged_without_payloads(
    cli: Cli,
    populated: dict[str, Any],
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    org_a, kept = populated["org_a"], populated["kept"]
    assert _log(cli) == []  # enrolling through the API and receiving envelopes are not staff actions
    cli("envelopes", "export", "--purpose", "alert", "--out", str(tmp_path / "alerts.json"))
    code_text = cli("enroll-code", "--org", org_a)
    clock.advance(minutes=5)
    alert = make_alert(["north", "east"], title="Warning ZQXALERT")
    signed = tmp_path / "signed.json"
    signed.write_text(charity().signed_alert(alert).model_dump_json())
    cli("alert", "publish-signed", str(signed))
    alert_id = alert["alert_id"]
    cli("alert", "withdraw", alert_id)
    cli("envelopes", "ack", kept["header"]["envelope_id"])
    cli("envelopes", "delete-acknowledged", "--days", "0")
    bundle = tmp_path / "bundle.json"
    bundle.write_text(charity().bundle(version=2).model_dump_json())
    cli("keys", "install-bundle", str(bundle))
    device_id = cli.json("device", "list")[0]["id"]
    cli("device", "revoke", device_id)
    cli("stats", "--publish")

    entries = _log(cli)
    assert [(e["staff"], e["action"], e["target"], e["count"], e["detail"]) for e in entries] == [
        ("amira", "envelopes.export", "all", 1, "purpose=alert"),
        ("amira", "enroll_code.create", org_a, 1, "expires_hours=24"),
        ("amira", "alert.publish", alert_id, 2, "v1 desk=alerts-1 regions=east,north"),
        ("amira", "alert.withdraw", alert_id, None, ""),
        ("amira", "envelopes.ack", "envelopes", 1, ""),
        ("amira", "envelopes.delete", "envelopes", 1, "days=0"),
        ("amira", "keys.install_bundle", "test-charity", 2, "v2"),
        ("amira", "device.revoke", device_id, 1, ""),
        ("amira", "stats.export", "all", 1, "published"),
    ]
    assert [e["at"] for e in entries[:2]] == ["2026-03-04T10:30:00+00:00"] * 2
    assert entries[2]["at"] == "2026-03-04T10:35:00+00:00"
    # Never the exported envelopes, the alert's text or the enrolment code.
    log_text = cli("staff-log") + json.dumps(entries)
    assert kept["ciphertext"][:40] not in log_text
    assert "ZQXALERT" not in log_text
    assert code_text.splitlines()[0] not in log_text


def test_the_log_is_read_latest_last_and_can_be_limited(
    cli: Cli, populated: dict[str, Any], tmp_path: Path
) -> None:
    for n, purpose in enumerate(("alert", "police_intelligence", "alert")):
        cli("envelopes", "export", "--purpose", purpose, "--out", str(tmp_path / f"{n}.json"))
    assert [e["detail"] for e in cli.json("staff-log", "--limit", "2")] == [
        "purpose=police_intelligence",
        "purpose=alert",
    ]
    lines = cli("staff-log").splitlines()
    assert len(lines) == 3 and lines[0].split("\t")[1:4] == ["amira", "envelopes.export", "all"]
    cli("staff-log", "--limit", "0", expect=2)


def test_a_failed_action_logs_nothing(cli: Cli, populated: dict[str, Any], tmp_path: Path) -> None:
    cli("device", "revoke", "no-such-device", expect=4)
    cli("alert", "withdraw", "no-such-alert", expect=4)
    forged = tmp_path / "forged.json"
    forged.write_text(
        charity().signed_alert(make_alert(), key=Ed25519PrivateKey.generate()).model_dump_json()
    )
    cli("alert", "publish-signed", str(forged), expect=2)
    assert _log(cli) == []


def test_without_a_staff_name_the_os_account_is_recorded(
    cli: Cli,
    populated: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    import getpass

    monkeypatch.delenv("OUTREACH_SERVER_STAFF")
    cli("envelopes", "export", "--purpose", "alert", "--out", str(tmp_path / "x.json"))
    assert _log(cli)[0]["staff"] == getpass.getuser()
