"""Which alerts may be sent to subscribers at all.

Issue 23: "when signed alerts land, only signed alerts are sent". With protocol v2 (issue 21)
an alert goes to subscribers only when it is published and carries a valid signature, over
exactly its stored content, by an alerts desk of the charity's installed key bundle: the same
check `outreach-server alert publish-signed` and every device make. `publish-signed` already
refuses anything else, so this is a second lock: a row written around it (by hand, by an old
server, or before the desk was dropped from a rotated bundle) is never sent.
"""

from __future__ import annotations

from pydantic import ValidationError

from outreach_app.protocol.alerts import Alert
from outreach_app.protocol.keys import KeyBundle
from outreach_app.protocol.signed_alerts import SignedAlert, verify_alert
from outreach_app.protocol.signing import SignatureError


def alert_is_sendable(
    content: str, status: str, desk_id: str | None, signature: str | None, bundle: KeyBundle | None
) -> bool:
    """True when the stored alert may go to subscribers: it is published, and `signature` by
    the alerts desk `desk_id` of `bundle` (the installed one) verifies over `content` (the
    alert's canonical JSON as stored). No bundle installed: nothing is sendable."""
    if status != "published" or bundle is None or desk_id is None or signature is None:
        return False
    try:
        signed = SignedAlert(alert=Alert.model_validate_json(content), desk_id=desk_id, signature=signature)
        verify_alert(signed, bundle)
    except (ValidationError, SignatureError, ValueError):
        return False
    return True
