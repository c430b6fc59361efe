"""The police export as PDF: rendered for real, written by the op, read back with pdftotext."""

from __future__ import annotations

import shutil
import stat
import subprocess
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

from outreach_app.core.vault import VaultSession
from outreach_app.ops import desk_police
from outreach_app.ops.desk_police import GradedReport, parse_evaluation
from outreach_app.services.police_pdf import render_police_pdf
from tests.unit.charity.police_samples import intelligence, referral
from tests.unit.ops.conftest import session  # noqa: F401 - the real vault fixture

NOW = datetime(2026, 4, 3, 9, 0, tzinfo=UTC)


def pdf_text(path: Path) -> str:
    pdftotext = shutil.which("pdftotext")
    assert pdftotext is not None, "poppler-utils' pdftotext is part of the test toolchain"
    out = subprocess.run([pdftotext, "-layout", str(path), "-"], check=True, capture_output=True, text=True)
    return unicodedata.normalize("NFKC", out.stdout)  # ligatures ("ﬀ") back to letters


def test_the_pdf_prints_each_report_on_its_own_page_with_its_grades(
    session: VaultSession,  # noqa: F811
    tmp_path: Path,
) -> None:
    hostile = '<b>not bold</b> =HYPERLINK("x") & Łódź'
    first, second = intelligence(summary=hostile), referral()
    reports = [
        GradedReport(first, parse_evaluation("2B P")),
        GradedReport(second, parse_evaluation("1A C", "For the investigating officer only")),
    ]
    dest = tmp_path / "to-police.pdf"
    desk_police.export_police(
        session,
        reports,
        fmt="pdf",
        dest=dest,
        agency="Safe Nights",
        force="West Yorkshire Police",
        by="J. Khan",
        now=NOW,
        confirmed=True,
        render_pdf=render_police_pdf,
    )
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    assert dest.read_bytes().startswith(b"%PDF-")
    text = pdf_text(dest)
    pages = text.split("\f")
    assert "Intelligence report 1 of 2" in pages[0] and "Intelligence report 2 of 2" in pages[1]
    assert str(first.envelope_id) in pages[0] and str(second.envelope_id) in pages[1]
    assert "2B P" in pages[0] and "2 - Untested" in pages[0] and "P - Lawful sharing permitted" in pages[0]
    assert "1A C" in pages[1] and "For the investigating officer only" in pages[1]
    assert "+447700900123" in pages[0] and "AB12CDE" in pages[0]
    assert hostile in " ".join(pages[0].split())  # printed as text, never as markup
    assert "West Yorkshire Police" in text and "J. Khan" in text
    [logged] = desk_police.disclosures(session)
    assert logged.format == "pdf" and len(logged.reports) == 2
