"""`outreach desk disclose|disclosures|notices|notified|stats` on a real vault and real desk keys."""

from __future__ import annotations

import base64
import csv
import io
import json
import stat
from pathlib import Path

import pytest

from outreach_app.charity import tools
from outreach_app.cli import run
from outreach_app.cli.common import ExitCode, Io
from outreach_app.core.vault import unlock_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.crypto.sealing import seal
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.timeutil import utcnow
from outreach_app.ops import desk as desk_ops
from outreach_app.ops import desk_police
from outreach_app.protocol import Envelope, EnvelopeHeader, canonical_json, ciphertext_hash, purpose_verifier
from outreach_app.protocol.keys import DeskRole
from outreach_app.protocol.staff import StaffRole
from outreach_app.server.db import staff_desks
from outreach_app.server.db import stats as stats_db
from tests.server_harness import running_server
from tests.unit.charity.police_samples import intelligence, referral
from tests.unit.charity.test_desk_stats import ROWS
from tests.vault_templates import created_vault

VAULT_PASS = "correct horse battery staple orbit"
KEY_PASS = "desk keys passphrase 42"


class Desk:
    def __init__(self, tmp_path: Path) -> None:
        self.layout = VaultLayout(tmp_path / "desk")
        created_vault(self.layout, VAULT_PASS, kdf=TEST_KDF, role="coordinator")  # a copy of one
        self.keys = tmp_path / "police"
        public = tools.new_desk_keys(self.keys, DeskRole.POLICE, "police-north", KEY_PASS)
        self.contents = [intelligence(summary="=cmd|' /C calc'!A0"), referral()]
        envelopes = []
        for content in self.contents:
            box = seal(canonical_json(content), public.enc_public)
            header = EnvelopeHeader(
                content_hash=ciphertext_hash(box), desk_id=public.desk_id, envelope_id=content.envelope_id,
                month="2026-03", org="6a1f0b9e-2c3d-4e5f-8a7b-9c0d1e2f3a4b", purpose=content.purpose,
                region="north", verifier=purpose_verifier("7KQ2-MX9D-4HTB-0WZR", content.purpose),
            )  # type: ignore[arg-type]  # fmt: skip
            envelopes.append(
                json.loads(canonical_json(Envelope(header=header, ciphertext=base64.b64encode(box).decode())))
            )
        self.export = tmp_path / "export.json"
        self.export.write_text(json.dumps({"envelopes": envelopes}))
        self.out = tmp_path / "to-police.csv"

    def cli(self, *argv: str, stdin: str = "", as_json: bool = False) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        top = ["--json"] if as_json else []
        code = run(
            [*top, "--data-dir", str(self.layout.data_dir), "desk", *argv], Io(io.StringIO(stdin), out, err)
        )
        return code, out.getvalue(), err.getvalue()

    def disclose(self, *extra: str) -> tuple[int, str, str]:
        return self.cli(
            "disclose", "--desk", str(self.keys), str(self.export), "--force", "West Yorkshire Police",
            "--by", "J. Khan", "--agency", "Safe Nights", "--grade", "2B P", "--format", "csv",
            "--out", str(self.out), *extra, stdin=f"{VAULT_PASS}\n{KEY_PASS}\n", as_json=True,
        )  # fmt: skip


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    return Desk(tmp_path)


def test_disclose_writes_only_when_confirmed_and_logs_it(desk: Desk) -> None:
    code, _, err = desk.disclose()  # stdin is no terminal and no --yes: not confirmed
    assert code == ExitCode.USAGE and "nothing was written" in err
    assert not desk.out.exists()
    assert "2B P" in err  # the preview said what would go

    first = str(desk.contents[0].envelope_id)
    code, out, err = desk.disclose("--yes", f"--grade-for={first}=1A C", "--conditions", "SIO only")
    assert code == ExitCode.USAGE and "use C" in err  # the default 2B P has no conditions: refused
    code, out, err = desk.disclose("--yes", f"--grade-for={first}=3E P")
    assert code == ExitCode.OK, err
    assert stat.S_IMODE(desk.out.stat().st_mode) == 0o600
    rows = list(csv.DictReader(io.StringIO(desk.out.read_text("utf-8-sig"))))
    assert {r["ir_reference"]: r["evaluation"] for r in rows} == {
        first: "3E P",
        str(desk.contents[1].envelope_id): "2B P",
    }
    assert rows[0]["intelligence_text"].startswith("'")  # formula-safe
    disclosure_id = json.loads(out)["disclosure_id"]

    code, out, _ = desk.cli("disclosures", "--report", first, stdin=VAULT_PASS + "\n", as_json=True)
    [logged] = json.loads(out)
    assert (logged["disclosure_id"], logged["force"], logged["disclosed_by"]) == (
        disclosure_id,
        "West Yorkshire Police",
        "J. Khan",
    )
    code, _, err = desk.disclose("--yes")
    assert code == ExitCode.CONFLICT  # never overwrites an earlier export


def test_a_withdrawal_becomes_a_task_the_desk_marks_done(desk: Desk) -> None:
    assert desk.disclose("--yes")[0] == ExitCode.OK
    with unlock_vault(desk.layout, VAULT_PASS) as session:
        desk_police.on_report_withdrawn(session, str(desk.contents[1].envelope_id), now=utcnow())
    code, out, _ = desk.cli("notices", "--open", stdin=VAULT_PASS + "\n", as_json=True)
    [notice] = json.loads(out)
    assert notice["force"] == "West Yorkshire Police" and notice["notified_at"] is None
    code, out, _ = desk.cli(
        "notified", notice["notice_id"], "--by", "A. Osei", stdin=VAULT_PASS + "\n", as_json=True
    )
    assert code == ExitCode.OK and json.loads(out)["notified_by"] == "A. Osei"
    code, _, err = desk.cli("notified", notice["notice_id"], "--by", "A. Osei", stdin=VAULT_PASS + "\n")
    assert code == ExitCode.FAILURE and "already" in err
    assert json.loads(desk.cli("notices", "--open", stdin=VAULT_PASS + "\n", as_json=True)[1]) == []


def test_bad_grades_and_exports_are_refused_before_anything_is_written(desk: Desk, tmp_path: Path) -> None:
    assert desk.disclose("--yes", "--grade-for", "nonsense")[0] == ExitCode.USAGE
    bad = tmp_path / "bad.json"
    bad.write_text('{"not": "an export"}')
    code = desk.cli(
        "disclose", "--desk", str(desk.keys), str(bad), "--force", "F", "--by", "B", "--agency", "A",
        "--grade", "9Z P", "--format", "csv", "--out", str(desk.out), "--yes",
        stdin=f"{VAULT_PASS}\n{KEY_PASS}\n",
    )[0]  # fmt: skip
    assert code == ExitCode.USAGE
    assert not desk.out.exists()


def test_stats_writes_the_funder_report_and_refuses_bad_rows(desk: Desk, tmp_path: Path) -> None:
    rows = tmp_path / "rows.json"
    rows.write_text(json.dumps(ROWS))
    out = tmp_path / "funders.csv"
    argv = ("stats", str(rows), "--from", "2026-01", "--to", "2026-02", "--format", "csv", "--out", str(out))
    code, text, err = desk.cli(*argv, stdin=VAULT_PASS + "\n", as_json=True)
    assert code == ExitCode.OK, err
    assert json.loads(text)["tables"] == 8
    assert ["Incidents by month and region"] in list(csv.reader(io.StringIO(out.read_text("utf-8"))))
    out.unlink()
    rows.write_text(json.dumps([{**ROWS[0], "count": -5}]))
    code, _, err = desk.cli(*argv, stdin=VAULT_PASS + "\n")
    assert code == ExitCode.USAGE and "row 1: count" in err
    assert not out.exists()


def test_stats_from_server_fetches_the_period_the_desk_may_read(tmp_path: Path) -> None:
    layout = VaultLayout(tmp_path / "police-desk")
    desk_ops.init_desk(layout, VAULT_PASS, StaffRole.POLICE, "police-1", "police desk", utcnow(), TEST_KDF)

    def cli(*argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        argv = ("--json", "--data-dir", str(layout.data_dir), "desk", "stats", *argv)
        return run(list(argv), Io(io.StringIO(VAULT_PASS + "\n"), out, err)), out.getvalue(), err.getvalue()

    out = tmp_path / "funders.csv"
    period = ("--from", "2026-01", "--to", "2026-02", "--format", "csv", "--out", str(out))
    code, _, err = cli("--from-server", *period)
    assert code == ExitCode.FAILURE and "not enrolled" in err and not out.exists()
    code, _, err = cli(str(tmp_path / "rows.json"), "--from-server", *period)
    assert code == ExitCode.USAGE and "one of them" in err
    code, _, err = cli(
        "--from-server", "--from", "2026-03", "--to", "2026-01", "--format", "csv", "--out", str(out)
    )
    assert code == ExitCode.USAGE and "ends before it starts" in err

    with running_server(tmp_path / "server") as server:
        with server.engine.begin() as conn:
            code_text = staff_desks.create_desk_code(conn, StaffRole.POLICE, 24, server.clock)
            parts = [
                stats_db.Contribution(f"k{n}", r["region_id"] or "", r["month"], {r["measure"]: r["count"]})
                for n, r in enumerate(ROWS)
            ]
            stats_db.store(conn, server.org_id, parts, allowed_extra={"", "south"})
        with unlock_vault(layout, VAULT_PASS) as session:
            desk_ops.enroll(session, server.url, code_text)
        code, text, err = cli("--from-server", *period)
    assert code == ExitCode.OK, err
    assert json.loads(text)["tables"] == 8
    rows_file = tmp_path / "rows.json"
    rows_file.write_text(json.dumps(ROWS))
    from_file = tmp_path / "from-file.csv"
    assert cli(str(rows_file), *period[:-1], str(from_file))[0] == ExitCode.OK
    assert out.read_text("utf-8") == from_file.read_text("utf-8")  # the same report either way
