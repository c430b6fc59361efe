"""The staff API for the charity's desks (issue 22; protocol/staff.py, docs/protocol.md).

- enrolment with a desk code and the desk's own public key; challenge and token sign-in;
- alerts and police desks: pull the still-sealed envelopes of their purposes across every
  organisation, acknowledge them, ask which of those they hold were withdrawn;
- the alerts desk: publish (or a new version of) an alert it signed, expire, withdraw;
- the admin desk: regions, organisations, enrolment codes, devices;
- any desk: the monthly statistics summed across organisations (exact; the desk applies the
  disclosure rule where it shows or prints them).

Every staff action is written to the staff log (who: the desk; what; when; how many) in
the transaction of the action itself. A role may only do its own work (403 otherwise).
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

from fastapi import APIRouter, Body, Depends, Query, Response
from fastapi.security import HTTPAuthorizationCredentials
from sqlalchemy import Connection, select

from outreach_app.protocol.alerts import Alert
from outreach_app.protocol.device_auth import Challenge, ChallengeRequest, DeviceToken, TokenRequest
from outreach_app.protocol.errors import ErrorBody, ErrorCode
from outreach_app.protocol.signed_alerts import SignedAlert, alert_fingerprint
from outreach_app.protocol.staff import (
    MAX_STAFF_PAGE,
    STAFF_ACK_PATH,
    STAFF_ALERTS_PATH,
    STAFF_CHALLENGE_PATH,
    STAFF_DEVICES_PATH,
    STAFF_ENROLL_CODES_PATH,
    STAFF_ENROLL_PATH,
    STAFF_ENVELOPES_PATH,
    STAFF_ORGS_PATH,
    STAFF_REGIONS_PATH,
    STAFF_STATS_PATH,
    STAFF_TOKEN_PATH,
    STAFF_WITHDRAWN_PATH,
    AckResult,
    AlertChange,
    DeskEnrollRequest,
    DeskEnrollResponse,
    EnrollCode,
    EnrollCodeRequest,
    EnvelopeIds,
    EnvelopePage,
    StaffDevice,
    StaffOrg,
    StaffOrgRequest,
    StaffRegion,
    StaffRole,
    StaffStats,
    WithdrawnResult,
    staff_purposes,
    stats_period,
)
from outreach_app.server.api.deps import (
    MAX_CREDENTIAL_LENGTH,
    Peer,
    State,
    bearer,
    rate_limited,
    unauthorized,
)
from outreach_app.server.api.errors import AUTH_ERRORS, COMMON_ERRORS, JSON, ApiError, _doc
from outreach_app.server.api.route_class import LimitedJsonRoute
from outreach_app.server.api.state import ServerState
from outreach_app.server.core import tokens
from outreach_app.server.db import alerts as alerts_db
from outreach_app.server.db import envelopes as envelopes_db
from outreach_app.server.db import key_bundles, orgs, staff_desks, staff_envelopes, staff_log
from outreach_app.server.db import stats as stats_db
from outreach_app.server.db.orgs import AdminError, InvalidInputError, NotFoundError
from outreach_app.server.db.staff_desks import AuthenticatedDesk
from outreach_app.server.db.staff_log import StaffAction
from outreach_app.server.db.tables import alerts, envelopes

router = APIRouter(route_class=LimitedJsonRoute, tags=["staff"])

_OPEN_REFUSED = {
    **COMMON_ERRORS,
    401: _doc("unknown, revoked, expired or wrongly signed (not distinguished)"),
    429: _doc("too many requests; see Retry-After"),
}
_STAFF_ERRORS = {**AUTH_ERRORS, 403: _doc("this desk's role may not do that")}


class StaffRefusedError(Exception):
    """An admin or publishing refusal with a message safe to show (db/orgs.AdminError's)."""

    def __init__(self, status: int, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


def refusal_response(exc: StaffRefusedError) -> Response:
    body = ErrorBody(code=exc.code.value, message=str(exc)[:500])
    return Response(body.model_dump_json(), status_code=exc.status, media_type=JSON)


def _desk_of(state: ServerState, credential: str | None) -> AuthenticatedDesk:
    if not credential or len(credential) > MAX_CREDENTIAL_LENGTH:
        raise unauthorized()
    with state.engine.connect().execution_options(sqlite_begin="DEFERRED") as conn, conn.begin():
        desk = staff_desks.authenticate_token(conn, credential, state.clock)
    if desk is None:
        raise unauthorized()
    retry_after = state.by_device.check(f"desk:{desk.desk_id}")
    if retry_after is not None:
        raise rate_limited(retry_after)
    return desk


def get_desk(
    state: State, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> AuthenticatedDesk:
    return _desk_of(state, credentials.credentials if credentials else None)


Desk = Annotated[AuthenticatedDesk, Depends(get_desk)]


def _require(desk: AuthenticatedDesk, *roles: StaffRole) -> None:
    if desk.role not in roles:
        raise ApiError(403, ErrorCode.FORBIDDEN)


@contextmanager
def _acting(state: ServerState) -> Iterator[Connection]:
    """A write transaction whose AdminError becomes a refusal with its message."""
    try:
        with state.engine.begin() as conn:
            yield conn
    except NotFoundError as exc:
        raise StaffRefusedError(404, ErrorCode.NOT_FOUND, str(exc)) from None
    except InvalidInputError as exc:
        raise StaffRefusedError(422, ErrorCode.VALIDATION_FAILED, str(exc)) from None
    except AdminError as exc:
        raise StaffRefusedError(409, ErrorCode.CONFLICT, str(exc)) from None


def _log(
    conn: Connection,
    state: ServerState,
    desk: AuthenticatedDesk,
    action: StaffAction,
    target: str,
    *,
    count: int | None = None,
    detail: str = "",
) -> None:
    staff_log.record(conn, state.clock, desk.staff, action, target, count=count, detail=detail)


# --- enrolment and sign-in ---------------------------------------------------------------------


@router.post(
    STAFF_ENROLL_PATH,
    response_model=DeskEnrollResponse,
    responses={
        **COMMON_ERRORS,
        403: _doc("unknown, used or expired desk code"),
        429: _doc("too many attempts"),
    },
)
def enroll_desk(
    request: Annotated[DeskEnrollRequest, Body()], state: State, peer: Peer
) -> DeskEnrollResponse:
    """Turn a one-time desk code into a desk with the role the code was made for; the desk's
    public key signs its sign-in challenges from now on."""
    retry_after = state.enroll_by_ip.check(peer)
    if retry_after is not None:
        raise rate_limited(retry_after)
    with state.engine.begin() as conn:
        desk = staff_desks.enroll_desk(
            conn,
            request.code,
            request.role,
            request.label,
            request.public_key,
            str(request.request_id),
            state.clock,
        )
        if desk is None:
            raise ApiError(403, ErrorCode.ENROLLMENT_CODE_INVALID)
        staff_log.record(
            conn, state.clock, f"desk:{desk.label}:{desk.id[:8]}", StaffAction.DESK_ENROLL, desk.id,
            count=1, detail=f"role={desk.role}",
        )  # fmt: skip
    return DeskEnrollResponse(desk_id=uuid.UUID(desk.id), role=StaffRole(desk.role))


@router.post(STAFF_CHALLENGE_PATH, response_model=Challenge, responses=_OPEN_REFUSED)
def desk_challenge(request: Annotated[ChallengeRequest, Body()], state: State) -> Challenge:
    """A single-use challenge for the desk to sign (`device_id` names the desk)."""
    desk_id = str(request.device_id)
    retry_after = state.auth_by_device.check(f"desk:{desk_id}")
    if retry_after is not None:
        raise rate_limited(retry_after)
    with state.engine.begin() as conn:
        challenge = staff_desks.issue_challenge(
            conn, desk_id, state.clock, state.settings.challenge_lifetime_s
        )
    if challenge is None:
        raise unauthorized()
    return challenge


@router.post(STAFF_TOKEN_PATH, response_model=DeviceToken, responses=_OPEN_REFUSED)
def desk_token(request: Annotated[TokenRequest, Body()], state: State) -> DeviceToken:
    """A bearer token (at most an hour) for a challenge the desk signed."""
    retry_after = state.auth_by_device.check(f"desk:{request.device_id}")
    if retry_after is not None:
        raise rate_limited(retry_after)
    with state.engine.begin() as conn:
        token = staff_desks.redeem_challenge(conn, request, state.clock, state.settings.token_lifetime_s)
    if token is None:
        raise unauthorized()
    return token


# --- envelopes ---------------------------------------------------------------------------------


@router.get(STAFF_ENVELOPES_PATH, response_model=EnvelopePage, responses=_STAFF_ERRORS)
def pull_envelopes(
    desk: Desk,
    state: State,
    purpose: Annotated[str, Query(max_length=40)],
    after: Annotated[uuid.UUID | None, Query()] = None,
    acknowledged: Annotated[bool, Query()] = False,
    limit: Annotated[int, Query(ge=1, le=MAX_STAFF_PAGE)] = MAX_STAFF_PAGE,
) -> EnvelopePage:
    """The live envelopes of `purpose` (one of the desk's), still sealed, from every
    organisation: those not yet acknowledged (or, with `acknowledged=true`, also those a
    desk of the same role already acknowledged: a second desk catching up), ordered by id;
    `after` pages on."""
    if purpose not in staff_purposes(desk.role):
        raise ApiError(403, ErrorCode.FORBIDDEN)
    with state.engine.connect().execution_options(sqlite_begin="DEFERRED") as conn, conn.begin():
        rows, has_more = staff_envelopes.page(
            conn,
            purpose,
            after=None if after is None else str(after),
            include_acknowledged=acknowledged,
            limit=limit,
        )
    out = [
        {"header": r["header"], "ciphertext": base64.b64encode(r["ciphertext"]).decode("ascii")} for r in rows
    ]
    with state.engine.begin() as conn:
        _log(conn, state, desk, StaffAction.STAFF_PULL, purpose, count=len(out))
    page = EnvelopePage.model_validate({"envelopes": out, "has_more": has_more})
    return page


def _own_envelope_ids(conn: Connection, desk: AuthenticatedDesk, ids: list[str]) -> list[str]:
    """The ids among `ids` of envelopes of the desk's purposes (others are not its business)."""
    purposes = sorted(staff_purposes(desk.role))
    query = select(envelopes.c.envelope_id).where(
        envelopes_db.among(conn, envelopes.c.envelope_id, ids), envelopes.c.purpose.in_(purposes)
    )
    return list(conn.execute(query).scalars())


@router.post(STAFF_ACK_PATH, response_model=AckResult, responses=_STAFF_ERRORS)
def acknowledge(request: Annotated[EnvelopeIds, Body()], desk: Desk, state: State) -> AckResult:
    """The desk has stored these envelopes: their ciphertext may be deleted after the
    retention time (`envelopes delete-acknowledged`)."""
    _require(desk, StaffRole.ALERTS, StaffRole.POLICE)
    with state.engine.begin() as conn:
        own = _own_envelope_ids(conn, desk, sorted({str(i) for i in request.envelope_ids}))
        done = envelopes_db.acknowledge(conn, own, state.clock)
        _log(conn, state, desk, StaffAction.STAFF_ACK, "envelopes", count=done)
    return AckResult(acknowledged=done)


@router.post(STAFF_WITHDRAWN_PATH, response_model=WithdrawnResult, responses=_STAFF_ERRORS)
def withdrawn(request: Annotated[EnvelopeIds, Body()], desk: Desk, state: State) -> WithdrawnResult:
    """Which of the envelopes the desk holds the person has withdrawn since (the desk then
    deletes its decrypted copy)."""
    _require(desk, StaffRole.ALERTS, StaffRole.POLICE)
    wanted = sorted({str(i) for i in request.envelope_ids})
    purposes = sorted(staff_purposes(desk.role))
    with state.engine.begin() as conn:
        query = select(envelopes.c.envelope_id).where(
            envelopes_db.among(conn, envelopes.c.envelope_id, wanted),
            envelopes.c.purpose.in_(purposes),
            envelopes.c.withdrawn_on.is_not(None),
        )
        gone = sorted(conn.execute(query).scalars())
        _log(conn, state, desk, StaffAction.STAFF_WITHDRAWN, "envelopes", count=len(gone))
    return WithdrawnResult.model_validate({"withdrawn": gone})


# --- alerts ------------------------------------------------------------------------------------


def _change(conn: Connection, alert_id: str) -> AlertChange:
    """The alert's state after a change (one row read)."""
    row = conn.execute(
        select(alerts.c.version, alerts.c.status, alerts.c.content).where(alerts.c.id == alert_id)
    ).one()
    fingerprint = alert_fingerprint(Alert.model_validate_json(row.content))
    return AlertChange(
        alert_id=uuid.UUID(alert_id), status=row.status, version=row.version, fingerprint=fingerprint
    )


@router.post(STAFF_ALERTS_PATH, response_model=AlertChange, responses=_STAFF_ERRORS)
def publish_alert(signed: Annotated[SignedAlert, Body()], desk: Desk, state: State) -> Response:
    """Publish an alert the alerts desk signed (or a new version of it), checked against the
    installed key bundle exactly as `outreach-server alert publish-signed` checks it."""
    _require(desk, StaffRole.ALERTS)
    try:
        with _acting(state) as conn:
            bundle = key_bundles.current(conn)
            alert_id = alerts_db.publish_signed(
                conn, signed, None if bundle is None else bundle.bundle, state.clock
            )
            regions = sorted(signed.alert.region_ids)
            _log(
                conn, state, desk, StaffAction.ALERT_PUBLISH, alert_id, count=len(regions),
                detail=f"v{signed.alert.version} desk={signed.desk_id} regions={','.join(regions)}",
            )  # fmt: skip
            change = _change(conn, alert_id)
    except StaffRefusedError as exc:
        return refusal_response(exc)
    return Response(change.model_dump_json(), media_type=JSON)


def _set_status(alert_id: uuid.UUID, desk: AuthenticatedDesk, state: ServerState, status: str) -> Response:
    _require(desk, StaffRole.ALERTS)
    action = StaffAction.ALERT_EXPIRE if status == "expired" else StaffAction.ALERT_WITHDRAW
    try:
        with _acting(state) as conn:
            alerts_db.set_status(conn, str(alert_id), status, state.clock)
            _log(conn, state, desk, action, str(alert_id), count=1)
            change = _change(conn, str(alert_id))
    except StaffRefusedError as exc:
        return refusal_response(exc)
    return Response(change.model_dump_json(), media_type=JSON)


@router.post(f"{STAFF_ALERTS_PATH}/{{alert_id}}/expire", response_model=AlertChange, responses=_STAFF_ERRORS)
def expire_alert(alert_id: uuid.UUID, desk: Desk, state: State) -> Response:
    return _set_status(alert_id, desk, state, "expired")


@router.post(
    f"{STAFF_ALERTS_PATH}/{{alert_id}}/withdraw", response_model=AlertChange, responses=_STAFF_ERRORS
)
def withdraw_alert(alert_id: uuid.UUID, desk: Desk, state: State) -> Response:
    return _set_status(alert_id, desk, state, "withdrawn")


@router.get(STAFF_ALERTS_PATH, response_model=list[AlertChange], responses=_STAFF_ERRORS)
def list_alerts(desk: Desk, state: State) -> list[AlertChange]:
    _require(desk, StaffRole.ALERTS, StaffRole.ADMIN)
    with state.engine.begin() as conn:
        alerts_db.expire_due(conn, state.clock)
        found = alerts_db.list_alerts(conn)
        _log(conn, state, desk, StaffAction.ALERT_LIST, "alerts", count=len(found))
    return [
        AlertChange(alert_id=uuid.UUID(a.id), status=a.status, version=a.version, fingerprint=a.fingerprint)
        for a in found
    ]


# --- admin -------------------------------------------------------------------------------------


@router.get(STAFF_REGIONS_PATH, response_model=list[StaffRegion], responses=_STAFF_ERRORS)
def list_regions(desk: Desk, state: State) -> list[StaffRegion]:
    _require(desk, StaffRole.ADMIN)
    with state.engine.begin() as conn:
        found = orgs.list_regions(conn)
        _log(conn, state, desk, StaffAction.REGION_LIST, "regions", count=len(found))
    return [StaffRegion(id=r.id, name=r.name) for r in found]


@router.post(STAFF_REGIONS_PATH, response_model=StaffRegion, responses=_STAFF_ERRORS)
def add_region(region: Annotated[StaffRegion, Body()], desk: Desk, state: State) -> Response:
    _require(desk, StaffRole.ADMIN)
    try:
        with _acting(state) as conn:
            orgs.add_region(conn, region.id, region.name, state.clock)
            _log(conn, state, desk, StaffAction.REGION_ADD, region.id, count=1)
    except StaffRefusedError as exc:
        return refusal_response(exc)
    return Response(region.model_dump_json(), media_type=JSON)


@router.get(STAFF_ORGS_PATH, response_model=list[StaffOrg], responses=_STAFF_ERRORS)
def list_orgs(desk: Desk, state: State) -> list[StaffOrg]:
    _require(desk, StaffRole.ADMIN)
    with state.engine.begin() as conn:
        found = orgs.list_orgs(conn)
        _log(conn, state, desk, StaffAction.ORG_LIST, "orgs", count=len(found))
    return [StaffOrg(id=o.id, name=o.name, region_ids=list(o.region_ids)) for o in found]


@router.post(STAFF_ORGS_PATH, response_model=StaffOrg, responses=_STAFF_ERRORS)
def create_org(request: Annotated[StaffOrgRequest, Body()], desk: Desk, state: State) -> Response:
    _require(desk, StaffRole.ADMIN)
    try:
        with _acting(state) as conn:
            org = orgs.create_org(conn, request.name, list(request.region_ids), state.clock)
            _log(conn, state, desk, StaffAction.ORG_CREATE, org.id, count=len(org.region_ids))
    except StaffRefusedError as exc:
        return refusal_response(exc)
    body = StaffOrg(id=org.id, name=org.name, region_ids=list(org.region_ids))
    return Response(body.model_dump_json(), media_type=JSON)


@router.post(STAFF_ENROLL_CODES_PATH, response_model=EnrollCode, responses=_STAFF_ERRORS)
def enroll_code(request: Annotated[EnrollCodeRequest, Body()], desk: Desk, state: State) -> Response:
    """A one-time device enrolment code for an organisation (shown once)."""
    _require(desk, StaffRole.ADMIN)
    try:
        with _acting(state) as conn:
            org = orgs.find_org(conn, request.org)
            code = orgs.create_enroll_code(conn, org.id, request.expires_hours, state.clock)
            _log(
                conn, state, desk, StaffAction.ENROLL_CODE, org.id, count=1,
                detail=f"expires_hours={request.expires_hours}",
            )  # fmt: skip
    except StaffRefusedError as exc:
        return refusal_response(exc)
    body = EnrollCode(code=tokens.group_code(code), org_id=org.id, expires_hours=request.expires_hours)
    return Response(body.model_dump_json(), media_type=JSON)


@router.get(STAFF_DEVICES_PATH, response_model=list[StaffDevice], responses=_STAFF_ERRORS)
def list_devices(desk: Desk, state: State) -> list[StaffDevice]:
    _require(desk, StaffRole.ADMIN)
    with state.engine.begin() as conn:
        found = orgs.list_devices(conn, None, state.clock)
        _log(conn, state, desk, StaffAction.DEVICE_LIST, "devices", count=len(found))
    return [
        StaffDevice(
            id=d.id,
            org_id=d.org_id,
            label=d.label,
            enrolled_on=d.enrolled_on,
            revoked_on=d.revoked_on,
            state=d.state,
        )
        for d in found
    ]


@router.post(f"{STAFF_DEVICES_PATH}/{{device_id}}/revoke", status_code=204, responses=_STAFF_ERRORS)
def revoke_device(device_id: uuid.UUID, desk: Desk, state: State) -> Response:
    _require(desk, StaffRole.ADMIN)
    try:
        with _acting(state) as conn:
            orgs.revoke_device(conn, str(device_id), state.clock)
            _log(conn, state, desk, StaffAction.DEVICE_REVOKE, str(device_id), count=1)
    except StaffRefusedError as exc:
        return refusal_response(exc)
    return Response(status_code=204)


# --- statistics --------------------------------------------------------------------------------


@router.get(
    STAFF_STATS_PATH,
    response_model=StaffStats,
    responses={**_STAFF_ERRORS, 422: _doc("a month that is not YYYY-MM, a period out of order or too long")},
)
def staff_stats(
    desk: Desk,
    state: State,
    first: Annotated[str | None, Query(alias="from", max_length=20)] = None,
    last: Annotated[str | None, Query(alias="to", max_length=20)] = None,
) -> Response:
    """Every organisation's monthly aggregates summed per month, region and measure, for the
    months `from`..`to` inclusive (any desk role: the funder report is the charity's)."""
    try:
        first_month, last_month = stats_period(first, last)
    except ValueError as exc:
        return refusal_response(StaffRefusedError(422, ErrorCode.VALIDATION_FAILED, str(exc)))
    with state.engine.begin() as conn:
        rows = stats_db.summed_across_orgs(conn, first_month=first_month, last_month=last_month)
        _log(conn, state, desk, StaffAction.STAFF_STATS, f"{first_month}..{last_month}", count=len(rows))
    body = StaffStats.model_validate({"first_month": first_month, "last_month": last_month, "rows": rows})
    return Response(body.model_dump_json(), media_type=JSON)
