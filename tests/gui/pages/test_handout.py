"""The printed handout and withdrawal slip: what is on the paper, and what is not."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from outreach_app.services.handout import (
    Handout,
    HandoutAlert,
    PrintCancelledError,
    handout_pdf,
    slip_pdf,
)


def pdf_text(data: bytes) -> str:
    """All text of a PDF with whitespace collapsed (pypdf separates words with tabs)."""
    reader = PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def _alert(n: int) -> HandoutAlert:
    return HandoutAlert(
        title=f"Silver car driver number {n}",
        body="Refused to pay and threatened a worker.",
        what="Non-payment",
        issued_on=date(2026, 11, 20),
        expires_on=date(2026, 12, 20),
        descriptions=("Silver Ford Focus, plate AB12CDE",),
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
    assert "Issued 2026-11-20" in text and "valid until 2026-12-20" in text
    assert "2026-11-28 (last sync)" in text and "Harbour Road" in text


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
