"""Text made safe for a terminal: no escape sequences, no control characters.

The CLI prints strings that came from the server (an organisation's or region's name,
alert text) and from records. A terminal obeys what it is sent: `ESC ] 0 ; … BEL` sets
the window title, other sequences move the cursor, rewrite earlier lines, or on some
terminals answer back into the input; a carriage return hides what came before it on the
line; bidirectional overrides show text in another order than it is stored. So every
line the CLI prints for people goes through `printable`, which removes escape sequences
whole and drops every other control character but newline and tab. (`--json` output is
safe already: JSON escapes every control character.)
"""

from __future__ import annotations

import re

# ESC-introduced sequences, removed whole: OSC/DCS/PM/APC/SOS strings up to their
# terminator (BEL or ESC \) or the end, CSI with its parameters, and two-character escapes.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b[\]P^_X][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC, DCS, PM, APC, SOS
    r"|\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI
    r"|\x1b[ -/]*[0-~]?"  # other escapes (charset, keypad, reset)
    r"|[\x90\x9d\x9e\x9f\x98][^\x07\x1b\x9c]*[\x07\x9c]?"  # 8-bit OSC/DCS/PM/APC/SOS
    r"|\x9b[0-?]*[ -/]*[@-~]?"  # 8-bit CSI
)
# Every other C0/C1 control but \t and \n, DEL, and the bidirectional overrides/isolates.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` without escape sequences or control characters (newlines and tabs kept)."""
    return _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", text))
