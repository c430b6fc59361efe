"""The charity desk end to end (issue 22): real server on loopback, real SQLCipher vaults.

A worker shares a report → the alerts desk (made, exported, signed into the bundle, enrolled
and run through `outreach desk ...`) pulls and decrypts it, drafts an alert from it (the
scrubber's spans shown), previews it as the handout prints, signs and publishes it → a
second worker device enrols, pulls and verifies it; `outreach alerts check` matches the
number and the handout PDF carries the alert's check code. The person's withdrawal code
then withdraws the report: the desk's next pull deletes its decrypted copy and flags the
alert for review.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from pypdf import PdfReader

from outreach_app.charity import key_files
from outreach_app.cli import run, sync_cmds
from outreach_app.cli.common import ExitCode, Io
from outreach_app.domain.enums import ConsentMethod, Purpose
from outreach_app.domain.timeutil import utcnow
from outreach_app.server import cli as server_cli
from outreach_app.server.db import staff_log
from outreach_app.sharing.seal import seal_incident
from outreach_app.sharing.workflow import record_consent, withdraw_with_code
from outreach_app.storage.connection import Connection
from outreach_app.storage.repos.incidents import update_incident
from outreach_app.sync.client import SyncClient
from outreach_app.sync.engine import EngineSettings, SyncEngine
from outreach_app.sync.enrollment import client_for_link
from outreach_app.sync.enrollment_v2 import enroll_v2
from tests.e2e.sync_support import PASSPHRASE, make_vault
from tests.server import subprocess_server
from tests.server.support import settings_for
from tests.server_harness import running_server
from tests.unit.sharing.conftest import open_migrated
from tests.unit.sharing.test_pipeline import make_incident
from tests.xdist_groups import FORK_SERVER

pytestmark = FORK_SERVER  # one fork server per run (tests/xdist_groups.py)

DESK_PASS = "copper meadow violin 77 harbour"
ROOT_PASS = "root key passphrase 2026"
PHONE = "07700 900123"


def cli(data_dir: Path, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(data_dir), *argv], Io(stdin=io.StringIO(stdin), stdout=out, stderr=err))
    return code, out.getvalue(), err.getvalue()


def desk(data_dir: Path, *argv: str, stdin: str = "") -> dict:  # type: ignore[type-arg]
    code, out, err = cli(data_dir, "--json", "desk", *argv, stdin=f"{DESK_PASS}\n{stdin}")
    assert code == ExitCode.OK, (argv, err, out)
    return json.loads(out)  # type: ignore[no-any-return]


@contextmanager
def server_process(db_url: str) -> Iterator[str]:
    """`outreach-server`'s app served by a process of its own on `db_url` (the in-thread
    harness only sets up the database and its test charity): the desks and devices reach the
    server over loopback HTTP, across processes, as in a deployment."""
    process, url = subprocess_server.start(settings_for(db_url))
    try:
        yield url
    finally:
        process.terminate()
        process.communicate(timeout=60)  # reaps it and closes its stderr pipe


def server_admin(db_url: str, *argv: str) -> str:
    out = io.StringIO()
    code = server_cli.main([*argv, "--db", db_url], out=out)
    assert code == 0, argv
    return out.getvalue()


@pytest.fixture(autouse=True)
def scripted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    monkeypatch.setattr(sync_cmds, "CLI_RETRY_BUDGET_S", 0.0)
    monkeypatch.setenv("OUTREACH_KDF_PROFILE", "test")


@pytest.fixture
def worker(tmp_path: Path) -> Iterator[Connection]:
    connection = open_migrated(tmp_path / "worker.db", durable=False)
    try:
        yield connection
    finally:
        connection.close()


def _sync(conn: Connection) -> None:
    with client_for_link(conn, make_client=SyncClient) as client:
        summary = SyncEngine(
            lambda fn: fn(conn), client, settings=EngineSettings(retry_budget_s=0.0)
        ).run_pass()
    assert summary.error is None, summary


def test_report_to_signed_alert_to_handout_and_the_withdrawal_reaches_the_desk(
    tmp_path: Path, worker: Connection
) -> None:
    desk_dir = tmp_path / "desk"
    with running_server(tmp_path / "srv") as server, server_process(server.db_url) as url:
        # The alerts desk makes its keys; the root machine signs them into bundle v2.
        made = desk(desk_dir, "init", "--role", "alerts", "--desk-id", "alerts-main", stdin=f"{DESK_PASS}\n")
        assert made["public"]["desk_id"] == "alerts-main" and made["public"]["sign_public"]
        assert (desk_dir / "desk-mode").read_text() == "desk alerts\n"
        desk(desk_dir, "export-public", "--out", str(tmp_path / "desk.json"))
        root_dir = tmp_path / "root"
        key_files.write_root(root_dir, server.charity.root, server.charity.charity_id, ROOT_PASS)
        police = server.charity.bundle().bundle.desks[1]
        (tmp_path / "police.json").write_text(police.model_dump_json(exclude_none=True))
        code, _out, err = cli(
            tmp_path / "nowhere", "desk", "sign-bundle", "--root", str(root_dir),
            "--desk", str(tmp_path / "desk.json"), str(tmp_path / "police.json"),
            "--version", "2", "--out", str(tmp_path / "bundle.json"), stdin=f"{ROOT_PASS}\n",
        )  # fmt: skip
        assert code == ExitCode.OK, err
        server_admin(server.db_url, "keys", "install-bundle", str(tmp_path / "bundle.json"))

        desk_code = json.loads(server_admin(server.db_url, "desk-code", "--role", "alerts", "--json"))["code"]
        enrolled = desk(desk_dir, "enroll", "--server", url, stdin=f"{desk_code}\n")
        assert enrolled["server_desk_id"]

        # A worker shares an incident with consent to warn others.
        enroll_v2(worker, url, server.make_enroll_code(), server.root_fingerprint, make_client=SyncClient)
        incident = make_incident(
            worker, region="north", summary=f"Robbed by Gaz outside 14 Acacia Road, call him on {PHONE}"
        )
        update_incident(worker, incident.model_copy(update={"occurred_at": utcnow() - timedelta(days=1)}))
        consent = record_consent(
            worker, incident.id, [Purpose.ALERT], worker_initials="JK", method=ConsentMethod.VERBAL
        )
        seal_incident(worker, incident.id)
        assert consent.code is not None
        _sync(worker)
        assert [e["desk_id"] for e in server.envelopes()] == ["alerts-main"]

        # The desk pulls and decrypts it into its queue; the server counts it acknowledged.
        pulled = desk(desk_dir, "pull")
        assert (pulled["added"], pulled["acknowledged"], pulled["withdrawn"]) == (1, 1, [])
        (item,) = desk(desk_dir, "queue")
        assert (item["purpose"], item["region_id"], item["state"]) == ("alert", "north", "new")
        shown = desk(desk_dir, "show", item["envelope_id"])
        assert shown["content"]["summary"].startswith("Robbed by Gaz")
        assert desk(desk_dir, "state", item["envelope_id"], "in_review")["state"] == "in_review"
        assert desk(desk_dir, "pull")["added"] == 0  # acknowledged: not served again

        # A second alerts desk: the keys by a transfer file, its own desk code, a catch-up pull.
        transfer = tmp_path / "keys.transfer"
        desk(desk_dir, "export-keys", "--out", str(transfer), stdin="a long transfer phrase\n")
        second_desk = tmp_path / "desk2"
        code, _out, err = cli(
            second_desk, "desk", "import-keys", str(transfer),
            stdin=f"{DESK_PASS}\n{DESK_PASS}\na long transfer phrase\n",
        )  # fmt: skip
        assert code == ExitCode.OK, err
        second_code = json.loads(server_admin(server.db_url, "desk-code", "--role", "alerts", "--json"))[
            "code"
        ]
        desk(second_desk, "enroll", "--server", url, stdin=f"{second_code}\n")
        assert desk(second_desk, "pull")["added"] == 0  # the first desk took it
        assert desk(second_desk, "pull", "--all")["added"] == 1
        assert desk(second_desk, "show", item["envelope_id"])["content"] == shown["content"]

        # Draft from the envelope: structured fields kept, the summary's number flagged by the scrubber.
        draft = desk(desk_dir, "alert", "draft", item["envelope_id"], "--title", "Grey car: man called Gaz")
        assert draft["source_envelope_id"] == item["envelope_id"] and draft["region_ids"] == ["north"]
        assert draft["perpetrators"][0]["phone_numbers"] == ["+447700900123"]
        # The device scrubbed the address before sealing; the desk's second pass (the same scrubber,
        # the perpetrator's number and name kept: they are the warning) finds nothing more.
        assert draft["body"] == shown["content"]["summary"] and draft["spans"] == []
        assert PHONE in draft["body"] and "Gaz" in draft["body"] and "Acacia" not in draft["body"]
        preview = desk(desk_dir, "alert", "preview", draft["alert_id"])
        assert "Grey car: man called Gaz" in preview["text"] and preview["fingerprint"] in preview["text"]
        published = desk(desk_dir, "alert", "publish", draft["alert_id"])
        assert published["fingerprint"] == preview["fingerprint"] and published["version"] == 1
        edited = desk(desk_dir, "alert", "edit", draft["alert_id"], "--title", "Grey Ford: man called Gaz")
        assert edited["version"] == 2  # editing a published alert starts its next version
        published = desk(desk_dir, "alert", "publish", draft["alert_id"])
        assert published["version"] == 2 and published["fingerprint"] != preview["fingerprint"]

        # A second worker device pulls it, verifies it, matches the number, prints the handout.
        second = make_vault(tmp_path / "second")
        code, _out, err = cli(
            second.data_dir, "enroll", "--root-fingerprint", server.root_fingerprint,
            stdin=f"{PASSPHRASE}\n{url}\n{server.make_enroll_code()}\n",
        )  # fmt: skip
        assert code == ExitCode.OK, err
        code, _out, err = cli(second.data_dir, "sync", stdin=f"{PASSPHRASE}\n")
        assert code == ExitCode.OK, err
        code, out, err = cli(
            second.data_dir, "alerts", "check", "+44 7700 900123", "--json", stdin=f"{PASSPHRASE}\n"
        )
        assert code == ExitCode.OK, err
        assert [a["alert_id"] for a in json.loads(out)["alerts"]] == [draft["alert_id"]]
        pdf = tmp_path / "handout.pdf"
        code, _out, err = cli(
            second.data_dir, "alerts", "handout", "--out", str(pdf), stdin=f"{PASSPHRASE}\n"
        )
        assert code == ExitCode.OK, err
        text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
        assert published["fingerprint"] in text.replace("\n", "")

        # The person's code withdraws the report: the desk's decrypted copy goes, the alert is flagged.
        withdraw_with_code(worker, consent.code, [Purpose.ALERT])
        _sync(worker)
        pulled = desk(desk_dir, "pull")
        assert [w["envelope_id"] for w in pulled["withdrawn"]] == [item["envelope_id"]]
        assert pulled["withdrawn"][0]["disclosed"] is False  # an alert envelope: never disclosed to police
        assert pulled["flagged_alerts"] == 1
        assert desk(desk_dir, "queue") == []
        assert [w["envelope_id"] for w in desk(second_desk, "pull")["withdrawn"]] == [item["envelope_id"]]
        assert desk(second_desk, "queue") == []
        code, _out, err = cli(desk_dir, "desk", "show", item["envelope_id"], stdin=f"{DESK_PASS}\n")
        assert code == ExitCode.FAILURE and "no report" in err
        (listed,) = desk(desk_dir, "alert", "list")
        assert listed["flagged"] and listed["status"] == "published" and listed["version"] == 2
        assert desk(desk_dir, "alert", "withdraw", draft["alert_id"])["status"] == "withdrawn"

        with server.engine.begin() as conn:
            actions = [e.action for e in staff_log.entries(conn)]
        assert {"desk_code.create", "desk.enroll", "staff.envelopes.pull", "staff.envelopes.ack"} <= set(
            actions
        )
        assert {"alert.publish", "alert.withdraw", "staff.envelopes.withdrawn"} <= set(actions)
