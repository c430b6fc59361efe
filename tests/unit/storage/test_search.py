"""Search by words (safely escaped), by number in any written form, and by partial plate."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outreach_app.domain.models import Perpetrator
from outreach_app.storage import search
from outreach_app.storage.fts import match_expression
from outreach_app.storage.repos import contacts, incidents, people

from .records import contact, incident, person


@pytest.mark.parametrize(
    "typed", ["07700 900123", "+447700900123", "7700900123", "+44 (0)7700 900123", "900123"]
)
def test_every_written_form_of_a_number_finds_the_incident(conn, t0: datetime, typed: str) -> None:
    target = incident(t0, phones=["07700 900123"])
    other = incident(t0, phones=["07700 900999"])
    incidents.add_incident(conn, target)
    incidents.add_incident(conn, other)
    assert search.incident_ids_by_phone(conn, typed) == [target.id]
    assert search.search(conn, typed).incident_ids == [target.id]


def test_stored_in_any_form_found_in_any_form(conn, t0: datetime) -> None:
    written = ["+447700900123", "7700900123", "07700900123"]
    made = [incident(t0 + timedelta(minutes=n), phones=[w]) for n, w in enumerate(written)]
    for i in made:
        incidents.add_incident(conn, i)
    expected = [i.id for i in reversed(made)]
    for typed in ["07700 900123", "+447700900123", "7700900123"]:
        assert search.incident_ids_by_phone(conn, typed) == expected


def test_short_number_fragments_match_nothing(conn, t0: datetime) -> None:
    incidents.add_incident(conn, incident(t0, phones=["07700 900123"]))
    assert search.incident_ids_by_phone(conn, "123") == []
    assert search.incident_ids_by_phone(conn, "0123") != []


def test_partial_plate_matches_anywhere(conn, t0: datetime) -> None:
    target = incident(t0, plates=["AB12 CDE"])
    incidents.add_incident(conn, target)
    incidents.add_incident(conn, incident(t0, plates=["XY99ZZZ"]))
    for typed in ["ab12 cde", "AB12CDE", "b12c", "cde", "ab 12"]:
        assert search.incident_ids_by_plate(conn, typed) == [target.id], typed
    assert search.incident_ids_by_plate(conn, "Q") == []
    assert search.search(conn, "12 cd").incident_ids[0] == target.id


def test_word_search_covers_notes_aliases_narratives_and_perpetrators(conn, t0: datetime) -> None:
    p = person("Sparrow", notes="works near the station")
    people.add_person(conn, p)
    c = contact(t0, "Sparrow asked about housing")
    contacts.add_contact(conn, c)
    i = incident(
        t0,
        "taken to a flat",
        perpetrators=[
            Perpetrator(distinguishing_features="tattoo of a sparrow on the neck", clothing="red coat")
        ],
    )
    incidents.add_incident(conn, i)
    found = search.search(conn, "sparrow")
    assert found.contact_ids == [c.id]
    assert found.person_ids == [p.id]
    assert found.incident_ids == [i.id]
    assert search.search(conn, "red coat").incident_ids == [i.id]
    assert search.search(conn, "Café").contact_ids == []


def test_diacritics_and_case_are_folded(conn, t0: datetime) -> None:
    c = contact(t0, "Met at the Café on Élan Street")
    contacts.add_contact(conn, c)
    assert contacts.list_contact_ids(conn, query="cafe elan") == [c.id]
    assert contacts.list_contact_ids(conn, query="CAFÉ") == [c.id]


def test_word_search_is_newest_first_and_ranked_on_demand(conn, t0: datetime) -> None:
    weak = contact(t0 + timedelta(hours=2), "van " + "filler " * 40)
    strong = contact(t0, "van van van")
    contacts.add_contacts(conn, [weak, strong])
    assert contacts.list_contact_ids(conn, query="van") == [weak.id, strong.id]
    assert search.ranked_ids(conn, "contacts", "van") == [strong.id, weak.id]


HOSTILE = [
    '"',
    'unbalanced "quote',
    "AND",
    "OR NOT",
    "NEAR(a b)",
    "notes:secret",
    "a*",
    "*",
    "^start",
    "(",
    ")",
    "-minus",
    "+plus",
    "{notes}: x",
    "'; DROP TABLE contacts; --",
    "\x00",
    "",
    "   ",
]


@pytest.mark.parametrize("typed", HOSTILE)
def test_fts_syntax_in_user_text_never_errors(conn, t0: datetime, typed: str) -> None:
    contacts.add_contact(conn, contact(t0, "plain notes"))
    search.search(conn, typed)
    search.ranked_ids(conn, "incidents", typed)
    contacts.list_contact_ids(conn, query=typed)
    people.list_person_ids(conn, query=typed)
    assert contacts.count_contacts(conn) == 1


def test_fts_operators_are_plain_words(conn, t0: datetime) -> None:
    c = contact(t0, "meet AND greet near the NOT station")
    contacts.add_contact(conn, c)
    contacts.add_contact(conn, contact(t0, "meet only"))
    assert contacts.list_contact_ids(conn, query="AND greet") == [c.id]
    assert contacts.list_contact_ids(conn, query="NOT") == [c.id]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_text_is_a_valid_query(conn, text: str) -> None:
    expression = match_expression(text, prefix_last=True)
    if expression is not None:
        conn.execute("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH ?", (expression,)).fetchone()
    search.search(conn, text)
