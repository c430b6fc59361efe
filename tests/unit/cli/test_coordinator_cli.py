"""`outreach audit|stats|retention|role` on a real vault: every privileged command refuses a worker."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from outreach_app.cli import run
from outreach_app.cli.common import ExitCode, Io
from outreach_app.core.vault import add_slot, list_slots, unlock_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.timeutil import utcnow
from outreach_app.storage.repos import audit
from tests.vault_templates import built_vault, created_vault

COORDINATOR = "correct horse battery staple orbit"
WORKER = "violet lantern quietly folds maps"
NEW = "seven amber kites over the harbour"


def _coordinator_and_worker(vault: VaultLayout) -> None:
    created_vault(vault, COORDINATOR, kdf=TEST_KDF, role="coordinator")
    with unlock_vault(vault, COORDINATOR) as session:
        add_slot(session, WORKER, "worker", kdf=TEST_KDF)


@pytest.fixture
def layout(tmp_path: Path) -> VaultLayout:
    """A coordinator's vault with a worker slot: a copy of one built once per process."""
    name = f"{__name__}: coordinator + worker"
    return built_vault(VaultLayout(tmp_path / "data"), name, _coordinator_and_worker)


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


def cli(layout: VaultLayout, *argv: str, passphrase: str = COORDINATOR, extra: str = "") -> Result:
    out, err = io.StringIO(), io.StringIO()
    stdin = io.StringIO(f"{passphrase}\n{extra}")
    code = run(["--data-dir", str(layout.data_dir), *argv], Io(stdin, out, err))
    return Result(code, out.getvalue(), err.getvalue())


PRIVILEGED = [
    ("audit", "verify"),
    ("audit", "list"),
    ("retention", "set", "--aliases-months", "6"),
    ("role", "list"),
    ("role", "add", "--role", "worker"),
    ("role", "remove", "someslot"),
]


@pytest.mark.parametrize("argv", PRIVILEGED, ids=lambda a: " ".join(a[:2]))
def test_worker_is_refused_every_privileged_command(layout: VaultLayout, argv: tuple[str, ...]) -> None:
    result = cli(layout, *argv, passphrase=WORKER, extra=f"{NEW}\n{NEW}\n")
    assert result.code == ExitCode.AUTH, result.err
    assert "only a coordinator may" in result.err
    assert len(list_slots(layout)) == 2
    with unlock_vault(layout, COORDINATOR) as session:
        assert (
            session.conn.execute("SELECT count(*) FROM settings WHERE key = 'retention.policy'").fetchone()[0]
            == 0
        )


def test_worker_cannot_export_statistics(layout: VaultLayout, tmp_path: Path) -> None:
    dest = tmp_path / "w.csv"
    result = cli(layout, "stats", "--format", "csv", "--out", str(dest), passphrase=WORKER)
    assert result.code == ExitCode.AUTH
    assert not dest.exists()


def test_worker_may_show_and_run_retention(layout: VaultLayout) -> None:
    assert cli(layout, "retention", "show", passphrase=WORKER).code == ExitCode.OK
    result = cli(layout, "--json", "retention", "run", passphrase=WORKER)
    assert result.code == ExitCode.OK
    assert json.loads(result.out)["contact_notes"] == 0


def test_the_pdf_spells_stored_keys_as_the_app_does(layout: VaultLayout, tmp_path: Path) -> None:
    """`outreach stats --format pdf` reads "Non-payment", as the Statistics page's PDF does (issue 18)."""
    import pypdf

    from outreach_app.domain.enums import IncidentType
    from outreach_app.domain.models import Area, Incident, Person
    from outreach_app.storage.connection import transaction
    from outreach_app.storage.repos.areas import add_area
    from outreach_app.storage.repos.incidents import add_incident
    from outreach_app.storage.repos.people import add_person

    with unlock_vault(layout, COORDINATOR) as session, transaction(session.conn):
        area = Area(name="Holbeck")
        add_area(session.conn, area)
        for n in range(12):  # above the disclosure threshold, so the row is printed
            person = Person(alias=f"P{n}")
            add_person(session.conn, person)
            add_incident(
                session.conn,
                Incident(
                    person_id=person.id,
                    area_id=area.id,
                    worker_initials="JK",
                    occurred_at=utcnow(),
                    types=[IncidentType.NON_PAYMENT],
                ),
            )
    out = tmp_path / "s.pdf"
    assert cli(layout, "stats", "--format", "pdf", "--out", str(out)).code == ExitCode.OK
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    words = " ".join(text.split())
    assert "Non-payment" in words
    assert "non_payment" not in words and "Non payment" not in words


def test_coordinator_exports_csv_and_pdf(layout: VaultLayout, tmp_path: Path) -> None:
    csv_out, pdf_out = tmp_path / "s.csv", tmp_path / "s.pdf"
    result = cli(
        layout,
        "--json",
        "stats",
        "--from",
        "2026-01-01",
        "--to",
        "2026-03-31",
        "--format",
        "csv",
        "--out",
        str(csv_out),
    )
    assert result.code == ExitCode.OK, result.err
    assert json.loads(result.out)["tables"] == 9
    assert "Disclosure rule" in csv_out.read_text(encoding="utf-8")
    assert cli(layout, "stats", "--format", "pdf", "--out", str(pdf_out)).code == ExitCode.OK
    assert pdf_out.read_bytes().startswith(b"%PDF")
    assert cli(layout, "stats", "--format", "csv", "--out", str(csv_out)).code == ExitCode.CONFLICT
    bad = cli(
        layout,
        "stats",
        "--from",
        "2026-05-01",
        "--to",
        "2026-04-01",
        "--format",
        "csv",
        "--out",
        str(tmp_path / "x.csv"),
    )
    assert bad.code == ExitCode.USAGE and not (tmp_path / "x.csv").exists()


def test_audit_verify_reports_edits_and_truncation(layout: VaultLayout) -> None:
    assert cli(layout, "audit", "verify").code == ExitCode.OK
    with unlock_vault(layout, COORDINATOR) as session:
        head = audit.append_event(session.conn, audit.AuditKind.SYNC, at=utcnow(), detail={"sent": 2})
        audit.save_server_head(session.conn, audit.ChainHead(head.seq, head.hash))
        session.conn.execute("DELETE FROM audit_log WHERE seq = ?", (head.seq,))
    result = cli(layout, "--json", "audit", "verify")
    assert result.code == ExitCode.FAILURE
    body = json.loads(result.out)
    # The verify's own unlock entry re-used the cut-off number: the server's entry is not there.
    assert [p["kind"] for p in body["problems"]] == ["diverged"]
    with unlock_vault(layout, COORDINATOR) as session:
        session.conn.execute("UPDATE audit_log SET role = 'worker' WHERE seq = 1")
    result = cli(layout, "audit", "verify")
    assert result.code == ExitCode.FAILURE and "edited: entry 1 was changed" in result.out


def test_unlocks_and_failed_unlocks_are_audited(layout: VaultLayout) -> None:
    assert cli(layout, "retention", "show", passphrase="not the passphrase at all").code == ExitCode.AUTH
    result = cli(layout, "--json", "audit", "list")
    assert result.code == ExitCode.OK
    kinds = [(e["kind"], e["detail"]) for e in json.loads(result.out)]
    assert ("unlock_failed", {"attempts": 1}) in kinds
    # Newest first: this unlock, then the retention it applied (never run on this vault before).
    assert [kind for kind, _ in kinds[:2]] == ["retention_purge", "unlock"]


def test_retention_policy_set_and_validation(layout: VaultLayout) -> None:
    assert cli(layout, "retention", "set", "--aliases-months", "6").code == ExitCode.OK
    shown = json.loads(cli(layout, "--json", "retention", "show").out)
    assert shown["aliases_months"] == 6
    bad = cli(layout, "retention", "set", "--aliases-months", "0")
    assert bad.code == ExitCode.USAGE
    assert json.loads(cli(layout, "--json", "retention", "show").out)["aliases_months"] == 6
    assert cli(layout, "retention", "set").code == ExitCode.USAGE


def test_coordinator_adds_and_removes_roles(layout: VaultLayout) -> None:
    result = cli(layout, "--json", "role", "add", "--role", "worker", extra=f"{NEW}\n{NEW}\n")
    assert result.code == ExitCode.OK, result.err
    slot = json.loads(result.out)["slot"]
    assert (slot, "worker") in list_slots(layout)
    with unlock_vault(layout, NEW) as session:
        assert session.role == "worker"
    mismatch = cli(layout, "role", "add", "--role", "worker", extra="one passphrase here ok\nanother one\n")
    assert mismatch.code == ExitCode.USAGE
    assert cli(layout, "role", "remove", slot).code == ExitCode.OK
    assert slot not in [s for s, _ in list_slots(layout)]
    assert cli(layout, "role", "remove", slot).code == ExitCode.NOT_FOUND
    kinds = [e["kind"] for e in json.loads(cli(layout, "--json", "audit", "list").out)]
    assert "role_added" in kinds and "role_removed" in kinds
