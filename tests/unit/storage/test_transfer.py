"""Import validates every line first (nothing imported on any problem); export round-trips."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta
from uuid import uuid4

import pytest

from outreach_app.storage.repos import areas, contacts, incidents, people, shifts
from outreach_app.storage.transfer import (
    MAX_LINE_BYTES,
    ImportRejectedError,
    export_csv,
    export_jsonl,
    import_jsonl,
)

from .records import area, contact, incident, person, shift


def _line(kind: str, record) -> bytes:
    return json.dumps({"type": kind, "v": 1, **record.model_dump(mode="json")}).encode()


def _counts(conn) -> tuple[int, ...]:
    return tuple(
        conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("areas", "shifts", "people", "contacts", "incidents")
    )


def _valid_lines(t0: datetime) -> list[bytes]:
    a, p = area(), person("Heron")
    s = shift(t0, area_id=a.id)
    c = contact(t0, "notes", area_id=a.id, person_id=p.id, shift_id=s.id)
    i = incident(t0, "story", person_id=p.id, phones=["07700 900123"])
    # References may point forwards in the file: contact before its person.
    return [
        _line("contact", c),
        _line("incident", i),
        _line("shift", s),
        _line("person", p),
        _line("area", a),
    ]


def test_valid_file_imports_everything_in_reference_order(conn, t0: datetime) -> None:
    plan = import_jsonl(conn, _valid_lines(t0))
    assert plan.counts() == {"area": 1, "shift": 1, "person": 1, "contact": 1, "incident": 1}
    assert _counts(conn) == (1, 1, 1, 1, 1)


def _expect_rejected(conn, lines, *fragments: str, on_conflict="fail"):
    before = _counts(conn)
    with pytest.raises(ImportRejectedError) as caught:
        import_jsonl(conn, lines, on_conflict)
    assert _counts(conn) == before
    text = "\n".join(str(p) for p in caught.value.problems)
    for fragment in fragments:
        assert fragment in text, text
    return caught.value.problems


def test_bad_json_names_the_line(conn, t0: datetime) -> None:
    lines = _valid_lines(t0)
    lines.insert(2, b'{"type": "contact", "v": 1, "notes": "secret-value"')
    problems = _expect_rejected(conn, lines, "line 3: not valid JSON")
    assert "secret-value" not in str(problems)


def test_unknown_type_and_consents_are_refused(conn, t0: datetime) -> None:
    lines = [*_valid_lines(t0), b'{"type": "spaceship", "v": 1}', b'{"type": "consent", "v": 1, "id": "x"}']
    problems = _expect_rejected(
        conn, lines, "line 6: type: unknown record type", "line 7: type: consent records"
    )
    assert "spaceship" not in str(problems)


def test_wrong_field_names_line_and_field_without_the_value(conn, t0: datetime) -> None:
    c = contact(t0)
    bad = json.loads(_line("contact", c))
    bad["supplies"] = {"condoms": "lots-of-secret"}
    extra = json.loads(_line("person", person()))
    extra["legal_name"] = "Jane Secretname"
    lines = [json.dumps(bad).encode(), json.dumps(extra).encode()]
    problems = _expect_rejected(conn, lines, "line 1: contact.supplies.condoms", "line 2: person.legal_name")
    assert "lots-of-secret" not in str(problems) and "Secretname" not in str(problems)


def test_missing_id_and_wrong_version(conn, t0: datetime) -> None:
    no_id = json.loads(_line("area", area()))
    del no_id["id"]
    v2 = json.loads(_line("area", area()))
    v2["v"] = 2
    _expect_rejected(
        conn, [json.dumps(no_id).encode(), json.dumps(v2).encode()], "line 1: area.id", "line 2: v:"
    )


def test_dangling_reference_is_refused(conn, t0: datetime) -> None:
    orphan = contact(t0, person_id=uuid4())
    _expect_rejected(
        conn, [*_valid_lines(t0), _line("contact", orphan)], "line 6: contact.person_id: refers to"
    )


def test_oversized_line_is_refused(conn, t0: datetime) -> None:
    huge = contact(t0, "")
    line = json.loads(_line("contact", huge))
    line["notes"] = "x" * (MAX_LINE_BYTES + 10)
    _expect_rejected(conn, [*_valid_lines(t0), json.dumps(line).encode()], "line 6: line is longer than")


def test_not_an_object_and_bad_utf8(conn, t0: datetime) -> None:
    _expect_rejected(
        conn, [b"[1, 2]", b"\xff\xfe{}"], "line 1: each line must be a JSON object", "line 2: not valid"
    )


def test_duplicate_ids_in_one_file(conn, t0: datetime) -> None:
    a = area()
    _expect_rejected(conn, [_line("area", a), _line("area", a)], "line 2: area.id: the same id is on line 1")


def test_conflicts_fail_or_skip(conn, t0: datetime) -> None:
    lines = _valid_lines(t0)
    import_jsonl(conn, lines)
    _expect_rejected(conn, lines, "already stored")
    new = contact(t0 + timedelta(hours=1), "another")
    plan = import_jsonl(conn, [*lines, _line("contact", new)], "skip")
    assert len(plan.skipped) == 5 and plan.counts()["contact"] == 1
    assert _counts(conn) == (1, 1, 1, 2, 1)


def test_blank_lines_are_ignored(conn, t0: datetime) -> None:
    import_jsonl(conn, [b"", *_valid_lines(t0), b"   "])
    assert _counts(conn) == (1, 1, 1, 1, 1)


def test_jsonl_export_round_trips_into_an_empty_vault(conn, t0: datetime, tmp_path, db_key) -> None:
    from outreach_app.storage.connection import open_database
    from outreach_app.storage.migrations import migrate

    import_jsonl(conn, _valid_lines(t0))
    contacts.add_contact(conn, contact(t0 + timedelta(minutes=5), "second, no person"))
    exported = {what: list(export_jsonl(conn, what)) for what in ("contacts", "incidents")}
    other = open_database(tmp_path / "other.db", db_key, create=True)
    migrate(other)
    import_jsonl(other, [line.encode() for line in exported["contacts"]])
    import_jsonl(other, [line.encode() for line in exported["incidents"]], "skip")
    for what, lister, getter in (
        ("contacts", contacts.list_contact_ids, contacts.get_contacts),
        ("incidents", incidents.list_incident_ids, incidents.get_incidents),
    ):
        assert getter(other, lister(other)) == getter(conn, lister(conn)), what
    assert people.get_people(other, people.list_person_ids(other)) == people.get_people(
        conn, people.list_person_ids(conn)
    )
    assert areas.list_areas(other) == areas.list_areas(conn)
    assert shifts.get_shifts(other, shifts.list_shift_ids(other)) == shifts.get_shifts(
        conn, shifts.list_shift_ids(conn)
    )
    assert list(export_jsonl(other, "contacts")) == exported["contacts"]
    other.close()


def test_csv_export_has_one_row_per_record_and_inert_formulas(conn, t0: datetime) -> None:
    contacts.add_contact(conn, contact(t0, '=HYPERLINK("http://x")'))
    contacts.add_contact(conn, contact(t0 + timedelta(minutes=1), "plain, with comma"))
    rows = list(csv.reader(io.StringIO(export_csv(conn, "contacts"))))
    assert rows[0][:3] == ["id", "occurred_at", "zone"]
    notes = [row[rows[0].index("notes")] for row in rows[1:]]
    assert notes == ['\'=HYPERLINK("http://x")', "plain, with comma"]
    incidents.add_incident(conn, incident(t0, "story", phones=["07700 900123"]))
    inc_rows = list(csv.reader(io.StringIO(export_csv(conn, "incidents"))))
    assert len(inc_rows) == 2
    assert json.loads(inc_rows[1][inc_rows[0].index("types")]) == ["robbery_theft"]
