"""The CLI prints no escape sequences or control characters (issue 16)."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_app.cli.common import Io
from outreach_app.cli.terminal_text import printable


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("Project \x1b]0;pwned by the server\x07North", "Project North"),  # window title (OSC, BEL)
        ("Project \x1b]2;title\x1b\\North", "Project North"),  # OSC ended by ST
        ("\x1b]8;;https://evil.example\x1b\\call us\x1b]8;;\x1b\\", "call us"),  # hyperlink
        ("\x1b[31;1mURGENT\x1b[0m", "URGENT"),  # colours
        ("ok\x1b[2K\x1b[1Afake line", "okfake line"),  # erase line, cursor up
        ("real\rfake", "realfake"),  # carriage return overwrites the line
        ("a\x1bcb", "ab"),  # full reset
        ("\x9d0;title\x9cname", "name"),  # 8-bit OSC
        ("\x9b31mred", "red"),  # 8-bit CSI
        ("bell\x07 back\x08 null\x00 del\x7f", "bell back null del"),
        ("evil\u202egnp.exe", "evilgnp.exe"),  # right-to-left override
        ("tab\tand\nnewline kept", "tab\tand\nnewline kept"),
        ("Łódź — café ☕", "Łódź — café ☕"),
    ],
)
def test_escape_sequences_and_controls_are_removed(raw: str, shown: str) -> None:
    assert printable(raw) == shown


# Every character but a surrogate: what codec="utf-8" allows, without Hypothesis building its
# table of 1.1M code points in every fresh worker (issue 19).
@settings(deadline=None, max_examples=300)
@given(st.text(alphabet=st.characters(exclude_categories=("Cs",))))
def test_nothing_a_terminal_obeys_survives(raw: str) -> None:
    cleaned = printable(raw)
    assert not any(
        (ord(c) < 0x20 and c not in "\t\n") or 0x7F <= ord(c) <= 0x9F or c in "\u202a\u202b\u202c\u202d\u202e"
        for c in cleaned
    )
    assert printable(cleaned) == cleaned


def test_io_out_and_err_print_only_printable_text() -> None:
    out, err = io.StringIO(), io.StringIO()
    terminal = Io(stdin=io.StringIO(), stdout=out, stderr=err)
    terminal.out("Enrolled with \x1b]0;owned\x07Project A")
    terminal.err("\x1b[2Jcleared")
    assert out.getvalue() == "Enrolled with Project A\n"
    assert err.getvalue() == "cleared\n"
