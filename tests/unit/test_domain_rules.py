from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from outreach_app.domain.enums import PartOfDay
from outreach_app.domain.errors import describe_validation_error
from outreach_app.domain.models import Contact, Incident, Person, Shift
from outreach_app.domain.normalise import normalise_phone, normalise_plate, phone_search_digits
from outreach_app.domain.timeutil import generalise


@pytest.mark.parametrize("raw", ["07700 900123", "+447700900123", "7700900123", "(07700) 900-123"])
def test_uk_numbers_in_any_format_normalise_to_one_e164(raw: str) -> None:
    assert normalise_phone(raw) == "+447700900123"


def test_partial_numbers_keep_their_digits_for_suffix_matching() -> None:
    assert normalise_phone("900123") == "900123"
    assert phone_search_digits("07700 900123") == "447700900123"


def test_plates_lose_spaces_and_case_and_may_be_partial() -> None:
    assert normalise_plate(" ab12 cde ") == "AB12CDE"
    assert normalise_plate("ab1-2") == "AB12"


def test_a_night_belongs_to_the_date_it_began() -> None:
    # 01:30 UTC on 5 Jan is 01:30 in London: part of the night of 4 Jan.
    day, part = generalise(datetime(2026, 1, 5, 1, 30, tzinfo=UTC), "Europe/London")
    assert (day.isoformat(), part) == ("2026-01-04", PartOfDay.NIGHT)
    day, part = generalise(datetime(2026, 7, 5, 13, 0, tzinfo=UTC), "Europe/London")
    assert (day.isoformat(), part) == ("2026-07-05", PartOfDay.AFTERNOON)  # 14:00 BST


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValidationError):
        Contact(occurred_at=datetime(2026, 1, 1, 12, 0))


def test_validation_errors_never_echo_the_input(canary: str) -> None:
    with pytest.raises(ValidationError) as info:
        Person(alias=canary * 10)  # too long
    assert canary not in str(info.value)
    message = describe_validation_error(info.value)
    assert message == "alias: String should have at most 200 characters"
    assert canary not in message


def test_person_has_no_field_for_a_legal_name() -> None:
    with pytest.raises(ValidationError):
        Person(alias="Rose", legal_name="x")  # type: ignore[call-arg]


def test_incident_normalises_numbers_and_plates_on_the_way_in() -> None:
    incident = Incident(
        worker_initials="AB",
        occurred_at=datetime(2026, 3, 1, 23, 0, tzinfo=UTC),
        types=["robbery_theft", "robbery_theft"],
        perpetrators=[{"phone_numbers": ["07700 900123", "+44 7700 900123"]}],
        vehicles=[{"registration": "ab12 cde"}],
    )
    assert incident.phone_numbers() == ["+447700900123"]
    assert incident.plates() == ["AB12CDE"]
    assert [t.value for t in incident.types] == ["robbery_theft"]


@pytest.mark.parametrize("name", ["Europe/London", "UTC", "Etc/GMT+5", "America/Argentina/Buenos_Aires"])
def test_iana_zone_names_are_accepted(name: str) -> None:
    assert Contact(zone=name).zone == name


@pytest.mark.parametrize(
    "name",
    [
        "",
        "Mars/Olympus",
        "Europe",
        "../../etc/passwd",
        "/etc/localtime",
        "localtime",
        "posixrules",
        "posix/Europe/London",
        "Europe/London\x00",
        "x" * 65,
    ],
)
def test_a_bad_zone_is_refused_with_the_field_named_and_the_value_not_repeated(name: str) -> None:
    for model, extra in (
        (Contact, {}),
        (Shift, {"started_at": "2026-01-01T10:00:00Z", "mode": "street", "staff_initials": "AB"}),
        (
            Incident,
            {"occurred_at": "2026-01-01T10:00:00Z", "worker_initials": "AB", "types": ["robbery_theft"]},
        ),
    ):
        with pytest.raises(ValidationError) as caught:
            model.model_validate({"zone": name, **extra})
        text = describe_validation_error(caught.value)
        assert text.startswith("zone: ") and ("Mars" not in text) and ("etc" not in text)


def test_validation_errors_repeat_no_input_not_even_in_locations() -> None:
    cases = [
        ({"alias": "Sam", "legal_name": "x"}, "legal_name: Extra inputs are not permitted"),
        ({"alias": "Sam", "Kestrel at the harbour": "x"}, "(unknown field): Extra inputs are not permitted"),
        ({"alias": "Sam", "id": "Kestrel-0000"}, "id: Input should be a valid UUID"),
    ]
    for data, expected in cases:
        with pytest.raises(ValidationError) as caught:
            Person.model_validate(data)
        assert describe_validation_error(caught.value) == expected
    with pytest.raises(ValidationError) as caught:
        Contact.model_validate({"supplies": {"Kestrel": 1}})
    text = describe_validation_error(caught.value)
    assert text.startswith("supplies.(key): Input should be") and "Kestrel" not in text
