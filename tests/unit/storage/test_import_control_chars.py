"""The import's control-character check is exactly its definition, for every code point."""

from __future__ import annotations

import json
import sys
import unicodedata

from outreach_app.storage.import_checks import _has_control, may_hold_controls, text_problems

INVISIBLE = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029")


def _defined(char: str, *, multiline: bool) -> bool:
    if char in INVISIBLE:
        return True
    return unicodedata.category(char) == "Cc" and not (multiline and char in "\n\r\t")


def test_every_code_point_is_judged_as_defined() -> None:
    wrong = [
        (hex(code), multiline)
        for code in range(sys.maxunicode + 1)
        if code < 0xD800 or code > 0xDFFF
        for multiline in (False, True)
        if _has_control(chr(code), multiline=multiline) != _defined(chr(code), multiline=multiline)
    ]
    assert wrong == []


def test_a_line_break_is_refused_in_a_one_line_field_and_kept_in_notes() -> None:
    assert text_problems("contact", {"notes": "two\nlines", "zone": "Europe/London"}) == []
    assert text_problems("contact", {"notes": "ok", "zone": "Europe/\nLondon"}) == [
        "contact.zone: control characters are not allowed"
    ]
    assert text_problems("contact", {"notes": "bell\x07"}) == [
        "contact.notes: control characters are not allowed"
    ]


def test_a_line_that_skips_the_walk_can_hold_no_refused_character() -> None:
    """`may_hold_controls` is only an exit for lines that cannot fail the check: for every
    code point, written raw or escaped, in a one-line field and in notes."""
    missed = []
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        for field in ("zone", "notes"):
            value = {field: f"a{char}b"}
            if not text_problems("contact", value):
                continue
            for ascii_only in (False, True):
                line = json.dumps({"type": "contact", "v": 1, **value}, ensure_ascii=ascii_only)
                if not may_hold_controls(line):
                    missed.append((hex(code), field, ascii_only))
    assert missed == []
    plain = json.dumps({"type": "contact", "v": 1, "notes": "café, naïve — fine"}, ensure_ascii=False)
    assert not may_hold_controls(plain)
