"""`outreach import/export/forget` against a real vault (cheap test KDF), in-process."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import uuid4

import pytest

from outreach_app.cli import run
from outreach_app.cli.common import ExitCode, Io
from outreach_app.core.vault import unlock_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.models import Contact, Incident, Person
from outreach_app.storage.repos import contacts, incidents, people
from tests.vault_templates import created_vault

PASSPHRASE = "correct horse battery staple orbit"
T0 = datetime(2026, 5, 1, 22, 0, tzinfo=UTC)


@pytest.fixture
def layout(tmp_path: Path) -> VaultLayout:
    vault = VaultLayout(tmp_path / "data")
    created_vault(vault, PASSPHRASE, kdf=TEST_KDF)
    return vault


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


def cli(layout: VaultLayout, *argv: str, stdin: str | None = None) -> Result:
    stdin_text = f"{PASSPHRASE}\n" if stdin is None else stdin
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(layout.data_dir), *argv], Io(io.StringIO(stdin_text), out, err))
    return Result(code, out.getvalue(), err.getvalue())


def _counts(layout: VaultLayout) -> tuple[int, int, int]:
    with unlock_vault(layout, PASSPHRASE) as session:
        conn = session.conn
        return (
            len(people.list_person_ids(conn)),
            contacts.count_contacts(conn),
            incidents.count_incidents(conn),
        )


def _line(kind: str, record) -> str:
    return json.dumps({"type": kind, "v": 1, **record.model_dump(mode="json")})


def _sample() -> tuple[Person, list[Contact], Incident]:
    person = Person(alias="Kestrel")
    made = [
        Contact(occurred_at=T0 + timedelta(minutes=n), person_id=person.id, notes=f"visit {n}")
        for n in range(3)
    ]
    incident = Incident(
        occurred_at=T0, worker_initials="AB", types=["non_payment"], person_id=person.id, narrative="story"
    )
    return person, made, incident


def _write(tmp_path: Path, lines: list[str], name: str = "in.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n")
    return path


def test_import_then_export_round_trips(layout: VaultLayout, tmp_path: Path) -> None:
    person, made, incident = _sample()
    lines = [_line("contact", c) for c in made] + [_line("incident", incident), _line("person", person)]
    result = cli(layout, "--json", "import", str(_write(tmp_path, lines)))
    assert result.code == ExitCode.OK, result.err
    assert json.loads(result.out) == {
        "imported": {"area": 0, "shift": 0, "person": 1, "contact": 3, "incident": 1},
        "skipped": 0,
    }
    exported = cli(layout, "export", "--what", "contacts", "--format", "jsonl", "--yes")
    assert exported.code == ExitCode.OK, exported.err
    out_lines = exported.out.splitlines()
    assert [json.loads(x)["type"] for x in out_lines] == ["person", "contact", "contact", "contact"]
    again = cli(layout, "import", str(_write(tmp_path, out_lines, "back.jsonl")), "--on-conflict", "skip")
    assert again.code == ExitCode.OK and "skipped (already stored): 4" in again.out
    conflict = cli(layout, "import", str(_write(tmp_path, out_lines, "back.jsonl")))
    assert conflict.code == ExitCode.CONFLICT and "nothing was imported" in conflict.err
    assert _counts(layout) == (1, 3, 1)


@pytest.mark.parametrize(
    ("bad_line", "expected"),
    [
        ('{"type": "contact", "v": 1,', "line 2: not valid JSON"),
        ('{"type": "starship", "v": 1}', "line 2: type: unknown record type"),
        ('{"type": "consent", "v": 1}', "line 2: type: consent records are never imported"),
        (
            json.dumps(
                {
                    "type": "contact",
                    "v": 1,
                    "id": "0b5e1f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
                    "kind": "SECRET-VALUE",
                }
            ),
            "line 2: contact.kind",
        ),
        (
            json.dumps(
                {
                    "type": "contact",
                    "v": 1,
                    "id": "1c6f2a4b-2d3e-4f60-9bac-1d2e3f4a5b6c",
                    "person_id": "2d7a3b5c-3e4f-4071-8cbd-2e3f4a5b6c7d",
                }
            ),
            "line 2: contact.person_id: refers to a person that is not stored",
        ),
        ('{"type": "person", "v": 1, "alias": "' + "x" * (1024 * 1024) + '"}', "line 2: line is longer than"),
    ],
)
def test_malformed_jsonl_imports_nothing(
    layout: VaultLayout, tmp_path: Path, bad_line: str, expected: str
) -> None:
    person, made, _incident = _sample()
    path = _write(tmp_path, [_line("person", person), bad_line, _line("contact", made[0])])
    result = cli(layout, "import", str(path))
    assert result.code == ExitCode.USAGE
    assert expected in result.err, result.err
    assert "nothing was imported" in result.err
    assert "SECRET-VALUE" not in result.err + result.out
    assert _counts(layout) == (0, 0, 0)


def test_malformed_file_is_refused_before_asking_for_the_passphrase(
    layout: VaultLayout, tmp_path: Path
) -> None:
    result = cli(layout, "import", str(_write(tmp_path, ["not json"])), stdin="")
    assert result.code == ExitCode.USAGE and "line 1: not valid JSON" in result.err


def test_missing_input_file(layout: VaultLayout, tmp_path: Path) -> None:
    result = cli(layout, "import", str(tmp_path / "nope.jsonl"))
    assert result.code == ExitCode.USAGE and "no such file" in result.err


def test_export_needs_confirmation_and_writes_private_file(layout: VaultLayout, tmp_path: Path) -> None:
    person, made, _incident = _sample()
    cli(
        layout,
        "import",
        str(_write(tmp_path, [_line("person", person), *[_line("contact", c) for c in made]])),
    )
    target = tmp_path / "out.csv"
    refused = cli(layout, "export", "--what", "contacts", "--format", "csv", "--out", str(target))
    assert refused.code == ExitCode.USAGE and "not confirmed" in refused.err
    assert not target.exists()
    done = cli(
        layout, "--json", "export", "--what", "contacts", "--format", "csv", "--out", str(target), "--yes"
    )
    assert done.code == ExitCode.OK, done.err
    assert json.loads(done.out)["lines"] == 3
    assert target.stat().st_mode & 0o777 == 0o600
    assert target.read_text().splitlines()[0].startswith("id,occurred_at")
    exists = cli(layout, "export", "--what", "contacts", "--out", str(target), "--yes")
    assert exists.code == ExitCode.CONFLICT


def test_every_export_is_in_the_audit_log_with_counts_only(layout: VaultLayout, tmp_path: Path) -> None:
    person, made, incident = _sample()
    lines = [_line("person", person), _line("incident", incident), *[_line("contact", c) for c in made]]
    assert cli(layout, "import", str(_write(tmp_path, lines))).code == ExitCode.OK
    to_stdout = cli(layout, "export", "--what", "contacts", "--format", "jsonl", "--yes")
    assert to_stdout.code == ExitCode.OK, to_stdout.err
    secret_name = tmp_path / "kestrel-at-harbour.csv"
    to_file = cli(
        layout, "export", "--what", "incidents", "--format", "csv", "--out", str(secret_name), "--yes"
    )
    assert to_file.code == ExitCode.OK, to_file.err
    refused = cli(layout, "export", "--what", "contacts")  # not confirmed: nothing written, nothing audited
    assert refused.code == ExitCode.USAGE

    listed = cli(layout, "--json", "audit", "list", "--limit", "100")
    assert listed.code == ExitCode.OK, listed.err
    exports = [entry for entry in json.loads(listed.out) if entry["kind"] == "export"]
    # What was exported: kinds and counts, and the file's name (issue 16), never record text.
    assert [entry["detail"] for entry in reversed(exports)] == [
        # the person, then 3 contacts
        {
            "what": "contacts",
            "format": "jsonl",
            "lines": 4,
            "to": "stdout",
            "file": "-",
            "n_contact": 3,
            "n_person": 1,
        },
        {
            "what": "incidents",
            "format": "csv",
            "lines": 1,
            "to": "file",
            "file": "kestrel-at-harbour.csv",
            "n_incident": 1,
        },
    ]
    assert all(entry["role"] == "coordinator" for entry in exports)
    assert "visit" not in listed.out
    verified = cli(layout, "--json", "audit", "verify")
    assert verified.code == ExitCode.OK, verified.err
    assert json.loads(verified.out)["ok"] is True


def test_forget_erases_person_and_their_records(layout: VaultLayout, tmp_path: Path) -> None:
    person, made, incident = _sample()
    other = Person(alias="Plover")
    lines = [_line("person", person), _line("person", other), _line("incident", incident)]
    lines += [_line("contact", c) for c in made]
    lines.append(_line("contact", Contact(occurred_at=T0, person_id=other.id)))
    assert cli(layout, "import", str(_write(tmp_path, lines))).code == ExitCode.OK
    refused = cli(layout, "forget", str(person.id))
    assert refused.code == ExitCode.USAGE and _counts(layout) == (2, 4, 1)
    result = cli(layout, "--json", "forget", str(person.id), "--yes")
    assert result.code == ExitCode.OK, result.err
    assert json.loads(result.out) == {"person_id": str(person.id), "contacts": 3, "incidents": 1}
    assert _counts(layout) == (1, 1, 0)
    assert cli(layout, "forget", str(uuid4()), "--yes").code == ExitCode.NOT_FOUND
    assert cli(layout, "forget", "not-a-uuid", "--yes").code == ExitCode.USAGE


def test_forget_says_sent_reports_are_withdrawn_and_what_cannot_be_recalled(
    layout: VaultLayout, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    person, made, incident = _sample()
    lines = [_line("person", person), _line("incident", incident), *[_line("contact", c) for c in made]]
    assert cli(layout, "import", str(_write(tmp_path, lines))).code == ExitCode.OK
    # Asked on a terminal: the question carries the truth before anything is erased.
    monkeypatch.setattr(Io, "stdin_is_terminal", lambda _self: True)
    declined = cli(layout, "forget", str(person.id), stdin="n\n")
    assert declined.code == ExitCode.USAGE and _counts(layout) == (1, 3, 1)
    assert "withdrawn from its server at the next sync" in declined.err
    assert "intelligence already passed to the police, cannot be recalled" in declined.err
    monkeypatch.undo()
    done = cli(layout, "forget", str(person.id), "--yes")
    assert done.code == ExitCode.OK, done.err
    assert "withdrawn from its server at the next sync" in done.out
    assert "cannot be recalled" in done.out
