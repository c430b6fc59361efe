"""Triage's "seen before" for the desk's pages: counts per identifier, never who reported it.

Plain inputs (the decrypted contents by report ref); the page keeps one index for the desk's
open reports and asks it per report. Pure and quick, but called from the DB thread with the
rest of triage like every op. See charity/seen_before.py.
"""

from __future__ import annotations

from collections.abc import Iterable

from outreach_app.charity.seen_before import Identifier, IdentifierKind, SeenBeforeIndex, SeenCount
from outreach_app.protocol.contents import EnvelopeContent

__all__ = ["Identifier", "IdentifierKind", "SeenBeforeIndex", "SeenCount", "build_index", "seen_before"]


def build_index(reports: Iterable[tuple[str, EnvelopeContent]]) -> SeenBeforeIndex:
    """An index of the desk's decrypted reports (ref, content)."""
    return SeenBeforeIndex(reports)


def seen_before(index: SeenBeforeIndex, report_ref: str) -> list[SeenCount]:
    """Each phone, e-mail, handle and plate of the report with the number of other reports
    that name it (0 when none does), most recurring first."""
    return index.counts_for(report_ref)
