"""The admin CLI, run in-process against SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import stat
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from outreach_app.server.app import create_app
from outreach_app.server.cli import main
from outreach_app.server.db import migrate
from tests.server.asgi_client import asgi_client
from tests.server.device_keys import signed_in_headers
from tests.server.support import FakeClock, build_world, make_report, settings_for


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


def test_enrol_code_device_list_and_revoke(cli: Cli, db_url: str, engine: Engine, clock: FakeClock) -> None:
    cli("region", "add", "north", "North")
    cli("org", "create", "Project A", "--regions", "north")
    text = cli("enroll-code", "--org", "Project A", "--expires-hours", "2")
    code = text.splitlines()[0]
    groups = code.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert "not shown again" in text
    app = create_app(settings_for(db_url), engine=engine, clock=clock, bucket_clock=clock.monotonic)
    with asgi_client(app) as client:
        reply = client.post("/v2/enroll", json={"code": code, "device_label": "Laptop 7"})
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


STOCK = {"condoms": 4}


@pytest.fixture
def populated(db_url: str, engine: Engine, clock: FakeClock) -> dict[str, Any]:
    """Org A with one report (alert + statistics) sent through the API, and one withdrawn report."""
    world = build_world(db_url, engine, clock)
    with asgi_client(world.app) as client:
        world.client = client
        kept, gone = make_report(), make_report()
        reply = client.post("/v2/reports/batch", json={"reports": [kept, gone]}, headers=world.a.headers)
        assert reply.status_code == 200
        client.post(
            "/v2/withdrawals",
            json={"withdrawals": [{"report_id": gone["report_id"], "purposes": ["alert", "statistics"]}]},
            headers=world.a.headers,
        )
        client.post(
            "/v2/stats",
            json={
                "rows": [
                    {"month": "2026-03", "region_id": "north", "contacts": 13, "supplies": {"condoms": 4}}
                ]
            },
            headers=world.a.headers,
        )
    return {"kept": kept, "gone": gone, "org_a": world.org_a}


def test_reports_list_and_export(cli: Cli, populated: dict[str, Any]) -> None:
    kept, gone = populated["kept"], populated["gone"]
    listed = {r["report_id"]: r for r in cli.json("reports", "list")}
    assert listed[kept["report_id"]]["state"] == "stored"
    assert listed[kept["report_id"]]["purposes"] == ["alert", "statistics"]
    assert listed[gone["report_id"]]["state"] == "withdrawn"
    assert "summary" not in json.dumps(listed)  # the list never shows payloads

    exported = json.loads(cli("reports", "export", "--purpose", "statistics", "--format", "json"))
    assert [row["report_id"] for row in exported] == [kept["report_id"]]
    assert set(exported[0]) == {
        "org_id",
        "report_id",
        "received_on",
        "region_id",
        "date",
        "part_of_day",
        "incident_types",
        "statistics",
    }
    rows = list(
        csv.DictReader(io.StringIO(cli("reports", "export", "--purpose", "alert", "--format", "csv")))
    )
    assert [row["report_id"] for row in rows] == [kept["report_id"]]
    assert "statistics" not in rows[0] and json.loads(rows[0]["alert"])["summary"] == kept["alert"]["summary"]
    assert cli.json("withdrawals", "list")[0]["report_id"] == gone["report_id"]


def test_stats_exact_and_published(cli: Cli, populated: dict[str, Any]) -> None:
    exact = list(csv.DictReader(io.StringIO(cli("stats"))))
    assert {(r["measure"], r["count"]) for r in exact} == {("contacts", "13"), ("supplies.condoms", "4")}
    published = json.loads(cli("stats", "--publish", "--format", "json"))
    assert {(r["measure"], r["count"]) for r in published} == {("contacts", 15), ("supplies.condoms", "<10")}


def _editor_script(tmp_path: Path, change: str) -> str:
    """An $EDITOR that records the file's mode and path, then applies `change` (Python on `data`)."""
    script = tmp_path / "editor.py"
    script.write_text(
        "import json, os, stat, sys\n"
        "path = sys.argv[1]\n"
        "mode = oct(stat.S_IMODE(os.stat(path).st_mode))\n"
        f"open({str(tmp_path / 'seen.txt')!r}, 'w').write(path + ' ' + mode)\n"
        "data = json.load(open(path))\n"
        f"{change}\n"
        "json.dump(data, open(path, 'w'))\n"
    )
    return f"{sys.executable} {script}"


def test_alert_draft_edit_publish_expire(
    cli: Cli, populated: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = populated["kept"]
    alert_id = cli("alert", "draft", "--from-report", kept["report_id"]).strip()
    cli("alert", "draft", "--from-report", populated["gone"]["report_id"], expect=4)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", _editor_script(tmp_path, "data['title'] = 'Edited title'"))
    cli("alert", "edit", alert_id)
    seen_path, mode = (tmp_path / "seen.txt").read_text().split()
    assert mode == oct(stat.S_IRUSR | stat.S_IWUSR)
    assert not Path(seen_path).exists()
    cli("alert", "publish", alert_id, "--regions", "north", "east")
    listed = cli.json("alert", "list")
    assert [(a["id"], a["title"], a["status"], a["region_ids"]) for a in listed] == [
        (alert_id, "Edited title", "published", ["east", "north"])
    ]
    cli("alert", "expire", alert_id)
    assert cli.json("alert", "list")[0]["status"] == "expired"
    cli("alert", "publish", alert_id, "--regions", "north", expect=5)


def test_alert_edit_with_bad_json_changes_nothing(
    cli: Cli, populated: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alert_id = cli("alert", "draft", "--from-report", populated["kept"]["report_id"]).strip()
    before = cli.json("alert", "list")
    monkeypatch.setenv("VISUAL", _editor_script(tmp_path, "data = 'not an object'"))
    cli("alert", "edit", alert_id, expect=2)
    monkeypatch.setenv("VISUAL", _editor_script(tmp_path, "data['expires_on'] = '2020-01-01'"))
    cli("alert", "edit", alert_id, expect=2)  # expires before it is issued
    monkeypatch.setenv("VISUAL", _editor_script(tmp_path, "data['surprise'] = 1"))
    cli("alert", "edit", alert_id, expect=2)
    assert cli.json("alert", "list") == before
    seen_path = (tmp_path / "seen.txt").read_text().split()[0]
    assert not Path(seen_path).exists()


def test_usage_errors(cli: Cli) -> None:
    cli("no-such-command", expect=2)
    cli("reports", "export", "--purpose", "gossip", expect=2)
    assert main(["region", "list", "--db", "mysql://nope"], out=io.StringIO()) == 2


def test_db_upgrade_reports_the_revision(cli: Cli) -> None:
    assert f"revision {migrate.head_revision()}" in cli("db", "upgrade")
