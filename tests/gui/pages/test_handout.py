"""The printed handout and withdrawal slip: what is on the paper, and what is not."""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader

from outreach_app.services.handout import (
    Handout,
    HandoutAlert,
    PrintCancelledError,
    handout_pdf,
    slip_pdf,
)
from tests.gui.contrast import ink_contrast, rasterise_pdf
from tests.gui.pdf_text import pdf_pages_text, pdf_text


def _alert(n: int) -> HandoutAlert:
    return HandoutAlert(
        title=f"Silver car driver number {n}",
        body="Refused to pay and threatened a worker, then drove off towards the ring road.",
        what="Non-payment, Threats or intimidation",
        issued_on=date(2026, 11, 20),
        expires_on=date(2026, 12, 20),
        descriptions=(
            "Man, aged 30-40, stocky, shaved head, phone 07700 900123",
            "Silver Ford Focus, plate AB12 CDE",
        ),
        severity="Warning",
        area="Harbour Road",
        advice="Avoid this person. Tell your outreach worker if they approach you.",
    )


def test_handout_is_a4_with_every_alert_dates_and_last_sync(qapp) -> None:
    handout = Handout("Harbour Road", [_alert(n) for n in range(12)], date(2026, 11, 29), date(2026, 11, 28))
    pages: list[tuple[int, int]] = []
    data = handout_pdf(handout, progress=lambda done, total: pages.append((done, total)))
    reader = PdfReader(io.BytesIO(data))
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (210, 297)
    assert len(reader.pages) >= 2 and pages[-1] == (len(reader.pages), len(reader.pages))
    text = pdf_text(data)
    for n in range(12):
        assert f"Silver car driver number {n}" in text
    assert "Issued 20 Nov 2026" in text and "valid until 20 Dec 2026" in text
    assert "28 Nov 2026 (last sync)" in text and "Harbour Road" in text


def test_the_handout_is_a_bulletin_of_boxed_alerts_four_or_more_to_a_page(qapp, tmp_path) -> None:
    handout = Handout(
        "Harbour Road",
        [_alert(n) for n in range(9)],
        date(2026, 11, 29),
        date(2026, 11, 28),
        contact_line="Outreach van 07700 900456",
    )
    data = handout_pdf(handout)
    pages = pdf_pages_text(data)
    assert len(pages) == len(PdfReader(io.BytesIO(data)).pages)
    per_page = [sum(f"number {n}" in re.sub(r"\s+", " ", page) for n in range(9)) for page in pages]
    assert per_page[0] >= 4 and sum(per_page) == 9  # every alert once, none split or lost
    for number, page in enumerate(pages, start=1):
        text = re.sub(r"\s+", " ", page)
        assert "Contact: Outreach van 07700 900456" in text  # on every page
        assert f"Page {number} of {len(pages)}" in text
    text = re.sub(r"\s+", " ", " ".join(pages))  # as pdf_text(data) gives it
    for words in ("WARNING", "Area: Harbour Road", "What happened:", "What to do:", "Look out for:"):
        assert words in text, words
    assert "07700 900123" in text and "AB12 CDE" in text
    # Each alert is boxed: the rendered page has closed rectangles around the text.
    page = rasterise_pdf(data, tmp_path, dpi=60)[0]
    assert _horizontal_rules(page) >= 2 * per_page[0]


def _horizontal_rules(image: Any) -> int:
    """Rows of the image that are mostly dark: the top and bottom edges of the boxes."""
    rules = 0
    previous_dark = False
    for y in range(image.height()):
        dark = sum(image.pixelColor(x, y).lightness() < 128 for x in range(0, image.width(), 4))
        is_rule = dark > image.width() / 4 * 0.6
        if is_rule and not previous_dark:
            rules += 1
        previous_dark = is_rule
    return rules


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_printed_text_is_black_on_white_whatever_the_theme(qapp, tmp_path, theme) -> None:
    from outreach_app.ui.theme import apply_theme

    previous = qapp.palette()
    apply_theme(qapp, theme)
    try:
        slip = rasterise_pdf(slip_pdf("ABCD-EFGH-JKMN-PQRS"), tmp_path / "slip")
        handout = rasterise_pdf(
            handout_pdf(Handout("North", [_alert(1)], date(2026, 11, 29), None)), tmp_path / "handout"
        )
    finally:
        qapp.setPalette(previous)
    assert ink_contrast(slip[0]) >= 7.0
    assert ink_contrast(handout[0]) >= 7.0


def test_handout_says_when_there_are_no_alerts_or_no_sync(qapp) -> None:
    text = pdf_text(handout_pdf(Handout("North", [], date(2026, 11, 29), None)))
    assert "No current alerts" in text and "never been updated" in text


def test_cancelling_stops_before_anything_is_returned(qapp) -> None:
    handout = Handout("North", [_alert(n) for n in range(30)], date(2026, 11, 29), None)
    with pytest.raises(PrintCancelledError):
        handout_pdf(handout, cancelled=lambda: True)


def test_slip_holds_the_code_and_neutral_words_only(qapp) -> None:
    text = pdf_text(slip_pdf("ABCD-EFGH-JKMN-PQRS"))
    assert "ABCD-EFGH-JKMN-PQRS" in text
    lowered = text.lower()
    for giveaway in ("outreach", "charity", "report", "police", "incident", "alert", "project"):
        assert giveaway not in lowered
