"""Canary: a marker planted in every text field never shows up outside the encrypted DB.

The marker goes through the whole life of records (written, searched, listed, corrected,
deleted, exported to a file that is then removed, compacted); afterwards no file under the
test's temp dir (which holds the data dir), nor stdout/stderr, nor the log, contains it in
any of the forms a leak could take: as typed, lower-cased (FTS tokens are), UTF-16, base64.
"""

from __future__ import annotations

import base64
import logging
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pydantic import BaseModel

from outreach_app.crypto.atomic import write_private
from outreach_app.domain.models import Area, Contact, Incident, Perpetrator, Person, Shift, Vehicle
from outreach_app.storage import search
from outreach_app.storage.connection import open_database
from outreach_app.storage.maintenance import compact
from outreach_app.storage.repos import areas, contacts, drafts, incidents, people, settings, shifts
from outreach_app.storage.transfer import export_csv, export_jsonl


def _forms(marker: str) -> list[bytes]:
    forms: list[bytes] = []
    for text in {marker, marker.lower()}:
        raw = text.encode()
        forms += [raw, text.encode("utf-16-le"), text.encode("utf-16-be")]
        # base64 of the marker inside a longer text depends on its offset mod 3: take the
        # stable middle of each of the three alignments.
        for shift in range(3):
            encoded = base64.b64encode(b"\0" * shift + raw)
            forms.append(encoded[4:-4])
    return forms


def _plant(model: type[BaseModel], marker: str, tag: str) -> dict[str, str]:
    """Every plain text field that can hold the marker gets `<marker> <tag>-<field>`."""
    values: dict[str, str] = {}
    for name, info in model.model_fields.items():
        if info.annotation is not str or name in {"zone"}:
            continue
        limit = next((m.max_length for m in info.metadata if hasattr(m, "max_length")), None)
        text = f"{marker} {tag}-{name}"
        if limit is None or limit >= len(text):
            values[name] = text
    return values


def _scan(root: Path, forms: list[bytes]) -> list[str]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits += [f"{path.relative_to(root)}" for form in forms if form in data]
    return hits


@pytest.mark.slow
def test_marker_in_every_text_field_never_leaves_the_encrypted_db(
    tmp_path: Path, db_key: bytes, canary: str, capfd: pytest.CaptureFixture[str], caplog
) -> None:
    caplog.set_level(logging.DEBUG)
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    db = data_dir / "vault.db"
    from outreach_app.storage.migrations import migrate

    conn = open_database(db, db_key, create=True)
    migrate(conn)
    t0 = datetime.fromisoformat("2026-02-01T21:00:00+00:00")

    area = Area(**_plant(Area, canary, "area"))
    areas.add_area(conn, area)
    shift = Shift(
        started_at=t0, mode="van", staff_initials="AB", area_id=area.id, **_plant(Shift, canary, "shift")
    )
    shifts.add_shift(conn, shift)
    person = Person(**_plant(Person, canary, "person"))
    people.add_person(conn, person)
    perpetrator = Perpetrator(online_handles=[f"{canary}-handle"], **_plant(Perpetrator, canary, "perp"))
    vehicle = Vehicle(**_plant(Vehicle, canary, "vehicle"))
    made_contacts = [
        Contact(
            occurred_at=t0 + timedelta(minutes=n),
            person_id=person.id,
            area_id=area.id,
            shift_id=shift.id,
            **_plant(Contact, canary, f"contact{n}"),
        )
        for n in range(30)
    ]
    contacts.add_contacts(conn, made_contacts)
    incident = Incident(
        occurred_at=t0,
        worker_initials="AB",
        types=["robbery_theft"],
        person_id=person.id,
        perpetrators=[perpetrator],
        vehicles=[vehicle],
        **_plant(Incident, canary, "incident"),
    )
    incidents.add_incident(conn, incident)
    settings.set_setting(conn, "note", canary)
    drafts.save_draft(conn, "form", "contact", f'{{"notes": "{canary}"}}')
    assert len(_plant(Incident, canary, "x")) >= 5 and "narrative" in _plant(Incident, canary, "x")

    # searched and listed (sorted)
    found = search.search(conn, canary)
    assert found.contact_ids[0] == made_contacts[-1].id
    assert found.incident_ids == [incident.id] and found.person_ids == [person.id]
    assert search.ranked_ids(conn, "contacts", canary, limit=5)
    listed = contacts.get_contacts(conn, contacts.list_contact_ids(conn, limit=10))
    assert [c.occurred_at for c in listed] == sorted((c.occurred_at for c in listed), reverse=True)

    # corrected and deleted
    for c in made_contacts[:10]:
        contacts.update_contact(
            conn, c.model_copy(update={"notes": f"{canary} corrected", "occurred_at": t0})
        )
    incidents.update_incident(conn, incident.model_copy(update={"narrative": f"{canary} corrected"}))
    for c in made_contacts[10:20]:
        contacts.delete_contact(conn, c.id)
    drafts.delete_draft(conn, "form")
    assert contacts.list_contact_ids(conn, query=f"{canary} corrected") != []

    # exported, then removed
    export_file = tmp_path / "export.jsonl"
    write_private(export_file, "\n".join(export_jsonl(conn, "contacts")).encode())
    csv_file = tmp_path / "export.csv"
    write_private(csv_file, export_csv(conn, "incidents").encode())
    assert canary.encode() in export_file.read_bytes()  # the hunt below can find it
    export_file.unlink()
    csv_file.unlink()

    # compacted and closed
    assert compact(conn)
    conn.close()

    forms = _forms(canary)
    assert _scan(tmp_path, forms) == []
    captured = capfd.readouterr()
    for stream in (captured.out, captured.err, caplog.text):
        for form in forms:
            assert form.decode("latin-1") not in stream
    # The records are all still there for whoever holds the key.
    again = open_database(db, db_key)
    assert contacts.count_contacts(again, query=canary) == 20
    again.close()
