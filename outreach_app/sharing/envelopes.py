"""From the previewed report to sealed envelopes (protocol v2): pure, no I/O.

The person consents to, and the worker previews, the incident's SharedReport (anonymise.py).
What leaves is derived from it here, never from the incident: one envelope per consented
envelope purpose (alert, police intelligence, police referral), each holding only that
purpose's section and sealed to the desk of the charity's key bundle that receives the
purpose. So nothing can leave that the preview did not show. Statistics never leave per
report: they are counted into the monthly aggregates (sharing/aggregates.py).

Police intelligence is generalised further on the way: the month instead of the date, and no
`police_told` (docs/sharing.md). The referral, which the person asked for, keeps the date.

Envelope ids are derived from the item's report id (a random UUID4 that never leaves in v2)
with a keyed hash per purpose, so the preview and the sealed envelope agree, a version's
`supersedes` can name the same purpose's earlier envelope, and no two envelopes of one
incident share an id; without the report id nobody can link them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from uuid import UUID

from outreach_app.crypto.sealing import seal
from outreach_app.domain.enums import Purpose
from outreach_app.protocol.canonical import canonical_json
from outreach_app.protocol.contents import (
    AlertContent,
    EnvelopeContent,
    PoliceIntelligenceContent,
    PoliceReferralContent,
)
from outreach_app.protocol.envelopes import EnvelopeHeader, ciphertext_hash
from outreach_app.protocol.keys import KeyBundle
from outreach_app.protocol.reports import SharedReport

ENVELOPE_ID_TAG = b"outreach envelope id v2|"


class NoDeskError(ValueError):
    """The charity's key bundle has no desk for a consented purpose (the bundle must be updated)."""


def envelope_id_for(report_id: UUID, purpose: Purpose) -> UUID:
    """The envelope id of `purpose` for the item sealed as `report_id`: HMAC-SHA256 keyed by
    the report id's bytes, shaped as a UUID4 (version and variant bits set)."""
    digest = hmac.new(report_id.bytes, ENVELOPE_ID_TAG + purpose.value.encode(), hashlib.sha256).digest()
    raw = bytearray(digest[:16])
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    return UUID(bytes=bytes(raw))


def month_of(report: SharedReport) -> str:
    return report.date.strftime("%Y-%m")


def contents_for(report: SharedReport) -> dict[Purpose, EnvelopeContent]:
    """The content of every envelope purpose the report holds, by purpose."""
    contents: dict[Purpose, EnvelopeContent] = {}
    common = {"incident_types": report.incident_types, "region_id": report.region_id}
    if report.alert is not None:
        section = report.alert
        contents[Purpose.ALERT] = AlertContent(
            date=report.date,
            envelope_id=envelope_id_for(report.report_id, Purpose.ALERT),
            part_of_day=report.part_of_day,
            perpetrators=section.perpetrators,
            summary=section.summary,
            vehicles=section.vehicles,
            weapon_used=section.weapon_used,
            **common,
        )
    if report.police_intelligence is not None:
        intel = report.police_intelligence
        contents[Purpose.POLICE_INTELLIGENCE] = PoliceIntelligenceContent(
            envelope_id=envelope_id_for(report.report_id, Purpose.POLICE_INTELLIGENCE),
            injured=intel.injured,
            injury_severity=intel.injury_severity,
            month=month_of(report),
            part_of_day=report.part_of_day,
            perpetrators=intel.perpetrators,
            summary=intel.summary,
            vehicles=intel.vehicles,
            weapon_used=intel.weapon_used,
            **common,
        )
    if report.police_referral is not None:
        referral = report.police_referral
        contents[Purpose.POLICE_REFERRAL] = PoliceReferralContent(
            date=report.date,
            envelope_id=envelope_id_for(report.report_id, Purpose.POLICE_REFERRAL),
            injured=referral.injured,
            injury_severity=referral.injury_severity,
            part_of_day=report.part_of_day,
            **common,
        )
    return contents


@dataclass(frozen=True, slots=True)
class SealedEnvelope:
    """One envelope ready for the outbox: the clear header and the base64 sealed box."""

    purpose: Purpose
    header: EnvelopeHeader
    ciphertext: str

    @property
    def header_text(self) -> str:
        return canonical_json(self.header).decode("utf-8")


def seal_report(
    report: SharedReport,
    *,
    bundle: KeyBundle,
    org: UUID,
    verifiers: dict[str, str],
    earlier_purposes: frozenset[Purpose] = frozenset(),
) -> list[SealedEnvelope]:
    """Seal each envelope purpose of `report` to its desk.

    Args:
        verifiers: the consent's per-purpose verifiers (verifier.purpose_verifiers).
        earlier_purposes: the purposes the version named by `report.supersedes` held (an
            envelope supersedes the same purpose's envelope of that version, nothing else).
    Raises NoDeskError when the bundle has no desk for a purpose; nothing is sealed then.
    """
    contents = contents_for(report)
    desks = {}
    for purpose in contents:
        desk = bundle.desk_for(purpose)
        if desk is None:
            raise NoDeskError(f"the charity's key bundle has no desk for {purpose.value}")
        desks[purpose] = desk
    sealed: list[SealedEnvelope] = []
    for purpose, content in contents.items():
        box = seal(canonical_json(content), desks[purpose].enc_public)
        supersedes = (
            envelope_id_for(report.supersedes, purpose)
            if report.supersedes is not None and purpose in earlier_purposes
            else None
        )
        header = EnvelopeHeader(
            content_hash=ciphertext_hash(box),
            desk_id=desks[purpose].desk_id,
            envelope_id=content.envelope_id,
            month=month_of(report),
            org=org,
            purpose=purpose.value,
            region=report.region_id,
            supersedes=supersedes,
            verifier=verifiers[purpose.value],
        )
        sealed.append(SealedEnvelope(purpose, header, base64.b64encode(box).decode("ascii")))
    return sealed
