"""With `--json`, stdout is exactly one JSON document for every `outreach` command (issue 17).

Two checks: a working session that runs each command the way a script would (against the
real server on loopback for enroll/sync/unenroll), and a sweep over every command the
parser knows — including ones added later — run with no vault and no input, where each
must still print one parseable document saying it failed.
"""

from __future__ import annotations

import argparse
import io
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail

from outreach_app.cli import build_parser, run, sync_cmds
from outreach_app.cli.common import ExitCode, Io
from outreach_app.core.vault import unlock_vault
from outreach_app.domain.enums import IncidentType
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.models import Area, Incident, Person
from tests.server_harness import running_server

PASSPHRASE = "correct horse battery staple orbit"
NEW_PASSPHRASE = "violet harbour tandem 77 quill"
WORKER_PASSPHRASE = "amber signal lantern 31 meadow"


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def document(self) -> Any:
        """stdout parsed as exactly one JSON document (json.loads refuses trailing text)."""
        return json.loads(self.out)


def cli(data_dir: Path, *argv: str, stdin: str = "") -> Result:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--json", "--data-dir", str(data_dir), *argv], Io(io.StringIO(stdin), stdout=out, stderr=err))
    return Result(code, out.getvalue(), err.getvalue())


@pytest.fixture(autouse=True)
def scripted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    monkeypatch.setattr(sync_cmds, "CLI_RETRY_BUDGET_S", 0.0)
    monkeypatch.setenv("OUTREACH_KDF_PROFILE", "test")


def leaf_commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every runnable command path, e.g. ("audit", "verify"), from the parser itself."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                children = list(leaf_commands(sub, (*prefix, name)))
                yield from children or [(*prefix, name)]


def test_every_command_prints_one_document_even_when_it_fails(tmp_path: Path) -> None:
    commands = list(leaf_commands(build_parser()))
    assert ("consent",) in commands and ("audit", "verify") in commands and len(commands) >= 25
    empty = tmp_path / "nothing-here"
    for command in commands:
        result = cli(empty, *command)
        try:
            body = result.document()
        except json.JSONDecodeError as exc:
            pytest.fail(
                f"`outreach --json {' '.join(command)}`: stdout is not one document ({exc}): {result.out!r}"
            )
        if result.code != ExitCode.OK:
            assert body["ok"] is False and body["exit_code"] == result.code, (command, body)
            assert body["error"], command


def _incident(layout: VaultLayout) -> tuple[Incident, Person]:
    with unlock_vault(layout, PASSPHRASE) as session:
        from outreach_app.storage.repos.areas import add_area
        from outreach_app.storage.repos.incidents import add_incident
        from outreach_app.storage.repos.people import add_person

        area = Area(name="North", region_id="north")
        add_area(session.conn, area)
        person = Person(alias="Kestrel")
        add_person(session.conn, person)
        record = Incident(
            person_id=person.id,
            area_id=area.id,
            worker_initials="JK",
            occurred_at=datetime(2026, 4, 2, 23, 15, tzinfo=UTC),
            types=[IncidentType.PHYSICAL_ASSAULT],
            alert_summary="a man in a grey van",
        )
        add_incident(session.conn, record)
    return record, person


def test_a_scripted_session_gets_one_document_from_each_command(tmp_path: Path) -> None:
    data = tmp_path / "vault"
    layout = VaultLayout(data)
    pw = f"{PASSPHRASE}\n"
    docs: dict[str, Any] = {}

    def ok(name: str, *argv: str, stdin: str = pw) -> Any:
        result = cli(data, *argv, stdin=stdin)
        assert result.code == ExitCode.OK, (name, result.out, result.err)
        docs[name] = result.document()
        return docs[name]

    assert ok("init", "init", stdin=pw + pw)["kdf_profile"] == "test"
    assert ok("check", "check")["ok"] is True
    incident, person = _incident(layout)
    iid = str(incident.id)

    slot = ok("role add", "role", "add", "--role", "worker", stdin=pw + f"{WORKER_PASSPHRASE}\n" * 2)["slot"]
    assert {s["slot"] for s in ok("role list", "role", "list")} >= {slot}
    assert ok("role remove", "role", "remove", slot)["removed"] == slot
    ok("retention show", "retention", "show")
    ok("retention set", "retention", "set", "--contact-notes-months", "12")
    ok("retention run", "retention", "run")

    # consent: the explanation and slip are for the person (stderr); the code is in the document.
    consented = cli(
        data, "consent", iid, "--alert", "--statistics", "--method", "verbal", "--worker", "JK", stdin=pw
    )
    assert consented.code == ExitCode.OK, consented.err
    code = consented.document()["withdrawal_code"]
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){3}", code)
    assert "tell the person" in consented.err
    assert ok("preview", "preview", iid)["payload"]["alert"] is not None  # with its suspects
    assert ok("share", "share", iid)["incident_id"] == iid
    assert len(ok("outbox", "outbox")["items"]) == 1
    assert ok("review list", "review", "list") == []

    exported = ok("export", "export", "--what", "incidents", "--yes")
    assert exported["lines"] == len(exported["records"]) >= 2
    assert (
        ok("export csv", "export", "--what", "incidents", "--format", "csv", "--yes")["csv"].count("\n") >= 2
    )
    jsonl = tmp_path / "out.jsonl"
    assert ok("export --out", "export", "--what", "incidents", "--out", str(jsonl), "--yes")["lines"] >= 2
    assert ok("import", "import", str(jsonl), "--on-conflict", "skip")["skipped"] >= 2
    ok("stats", "stats", "--format", "csv", "--out", str(tmp_path / "stats.csv"))
    assert ok("audit verify", "audit", "verify")["ok"] is True
    assert ok("audit list", "audit", "list")
    assert "records" in ok("schema", "schema")
    assert ok("schema --out", "schema", "--out", str(tmp_path / "schemas"))["files"] > 0

    with running_server(tmp_path / "srv") as server:
        enrolled = ok(
            "enroll",
            "enroll",
            "--root-fingerprint",
            server.root_fingerprint,
            stdin=pw + f"{server.url}\n{server.make_enroll_code()}\n",
        )
        assert enrolled["credential_store"] == "key"
        assert ok("sync", "sync")["sent"] == 1
        withdrawn = ok("withdraw", "withdraw", "--alert", stdin=pw + f"{code}\n")
        assert withdrawn["ok"] is True and withdrawn["messages"]
        assert ok("unenroll", "unenroll", "--yes")["revoked_on_server"] is True

    backup = tmp_path / "vault.backup"
    assert ok("backup", "backup", str(backup))["file"] == str(backup)
    ok("passphrase", "passphrase", stdin=pw + f"{NEW_PASSPHRASE}\n" * 2)
    assert ok("forget", "forget", str(person.id), "--yes", stdin=f"{NEW_PASSPHRASE}\n")["incidents"] == 1
    # Over an existing vault: a current coordinator passphrase first, then the backup's.
    ok("restore", "restore", str(backup), "--replace", "--yes", stdin=f"{NEW_PASSPHRASE}\n" + pw)

    wrong = cli(data, "check", stdin="not the passphrase at all\n")
    assert wrong.code == ExitCode.AUTH
    assert wrong.document() == {
        "ok": False,
        "exit_code": 3,
        "error": wrong.document()["error"],
        "messages": [],
    }
    assert ok("wipe", "wipe", "--yes", stdin="")["found_vault"] is True
