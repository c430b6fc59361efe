"""The slip and the handout in every catalog language: rendered to PDF, text read back with
pdftotext (poppler) and compared, so a glyph missing from the installed fonts (Thai, CJK)
shows up as missing text."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from outreach_app.domain import texts
from outreach_app.services.handout import Handout, HandoutAlert, handout_pdf, human_date, slip_pdf
from outreach_app.sharing.consent import slip_text

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)
CODE = "7KQ2-MX9D-4HTB-0WZR"


def _squeezed(value: str) -> str:
    # Line breaks and spacing are the layout's (Thai and Chinese have no spaces to keep).
    # NFKC: CJK fonts share glyphs with the Kangxi radicals (U+2F49 for 月), which pdftotext
    # reports as the radical.
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", value))


# The Thai fonts Debian installs (TLWG) draw tone marks and upper vowels shifted for stacking
# with private-use glyphs, which pdftotext reports as U+F700-U+F71A: map them back (the
# standard Thai font PUA layout) to compare text, not glyph variants.
_THAI_PUA = dict(
    zip(
        range(0xF700, 0xF71B),
        "\u0e10\u0e34\u0e35\u0e36\u0e37\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e48\u0e49\u0e4a\u0e4b"
        "\u0e4c\u0e0d\u0e31\u0e4d\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e38\u0e39\u0e3a",
        strict=True,
    )
)


def _read_back(expected: str, extracted: str) -> bool:
    """Whether `expected` is in `extracted`. Thai: every character is there (pdftotext may put
    a tone mark after the following consonant in a stacked cluster: the glyphs are all drawn)."""
    want, got = _squeezed(expected), _squeezed(extracted.translate(_THAI_PUA))
    if want in got:
        return True
    if any("\u0e00" <= char <= "\u0e7f" for char in want):
        return not Counter(want) - Counter(got)
    return False


def _pdftotext(data: bytes, tmp_path: Path) -> str:
    source = tmp_path / "doc.pdf"
    source.write_bytes(data)
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(source), "-"], capture_output=True, check=True, text=True
    )
    return result.stdout


@pytest.mark.parametrize("lang", texts.LANGUAGES)
def test_slip_reads_back_in_every_language(qapp, lang: str, tmp_path: Path) -> None:
    extracted = _pdftotext(slip_pdf(CODE, lang), tmp_path)
    assert _read_back(slip_text(CODE, lang), extracted)
    assert len(_squeezed(extracted)) == len(_squeezed(slip_text(CODE, lang)))  # nothing else


@pytest.mark.parametrize("lang", texts.LANGUAGES)
def test_handout_reads_back_in_every_language(qapp, lang: str, tmp_path: Path) -> None:
    alert = HandoutAlert(
        title="Silver car",
        body="Refused to pay.",
        what="Non-payment",
        issued_on=date(2026, 11, 20),
        expires_on=date(2026, 12, 20),
        descriptions=("Silver Ford Focus, plate AB12 CDE",),
        area="Harbour Road",
        advice="Avoid this person.",
    )
    handout = Handout("North", [alert], date(2026, 11, 29), date(2026, 11, 28), languages=(lang,))
    extracted = _pdftotext(handout_pdf(handout), tmp_path)
    langs = (lang,)
    expected = [
        texts.text("handout.title", lang, area="North"),
        texts.text("handout.printed", lang, date=human_date(date(2026, 11, 29), langs)),
        texts.text("handout.synced", lang, date=human_date(date(2026, 11, 28), langs)),
        texts.text(
            "handout.dates",
            lang,
            issued=human_date(date(2026, 11, 20), langs),
            expires=human_date(date(2026, 12, 20), langs),
        ),
        texts.text("handout.area", lang, area="Harbour Road"),
        texts.text("handout.what_happened", lang),
        texts.text("handout.look_out_for", lang),
        texts.text("handout.what_to_do", lang),
    ]
    for words in expected:
        assert _read_back(words, extracted), f"{lang}: {words!r} not read back"


def test_handout_prints_two_languages_side_by_side(qapp, tmp_path: Path) -> None:
    handout = Handout("North", [], date(2026, 11, 29), None, languages=("ro", "en"))
    extracted = _squeezed(_pdftotext(handout_pdf(handout), tmp_path))
    assert _squeezed("Alerte de siguranță: North / Safety alerts: North") in extracted
    assert (
        _squeezed("Nicio alertă în vigoare pentru această zonă. / No current alerts for this area.")
        in extracted
    )
