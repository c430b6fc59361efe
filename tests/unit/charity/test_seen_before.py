""" "Seen before": identifiers counted across decrypted reports, never who reported them."""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

import pytest

from outreach_app.charity.seen_before import Identifier, IdentifierKind, SeenBeforeIndex, SeenCount
from outreach_app.ops.desk_seen_before import build_index, seen_before
from outreach_app.protocol.contents import AlertContent
from tests.unit.charity.police_samples import intelligence, referral

PHONE = Identifier(IdentifierKind.PHONE, "+447700900123")
PLATE = Identifier(IdentifierKind.PLATE, "AB12CDE")
HANDLE = Identifier(IdentifierKind.HANDLE, "redvan")
EMAIL = Identifier(IdentifierKind.EMAIL, "kev@example.com")


def alert(**changes: Any) -> AlertContent:
    fields: dict[str, Any] = {
        "envelope_id": str(uuid.uuid4()),
        "date": "2026-03-04",
        "part_of_day": "night",
        "incident_types": ["non_payment"],
        "region_id": "south",
        "perpetrators": [{"phone_numbers": ["+447700900123"], "email_addresses": ["kev@example.com"]}],
    }
    fields.update(changes)
    return AlertContent.model_validate(fields)


def test_counts_are_per_identifier_over_the_other_reports() -> None:
    index = build_index(
        [
            ("r1", intelligence()),  # phone, handle, plate
            ("r2", alert()),  # phone, e-mail
            ("r3", alert(perpetrators=[], vehicles=[{"registration": "AB12CDE"}])),  # plate
            ("r4", referral()),  # none
        ]
    )
    assert seen_before(index, "r1") == [SeenCount(PHONE, 1), SeenCount(PLATE, 1), SeenCount(HANDLE, 0)]
    assert seen_before(index, "r2") == [SeenCount(PHONE, 1), SeenCount(EMAIL, 0)]
    assert seen_before(index, "r4") == []
    assert seen_before(index, "unknown") == []


def test_an_identifier_twice_in_one_report_counts_once() -> None:
    twice = intelligence(
        perpetrators=[{"phone_numbers": ["+447700900123"]}, {"phone_numbers": ["+447700900123"]}]
    )
    index = SeenBeforeIndex([("a", twice), ("b", alert()), ("c", alert())])
    assert SeenCount(PHONE, 2) in index.counts_for("a")
    assert index.count_of("phone", "+447700900123") == 3


@pytest.mark.parametrize(
    ("kind", "typed", "count"),
    [
        ("phone", "07700 900123", 2),
        ("phone", "+44 (0)7700-900123", 2),
        ("plate", "ab12 cde", 2),
        ("handle", "@RedVan", 1),
        ("email", " KEV@Example.COM ", 1),
        ("plate", "---", 0),
        ("phone", "999", 0),
    ],
)
def test_a_typed_value_matches_in_any_written_form(kind: str, typed: str, count: int) -> None:
    index = SeenBeforeIndex([("r1", intelligence()), ("r2", alert(vehicles=[{"registration": "AB12CDE"}]))])
    assert index.count_of(kind, typed) == count


def test_a_withdrawn_report_stops_counting() -> None:
    index = SeenBeforeIndex([("r1", intelligence()), ("r2", alert()), ("r3", alert())])
    assert SeenCount(PHONE, 2) in index.counts_for("r1")
    index.remove("r2")
    index.remove("r2")  # again: nothing
    assert SeenCount(PHONE, 1) in index.counts_for("r1")
    index.add("r3", alert(perpetrators=[]))  # re-indexed without the number
    assert SeenCount(PHONE, 0) in index.counts_for("r1")
    assert len(index) == 2


def test_the_answer_names_no_other_report() -> None:
    refs = [str(uuid.uuid4()) for _ in range(5)]
    index = SeenBeforeIndex([(ref, alert()) for ref in refs])
    answer = repr(index.counts_for(refs[0]))
    assert "4" in answer and not any(ref in answer for ref in refs)
    assert {f.name for f in dataclasses.fields(SeenCount)} == {"identifier", "other_reports"}
