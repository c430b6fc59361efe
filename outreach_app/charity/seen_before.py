""" "Seen before": the same phone number, e-mail address, handle or plate across the reports a
desk has decrypted, counted — never who reported it.

A desk keeps one `SeenBeforeIndex` of its open reports (add as they are decrypted, remove as
they are withdrawn or deleted) and asks it, for one report, how many *other* reports name each
of that report's identifiers. The answer holds the identifier and a count only: no other
report's id, organisation, region or date, so the desk learns that a number recurs, not who
else reported it.

Matching is on the normal form the devices already send (the protocol refuses anything
else), normalised again here with the same functions (domain.normalise for phones, e-mail
addresses and plates; protocol.base for handles) so a value typed on the desk matches too.
Partial phone numbers and plates match only the same partial value.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from outreach_app.domain.normalise import normalise_email, normalise_phone, normalise_plate
from outreach_app.protocol.base import normalise_handle
from outreach_app.protocol.contents import EnvelopeContent, PoliceReferralContent


class IdentifierKind(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    HANDLE = "handle"
    PLATE = "plate"


_NORMALISERS = {
    IdentifierKind.PHONE: normalise_phone,
    IdentifierKind.EMAIL: normalise_email,
    IdentifierKind.HANDLE: normalise_handle,
    IdentifierKind.PLATE: normalise_plate,
}


@dataclass(frozen=True, slots=True, order=True)
class Identifier:
    kind: IdentifierKind
    value: str


@dataclass(frozen=True, slots=True)
class SeenCount:
    """One identifier of a report and in how many other reports the desk holds it appears."""

    identifier: Identifier
    other_reports: int


def identifier(kind: IdentifierKind | str, raw: str) -> Identifier | None:
    """`raw` in its normal form (None if nothing is left of it, e.g. a plate of punctuation)."""
    kind = IdentifierKind(kind)
    value = _NORMALISERS[kind](raw)
    return Identifier(kind, value) if value else None


def identifiers_of(content: EnvelopeContent) -> frozenset[Identifier]:
    """Every phone, e-mail, handle and plate a decrypted content names (each once)."""
    if isinstance(content, PoliceReferralContent):
        return frozenset()  # a referral names no perpetrator or vehicle
    found: set[Identifier | None] = set()
    for perpetrator in content.perpetrators:
        found.update(identifier(IdentifierKind.PHONE, v) for v in perpetrator.phone_numbers)
        found.update(identifier(IdentifierKind.EMAIL, v) for v in perpetrator.email_addresses or ())
        found.update(identifier(IdentifierKind.HANDLE, v) for v in perpetrator.online_handles)
    found.update(identifier(IdentifierKind.PLATE, v.registration) for v in content.vehicles if v.registration)
    return frozenset(i for i in found if i is not None)


class SeenBeforeIndex:
    """Which reports name which identifiers, for the desk's open reports (in memory only)."""

    def __init__(self, reports: Iterable[tuple[str, EnvelopeContent]] = ()) -> None:
        self._by_report: dict[str, frozenset[Identifier]] = {}
        self._reports_naming: defaultdict[Identifier, set[str]] = defaultdict(set)
        for ref, content in reports:
            self.add(ref, content)

    def add(self, report_ref: str, content: EnvelopeContent) -> None:
        """Index a decrypted report (again: replaces what it named before)."""
        self.remove(report_ref)
        named = identifiers_of(content)
        self._by_report[report_ref] = named
        for ident in named:
            self._reports_naming[ident].add(report_ref)

    def remove(self, report_ref: str) -> None:
        """Forget a report (withdrawn, deleted); unknown refs are ignored."""
        for ident in self._by_report.pop(report_ref, frozenset()):
            refs = self._reports_naming[ident]
            refs.discard(report_ref)
            if not refs:
                del self._reports_naming[ident]

    def __len__(self) -> int:
        return len(self._by_report)

    def counts_for(self, report_ref: str) -> list[SeenCount]:
        """For each identifier of the report: in how many *other* reports it appears (sorted by
        count, most first, then by identifier). A report the index does not hold has none."""
        counts = [
            SeenCount(ident, len(self._reports_naming[ident] - {report_ref}))
            for ident in self._by_report.get(report_ref, frozenset())
        ]
        return sorted(counts, key=lambda c: (-c.other_reports, c.identifier))

    def count_of(self, kind: IdentifierKind | str, raw: str) -> int:
        """How many reports name a value the desk typed (0 for one that normalises to nothing)."""
        ident = identifier(kind, raw)
        return len(self._reports_naming.get(ident, ())) if ident is not None else 0
