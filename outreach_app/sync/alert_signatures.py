"""Signed alerts on the device (protocol v2): only alerts an alerts desk of the pinned key
bundle signed are stored and shown.

`verified_feed` turns a SignedAlertFeed page into the AlertFeed the alerts store applies,
keeping `expire` and `withdraw` entries (they only remove), and every upsert whose
signature checks; each refused upsert becomes a RefusedAlert that the sync pass reports as a
visible warning (never a silent drop). A refused alert is not stored; an earlier, validly
signed version stays until the charity sends a valid one or withdraws it.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from outreach_app.protocol.alerts import AlertFeed, AlertFeedEntry, FeedEntryKind
from outreach_app.protocol.keys import KeyBundle
from outreach_app.protocol.signed_alerts import SignedAlertFeed, verify_alert
from outreach_app.protocol.signing import SignatureError
from outreach_app.storage.connection import Connection
from outreach_app.storage.repos.settings import delete_setting, set_setting

REFUSED_ALERTS_SETTING = "alerts.refused_warning"
"""The last pass's warning about refused alerts (the alerts page shows it); absent when none."""


@dataclass(frozen=True, slots=True)
class RefusedAlert:
    alert_id: UUID
    reason: str


def verified_feed(feed: SignedAlertFeed, bundle: KeyBundle) -> tuple[AlertFeed, list[RefusedAlert]]:
    entries: list[AlertFeedEntry] = []
    refused: list[RefusedAlert] = []
    for entry in feed.entries:
        if entry.kind is not FeedEntryKind.UPSERT or entry.signed is None:
            entries.append(AlertFeedEntry(alert_id=entry.alert_id, kind=entry.kind))
            continue
        try:
            alert = verify_alert(entry.signed, bundle)
        except SignatureError as exc:
            refused.append(RefusedAlert(entry.alert_id, str(exc)))
            continue
        entries.append(AlertFeedEntry(alert=alert, alert_id=entry.alert_id, kind=entry.kind))
    page = AlertFeed(entries=entries, has_more=feed.has_more, next_cursor=feed.next_cursor, reset=feed.reset)
    return page, refused


def refusal_warning(refused: list[RefusedAlert]) -> str:
    """The line a sync pass shows when alerts were refused (counts and reasons, no alert text)."""
    reasons = sorted({item.reason for item in refused})
    count = len(refused)
    noun = "alert was" if count == 1 else "alerts were"
    return (
        f"{count} {noun} refused because the charity's signature did not check out "
        f"({'; '.join(reasons)}): they are not shown. Tell the charity."
    )


def keep_refusal_warning(conn: Connection, warning: str | None) -> None:
    """Keep the pass's warning for the alerts page (None: the last pass refused nothing)."""
    if warning is None:
        delete_setting(conn, REFUSED_ALERTS_SETTING)
    else:
        set_setting(conn, REFUSED_ALERTS_SETTING, warning)
