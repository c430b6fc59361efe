"""The import's control-character check is exactly its definition, for every code point."""

from __future__ import annotations

import sys
import unicodedata

from outreach_app.storage.import_checks import _has_control, text_problems

INVISIBLE = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029")


def _defined(char: str, *, multiline: bool) -> bool:
    if char in INVISIBLE:
        return True
    return unicodedata.category(char) == "Cc" and not (multiline and char in "\n\r\t")


def test_every_code_point_is_judged_as_defined() -> None:
    wrong = [
        (hex(code), multiline)
        for code in range(sys.maxunicode + 1)
        if 0xD800 > code or code > 0xDFFF
        for multiline in (False, True)
        if _has_control(chr(code), multiline=multiline) != _defined(chr(code), multiline=multiline)
    ]
    assert wrong == []


def test_a_line_break_is_refused_in_a_one_line_field_and_kept_in_notes() -> None:
    assert text_problems("contact", {"notes": "two\nlines", "zone": "Europe/London"}) == []
    assert text_problems("contact", {"notes": "ok", "zone": "Europe/\nLondon"}) == [
        "contact.zone: control characters are not allowed"
    ]
    assert text_problems("contact", {"notes": "bell\x07"}) == ["contact.notes: control characters are not allowed"]
