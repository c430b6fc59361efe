"""Every field of every importable type, fed hostile values: exit 2, the line and the field
named, no traceback, no value echoed, nothing imported (issue 15).

The fields come from `outreach schema` (the records' JSON Schemas), so a field added later
is covered without touching this test. Every hostile value carries CANARY, which must never
appear in what the command prints.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from outreach_app.cli import run
from outreach_app.cli.common import ExitCode, Io
from outreach_app.core.vault import create_vault, unlock_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.layout import VaultLayout
from outreach_app.storage.repos import contacts, incidents, people

PASSPHRASE = "correct horse battery staple orbit"
CANARY = "CANARY"
CONTROLS = f"{CANARY} \x1b[2J\x07\x00 \u202e"


def _schemas() -> dict[str, dict[str, Any]]:
    out = io.StringIO()
    assert run(["schema"], Io(io.StringIO(""), out, io.StringIO())) == ExitCode.OK
    records: dict[str, dict[str, Any]] = json.loads(out.getvalue())["records"]
    return records


# A valid record of each type (the ids are fixed so a case names one line); a hostile case
# replaces one field.
VALID: dict[str, dict[str, Any]] = {
    "area": {"id": "0a000000-0000-4000-8000-000000000001", "name": "Harbour"},
    "shift": {
        "id": "0a000000-0000-4000-8000-000000000002",
        "started_at": "2026-05-01T20:00:00Z",
        "mode": "street",
        "staff_initials": "AB",
    },
    "person": {"id": "0a000000-0000-4000-8000-000000000003", "alias": "Kestrel"},
    "contact": {"id": "0a000000-0000-4000-8000-000000000004", "occurred_at": "2026-05-01T21:00:00Z"},
    "incident": {
        "id": "0a000000-0000-4000-8000-000000000005",
        "occurred_at": "2026-05-01T22:00:00Z",
        "worker_initials": "AB",
        "types": ["robbery_theft"],
    },
}


def _resolve(schema: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in schema:
        return _resolve(defs[schema["$ref"].rsplit("/", 1)[1]], defs)
    branches = [b for b in schema.get("anyOf", []) if b.get("type") != "null"]
    if branches:
        return _resolve(branches[0], defs)
    return schema


def _hostile(name: str, schema: dict[str, Any], defs: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(label, path below the field, value) for each hostile value of one field."""
    schema = _resolve(schema, defs)
    kind = schema.get("type")
    if name == "zone":
        yield "invalid zone", "", f"{CANARY}/Atlantis"
    if "enum" in schema:
        yield "not one of the values", "", f"{CANARY}-value"
        yield "wrong type", "", 12345
    elif kind == "string":
        yield "wrong type", "", 12345 if schema.get("format") != "date-time" else [CANARY]
        if schema.get("format") in ("uuid", "date-time"):
            yield "not the format", "", f"{CANARY}-0000"
        else:
            yield "control characters", "", CONTROLS
            if "maxLength" in schema:
                yield "too long", "", CANARY + "x" * schema["maxLength"]
    elif kind == "integer":
        yield "wrong type", "", CANARY
        if "maximum" in schema:
            yield "out of range", "", schema["maximum"] + 1
    elif kind == "boolean":
        yield "wrong type", "", CANARY
    elif kind == "array":
        yield "wrong type", "", CANARY
        items = _resolve(schema["items"], defs)
        if items.get("type") == "object":
            for prop, prop_schema in items["properties"].items():
                for label, below, value in _hostile(prop, prop_schema, defs):
                    yield f"{prop}: {label}", f".0.{prop}{below}", [{prop: value}]
        else:
            for label, below, value in _hostile(name, items, defs):
                yield f"item: {label}", f".0{below}", [value]
        if name == "phone_numbers":
            yield "text in a phone field", ".0", [f"{CANARY} call me after ten"]
    elif kind == "object":
        yield "wrong type", "", CANARY
        yield "unknown key", ".(key)", {CANARY: 1}
        yield "wrong value type", ".condoms", {"condoms": CANARY}
    else:  # pragma: no cover - a new kind of field needs its hostile values here
        raise AssertionError(f"no hostile values for {name}: {schema}")


def _cases() -> Iterator[Any]:
    for kind, schema in _schemas().items():
        defs = schema.get("$defs", {})
        for field_name, field_schema in schema["properties"].items():
            for label, below, value in _hostile(field_name, field_schema, defs):
                record = {**VALID[kind], field_name: value}
                yield pytest.param(
                    kind, f"{kind}.{field_name}{below}", record, id=f"{kind}.{field_name}: {label}"
                )


CASES = list(_cases())


@pytest.fixture(scope="module")
def layout(tmp_path_factory: pytest.TempPathFactory) -> VaultLayout:
    vault = VaultLayout(tmp_path_factory.mktemp("hostile") / "data")
    create_vault(vault, PASSPHRASE, kdf=TEST_KDF)
    return vault


def test_every_type_and_field_is_covered() -> None:
    covered = {(param.values[0], param.values[1].split(".")[1]) for param in CASES}
    expected = {(kind, name) for kind, schema in _schemas().items() for name in schema["properties"]}
    assert covered == expected
    assert {param.values[0] for param in CASES} == set(VALID)


@pytest.mark.parametrize(("kind", "path", "record"), CASES)
def test_a_hostile_value_is_refused_naming_line_and_field_echoing_nothing(
    layout: VaultLayout, tmp_path: Path, kind: str, path: str, record: dict[str, Any]
) -> None:
    valid_person = {"type": "person", "v": 1, "id": "0b000000-0000-4000-8000-000000000001", "alias": "Plover"}
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"type": kind, "v": 1, **record}) + "\n" + json.dumps(valid_person) + "\n")
    before = _fingerprint(layout)
    out, err = io.StringIO(), io.StringIO()
    code = run(
        ["--data-dir", str(layout.data_dir), "import", str(source)],
        Io(io.StringIO(f"{PASSPHRASE}\n"), out, err),
    )
    printed = out.getvalue() + err.getvalue()
    assert code == ExitCode.USAGE, printed
    lines = err.getvalue().splitlines()
    assert any(line.startswith(f"outreach import: line 1: {path}") for line in lines), printed
    assert lines[-1] == "outreach import: nothing was imported"
    assert "Traceback" not in printed and CANARY not in printed.upper()
    assert _fingerprint(layout) == before  # nothing written to the vault


def _fingerprint(layout: VaultLayout) -> dict[str, str]:
    """Every file of the vault folder and a hash of its bytes."""
    return {
        str(path.relative_to(layout.data_dir)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(layout.data_dir.rglob("*"))
        if path.is_file()
    }


def test_the_vault_holds_no_record(layout: VaultLayout) -> None:
    with unlock_vault(layout, PASSPHRASE) as session:
        conn = session.conn
        assert (
            len(people.list_person_ids(conn)),
            contacts.count_contacts(conn),
            incidents.count_incidents(conn),
        ) == (0, 0, 0)
        assert conn.execute("SELECT count(*) FROM areas").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM shifts").fetchone()[0] == 0
