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

import unicodedata
from collections.abc import Iterator
from typing import Any

from annotated_types import MaxLen
from pydantic import BaseModel

from outreach_app.domain.enums import SupplyKind
from outreach_app.domain.models import RECORD_MODELS, SHORT_TEXT, Perpetrator, Vehicle

# Line breaks and tabs a multi-line text may hold.
_MULTILINE_WHITESPACE = frozenset("\n\r\t")
# Bidirectional embeddings, overrides and isolates; line and paragraph separators.
_INVISIBLE_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029")


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


def text_problems(kind: str, value: dict[str, Any]) -> list[str]:
    """`kind.path: reason` for each text in the line's record that is not plain text."""
    problems = []
    for path, text in _strings(value, ()):
        field_name = next((part for part in reversed(path) if isinstance(part, str)), "")
        where = ".".join(str(part) for part in (kind, *path))
        if _has_control(text, multiline=field_name in MULTILINE_FIELDS):
            problems.append(f"{where}: control characters are not allowed")
        # Phone numbers are checked by the domain model (domain.normalise.check_phone_input),
        # with the reason, for the app and every entry point alike.
    return problems


def _has_control(text: str, *, multiline: bool) -> bool:
    for char in text:
        if char in _INVISIBLE_CONTROLS:
            return True
        if unicodedata.category(char) == "Cc" and not (multiline and char in _MULTILINE_WHITESPACE):
            return True
    return False


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
