"""Hypothesis strategies for incidents, people and consents (sharing tests)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from hypothesis import strategies as st

from outreach_app.domain.enums import (
    AgeBand,
    Build,
    ConsentMethod,
    Gender,
    IncidentType,
    InjurySeverity,
    Purpose,
)
from outreach_app.domain.models import Incident, Perpetrator, Person, Vehicle
from outreach_app.protocol.verifier import new_withdrawal_code, withdrawal_verifier
from outreach_app.sharing.consent import Consent, ConsentChange
from tests.regex_strings import matching

# Shared text is any character but a surrogate (what UTF-8 can encode; `codec="utf-8"` says
# the same but makes Hypothesis build a table of all 1.1M code points, ~2 CPU-s per worker
# whenever .hypothesis/ is new, as in a fresh clone: issue 19).
# Secret values are long runs of characters no shared field is built from (lower-case
# Greek), so finding one in a payload can only mean it leaked.
SECRET_ALPHABET = "αβγδεζηθικλμνξοπρστυφχψω"
secret_text = st.text(alphabet=SECRET_ALPHABET, min_size=24, max_size=400)
secret_short = st.text(alphabet=SECRET_ALPHABET, min_size=24, max_size=190)
secret_initials = st.text(alphabet=SECRET_ALPHABET, min_size=8, max_size=12)
shared_text = st.text(
    alphabet=st.characters(exclude_categories=("Cs", "Cc"), exclude_characters=SECRET_ALPHABET),
    max_size=120,
).map(str.strip)
long_shared_text = st.text(
    alphabet=st.characters(exclude_categories=("Cs",), exclude_characters=SECRET_ALPHABET),
    max_size=2000,
)
moments = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)
).map(lambda d: d - timedelta(microseconds=d.microsecond))

perpetrators = st.builds(
    Perpetrator,
    gender=st.sampled_from(Gender),
    height=shared_text,
    build=st.sampled_from(Build),
    hair=shared_text,
    clothing=shared_text,
    distinguishing_features=shared_text,
    name_used=shared_text,
    # What the domain accepts as a number: 4+ digits with spaces (partial or whole), or E.164.
    phone_numbers=st.lists(
        matching(r"[0-9] ?[0-9] ?[0-9] ?[0-9][0-9 ]{0,12}") | matching(r"\+447700900[0-9]{3}"),
        max_size=4,
    ),
    email_addresses=st.lists(
        matching(r"[A-Za-z0-9_+]{1,10}(\.[a-z0-9]{1,5})?@[a-z]{1,8}\.(com|org|co\.uk)"),
        max_size=3,
    ),
    online_handles=st.lists(matching(r"@?[a-z0-9_.]{1,20}"), max_size=4),
)
vehicles = st.builds(
    Vehicle,
    make=shared_text,
    colour=shared_text,
    registration=matching(r"[A-Za-z0-9 ]{0,10}"),
)


@st.composite
def people(draw: st.DrawFn) -> Person:
    return Person(
        alias=draw(secret_short),
        age_band=draw(st.sampled_from(AgeBand)),
        gender=draw(st.sampled_from(Gender)),
        preferred_language=draw(secret_short),
        notes=draw(secret_text),
    )


@st.composite
def incidents(draw: st.DrawFn, person: Person | None = None) -> Incident:
    return Incident(
        person_id=person.id if person is not None else None,
        worker_initials=draw(secret_initials),
        occurred_at=draw(moments),
        reported_at=draw(moments),
        location_note=draw(secret_text),
        types=draw(st.lists(st.sampled_from(IncidentType), min_size=1, max_size=4)),
        injury_severity=draw(st.sampled_from(InjurySeverity)),
        injury_notes=draw(secret_text),
        weapon_used=draw(st.booleans()),
        weapon_description=draw(secret_short),
        perpetrators=draw(st.lists(perpetrators, max_size=3)),
        vehicles=draw(st.lists(vehicles, max_size=3)),
        narrative=draw(secret_text),
        alert_summary=draw(long_shared_text),
        police_told=draw(st.booleans()),
    )


# Every set of purposes, the smaller first (what shrinking reaches), drawn as one choice:
# `st.frozensets` costs Hypothesis a span and a draw per member and per "one more?", about
# 0.3 ms of CPU a draw (issue 19, eighth pass). The same sets, no filter to reject any.
EVERY_PURPOSE_SET = [
    frozenset(chosen) for size in range(len(Purpose) + 1) for chosen in itertools.combinations(Purpose, size)
]
purpose_sets = st.sampled_from(EVERY_PURPOSE_SET)
some_purposes = st.sampled_from([chosen for chosen in EVERY_PURPOSE_SET if chosen])


def consent_for(incident: Incident, purposes: frozenset[Purpose], worker: str = "AB") -> Consent:
    return Consent(
        incident_id=incident.id,
        version=1,
        decisions={p: p in purposes for p in Purpose},
        recorded_at=datetime(2025, 1, 1, tzinfo=UTC),
        worker_initials=worker,
        method=ConsentMethod.VERBAL,
        change=ConsentChange.GIVEN,
        verifier=withdrawal_verifier(new_withdrawal_code()),
    )
