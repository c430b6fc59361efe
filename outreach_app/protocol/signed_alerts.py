"""Signed alerts (protocol v2): the alerts desk signs each alert version; devices check it.

An alert is the canonical JSON of `alerts.Alert` (without v1's reserved `signature` field),
signed with the Ed25519 key of an alerts desk of the charity's key bundle. The signature and
the desk id travel with it: the charity's tool writes a SignedAlert file, the server checks
it against its installed bundle before publishing it (`outreach-server alert publish-signed`),
the feed carries it unchanged, and each device checks it against its pinned bundle. A device
refuses an unsigned or badly signed alert with a visible warning, never silently; a handout
prints the alert's short fingerprint so a reader can compare it with the charity's copy.

`signature` and `desk_id` are optional in the model so one bad entry does not make the whole
feed unreadable: `verify_alert` is what refuses it.
"""

from __future__ import annotations

from typing import Annotated

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import UUID4, Field, model_validator

from outreach_app.protocol.alerts import Alert, Cursor, FeedEntryKind
from outreach_app.protocol.base import ResponseModel
from outreach_app.protocol.canonical import canonical_json
from outreach_app.protocol.keys import DeskId, DeskRole, KeyBundle
from outreach_app.protocol.limits import ALERT_FEED_MAX_LIMIT
from outreach_app.protocol.signing import SignatureError, short_fingerprint, sign, verify

ALERT_DOMAIN_TAG = b"outreach alert v2\x00"


class SignedAlert(ResponseModel):
    """An alert with the signature of the alerts desk `desk_id` over `alert_signed_bytes(alert)`."""

    alert: Alert
    desk_id: DeskId | None = None
    signature: Annotated[str, Field(max_length=200)] | None = None


def alert_signed_bytes(alert: Alert) -> bytes:
    """The exact bytes an alerts desk signs: the domain tag, then the alert's canonical JSON."""
    if alert.signature is not None:
        raise ValueError("a v2 alert carries its signature beside it, not in the v1 field")
    return ALERT_DOMAIN_TAG + canonical_json(alert)


def alert_fingerprint(alert: Alert) -> str:
    """The handout's short fingerprint: the first 8 bytes of SHA-256 of the signed bytes,
    printed `XXXX-XXXX-XXXX-XXXX`."""
    return short_fingerprint(alert_signed_bytes(alert))


def sign_alert(desk_key: Ed25519PrivateKey, desk_id: str, alert: Alert) -> SignedAlert:
    return SignedAlert(alert=alert, desk_id=desk_id, signature=sign(desk_key, alert_signed_bytes(alert)))


def verify_alert(signed: SignedAlert, bundle: KeyBundle) -> Alert:
    """The alert when an alerts desk of `bundle` signed exactly it; SignatureError saying why not."""
    if signed.signature is None or signed.desk_id is None:
        raise SignatureError("the alert is not signed")
    desk = bundle.desk(signed.desk_id)
    if desk is None or desk.role is not DeskRole.ALERTS or desk.sign_public is None:
        raise SignatureError("the alert is signed by a desk the charity's key bundle does not list")
    try:
        message = alert_signed_bytes(signed.alert)
    except ValueError as exc:
        raise SignatureError(str(exc)) from None
    verify(desk.sign_public, message, signed.signature)
    return signed.alert


class SignedAlertFeedEntry(ResponseModel):
    """As v1's AlertFeedEntry, with `signed` (the SignedAlert) on `upsert` entries."""

    alert_id: UUID4
    kind: FeedEntryKind
    signed: SignedAlert | None = None

    @model_validator(mode="after")
    def _shape(self) -> SignedAlertFeedEntry:
        if self.kind is FeedEntryKind.UPSERT:
            if self.signed is None:
                raise ValueError("an upsert entry carries the signed alert")
            if self.signed.alert.alert_id != self.alert_id:
                raise ValueError("alert_id must equal the alert's id")
        elif self.signed is not None:
            raise ValueError("only upsert entries carry an alert")
        return self


class SignedAlertFeed(ResponseModel):
    """Answer to `GET /v2/alerts` (fields as v1's AlertFeed)."""

    entries: Annotated[list[SignedAlertFeedEntry], Field(max_length=ALERT_FEED_MAX_LIMIT)] = Field(
        default_factory=list
    )
    has_more: bool = False
    next_cursor: Cursor
    reset: bool = False
