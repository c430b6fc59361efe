"""Any text offered as a phone number, handle or plate is refused or gets a stable normal form,
so a device and the server always derive the same value (and the same hash) from it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from outreach_app.protocol import SharedPerpetrator, SharedVehicle, normalise_handle

_any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
_phoneish = st.text(st.sampled_from("0123456789+ ().-"), max_size=25)


@settings(deadline=None, max_examples=300)
@given(st.one_of(_any_text, _phoneish))
def test_phone_input_is_refused_or_reaches_a_fixpoint(raw: str) -> None:
    try:
        perp = SharedPerpetrator.model_validate({"phone_numbers": [raw]})
    except ValidationError:
        return
    (number,) = perp.phone_numbers
    again = SharedPerpetrator.model_validate({"phone_numbers": [number]})
    assert again.phone_numbers == [number]


@settings(deadline=None, max_examples=300)
@given(_any_text)
def test_handle_input_is_refused_or_reaches_a_fixpoint(raw: str) -> None:
    try:
        perp = SharedPerpetrator.model_validate({"online_handles": [raw]})
    except ValidationError:
        return
    (handle,) = perp.online_handles
    assert handle == normalise_handle(handle)
    assert SharedPerpetrator.model_validate({"online_handles": [handle]}).online_handles == [handle]


@settings(deadline=None, max_examples=300)
@given(_any_text)
def test_plate_input_is_refused_or_reaches_a_fixpoint(raw: str) -> None:
    try:
        vehicle = SharedVehicle.model_validate({"registration": raw})
    except ValidationError:
        return
    plate = vehicle.registration
    if plate is not None:
        assert SharedVehicle.model_validate({"registration": plate}).registration == plate


def test_letters_with_a_few_digits_are_not_a_phone_number() -> None:
    for raw in ["call me 0770", "tel:07700900123", "07700900123 ext 2"]:
        try:
            SharedPerpetrator.model_validate({"phone_numbers": [raw]})
        except ValidationError:
            continue
        raise AssertionError(f"accepted {raw!r}")
