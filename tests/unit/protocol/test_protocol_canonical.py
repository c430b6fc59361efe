"""The canonical JSON rules, one by one."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_app.protocol import CanonicalJsonError, canonical_json
from outreach_app.protocol.canonical import MAX_SAFE_INTEGER, canonical_json_reference, format_utc
from tests.unit.protocol.protocol_strategies import shared_reports


def test_floats_have_no_canonical_form() -> None:
    with pytest.raises(CanonicalJsonError):
        canonical_json({"a": 1.0})
    with pytest.raises(CanonicalJsonError):
        canonical_json([float("nan")])


def test_integers_beyond_the_safe_range_are_refused() -> None:
    assert canonical_json(MAX_SAFE_INTEGER) == b"9007199254740991"
    with pytest.raises(CanonicalJsonError):
        canonical_json(MAX_SAFE_INTEGER + 1)
    with pytest.raises(CanonicalJsonError):
        canonical_json(-(MAX_SAFE_INTEGER + 1))


def test_lone_surrogates_are_refused() -> None:
    with pytest.raises(CanonicalJsonError):
        canonical_json({"a": "\ud800"})


def test_non_string_keys_and_unknown_types_are_refused() -> None:
    with pytest.raises(CanonicalJsonError):
        canonical_json({1: "a"})
    with pytest.raises(CanonicalJsonError):
        canonical_json({"a": b"bytes"})
    with pytest.raises(CanonicalJsonError):
        canonical_json({"a": {1, 2}})


def test_dates_datetimes_uuids_and_enums_have_one_text_form() -> None:
    class Colour(StrEnum):
        RED = "red"

    moment = dt.datetime(2026, 3, 14, 23, 30, 15, 999_999, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    value = {
        "d": dt.date(2026, 3, 4),
        "t": moment,
        "u": uuid.UUID("7B1D2E3F-4A5B-4C6D-8E7F-FEDCBA987654"),
        Colour.RED: Colour.RED,
    }
    assert canonical_json(value) == (
        b'{"d":"2026-03-04","red":"red","t":"2026-03-15T04:30:15Z","u":"7b1d2e3f-4a5b-4c6d-8e7f-fedcba987654"}'
    )


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(CanonicalJsonError):
        format_utc(dt.datetime(2026, 1, 1))


def test_output_is_utf8_without_ascii_escapes() -> None:
    assert canonical_json(["é😀"]) == '["é😀"]'.encode()


def test_reference_sorts_keys_by_utf16_code_units_not_code_points() -> None:
    # U+1F600 is D83D DE00 in UTF-16, so it sorts before U+E000 (code-point order says after).
    assert canonical_json_reference({"\ue000": 1, "\U0001f600": 2}) == '{"😀":2,"\ue000":1}'.encode()


def test_model_none_fields_are_omitted_but_defaults_are_kept() -> None:
    from outreach_app.protocol import StatisticsSection

    assert canonical_json(StatisticsSection()) == (
        b'{"age_band":"unknown","gender":"unknown","police_told":false,"weapon_used":false}'
    )
    assert canonical_json(StatisticsSection(injured=False)) == (
        b'{"age_band":"unknown","gender":"unknown","injured":false,"police_told":false,"weapon_used":false}'
    )


def test_every_wire_model_takes_the_pydantic_fast_path() -> None:
    """Fields are declared in sorted order so pydantic's JSON is already canonical."""
    from outreach_app.protocol import WIRE_MODELS
    from outreach_app.protocol.canonical import serialises_sorted

    assert [name for name, model in WIRE_MODELS.items() if not serialises_sorted(model)] == []


def test_a_model_declared_out_of_order_is_still_canonical() -> None:
    from pydantic import Field

    from outreach_app.protocol.base import RequestModel
    from outreach_app.protocol.canonical import serialises_sorted

    class Unsorted(RequestModel):
        zeta: int = 1
        alpha: str = "é\nx"
        counts: dict[str, int] = Field(default_factory=lambda: {"b": 1, "a": 2})

    class Outer(RequestModel):
        inner: Unsorted = Field(default_factory=Unsorted)

    assert not serialises_sorted(Unsorted)
    assert not serialises_sorted(Outer)
    assert canonical_json(Outer()) == '{"inner":{"alpha":"é\\nx","counts":{"a":2,"b":1},"zeta":1}}'.encode()


@settings(deadline=None, max_examples=100)
@given(st.lists(shared_reports(), min_size=1, max_size=5))
def test_canonical_json_each_is_canonical_json_of_every_report(raw: list[dict[str, object]]) -> None:
    from outreach_app.protocol.canonical import canonical_json_each, model_wire_dict
    from outreach_app.protocol.reports import SharedReport

    reports = [SharedReport.model_validate(item) for item in raw]
    assert canonical_json_each(reports, SharedReport) == [canonical_json(r) for r in reports]
    reference = [canonical_json_reference(model_wire_dict(r)) for r in reports]
    assert canonical_json_each(reports, SharedReport) == reference


def test_canonical_json_each_refuses_another_type_and_falls_back_when_unsorted() -> None:
    from outreach_app.protocol.base import RequestModel
    from outreach_app.protocol.canonical import canonical_json_each
    from outreach_app.protocol.reports import StatisticsSection

    class Unsorted(RequestModel):
        zeta: int = 1
        alpha: str = "a"

    with pytest.raises(TypeError):
        canonical_json_each([StatisticsSection()], Unsorted)
    assert canonical_json_each([Unsorted()], Unsorted) == [b'{"alpha":"a","zeta":1}']
