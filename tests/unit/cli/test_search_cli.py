"""`outreach search QUERY` on a real vault: the pages' search path, in any format."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from outreach_app.cli import run
from outreach_app.cli.common import ExitCode, Io
from outreach_app.core.vault import unlock_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.enums import IncidentType
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.models import Area, Contact, Incident, Perpetrator, Person, Vehicle
from outreach_app.storage.repos import areas, contacts, incidents, people
from tests.vault_templates import created_vault

PASSPHRASE = "correct horse battery staple orbit"
NORTH = Area(name="North")
JADE = Person(alias="Jade")


@pytest.fixture
def layout(tmp_path: Path) -> VaultLayout:
    vault = VaultLayout(tmp_path / "data")
    created_vault(vault, PASSPHRASE, kdf=TEST_KDF)
    with unlock_vault(vault, PASSPHRASE) as session:
        conn = session.conn
        areas.add_area(conn, NORTH)
        people.add_person(conn, JADE)
        contacts.add_contact(
            conn,
            Contact(occurred_at=datetime(2026, 5, 1, 22, 0, tzinfo=UTC), person_id=JADE.id, area_id=NORTH.id),
        )
        contacts.add_contact(conn, Contact(occurred_at=datetime(2026, 5, 2, 22, 0, tzinfo=UTC)))
        incidents.add_incident(
            conn,
            Incident(
                worker_initials="AB",
                occurred_at=datetime(2026, 5, 3, 23, 0, tzinfo=UTC),
                area_id=NORTH.id,
                types=[IncidentType.ROBBERY_THEFT],
                perpetrators=[Perpetrator(phone_numbers=["07700 900123"])],
                vehicles=[Vehicle(registration="AB12 CDE")],
            ),
        )
    return vault


def cli(layout: VaultLayout, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(layout.data_dir), *argv], Io(io.StringIO(f"{PASSPHRASE}\n"), out, err))
    return code, out.getvalue(), err.getvalue()


def test_an_alias_finds_their_contacts_with_counts(layout: VaultLayout) -> None:
    code, out, _err = cli(layout, "search", "jade", "--json")
    assert code == ExitCode.OK
    found = json.loads(out)
    assert found["contacts"]["count"] == 1 and found["incidents"]["count"] == 0
    [row] = found["contacts"]["rows"]
    assert (row["alias"], row["area"], row["occurred_at"]) == ("Jade", "North", "2026-05-01T22:00:00+00:00")


@pytest.mark.parametrize("query", ["+44 7700 900123", "900123", "ab12cde"])
def test_a_number_or_plate_in_any_format_finds_the_incident(layout: VaultLayout, query: str) -> None:
    code, out, _err = cli(layout, "--json", "search", query)
    assert code == ExitCode.OK
    found = json.loads(out)
    assert found["incidents"]["count"] == 1
    assert found["incidents"]["rows"][0]["types"] == ["robbery_theft"]


def test_text_output_lists_one_line_per_hit(layout: VaultLayout) -> None:
    code, out, _err = cli(layout, "search", "Jade")
    assert code == ExitCode.OK
    lines = out.splitlines()
    assert lines[0] == "1 contacts, 0 incidents"
    assert lines[1].startswith("contact\t") and lines[1].endswith("\tJade\tNorth")


def test_an_empty_query_or_a_bad_limit_is_refused(layout: VaultLayout) -> None:
    assert cli(layout, "search", "  ")[0] == ExitCode.USAGE
    assert cli(layout, "search", "jade", "--limit", "0")[0] == ExitCode.USAGE


def test_nothing_found_is_zero_counts_not_an_error(layout: VaultLayout) -> None:
    code, out, _err = cli(layout, "search", "nobody-at-all", "--json")
    assert code == ExitCode.OK
    found = json.loads(out)
    assert found["contacts"] == {"count": 0, "rows": []} and found["incidents"] == {"count": 0, "rows": []}
