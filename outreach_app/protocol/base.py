"""Base classes and field types every wire model is built from.

Two bases, one rule for unknown fields (docs/protocol.md, "Versioning"):
- `RequestModel` is for bodies the server receives: unknown fields are refused
  (`extra="forbid"`), so a payload means exactly what v1 says it means and its
  content hash covers everything the server stores.
- `ResponseModel` is for bodies the device receives: unknown fields are ignored
  (`extra="ignore"`), so a newer server may add fields without breaking an older device.

Both are frozen (a sealed payload never changes in memory) and never echo input in
validation errors (payloads carry the words of the people the project works with).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StrictInt,
)

from outreach_app.domain.normalise import (
    MAX_EMAIL_CHARS,
    EmailInputError,
    check_email_input,
    normalise_email,
    normalise_phone,
    normalise_plate,
)

REQUEST_CONFIG = ConfigDict(extra="forbid", frozen=True, hide_input_in_errors=True, str_strip_whitespace=True)
RESPONSE_CONFIG = ConfigDict(
    extra="ignore", frozen=True, hide_input_in_errors=True, str_strip_whitespace=True
)


class WireModel(BaseModel):
    """Common ancestor of every protocol model (used to find them all for `outreach schema`)."""

    model_config = REQUEST_CONFIG


class RequestModel(WireModel):
    """A body the server receives: unknown fields are a validation error."""

    model_config = REQUEST_CONFIG


class ResponseModel(WireModel):
    """A body the device receives: unknown fields from a newer server are ignored."""

    model_config = RESPONSE_CONFIG


# --- text -------------------------------------------------------------------------------------


def _well_formed(value: str) -> str:
    """Refuse lone surrogates: they cannot be encoded as UTF-8, so they cannot be hashed.

    JSON parsers (Python's among them) accept `"\\ud800"`; without this check such a
    payload would pass validation and then fail while computing its content hash.
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text must be valid Unicode (no lone surrogates)") from None
    return value


def _blank_to_none(value: object) -> object:
    """An empty or all-blank optional text is the same as an absent one."""
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _absent_if_blank_else_well_formed(value: object) -> object:
    """`_blank_to_none`, and `_well_formed` for any other text, in one call (it runs before
    stripping and the length limits, which change neither answer).

    An optional text is the commonest field of a report, so this saves pydantic one call
    into Python per field: a batch of 1000 reports has thousands of them.
    """
    if isinstance(value, str):
        if not value.strip():
            return None
        _well_formed(value)
    return value


_NOT_ON_A_LINE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
"""Unicode categories of controls, format characters (bidirectional overrides, zero-width
characters), unassigned or private code points, and line or paragraph breaks."""


def _printable_line(value: str) -> str:
    """Refuse control and format characters: a label is shown in lists and terminals, where
    a NUL, an escape sequence, a newline or a right-to-left override would garble or forge
    what staff read (PostgreSQL cannot even store a NUL)."""
    if not value.isprintable() and any(unicodedata.category(c) in _NOT_ON_A_LINE for c in value):
        raise ValueError("text must be printable on one line (no control, format or line-break characters)")
    return value


MAX_LABEL_LENGTH = 64
Label = Annotated[
    str,
    Field(min_length=1, max_length=MAX_LABEL_LENGTH),
    AfterValidator(_well_formed),
    AfterValidator(_printable_line),
]
"""A short name shown in lists (a device label): printable text on one line."""


SHORT_TEXT = 200
"""Longest short free-text field (a description, a name used, a make or colour)."""
SUMMARY_TEXT = 2_000
"""Longest scrubbed summary written for sharing (domain.Incident.alert_summary has the same limit)."""
ALERT_BODY_TEXT = 10_000
"""Longest alert body written by the charity's staff."""

Text = Annotated[str, AfterValidator(_well_formed)]
ShortText = Annotated[str, Field(min_length=1, max_length=SHORT_TEXT), AfterValidator(_well_formed)]
SummaryText = Annotated[str, Field(min_length=1, max_length=SUMMARY_TEXT), AfterValidator(_well_formed)]
OptShortText = Annotated[
    Annotated[str, Field(min_length=1, max_length=SHORT_TEXT)] | None,
    BeforeValidator(_absent_if_blank_else_well_formed),
]
"""Optional short text; blank counts as absent (and is omitted from the canonical form)."""
OptSummary = Annotated[
    Annotated[str, Field(min_length=1, max_length=SUMMARY_TEXT)] | None,
    BeforeValidator(_absent_if_blank_else_well_formed),
]

# --- identifiers and numbers ------------------------------------------------------------------

REGION_ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
RegionId = Annotated[str, Field(pattern=REGION_ID_PATTERN)]
"""A server-owned region id: lower-case letters, digits, `_` and `-`, at most 64 characters."""

MACHINE_CODE_PATTERN = r"^[a-z][a-z0-9_]{0,63}$"
MachineCode = Annotated[str, Field(pattern=MACHINE_CODE_PATTERN)]
"""A machine-readable code (error codes, receipt reasons): lower-case snake case."""

SHA256_HEX_PATTERN = r"^[0-9a-f]{64}$"
Sha256Hex = Annotated[str, Field(pattern=SHA256_HEX_PATTERN)]
"""A SHA-256 digest as 64 lower-case hex digits."""

MAX_COUNT = 10_000_000
Count = Annotated[StrictInt, Field(ge=0, le=MAX_COUNT)]
"""A non-negative exact count (strict: `"3"` and `3.0` are refused)."""

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_date_only(value: object) -> object:
    """Accept `YYYY-MM-DD` strings and `date` objects; refuse timestamps and datetimes.

    pydantic's lax mode would turn `1700000000` or a datetime into a date; on the wire a
    date has one form only.
    """
    if isinstance(value, dt.datetime):
        raise ValueError("expected a date, not a date and time")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DATE.match(value):
        return value
    raise ValueError("expected a date as YYYY-MM-DD")


WireDate = Annotated[dt.date, BeforeValidator(_iso_date_only)]
"""A calendar date, on the wire exactly `YYYY-MM-DD`."""


def _utc_seconds(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("datetime must carry a time zone")
    return value.astimezone(dt.UTC).replace(microsecond=0)


def _format_utc(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


UtcDateTime = Annotated[
    dt.datetime, AfterValidator(_utc_seconds), PlainSerializer(_format_utc, return_type=str, when_used="json")
]
"""A moment in UTC with whole seconds; serialised `YYYY-MM-DDTHH:MM:SSZ` (see canonical.py).

No v1 model carries one (the wire keeps days only); it is defined so a later version
has one agreed form.
"""

# --- normalised identifiers an alert is matched on --------------------------------------------

MAX_IDENTIFIERS = 10
"""Most phone numbers / handles / e-mail addresses per perpetrator."""


def _fixpoint(normalise: Callable[[str], str], what: str) -> Callable[[str], str]:
    """Normalise, and refuse values whose normal form is not stable.

    A value that normalises differently a second time would hash differently after a
    parse/serialise round trip; such inputs are refused instead of guessed.
    """

    def validate(value: str) -> str:
        once = normalise(value)
        if once == value or normalise(once) == once:
            return once
        raise ValueError(f"{what} has no stable normal form")

    return validate


def _identifier(*steps: Callable[[str], str]) -> AfterValidator:
    """One validator running `steps` in order, each taking the previous one's result.

    One call from pydantic per value instead of one per step, and the answer is cached
    (the normal form, or the refusal's message): phone parsing costs ~250 us, and the
    same numbers recur across reports.
    """

    @lru_cache(maxsize=4096)
    def checked(value: str) -> tuple[str, bool]:
        try:
            for step in steps:
                value = step(value)
        except ValueError as exc:
            return str(exc), False
        return value, True

    def validate(value: str) -> str:
        result, ok = checked(value)
        if not ok:
            raise ValueError(result)
        return result

    return AfterValidator(validate)


_PHONE_FORM = re.compile(r"^(\+[1-9][0-9]{6,14}|[0-9]{4,20})$")
_PHONE_INPUT = re.compile(r"^\+?[0-9 ().-]+$")


def _phone_characters(value: str) -> str:
    """Only digits and the usual punctuation: a text with a few digits in it is not a number."""
    if not _PHONE_INPUT.match(value):
        raise ValueError("phone number may hold only digits, spaces, + ( ) . and -")
    return value


def _check_phone(value: str) -> str:
    if not _PHONE_FORM.match(value):
        raise ValueError("phone number must be E.164 or at least 4 digits of a partial number")
    # Not refused here: a '+' on an incomplete number (normalise_phone keeps it, so it is a
    # fixpoint). Devices never send one (the domain refuses it as input, the anonymiser leaves
    # it out), but alerts and reports stored before issue 14 may hold one and must still parse.
    return value


def normalise_handle(raw: str) -> str:
    """An online handle as matched: trimmed, without leading `@`, case-folded, no inner spaces."""
    return "".join(raw.strip().lstrip("@").casefold().split())


_HANDLE_FORM = re.compile(r"^\S{1,100}$")


def _check_handle(value: str) -> str:
    if not _HANDLE_FORM.match(value):
        raise ValueError("handle must be 1-100 characters without spaces")
    return value


_PLATE_FORM = re.compile(r"^[0-9A-Z]{2,10}$")


def _check_plate(value: str) -> str:
    if not _PLATE_FORM.match(value):
        raise ValueError("plate must be 2-10 letters and digits (partial plates allowed)")
    return value


Phone = Annotated[
    str,
    Field(max_length=40),
    _identifier(_phone_characters, _fixpoint(normalise_phone, "phone number"), _check_phone),
]
"""A phone number normalised by `domain.normalise.normalise_phone` (E.164 or partial digits)."""

Handle = Annotated[
    str,
    Field(max_length=120),
    _identifier(_fixpoint(normalise_handle, "handle"), _well_formed, _check_handle),
]
"""An online handle normalised by `normalise_handle`."""

Plate = Annotated[
    str,
    Field(max_length=30),
    _identifier(_fixpoint(normalise_plate, "plate"), _check_plate),
]
"""A full or partial registration plate normalised by `domain.normalise.normalise_plate`."""
OptPlate = Annotated[Plate | None, BeforeValidator(_blank_to_none)]
"""An optional plate; blank counts as absent."""


def _check_email(value: str) -> str:
    try:
        return check_email_input(value)
    except EmailInputError as exc:
        raise ValueError(f"e-mail address {exc}") from None


Email = Annotated[
    str,
    Field(max_length=MAX_EMAIL_CHARS),
    _identifier(_fixpoint(normalise_email, "e-mail address"), _check_email),
]
"""An e-mail address normalised by `domain.normalise.normalise_email` (lower case)."""


MAX_ENUM_LIST = 32
"""Most items of an order-free enum list as sent (repeats are dropped after parsing)."""


def sorted_unique(values: list[Any]) -> list[Any]:
    """Order-free lists are sorted and de-duplicated so equal content has one canonical form."""
    return sorted(set(values))
