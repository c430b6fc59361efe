"""Readable validation messages that never echo what was typed or imported."""

from __future__ import annotations

import re

from pydantic import ValidationError

# Messages of these error types quote part of the input ("found `N` at 2"): a fixed text.
_FIXED_MESSAGES = {
    "uuid_parsing": "Input should be a valid UUID",
    "uuid_type": "Input should be a valid UUID",
}
# Belt and braces: any other backtick-quoted fragment pydantic may add is input too.
_QUOTED = re.compile(r",?\s*[^,`]*`[^`]*`[^,]*")
# An unknown field is named when it looks like a field name (a misspelt or removed field is
# worth naming); anything else in its place is input, and is not repeated.
_FIELD_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")
# A dict key that failed validation appears in the location itself, followed by "[key]".
_KEY_MARK = "[key]"


def describe_validation_error(exc: ValidationError) -> str:
    """`field.path: message` lines, without input values (they may be record text): dict
    keys that failed are shown as "(key)", unknown fields not shaped like a field name as
    "(unknown field)", and messages that quote the input are replaced."""
    lines = []
    for error in exc.errors(include_input=False, include_url=False, include_context=False):
        parts: list[str] = []
        for part in (str(part) for part in error["loc"]):
            if part == _KEY_MARK and parts:
                parts[-1] = "(key)"  # the part before it is the input's key
            else:
                parts.append(part)
        if error["type"] == "extra_forbidden" and parts and not _FIELD_NAME.fullmatch(parts[-1]):
            parts[-1] = "(unknown field)"  # not even shaped like a field name: it is input
        location = ".".join(parts) or "(record)"
        message = _FIXED_MESSAGES.get(error["type"]) or _QUOTED.sub("", error["msg"])
        lines.append(f"{location}: {message}")
    return "; ".join(lines)
