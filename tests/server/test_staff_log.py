"""The staff audit log (issue 16): exports, alert publishing, revocations and enrolment codes
are recorded with who, what, when and how many — never payloads or codes — and read back
through the admin CLI."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import Engine

from tests.server.asgi_client import asgi_client
from tests.server.support import FakeClock, build_world, make_report
from tests.server.test_cli import Cli


@pytest.fixture
def cli(db_url: str, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.setenv("OUTREACH_SERVER_STAFF", "amira")
    return Cli(db_url, clock)


@pytest.fixture
def populated(db_url: str, engine: Engine, clock: FakeClock) -> dict[str, Any]:
    """Org A with one enrolled device that sent one report (through the API: not staff actions)."""
    world = build_world(db_url, engine, clock)
    report = make_report()
    with asgi_client(world.app) as client:
        world.client = client
        reply = client.post("/v2/reports/batch", json={"reports": [report]}, headers=world.a.headers)
        assert reply.status_code == 200
        reply = client.post(
            "/v2/stats",
            json={"rows": [{"month": "2026-03", "region_id": "north", "contacts": 13}]},
            headers=world.a.headers,
        )
        assert reply.status_code == 200
    return {"kept": report, "org_a": world.org_a}


def _log(cli: Cli) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = cli.json("staff-log")
    return entries


def test_staff_actions_are_logged_without_payloads(
    cli: Cli,
    populated: dict[str, Any],
    clock: FakeClock,
) -> None:
    org_a, kept = populated["org_a"], populated["kept"]
    assert _log(cli) == []  # enrolling through the API and receiving reports are not staff actions
    exported = cli("reports", "export", "--purpose", "alert", "--format", "json")
    code_text = cli("enroll-code", "--org", org_a)
    clock.advance(minutes=5)
    alert_id = cli("alert", "draft", "--from-report", kept["report_id"]).strip()
    cli("alert", "publish", alert_id, "--regions", "north", "east")
    cli("alert", "withdraw", alert_id)
    device_id = cli.json("device", "list")[0]["id"]
    cli("device", "revoke", device_id)
    cli("stats", "--publish")

    entries = _log(cli)
    assert [(e["staff"], e["action"], e["target"], e["count"], e["detail"]) for e in entries] == [
        ("amira", "reports.export", "all", 1, "purpose=alert"),
        ("amira", "enroll_code.create", org_a, 1, "expires_hours=24"),
        ("amira", "alert.draft", alert_id, None, f"report={kept['report_id']}"),
        ("amira", "alert.publish", alert_id, 2, "regions=east,north"),
        ("amira", "alert.withdraw", alert_id, None, ""),
        ("amira", "device.revoke", device_id, 1, ""),
        ("amira", "stats.export", "all", 1, "published"),
    ]
    assert [e["at"] for e in entries[:2]] == ["2026-03-04T10:30:00+00:00"] * 2
    assert entries[2]["at"] == "2026-03-04T10:35:00+00:00"
    # Never the exported text, the alert's text or the enrolment code.
    log_text = cli("staff-log") + json.dumps(entries)
    assert kept["alert"]["summary"] not in log_text
    assert "dodgydave" not in log_text and "dodgydave" in exported
    assert code_text.splitlines()[0] not in log_text


def test_the_log_is_read_latest_last_and_can_be_limited(cli: Cli, populated: dict[str, Any]) -> None:
    for purpose in ("alert", "statistics", "alert"):
        cli("reports", "export", "--purpose", purpose, "--format", "json")
    assert [e["detail"] for e in cli.json("staff-log", "--limit", "2")] == [
        "purpose=statistics",
        "purpose=alert",
    ]
    lines = cli("staff-log").splitlines()
    assert len(lines) == 3 and lines[0].split("\t")[1:4] == ["amira", "reports.export", "all"]
    cli("staff-log", "--limit", "0", expect=2)


def test_a_failed_action_logs_nothing(cli: Cli, populated: dict[str, Any]) -> None:
    cli("device", "revoke", "no-such-device", expect=4)
    cli("alert", "publish", "no-such-alert", "--regions", "north", expect=4)
    assert _log(cli) == []


def test_without_a_staff_name_the_os_account_is_recorded(
    cli: Cli,
    populated: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import getpass

    monkeypatch.delenv("OUTREACH_SERVER_STAFF")
    cli("reports", "export", "--purpose", "alert", "--format", "json")
    assert _log(cli)[0]["staff"] == getpass.getuser()
