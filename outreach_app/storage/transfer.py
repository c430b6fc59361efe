"""Import and export of records as JSON Lines (and CSV for spreadsheets).

Import is two-phase: `parse_lines` validates every line without touching the
DB, `plan_import` checks references and ids against the DB, and only a plan
with no problem is applied, in one transaction. Problems name the line and the
field, never a value (values may be record text).

Each line is `{"type": "area"|"shift"|"person"|"contact"|"incident", "v": 1, ...}`
with the record in the domain models' JSON; references are by UUID and may
point at records earlier or later in the file or already stored. Consents are
never importable: consent is given by a person, through the app.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal
from uuid import UUID

from pydantic import ValidationError

from outreach_app.domain.errors import describe_validation_error
from outreach_app.domain.models import RECORD_MODELS, Area, Contact, DomainModel, Incident, Person, Shift
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.import_checks import may_hold_controls, text_problems
from outreach_app.storage.repos import areas, contacts, incidents, people, shifts

FORMAT_VERSION = 1
MAX_LINE_BYTES = 1024 * 1024
MAX_PROBLEMS = 100
# Apply order: whatever a record refers to is inserted before it.
TYPE_ORDER = ("area", "shift", "person", "contact", "incident")
NEVER_IMPORTED = {"consent", "consents", "outbox", "report"}

OnConflict = Literal["skip", "fail"]
ExportWhat = Literal["contacts", "incidents"]

_REFERENCES: dict[str, tuple[tuple[str, str], ...]] = {
    "area": (),
    "shift": (("area_id", "area"),),
    "person": (),
    "contact": (("shift_id", "shift"), ("area_id", "area"), ("person_id", "person")),
    "incident": (("person_id", "person"), ("area_id", "area")),
}
_TABLES = {
    "area": "areas",
    "shift": "shifts",
    "person": "people",
    "contact": "contacts",
    "incident": "incidents",
}


@dataclass(frozen=True)
class Problem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


class ImportRejectedError(Exception):
    """The file has problems; nothing was imported. Attributes: problems (line and field, no values)."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s); nothing was imported")
        self.problems = problems


@dataclass(frozen=True)
class ImportItem:
    line: int
    type: str
    record: DomainModel


@dataclass
class ImportPlan:
    """What an import will do. Attributes: items to insert, skipped ids, counts per type."""

    to_insert: list[ImportItem] = field(default_factory=list)
    skipped: list[ImportItem] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {kind: sum(1 for item in self.to_insert if item.type == kind) for kind in TYPE_ORDER}


def parse_lines(lines: Iterable[bytes]) -> list[ImportItem]:
    """Validate every line (JSON, type, version, fields, size); raise with all problems found."""
    items: list[ImportItem] = []
    problems: list[Problem] = []
    for number, raw in enumerate(lines, start=1):
        if len(problems) >= MAX_PROBLEMS:
            break
        if len(raw) > MAX_LINE_BYTES:
            problems.append(Problem(number, f"line is longer than {MAX_LINE_BYTES} bytes"))
            continue
        if not raw.strip():
            continue
        item = _parse_line(number, raw, problems)
        if item is not None:
            items.append(item)
    if problems:
        raise ImportRejectedError(problems)
    return items


def _parse_line(number: int, raw: bytes, problems: list[Problem]) -> ImportItem | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(Problem(number, "not valid UTF-8"))
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        # The decoder's message gives a position only, never the text.
        problems.append(Problem(number, f"not valid JSON ({exc.msg} at column {exc.colno})"))
        return None
    if not isinstance(value, dict):
        problems.append(Problem(number, "each line must be a JSON object"))
        return None
    kind = value.pop("type", None)
    version = value.pop("v", None)
    if not isinstance(kind, str):
        problems.append(Problem(number, "type: missing"))
        return None
    if kind in NEVER_IMPORTED:
        problems.append(
            Problem(number, f"type: {kind} records are never imported (consent is given in the app)")
        )
        return None
    model = RECORD_MODELS.get(kind)
    if model is None:
        problems.append(
            Problem(number, f"type: unknown record type (expected one of {', '.join(TYPE_ORDER)})")
        )
        return None
    if version != FORMAT_VERSION or isinstance(version, bool):
        problems.append(Problem(number, f"v: unsupported format version (expected {FORMAT_VERSION})"))
        return None
    if "id" not in value:
        problems.append(Problem(number, f"{kind}.id: Field required"))
        return None
    hostile = text_problems(kind, value) if may_hold_controls(text) else []
    if hostile:
        problems.extend(Problem(number, message) for message in hostile)
        return None
    try:
        record = model.model_validate(value)
    except ValidationError as exc:
        problems.append(Problem(number, f"{kind}.{describe_validation_error(exc)}"))
        return None
    return ImportItem(number, kind, record)


def _stored(conn: Connection, kind: str, record_ids: Iterable[UUID]) -> set[UUID]:
    """Which of `record_ids` are stored: one statement per kind, the ids passed as one JSON
    array (an index probe each, in C), where a query per record cost more than the insert."""
    wanted = sorted({str(record_id) for record_id in record_ids})
    if not wanted:
        return set()
    table = _TABLES[kind]
    sql = f"SELECT id FROM {table} WHERE id IN (SELECT value FROM json_each(?))"  # noqa: S608 - fixed mapping
    return {UUID(row[0]) for row in conn.execute(sql, (json.dumps(wanted),))}


def plan_import(conn: Connection, items: list[ImportItem], on_conflict: OnConflict) -> ImportPlan:
    """Check ids and references against the file and the DB; raise with every problem found."""
    problems: list[Problem] = []
    seen: dict[tuple[str, UUID], int] = {}
    plan = ImportPlan()
    stored = {
        kind: _stored(conn, kind, (_record_id(i.record) for i in items if i.type == kind))
        for kind in TYPE_ORDER
    }
    for item in items:
        record_id = _record_id(item.record)
        key = (item.type, record_id)
        if key in seen:
            problems.append(Problem(item.line, f"{item.type}.id: the same id is on line {seen[key]}"))
            continue
        seen[key] = item.line
        if record_id in stored[item.type]:
            if on_conflict == "fail":
                problems.append(
                    Problem(item.line, f"{item.type}.id: already stored (use --on-conflict skip)")
                )
            else:
                plan.skipped.append(item)
            continue
        plan.to_insert.append(item)
    references = [
        (item, field_name, target, ref)
        for item in items
        for field_name, target in _REFERENCES[item.type]
        if (ref := getattr(item.record, field_name)) is not None and (target, ref) not in seen
    ]
    found = {
        kind: _stored(conn, kind, (ref for _i, _f, target, ref in references if target == kind))
        for kind in TYPE_ORDER
    }
    for item, field_name, target, ref in references:
        if ref not in found[target]:
            problems.append(
                Problem(item.line, f"{item.type}.{field_name}: refers to a {target} that is not stored")
            )
    if problems:
        raise ImportRejectedError(sorted(problems, key=lambda p: p.line)[:MAX_PROBLEMS])
    plan.to_insert.sort(key=lambda item: TYPE_ORDER.index(item.type))
    return plan


def _record_id(record: DomainModel) -> UUID:
    value = getattr(record, "id", None)
    if not isinstance(value, UUID):
        raise TypeError("every importable record has a UUID id")
    return value


IMPORT_CACHE_KIB = 262_144
"""Page cache while an import runs (the writer's usual one is 64 MiB). Into a vault of a
million contacts an import changes pages all over the table and every index; a cache that
holds them reads and decrypts each once (a 20,000-contact import: 26.6 s -> 18.7 s; 1 GiB
gained only 1.6 s more). SQLite takes the memory only as pages are used, and gives it back
when the usual size is restored."""


@contextmanager
def _roomy_cache(conn: Connection) -> Iterator[None]:
    before = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    if before < 0 and -before >= IMPORT_CACHE_KIB:
        yield
        return
    conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {before}")


def apply_import(conn: Connection, plan: ImportPlan) -> dict[str, int]:
    """Insert the plan's records in one transaction (all or nothing).

    Contacts go in through `contacts.insert_contacts`, in this transaction itself: a
    savepoint per batch made an import into a big vault 10x slower, and this transaction
    already undoes everything on an error."""
    with _roomy_cache(conn), transaction(conn):
        insert_plan(conn, plan)
    return plan.counts()


def insert_plan(conn: Connection, plan: ImportPlan, *, step: contacts.Step = contacts.no_step) -> None:
    """The plan's records, in the caller's transaction (`apply_import`'s; a profiler's, which
    times the commit apart). `step` names the contacts' phases for benchmarks/profile_import.py."""
    batch: list[Contact] = []
    for item in plan.to_insert:
        record = item.record
        if isinstance(record, Contact):
            batch.append(record)  # contacts go in one executemany: imports can be large
            continue
        if isinstance(record, Area):
            areas.add_area(conn, record)
        elif isinstance(record, Shift):
            shifts.add_shift(conn, record)
        elif isinstance(record, Person):
            people.add_person(conn, record)
        elif isinstance(record, Incident):
            if batch:
                contacts.insert_contacts(conn, batch, step=step)
                batch = []
            incidents.add_incident(conn, record)
    if batch:
        contacts.insert_contacts(conn, batch, step=step)


def import_jsonl(conn: Connection, lines: Iterable[bytes], on_conflict: OnConflict = "fail") -> ImportPlan:
    """Validate everything, then import everything; raise ImportRejectedError and import nothing otherwise."""
    items = parse_lines(lines)
    plan = plan_import(conn, items, on_conflict)
    apply_import(conn, plan)
    return plan


# Export -------------------------------------------------------------------------------------

_EXPORT_BLOCK = 500


def _jsonl(kind: str, record: DomainModel) -> str:
    body = record.model_dump(mode="json")
    return json.dumps({"type": kind, "v": FORMAT_VERSION, **body}, ensure_ascii=False, sort_keys=False)


def _main_records(conn: Connection, what: ExportWhat) -> Iterator[Contact | Incident]:
    ids: list[UUID] = (
        contacts.list_contact_ids(conn) if what == "contacts" else incidents.list_incident_ids(conn)
    )
    ids.reverse()  # oldest first: a file that reads like a log
    for start in range(0, len(ids), _EXPORT_BLOCK):
        block = ids[start : start + _EXPORT_BLOCK]
        yield from (
            contacts.get_contacts(conn, block) if what == "contacts" else incidents.get_incidents(conn, block)
        )


def export_jsonl(conn: Connection, what: ExportWhat) -> Iterator[str]:
    """Lines that `import_jsonl` reads back: the areas, shifts and people the records refer to,
    then the records, oldest first (so the file imports into an empty vault)."""
    records = list(_main_records(conn, what))
    area_ids = {r.area_id for r in records if r.area_id is not None}
    person_ids = {r.person_id for r in records if r.person_id is not None}
    shift_ids = {r.shift_id for r in records if isinstance(r, Contact) and r.shift_id is not None}
    shift_list = shifts.get_shifts(conn, sorted(shift_ids))
    area_ids |= {s.area_id for s in shift_list if s.area_id is not None}
    for area in areas.get_areas(conn, sorted(area_ids)):
        yield _jsonl("area", area)
    for shift in shift_list:
        yield _jsonl("shift", shift)
    for person in people.get_people(conn, sorted(person_ids)):
        yield _jsonl("person", person)
    kind = "contact" if what == "contacts" else "incident"
    for record in records:
        yield _jsonl(kind, record)


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    text = str(value)
    # A leading = + - @ makes spreadsheets evaluate the cell: keep record text inert.
    if text[:1] in {"=", "+", "-", "@", "\t", "\r"}:
        return "'" + text
    return text


def export_csv(conn: Connection, what: ExportWhat) -> str:
    """One row per record, top-level fields as columns (lists and objects as JSON)."""
    model = Contact if what == "contacts" else Incident
    columns = list(model.model_fields)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for record in _main_records(conn, what):
        data = record.model_dump(mode="json")
        writer.writerow([_csv_cell(data[column]) for column in columns])
    return out.getvalue()
