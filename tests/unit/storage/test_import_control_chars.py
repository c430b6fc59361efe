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
    """For every code point but surrogates, in a one-line field and in notes. `_has_control` is
    asked per block of 1,024 code points, and one by one inside a block it flags only (it
    searches for one character of a class: a block it passes holds none); `_defined` can hold
    only for a Cc or an invisible character, so it is asked about those. 4.4 million calls
    took ~1.6 CPU-s; this ~0.2 (issue 19)."""
    chars = [chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF]
    candidates = INVISIBLE | {char for char in chars if unicodedata.category(char) == "Cc"}
    wrong = []
    for multiline in (False, True):
        defined = {char for char in candidates if _defined(char, multiline=multiline)}
        judged: set[str] = set()
        for start in range(0, len(chars), 1024):
            block = chars[start : start + 1024]
            if _has_control("".join(block), multiline=multiline):
                judged.update(char for char in block if _has_control(char, multiline=multiline))
        wrong += [(hex(ord(char)), multiline) for char in sorted(judged ^ defined)]
        assert len(defined) == (73 if multiline else 76)  # 65 Cc (less 3 line breaks) + 11
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
