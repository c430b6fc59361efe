"""Canary through a real vault and the CLI: a marker in every text field, imported from a file
(then removed), searched, corrected, deleted, exported to a file (then removed), forgotten and
compacted, never appears in the data dir (DB, WAL, key file, counters, backups), the temp dir,
stdout/stderr or the log."""

from __future__ import annotations

import base64
import io
import json
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from outreach_app.cli import run
from outreach_app.cli.common import ExitCode, Io
from outreach_app.core.vault import create_vault, unlock_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.models import Contact, Incident, Perpetrator, Person, Vehicle
from outreach_app.storage import search
from outreach_app.storage.maintenance import compact
from outreach_app.storage.repos import contacts, incidents

PASSPHRASE = "correct horse battery staple orbit"


def _forms(marker: str) -> list[bytes]:
    forms: list[bytes] = []
    for text in (marker, marker.lower()):
        raw = text.encode()
        forms += [raw, text.encode("utf-16-le"), text.encode("utf-16-be")]
        forms += [base64.b64encode(b"\0" * shift + raw)[4:-4] for shift in range(3)]
    return forms


def _text_fields(model, marker: str, tag: str) -> dict[str, str]:
    out = {}
    for name, info in model.model_fields.items():
        if info.annotation is str and name != "zone":
            limit = next((m.max_length for m in info.metadata if hasattr(m, "max_length")), None)
            value = f"{marker} {tag}{name}"
            if limit is None or limit >= len(value):
                out[name] = value
    return out


def _cli(layout: VaultLayout, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(layout.data_dir), *argv], Io(io.StringIO(PASSPHRASE + "\n"), out, err))
    return code, out.getvalue(), err.getvalue()


@pytest.mark.slow
def test_canary_never_leaves_the_vault(tmp_path: Path, canary: str, capfd, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    layout = VaultLayout(tmp_path / "data")
    create_vault(layout, PASSPHRASE, kdf=TEST_KDF)
    t0 = datetime(2026, 4, 1, 23, 0, tzinfo=UTC)
    keep, gone = (
        Person(**_text_fields(Person, canary, "keep")),
        Person(**_text_fields(Person, canary, "gone")),
    )
    records: list[tuple[str, object]] = [("person", keep), ("person", gone)]
    for n in range(12):
        owner = keep if n % 2 else gone
        records.append(
            (
                "contact",
                Contact(
                    occurred_at=t0 + timedelta(minutes=n),
                    person_id=owner.id,
                    **_text_fields(Contact, canary, "c"),
                ),
            )
        )
    for owner in (keep, gone):
        records.append(
            (
                "incident",
                Incident(
                    occurred_at=t0,
                    worker_initials="AB",
                    types=["stalking_harassment"],
                    person_id=owner.id,
                    perpetrators=[
                        Perpetrator(online_handles=[canary], **_text_fields(Perpetrator, canary, "p"))
                    ],
                    vehicles=[Vehicle(**_text_fields(Vehicle, canary, "v"))],
                    **_text_fields(Incident, canary, "i"),
                ),
            )
        )
    source = tmp_path / "import.jsonl"
    source.write_text(
        "\n".join(json.dumps({"type": kind, "v": 1, **r.model_dump(mode="json")}) for kind, r in records)
    )
    code, _out, err = _cli(layout, "import", str(source))
    assert code == ExitCode.OK, err
    source.unlink()

    with unlock_vault(layout, PASSPHRASE) as session:
        conn = session.conn
        found = search.search(conn, canary)
        assert len(found.contact_ids) == 12 and len(found.incident_ids) == 2 and len(found.person_ids) == 2
        first = contacts.get_contacts(conn, found.contact_ids[:3])
        for c in first:
            contacts.update_contact(conn, c.model_copy(update={"notes": f"{canary} corrected"}))
        contacts.delete_contact(conn, found.contact_ids[-1])
        incident = incidents.get_incident(conn, found.incident_ids[0])
        incidents.update_incident(conn, incident.model_copy(update={"narrative": f"{canary} fixed"}))

    exported = tmp_path / "export.jsonl"
    code, _out, err = _cli(layout, "export", "--what", "incidents", "--out", str(exported), "--yes")
    assert code == ExitCode.OK, err
    assert canary.encode() in exported.read_bytes()
    exported.unlink()
    code, _out, err = _cli(layout, "forget", str(gone.id), "--yes")
    assert code == ExitCode.OK, err

    with unlock_vault(layout, PASSPHRASE) as session:
        assert compact(session.conn)
        assert len(contacts.list_contact_ids(session.conn, query=canary)) == 6  # keep's six contacts

    forms = _forms(canary)
    leaks = [
        str(path.relative_to(tmp_path))
        for path in tmp_path.rglob("*")
        if path.is_file() and any(form in path.read_bytes() for form in forms)
    ]
    assert leaks == []
    captured = capfd.readouterr()
    for stream in (captured.out, captured.err, caplog.text):
        assert not any(form.decode("latin-1") in stream for form in forms)
