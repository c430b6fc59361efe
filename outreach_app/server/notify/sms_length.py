"""How many SMS segments a text costs: GSM-7 when every character is in the GSM 03.38
alphabet (160 characters in one segment, 153 per segment when split; the extension
characters count twice), else UCS-2 (70, then 67 per segment; a character outside the
Basic Multilingual Plane counts twice). Romanian's ș/ț, Polish, Hungarian's ő/ű, Bulgarian,
Thai, Chinese and Vietnamese all need UCS-2, so their messages cost more segments; the
warnings catalogs are kept short for that (tests/server/test_warning_catalogs.py), and
docs/warnings.md gives the figures per language.
"""

from __future__ import annotations

from typing import Literal

_GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENSION = frozenset("^{}\\[~]|€\f")

Encoding = Literal["GSM-7", "UCS-2"]


def encoding(text: str) -> Encoding:
    return "GSM-7" if all(ch in _GSM_BASIC or ch in _GSM_EXTENSION for ch in text) else "UCS-2"


def segments(text: str) -> tuple[Encoding, int]:
    """The encoding a phone network uses for `text` and the number of segments it is sent in."""
    if encoding(text) == "GSM-7":
        units = sum(2 if ch in _GSM_EXTENSION else 1 for ch in text)
        single, part = 160, 153
        return "GSM-7", 1 if units <= single else -(-units // part)
    units = sum(2 if ord(ch) > 0xFFFF else 1 for ch in text)
    single, part = 70, 67
    return "UCS-2", 1 if units <= single else -(-units // part)
