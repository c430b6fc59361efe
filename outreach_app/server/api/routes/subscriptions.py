"""Sign-up by an outreach worker's device, and the inbound SMS webhook (STOP, YES, AREAS).

Nothing here records which device signed a person up: the subscriber row has no column
for it, and no log line is written.
"""

from __future__ import annotations

import hmac
from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Body, Request, Response
from starlette.concurrency import run_in_threadpool

from outreach_app.protocol.errors import ErrorCode
from outreach_app.protocol.subscriptions import SUBSCRIPTIONS_PATH, SubscribeRequest, SubscribeResponse
from outreach_app.server.api.deps import Device, State
from outreach_app.server.api.errors import AUTH_ERRORS, ApiError, _doc
from outreach_app.server.api.route_class import LimitedJsonRoute
from outreach_app.server.core.clock import epoch_seconds, today
from outreach_app.server.db import orgs, subscriptions
from outreach_app.server.db.orgs import InvalidInputError, NotFoundError
from outreach_app.server.notify.channels import AddressError, Channel, normalise
from outreach_app.server.notify.setup import WarningsSetup

router = APIRouter(route_class=LimitedJsonRoute, tags=["warnings"])
hooks = APIRouter(tags=["warnings"])

SMS_HOOK_PREFIX = "/hooks/"
SMS_HOOK_PATH = SMS_HOOK_PREFIX + "sms/{token}"
MAX_HOOK_BODY = 8 * 1024
STOP_WORDS = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REMOVE"})
YES_WORDS = frozenset({"YES", "Y", "START"})
AREAS_WORD = "AREAS"
EMPTY_TWIML = b'<?xml version="1.0" encoding="UTF-8"?><Response></Response>'


def warnings_setup(request: Request) -> WarningsSetup:
    setup: WarningsSetup | None = getattr(request.app.state, "warnings", None)
    if setup is None:
        raise ApiError(503, ErrorCode.UNAVAILABLE)
    return setup


@router.post(
    SUBSCRIPTIONS_PATH,
    status_code=202,
    response_model=SubscribeResponse,
    responses={**AUTH_ERRORS, 503: _doc("the charity has not set up warnings")},
)
def subscribe(
    body: Annotated[SubscribeRequest, Body()], device: Device, state: State, request: Request
) -> SubscribeResponse:
    """Sign a person up, with their consent given in person; a welcome message follows."""
    setup = warnings_setup(request)
    channel = Channel(body.channel)
    if channel not in setup.config.gateways:
        raise ApiError(422, ErrorCode.VALIDATION_FAILED)
    try:
        address = normalise(channel, body.address, setup.config.default_phone_region)
        with state.engine.begin() as conn:
            language = subscriptions.check_language(body.language)
            region_ids = subscriptions.checked_regions(conn, body.region_ids)
            record = subscriptions.Subscription(
                channel, address, region_ids, language, body.discreet, today(state.clock)
            )
            subscriptions.subscribe(conn, setup.keys, record, confirmed=True, now=epoch_seconds(state.clock))
    except (AddressError, InvalidInputError, NotFoundError):
        raise ApiError(422, ErrorCode.VALIDATION_FAILED) from None
    return SubscribeResponse()


def act_on_reply(state: State, setup: WarningsSetup, sender: str, text: str) -> None:
    """Carry out an SMS reply: STOP deletes at once; YES confirms; AREAS a b c sets regions."""
    try:
        address = normalise(Channel.SMS, sender, setup.config.default_phone_region)
    except AddressError:
        return
    words = text.strip().split()
    if not words:
        return
    command = words[0].upper().strip(".!")
    with state.engine.begin() as conn:
        subscriber_id = subscriptions.find_by_address(conn, setup.keys, Channel.SMS, address)
        if subscriber_id is None:
            return
        if command in STOP_WORDS:
            subscriptions.delete_subscriber(conn, subscriber_id)
        elif command in YES_WORDS:
            subscriptions.confirm(conn, subscriber_id)
        elif command == AREAS_WORD and len(words) > 1:
            # Phones capitalise the first letter: region ids are matched regardless of case.
            known = {r.id.lower(): r.id for r in orgs.list_regions(conn)}
            wanted = [known.get(w.lower().strip(","), w) for w in words[1:]]
            try:
                subscriptions.set_regions(conn, setup.keys, subscriber_id, wanted)
            except (InvalidInputError, NotFoundError):
                return


@hooks.post(SMS_HOOK_PATH, include_in_schema=False)
async def inbound_sms(token: str, request: Request, state: State) -> Response:
    """An SMS gateway's inbound-message webhook (Twilio's form fields `From` and `Body`).
    The path carries the charity's secret (`inbound_sms_token`); a wrong one gets 404."""
    setup = warnings_setup(request)
    expected = setup.config.inbound_sms_token
    if not expected or not hmac.compare_digest(token.encode(), expected.encode()):
        raise ApiError(404, ErrorCode.NOT_FOUND)
    raw = await request.body()
    if len(raw) > MAX_HOOK_BODY:
        raise ApiError(413, ErrorCode.PAYLOAD_TOO_LARGE)
    form = parse_qs(raw.decode("utf-8", "replace"), max_num_fields=50)
    sender = (form.get("From") or [""])[0]
    text = (form.get("Body") or [""])[0]
    await run_in_threadpool(act_on_reply, state, setup, sender, text)
    return Response(EMPTY_TWIML, media_type="text/xml")
