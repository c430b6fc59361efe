"""What the desk's pages ask of a desk vault, beyond ops/desk.py and the deskwork ops.

Thin wrappers that shape one answer per page request (run on the DB thread like every op):
the desk's role before unlock (`ops.desk.desk_role`, re-exported), a report with its "seen before"
counts, the police reports with their contents, and a pull whose withdrawals raise the police
desk's "notify <force>" tasks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from outreach_app.ops import desk, desk_seen_before
from outreach_app.ops.desk import AlertDraft, DeskAlert, QueueItem, QueueState, WithdrawnItem, desk_role
from outreach_app.ops.desk_police import Disclosure, GradedReport, Notice, disclosures, notices, preview
from outreach_app.ops.desk_seen_before import SeenCount
from outreach_app.protocol.contents import CONTENT_MODELS, AlertContent, EnvelopeContent
from outreach_app.protocol.staff import StaffDevice, StaffOrg, StaffRegion
from outreach_app.sharing.suspects import Suspect, find_suspects

if TYPE_CHECKING:
    from outreach_app.charity.police_grading import Evaluation
    from outreach_app.charity.police_report import IntelligenceReport
    from outreach_app.core.vault import VaultSession

POLICE_PURPOSES = ("police_intelligence", "police_referral")

__all__ = [
    "POLICE_PURPOSES",
    "AdminData",
    "AlertsData",
    "DeskSummary",
    "PoliceData",
    "QueueData",
    "QueueItem",
    "QueueState",
    "ReportView",
    "SeenCount",
    "Suspect",
    "admin_data",
    "alerts_data",
    "body_suspects",
    "content_of",
    "desk_role",
    "desk_summary",
    "graded_reports",
    "open_report",
    "police_data",
    "police_items",
    "police_preview",
    "pull_with_notices",
    "queue_data",
]


@dataclass(frozen=True)
class DeskSummary:
    """Who this desk is, without its keys (what a page may hold).

    Attributes:
        role: "alerts", "police" or "admin". desk_id: its id in the key bundle.
        label: how the server's staff log names it. server_url: None until enrolled.
    """

    role: str
    desk_id: str
    label: str
    server_url: str | None


def desk_summary(session: VaultSession) -> DeskSummary:
    me = desk.identity(session)
    return DeskSummary(me.role.value, me.keys.desk_id, me.label, me.server_url)


def content_of(item: QueueItem) -> EnvelopeContent:
    """The queued item's decrypted content as its protocol model (ValueError if it is not one)."""
    model = CONTENT_MODELS.get(item.purpose)
    if model is None:
        raise ValueError(f"no content model for purpose {item.purpose!r}")
    return model.model_validate(item.content)


@dataclass(frozen=True)
class ReportView:
    """One queued report as the Queue page opens it.

    Attributes:
        item: the queue row with its decrypted content.
        seen_before: each identifier of the report and in how many other queued reports it
            appears (counts only: never which reports).
    """

    item: QueueItem
    seen_before: list[SeenCount]


def open_report(session: VaultSession, envelope_id: str) -> ReportView:
    """The report and its "seen before" counts across every report the desk holds."""
    item = desk.show(session, envelope_id)
    reports = []
    for other in desk.queue(session):
        try:
            reports.append((other.envelope_id, content_of(other)))
        except ValueError:
            continue  # a content this version cannot read counts for nothing
    index = desk_seen_before.build_index(reports)
    return ReportView(item, desk_seen_before.seen_before(index, envelope_id))


@dataclass(frozen=True)
class QueueData:
    """What the Queue page lists.

    Attributes:
        items: every report the desk holds, with its decrypted content.
        withdrawn: reports the person withdrew (their decrypted copies are gone).
        notices: the open "notify <force>" tasks withdrawals of disclosed reports raised.
    """

    items: list[QueueItem]
    withdrawn: list[WithdrawnItem]
    notices: list[Notice]


def queue_data(session: VaultSession) -> QueueData:
    return QueueData(desk.queue(session), desk.withdrawn(session), notices(session, open_only=True))


def police_items(session: VaultSession) -> list[QueueItem]:
    """The police reports the desk holds (intelligence and referrals), oldest first."""
    items = [i for purpose in POLICE_PURPOSES for i in desk.queue(session, purpose=purpose)]
    return sorted(items, key=lambda i: (i.pulled_at, i.envelope_id))


def graded_reports(session: VaultSession, grades: dict[str, Evaluation]) -> list[GradedReport]:
    """The chosen police reports (envelope id → the desk's 3x5x2) with their contents."""
    graded = []
    for envelope_id, evaluation in grades.items():
        content = content_of(desk.show(session, envelope_id))
        if isinstance(content, AlertContent):
            raise desk.DeskError("only police reports are disclosed to a force")
        graded.append(GradedReport(content, evaluation))
    return graded


@dataclass(frozen=True)
class PoliceData:
    """What the Police page lists.

    Attributes:
        items: the police reports the desk holds. disclosures: the log, newest first.
        notices: every "notify <force>" task, oldest first (done ones say who and when).
    """

    items: list[QueueItem]
    disclosures: list[Disclosure]
    notices: list[Notice]


def police_data(session: VaultSession) -> PoliceData:
    return PoliceData(police_items(session), disclosures(session), notices(session))


def police_preview(
    session: VaultSession,
    grades: dict[str, Evaluation],
    *,
    agency: str,
    force: str,
    by: str,
    now: datetime,
) -> tuple[list[GradedReport], list[IntelligenceReport]]:
    """The chosen reports with their grades, and the export exactly as it will be written."""
    graded = graded_reports(session, grades)
    return graded, preview(graded, agency=agency, force=force, by=by, now=now)


def pull_with_notices(session: VaultSession, now: datetime, *, catch_up: bool = False) -> desk.PullReport:
    """`desk.pull`, where a withdrawal of a disclosed report raises the notify-force tasks;
    `catch_up`: also the envelopes another desk of the role acknowledged (a second desk)."""
    return desk.pull(session, now, catch_up=catch_up)


@dataclass(frozen=True)
class AlertsData:
    """What the desk's Alerts page lists.

    Attributes:
        alerts: the desk's alerts (drafts, published, ended; `flagged` says why to review).
        sources: the alert envelopes in the queue an alert can be drafted from.
    """

    alerts: list[DeskAlert]
    sources: list[QueueItem]


def alerts_data(session: VaultSession) -> AlertsData:
    return AlertsData(desk.alerts(session), desk.queue(session, purpose="alert"))


def body_suspects(draft: AlertDraft, body: str) -> list[Suspect]:
    """What in `body` might still identify someone (the preview's second pass, as on the worker's
    Review step), with the alert's own structured details kept: warning about them is the point.
    Pure and quick: the page runs it as staff type."""
    keep: list[str] = []
    numbers: list[str] = []
    for person in draft.perpetrators:
        numbers += [str(n) for n in person.get("phone_numbers", ())]
        for name in ("name_used", "hair", "clothing", "distinguishing_features", "website_or_app"):
            if person.get(name):
                keep.append(str(person[name]))
        keep += [str(h) for h in person.get("online_handles", ())]
        keep += [str(e) for e in person.get("email_addresses", ())]
    for vehicle in draft.vehicles:
        keep += [
            str(vehicle[name]) for name in ("make", "model", "colour", "registration") if vehicle.get(name)
        ]
    return find_suspects(body, keep=keep, keep_numbers=numbers)


@dataclass(frozen=True)
class AdminData:
    """What the admin desk's page lists, as the server answered."""

    regions: list[StaffRegion]
    orgs: list[StaffOrg]
    devices: list[StaffDevice]


def admin_data(session: VaultSession) -> AdminData:
    """Regions, organisations and devices in one signed-in call sequence (HTTP: DB thread)."""
    return desk.admin(session, lambda client: AdminData(client.regions(), client.orgs(), client.devices()))
