from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body

from outreach_app.protocol.audit import AuditHead, AuditHeadReceipt
from outreach_app.protocol.errors import ErrorCode
from outreach_app.protocol.version import V2_AUDIT_HEAD_PATH
from outreach_app.server.api.deps import Device, State
from outreach_app.server.api.errors import AUTH_ERRORS, ApiError, _doc
from outreach_app.server.api.route_class import LimitedJsonRoute
from outreach_app.server.db import audit
from outreach_app.server.db.retry import retry_on_race

router = APIRouter(route_class=LimitedJsonRoute, tags=["audit"])


@router.post(
    V2_AUDIT_HEAD_PATH,
    response_model=AuditHeadReceipt,
    responses={
        **AUTH_ERRORS,
        422: _doc("not a valid head, or a newer head whose links do not extend the held one"),
    },
)
def post_audit_head(head: Annotated[AuditHead, Body()], device: Device, state: State) -> AuditHeadReceipt:
    """Offer the device's audit-chain head; the server keeps it only if it extends the held one."""

    def offer() -> AuditHeadReceipt:
        with state.engine.begin() as conn:
            return audit.offer(conn, device.device_id, device.org_id, head, state.clock)

    try:
        return retry_on_race(offer)
    except audit.NotExtendedError:
        raise ApiError(422, ErrorCode.AUDIT_HEAD_NOT_EXTENDED) from None


@router.get(
    V2_AUDIT_HEAD_PATH,
    response_model=AuditHeadReceipt,
    responses={**AUTH_ERRORS, 404: _doc("no head held for this device yet")},
)
def get_audit_head(device: Device, state: State) -> AuditHeadReceipt:
    """The head the server holds for the calling device."""
    with state.engine.connect().execution_options(sqlite_begin="DEFERRED") as conn, conn.begin():
        held = audit.held(conn, device.device_id)
    if held is None:
        raise ApiError(404, ErrorCode.NOT_FOUND)
    return held
