"""Checks an imported line gets before its record is validated: text a person could not
have typed.

A file to import may come from anywhere. Besides the record's own rules (types, lengths,
enums, the zone), every text must be text: no control characters (a terminal escape, a NUL,
a bell) and no bidirectional overrides, which can make a record read differently from what
it holds. Free-text fields (notes, narrative…) may span lines; every other field is one
line. (Phone numbers are checked by the record's own rules: domain.normalise.) Problems name
the field path, never the value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from annotated_types import MaxLen
from pydantic import BaseModel

from outreach_app.domain.enums import SupplyKind
from outreach_app.domain.models import RECORD_MODELS, SHORT_TEXT, Perpetrator, Vehicle

# Unicode's control characters (general category Cc: exactly U+0000–U+001F and U+007F–U+009F),
# then bidirectional embeddings, overrides and isolates, and line and paragraph separators.
# One regex per text: a per-character `unicodedata.category` loop was half of an import's time.
_INVISIBLE = "\u202a-\u202e\u2066-\u2069\u2028\u2029"
_CONTROL = re.compile(f"[\x00-\x1f\x7f-\x9f{_INVISIBLE}]")
# A multi-line text may also hold line breaks and tabs (\t \n \r: U+0009, U+000A, U+000D).
_CONTROL_MULTILINE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_INVISIBLE}]")


def _multiline_fields() -> frozenset[str]:
    """Fields of the importable records longer than one short line (notes, narrative…)."""
    names = set()
    for model in RECORD_MODELS.values():
        for name, info in model.model_fields.items():
            limits = [item.max_length for item in info.metadata if isinstance(item, MaxLen)]
            if limits and max(limits) > SHORT_TEXT:
                names.add(name)
    return frozenset(names)


def _known_names() -> frozenset[str]:
    """Every field name of the records and the models inside them, and every supply kind."""
    models: list[type[BaseModel]] = [*RECORD_MODELS.values(), Perpetrator, Vehicle]
    return frozenset(
        {name for model in models for name in model.model_fields} | {k.value for k in SupplyKind}
    )


MULTILINE_FIELDS = _multiline_fields()
KNOWN_NAMES = _known_names()


def may_hold_controls(line: str) -> bool:
    """False when no string decoded from the JSON text `line` can hold a control or invisible
    character: JSON forbids raw U+0000–U+001F inside strings, so without a backslash escape and
    without one of the characters checked appearing raw, every string is plain. Most lines
    of an import take this exit and skip the walk over every string (`text_problems`)."""
    return "\\" in line or _CONTROL.search(line) is not None


def text_problems(kind: str, value: dict[str, Any]) -> list[str]:
    """`kind.path: reason` for each text in the line's record that is not plain text."""
    problems = []
    for path, text in _strings(value, ()):
        if _CONTROL.search(text) is None:
            continue  # the strict check found nothing: neither check can
        field_name = next((part for part in reversed(path) if isinstance(part, str)), "")
        if _has_control(text, multiline=field_name in MULTILINE_FIELDS):
            where = ".".join(str(part) for part in (kind, *path))
            problems.append(f"{where}: control characters are not allowed")
        # Phone numbers are checked by the domain model (domain.normalise.check_phone_input),
        # with the reason, for the app and every entry point alike.
    return problems


def _has_control(text: str, *, multiline: bool) -> bool:
    return (_CONTROL_MULTILINE if multiline else _CONTROL).search(text) is not None


def _strings(value: Any, path: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every string value in a JSON value with its path. A key that is not a name the
    records use is shown as "(key)": keys are input too, and a path must not repeat them
    (the record's validation refuses such a key anyway)."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, key if key in KNOWN_NAMES else "(key)"))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*path, index))
