"""The import's control-character check is exactly its definition, for every code point."""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Iterator

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


def _refused(field: str) -> Iterator[str]:
    """Every code point (but surrogates) that `text_problems` refuses in `field` as "a{c}b".

    Asked a block of 1,024 code points at a time first, and one by one only in a block it
    refuses: it refuses a text when some character in it is one it refuses (a search for one
    character of a class), so a block it lets through holds none. 2.2 million calls took
    ~2.8 CPU-s; the blocks take ~0.1 (issue 19)."""
    codes = [code for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF]
    for start in range(0, len(codes), 1024):
        block = "".join(chr(code) for code in codes[start : start + 1024])
        if text_problems("contact", {field: f"a{block}b"}):
            yield from (char for char in block if text_problems("contact", {field: f"a{char}b"}))


def test_a_line_that_skips_the_walk_can_hold_no_refused_character() -> None:
    """`may_hold_controls` is only an exit for lines that cannot fail the check: for every
    code point, written raw or escaped, in a one-line field and in notes."""
    missed = []
    refused = {field: list(_refused(field)) for field in ("zone", "notes")}
    # What the walk refuses, as defined above (controls but for line breaks and tabs in notes).
    assert len(refused["zone"]) == len(refused["notes"]) + 3 == 65 + len(INVISIBLE)
    for field, chars in refused.items():
        for char in chars:
            code = ord(char)
            value = {field: f"a{char}b"}
            for ascii_only in (False, True):
                line = json.dumps({"type": "contact", "v": 1, **value}, ensure_ascii=ascii_only)
                if not may_hold_controls(line):
                    missed.append((hex(code), field, ascii_only))
    assert missed == []
    plain = json.dumps({"type": "contact", "v": 1, "notes": "café, naïve — fine"}, ensure_ascii=False)
    assert not may_hold_controls(plain)
