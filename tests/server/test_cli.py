"""The admin CLI, run in-process against SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import csv
import io
import json
import stat
import uuid
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine

from outreach_app.crypto.sealing import open_sealed
from outreach_app.protocol.aggregates import aggregate_key
from outreach_app.protocol.signed_alerts import alert_fingerprint
from outreach_app.protocol.verifier import new_withdrawal_code, purpose_verifier
from outreach_app.server.app import create_app
from outreach_app.server.cli import main
from outreach_app.server.db import migrate
from tests.server.asgi_client import asgi_client
from tests.server.device_keys import signed_in_headers
from tests.server.support import (
    FakeClock,
    build_world,
    charity,
    make_alert,
    make_envelope,
    post_envelopes,
    settings_for,
)


class Cli:
    def __init__(self, db_url: str, clock: FakeClock) -> None:
        self.db_url = db_url
        self.clock = clock

    def __call__(self, *argv: str, expect: int = 0) -> str:
        out = io.StringIO()
        code = main([*argv, "--db", self.db_url], clock=self.clock, out=out)
        assert code == expect, out.getvalue()
        return out.getvalue()

    def json(self, *argv: str) -> Any:
        return json.loads(self(*argv, "--json"))


@pytest.fixture
def cli(db_url: str, clock: FakeClock) -> Cli:
    return Cli(db_url, clock)


def test_regions_and_orgs(cli: Cli) -> None:
    cli("region", "add", "north", "North")
    cli("region", "add", "south", "South")
    cli("region", "add", "north", "Again", expect=5)
    assert cli.json("region", "list") == [{"id": "north", "name": "North"}, {"id": "south", "name": "South"}]
    created = cli.json("org", "create", "Project A", "--regions", "north")
    cli("org", "create", "Project B", "--regions", "nowhere", expect=4)
    cli("org", "create", "Project A", "--regions", "north", expect=5)
    cli("org", "regions", "set", "Project A", "--regions", "north", "south")
    assert cli.json("org", "list") == [
        {"id": created["id"], "name": "Project A", "regions": ["north", "south"]}
    ]
    cli("org", "regions", "set", "Nobody", "--regions", "north", expect=4)


def test_enrol_code_device_list_and_revoke(
    cli: Cli, db_url: str, engine: Engine, clock: FakeClock, tmp_path: Path
) -> None:
    bundle = tmp_path / "bundle.json"
    bundle.write_text(charity().bundle().model_dump_json())
    cli("keys", "install-bundle", str(bundle))
    cli("region", "add", "north", "North")
    cli("org", "create", "Project A", "--regions", "north")
    text = cli("enroll-code", "--org", "Project A", "--expires-hours", "2")
    code = text.splitlines()[0]
    groups = code.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert "not shown again" in text
    app = create_app(settings_for(db_url), engine=engine, clock=clock, bucket_clock=clock.monotonic)
    with asgi_client(app) as client:
        reply = client.post(
            "/v2/enroll", json={"code": code, "device_label": "Laptop 7", "request_id": str(uuid.uuid4())}
        )
        assert reply.status_code == 200
        device_id, credential = reply.json()["device_id"], reply.json()["credential"]
        listed = cli.json("device", "list")
        assert [(d["id"], d["label"], d["revoked_on"]) for d in listed] == [(device_id, "Laptop 7", None)]
        assert credential not in cli("device", "list")
        headers = signed_in_headers(client, reply.json())
        assert client.get("/v2/alerts", headers=headers).status_code == 200
        cli("device", "revoke", device_id)
        assert client.get("/v2/alerts", headers=headers).status_code == 401, "its live token dies with it"
    assert cli.json("device", "list")[0]["revoked_on"] == "2026-03-04"
    cli("device", "revoke", "no-such-device", expect=4)


@pytest.fixture
def populated(db_url: str, engine: Engine, clock: FakeClock) -> dict[str, Any]:
    """Org A's device sent three envelopes (one withdrawn since) and a month's aggregates."""
    world = build_world(db_url, engine, clock)
    with asgi_client(world.app) as client:
        world.client = client
        code = new_withdrawal_code()
        kept = make_envelope(world.org_a, purpose="police_referral", marker="ZQXKEPT")
        alert = make_envelope(world.org_a, purpose="alert")
        gone = make_envelope(world.org_a, purpose="police_referral", code=code)
        receipts = post_envelopes(world, world.a, [kept, alert, gone])
        assert {r["status"] for r in receipts} == {"accepted"}
        reply = client.post(
            "/v2/withdrawals",
            json={"verifiers": [purpose_verifier(code, "police_referral")]},
            headers=world.a.headers,
        )
        assert reply.status_code == 200
        key = aggregate_key(b"device secret", world.org_a, "north", "2026-03")
        reply = client.post(
            "/v2/stats",
            json={
                "rows": [
                    {
                        "aggregate_key": key,
                        "month": "2026-03",
                        "region_id": "north",
                        "contacts": 13,
                        "supplies": {"condoms": 4},
                    }
                ]
            },
            headers=world.a.headers,
        )
        assert reply.status_code == 200, reply.text
    return {"kept": kept, "alert": alert, "gone": gone, "org_a": world.org_a}


def test_envelopes_export_still_sealed_then_ack_then_delete_after_the_retention(
    cli: Cli, populated: dict[str, Any], tmp_path: Path, clock: FakeClock
) -> None:
    kept = populated["kept"]
    out = tmp_path / "police.json"
    said = cli("envelopes", "export", "--purpose", "police_referral", "--out", str(out))
    assert "1 police_referral envelope(s)" in said
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = out.read_text()
    assert "ZQXKEPT" not in text  # still sealed
    exported = json.loads(text)
    assert [e["header"]["envelope_id"] for e in exported] == [kept["header"]["envelope_id"]]
    assert exported[0]["ciphertext"] == kept["ciphertext"]
    opened = json.loads(
        open_sealed(base64.b64decode(exported[0]["ciphertext"]), charity().police_enc.private)
    )
    assert "ZQXKEPT" in opened["summary"]  # the police desk opens it
    cli(
        "envelopes", "export", "--purpose", "police_referral", "--out", str(out), expect=2
    )  # never overwrites

    assert "1 envelope(s) acknowledged" in cli("envelopes", "ack", "--from-export", str(out))
    again = tmp_path / "again.json"
    cli("envelopes", "export", "--purpose", "police_referral", "--out", str(again))
    assert json.loads(again.read_text()) == []  # acknowledged: only with --all
    clock.advance(days=29)
    assert "of 0 envelope(s)" in cli("envelopes", "delete-acknowledged")
    clock.advance(days=1)
    assert "of 1 envelope(s)" in cli("envelopes", "delete-acknowledged")
    every = tmp_path / "all.json"
    cli("envelopes", "export", "--purpose", "police_referral", "--out", str(every), "--all")
    assert json.loads(every.read_text()) == []  # the ciphertext is gone; the header stays
    counts = {
        (r["purpose"], r["total"], r["held"], r["acknowledged"], r["withdrawn"])
        for r in cli.json("envelopes", "list")
    }
    assert counts == {("alert", 1, 1, 0, 0), ("police_referral", 2, 0, 1, 1)}


def test_envelopes_ack_by_id_and_a_shorter_retention(
    cli: Cli, populated: dict[str, Any], tmp_path: Path
) -> None:
    alert_id = populated["alert"]["header"]["envelope_id"]
    assert "1 envelope(s) acknowledged" in cli("envelopes", "ack", alert_id, "no-such-envelope")
    assert "0 envelope(s) acknowledged" in cli("envelopes", "ack", alert_id)
    assert "of 1 envelope(s)" in cli("envelopes", "delete-acknowledged", "--days", "0")
    cli("envelopes", "ack", expect=2)
    cli("envelopes", "delete-acknowledged", "--days", "-1", expect=2)
    bad = tmp_path / "bad.json"
    bad.write_text('{"not": "an export"}')
    cli("envelopes", "ack", "--from-export", str(bad), expect=2)


def test_stats_exact_and_published(cli: Cli, populated: dict[str, Any]) -> None:
    exact = list(csv.DictReader(io.StringIO(cli("stats"))))
    assert {(r["measure"], r["count"]) for r in exact} == {("contacts", "13"), ("supplies.condoms", "4")}
    published = json.loads(cli("stats", "--publish", "--format", "json"))
    assert {(r["measure"], r["count"]) for r in published} == {("contacts", 15), ("supplies.condoms", "[c]")}


def test_keys_install_bundle_and_show(cli: Cli, tmp_path: Path) -> None:
    cli("keys", "show", expect=4)
    first = tmp_path / "bundle1.json"
    first.write_text(charity().bundle(version=1).model_dump_json())
    assert "key bundle v1" in cli("keys", "install-bundle", str(first))
    shown = cli.json("keys", "show")
    assert shown["version"] == 1 and shown["root_fingerprint"] == charity().root_fingerprint
    assert [d["desk_id"] for d in shown["desks"]] == ["alerts-1", "police-1"]
    cli("keys", "install-bundle", str(first), expect=2)  # not newer: refused as bad input
    other_root = tmp_path / "other.json"
    other_root.write_text(charity().bundle(version=2, root=Ed25519PrivateKey.generate()).model_dump_json())
    cli("keys", "install-bundle", str(other_root), expect=2)
    garbage = tmp_path / "garbage.json"
    garbage.write_text('{"bundle": 1}')
    cli("keys", "install-bundle", str(garbage), expect=2)
    second = tmp_path / "bundle2.json"
    second.write_text(charity().bundle(version=2).model_dump_json())
    cli("keys", "install-bundle", str(second))
    assert cli.json("keys", "show")["version"] == 2


def test_alert_publish_signed_list_expire(cli: Cli, populated: dict[str, Any], tmp_path: Path) -> None:
    alert = make_alert(["north", "east"])
    signed = tmp_path / "signed.json"
    signed.write_text(charity().signed_alert(alert).model_dump_json())
    said = cli("alert", "publish-signed", str(signed))
    assert alert["alert_id"] in said and "fingerprint" in said
    listed = cli.json("alert", "list")
    assert [(a["id"], a["status"], a["region_ids"], a["desk_id"]) for a in listed] == [
        (alert["alert_id"], "published", ["east", "north"], "alerts-1")
    ]
    assert listed[0]["fingerprint"] == alert_fingerprint(charity().signed_alert(alert).alert)
    forged = tmp_path / "forged.json"
    forged.write_text(
        charity().signed_alert({**alert, "version": 2}, key=Ed25519PrivateKey.generate()).model_dump_json()
    )
    cli("alert", "publish-signed", str(forged), expect=2)
    unsigned = tmp_path / "unsigned.json"
    unsigned.write_text(json.dumps({"alert": alert}))
    cli("alert", "publish-signed", str(unsigned), expect=2)
    cli("alert", "publish-signed", str(tmp_path / "missing.json"), expect=2)
    cli("alert", "expire", alert["alert_id"])
    assert cli.json("alert", "list")[0]["status"] == "expired"
    assert len(cli.json("alert", "list")) == 1


def test_usage_errors(cli: Cli) -> None:
    cli("no-such-command", expect=2)
    cli("envelopes", "export", "--purpose", "statistics", "--out", "x.json", expect=2)
    assert main(["region", "list", "--db", "mysql://nope"], out=io.StringIO()) == 2


def test_db_upgrade_reports_the_revision(cli: Cli) -> None:
    assert f"revision {migrate.head_revision()}" in cli("db", "upgrade")
