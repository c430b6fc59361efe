"""The preview's second pass (issue 14, point 5): what might still identify is marked, not
decided; removing a span rewrites the alert summary, and the preview and the seal follow."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_app.domain.enums import ConsentMethod, Purpose
from outreach_app.domain.models import Incident, Perpetrator, Vehicle
from outreach_app.sharing.errors import NotInSummaryError, UnknownIncidentError
from outreach_app.sharing.seal import preview_incident, seal_incident
from outreach_app.sharing.summary_edit import remove_from_field, remove_from_summary
from outreach_app.sharing.suspects import (
    REMOVED,
    SuspectReason,
    find_suspects,
    payload_suspects,
    payload_texts,
    without_suspect,
)
from outreach_app.sharing.workflow import record_consent
from outreach_app.storage.connection import Connection
from outreach_app.storage.repos.incidents import get_incident, update_incident

from .test_pipeline import NOW, make_incident

R = SuspectReason


def _marked(text: str, keep: tuple[str, ...] = ()) -> list[tuple[str, tuple[SuspectReason, ...]]]:
    return [(s.text, s.reasons) for s in find_suspects(text, keep=keep)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Holly was left by the road.", [("Holly", (R.CAPITALISED,))]),
        (
            "picked up a worker (Quillan) near Brackwell Yard",
            [("Quillan", (R.CAPITALISED,)), ("Brackwell Yard", (R.CAPITALISED,))],
        ),
        ("call 07700 900123 or 0770", [("07700 900123", (R.DIGITS,)), ("0770", (R.DIGITS,))]),
        ("his snap is kev@x.com.", [("kev@x.com", (R.AT_SIGN,))]),
        ("she lives on cardigan road", [("cardigan", (R.AFTER_CUE,))]),
        ("knows she lives on Cardigan Road", [("Cardigan Road", (R.AFTER_CUE, R.CAPITALISED))]),
        (
            "Incall at 42 Cardigan Road",
            [("Incall", (R.CAPITALISED,)), ("42 Cardigan Road", (R.AFTER_CUE, R.CAPITALISED, R.DIGITS))],
        ),
        ("she works at the chippy", [("chippy", (R.AFTER_CUE,))]),
        ("back to her flat 3", [("3", (R.AFTER_CUE,))]),
    ],
)
def test_marks_what_might_identify_with_its_reasons(
    text: str, expected: list[tuple[str, tuple[SuspectReason, ...]]]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Man in a silver car took the money back and threatened her.",
        "He came back on Tuesday in a blue van. She said no.",
        "Seen at night, then at about midnight again.",
        "Hit her 3 times.",
        "[name] was picked up at [address] by a man calling himself [name].",
        "",
    ],
)
def test_ordinary_sentences_and_placeholders_are_not_marked(text: str) -> None:
    assert find_suspects(text) == []


def test_the_perpetrators_own_details_are_not_marked_in_any_case() -> None:
    text = "He calls himself Dave, drives a Ford Focus, on AdultWork."
    assert _marked(text, keep=("Dave", "ford", "Focus", "adultwork")) == []
    assert [t for t, _ in _marked(text)] == ["Dave", "Ford Focus", "AdultWork"]


@settings(deadline=None, max_examples=300)
@given(st.text(max_size=200))
def test_spans_are_ordered_disjoint_and_exact(text: str) -> None:
    found = find_suspects(text)
    for suspect in found:
        assert text[suspect.start : suspect.end] == suspect.text and suspect.text
        assert list(suspect.reasons) == sorted(set(suspect.reasons))
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_without_suspect_replaces_whole_words_everywhere() -> None:
    assert (
        without_suspect("Jo met Jo's friend, Joanne. Jo!", "Jo")
        == f"{REMOVED} met {REMOVED}'s friend, Joanne. {REMOVED}!"
    )
    assert without_suspect("call 07700 900123", "07700 900123") == f"call {REMOVED}"
    assert without_suspect("nothing here", "Jo") == "nothing here"


def _consented(conn: Connection, summary: str, purposes: list[Purpose]) -> Incident:
    incident = make_incident(conn, summary=summary)
    record_consent(conn, incident.id, purposes, worker_initials="JK", method=ConsentMethod.VERBAL, now=NOW)
    return incident


def test_preview_suspects_come_from_the_shared_summary(conn: Connection) -> None:
    incident = _consented(conn, "Gaz drove past Quillan near Brackwell Yard.", [Purpose.ALERT])
    payload = preview_incident(conn, incident.id)
    found = [s.as_json() for s in payload_suspects(payload)]
    summary = json.loads(payload)["alert"]["summary"]
    assert [f["text"] for f in found] == ["Quillan", "Brackwell Yard"]  # Gaz is the name he used: kept
    for item in found:
        assert summary[item["start"] : item["end"]] == item["text"] and item["field"] == "summary"


def test_statistics_only_has_no_summary_and_no_suspects(conn: Connection) -> None:
    incident = _consented(conn, "Quillan at the Oasis.", [Purpose.STATISTICS])
    assert payload_suspects(preview_incident(conn, incident.id)) == []


def test_removing_rewrites_the_summary_and_the_seal_follows_the_preview(conn: Connection) -> None:
    incident = _consented(conn, "Gaz drove past Quillan near Brackwell Yard. Quillan ran.", [Purpose.ALERT])
    incident_id = incident.id
    assert remove_from_summary(conn, incident_id, "Quillan", now=NOW) is False  # never shared: no re-consent
    stored = get_incident(conn, incident_id)
    assert (
        stored is not None
        and stored.alert_summary == f"Gaz drove past {REMOVED} near Brackwell Yard. {REMOVED} ran."
    )
    payload = preview_incident(conn, incident_id)
    assert "Quillan" not in payload and REMOVED in json.loads(payload)["alert"]["summary"]
    assert [s.text for s in payload_suspects(payload)] == ["Brackwell Yard"]
    item = seal_incident(conn, incident_id, now=NOW)
    assert item.payload == payload


def test_removing_from_a_shared_incident_asks_for_consent_again(conn: Connection) -> None:
    incident = _consented(conn, "Gaz drove past Quillan.", [Purpose.ALERT])
    incident_id = incident.id
    seal_incident(conn, incident_id, now=NOW)
    assert remove_from_summary(conn, incident_id, "Quillan", now=NOW) is True


def test_removing_what_is_not_there_changes_nothing(conn: Connection) -> None:
    incident = _consented(conn, "Gaz drove past Quillan.", [Purpose.ALERT])
    incident_id = incident.id
    with pytest.raises(NotInSummaryError, match="not in the summary"):
        remove_from_summary(conn, incident_id, "Sparkle", now=NOW)
    stored = get_incident(conn, incident_id)
    assert stored is not None and stored.alert_summary == "Gaz drove past Quillan."
    with pytest.raises(UnknownIncidentError):
        remove_from_summary(conn, incident_id.__class__(int=1), "Quillan", now=NOW)


def test_a_perpetrators_number_as_people_write_it_is_not_marked() -> None:
    text = "he rang from 07700 900123 and from 0161 496 0000, flat 12"
    found = find_suspects(text, keep_numbers=["+447700900123"])
    assert [s.text for s in found] == ["0161 496 0000", "12"]
    assert [
        s.text for s in find_suspects("he rang from +44 7700 900123", keep_numbers=["+447700900123"])
    ] == []


def test_an_ordinary_verb_starting_a_sentence_is_not_marked() -> None:
    """The app's own preview showed "Call" in "…refusing to pay. Call him on [phone]." as a
    possible name."""
    text = "A man in a blue van followed a worker after refusing to pay. Call him on [phone]. Avoid him."
    assert find_suspects(text) == []


# --- every free text that leaves, not only the summary ----------------------------------------


def _with_descriptions(conn: Connection) -> Incident:
    incident = _consented(conn, "Gaz drove past Quillan.", [Purpose.ALERT, Purpose.POLICE_INTELLIGENCE])
    changed = incident.model_copy(
        update={
            "perpetrators": [
                Perpetrator(name_used="Gaz", phone_numbers=["07700 900123"], hair="bleached, Zennor style"),
                Perpetrator(clothing="Brackwell United shirt"),
            ],
            "vehicles": [Vehicle(), Vehicle(make="Ford", model="Fiesta ST 180")],
        }
    )
    update_incident(conn, changed)
    return changed


def test_every_shared_text_gets_the_pass_each_suspect_naming_its_field(conn: Connection) -> None:
    incident = _with_descriptions(conn)
    payload = preview_incident(conn, incident.id)
    found = payload_suspects(payload)
    assert [(s.field, s.text) for s in found] == [
        ("summary", "Quillan"),
        ("perpetrators[0].hair", "Zennor"),
        ("perpetrators[1].clothing", "Brackwell United"),
        ("vehicles[0].model", "180"),  # the empty vehicle is not in the payload
    ]
    texts = payload_texts(json.loads(payload))
    for suspect in found:  # once, though alert and police intelligence both carry them
        assert texts[suspect.field][suspect.start : suspect.end] == suspect.text


def test_removing_from_a_field_rewrites_that_text_only(conn: Connection) -> None:
    incident = _with_descriptions(conn)
    assert (
        remove_from_field(conn, incident.id, "perpetrators[1].clothing", "Brackwell United", now=NOW) is False
    )
    assert remove_from_field(conn, incident.id, "vehicles[0].model", "180", now=NOW) is False
    stored = get_incident(conn, incident.id)
    assert stored is not None
    assert stored.perpetrators[1].clothing == f"{REMOVED} shirt"
    assert stored.perpetrators[0].hair == "bleached, Zennor style"
    assert [v.model for v in stored.vehicles] == ["", f"Fiesta ST {REMOVED}"]  # by field, any vehicle
    assert stored.alert_summary == "Gaz drove past Quillan."
    payload = preview_incident(conn, incident.id)
    assert [(s.field, s.text) for s in payload_suspects(payload)] == [
        ("summary", "Quillan"),
        ("perpetrators[0].hair", "Zennor"),
    ]


@pytest.mark.parametrize(
    ("field", "text", "error"),
    [
        ("perpetrators[0].hair", "Sparkle", NotInSummaryError),
        ("perpetrators[0].phone_numbers", "07700", ValueError),  # a structured field: not free text
        ("narrative", "full", ValueError),  # never shared
        ("perpetrators[0].__class__", "x", ValueError),
    ],
)
def test_removing_from_a_field_that_is_not_shared_text_changes_nothing(
    conn: Connection, field: str, text: str, error: type[Exception]
) -> None:
    incident = _with_descriptions(conn)
    with pytest.raises(error):
        remove_from_field(conn, incident.id, field, text, now=NOW)
    assert get_incident(conn, incident.id) == incident
