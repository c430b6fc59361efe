"""The public warning pages (notify/pages.py renders them): the alert a message links to,
sign-up with double opt-in, confirmation, unsubscribe and region change.

Actions that change something take a POST from a button on the page, so a link scanner
that opens a link in a message confirms, deletes or changes nothing. An unsubscribe POST
deletes the subscriber in the same request (RFC 8058 one-click unsubscribe posts here too).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import Connection
from starlette.concurrency import run_in_threadpool

from outreach_app.server.api.deps import Peer, State
from outreach_app.server.api.state import ServerState
from outreach_app.server.core.clock import epoch_seconds, today
from outreach_app.server.db import deliveries, orgs, subscriptions
from outreach_app.server.db.orgs import InvalidInputError, NotFoundError
from outreach_app.server.notify import pages
from outreach_app.server.notify.channels import AddressError, Channel, normalise
from outreach_app.server.notify.setup import WarningsSetup

router = APIRouter(include_in_schema=False)
MAX_FORM_BYTES = 8 * 1024
PUBLIC_PREFIXES = ("/a/", "/c/", "/u/", "/r/", "/join")
T = TypeVar("T")


def html(text: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(text, status_code=status, headers={"Content-Security-Policy": pages.CSP})


def _setup(request: Request) -> WarningsSetup | None:
    setup: WarningsSetup | None = getattr(request.app.state, "warnings", None)
    return setup


async def _form(request: Request) -> dict[str, list[str]]:
    raw = await request.body()
    if len(raw) > MAX_FORM_BYTES:
        return {}
    return parse_qs(raw.decode("utf-8", "replace"), max_num_fields=100)


def _unavailable() -> HTMLResponse:
    return html(pages.message_page("Not available", "This service is not available."), 503)


def _too_many() -> HTMLResponse:
    return html(
        pages.message_page("Please wait", "Too many tries from here. Try again in a few minutes."), 429
    )


def _db(state: ServerState, work: Callable[..., T], *args: object) -> T:
    with state.engine.begin() as conn:
        return work(conn, *args)


# --- the alert page ----------------------------------------------------------------------------


@router.get("/a/{code}")
async def alert_page(code: str, state: State) -> HTMLResponse:
    if len(code) > 24:
        return html(pages.gone_page(), 404)
    content = await run_in_threadpool(_db, state, deliveries.alert_for_code, code, state.clock)
    if content is None:
        return html(pages.gone_page(), 404)
    return html(pages.alert_page(content))


# --- sign-up and confirmation ------------------------------------------------------------------


def _regions(state: ServerState) -> list[tuple[str, str]]:
    return [(r.id, r.name) for r in _db(state, lambda conn: orgs.list_regions(conn))]


@router.get("/join")
async def signup_form(request: Request, state: State) -> HTMLResponse:
    setup = _setup(request)
    if setup is None:
        return _unavailable()
    regions = await run_in_threadpool(_regions, state)
    return html(pages.signup_page(regions, [c.value for c in setup.config.channels]))


@router.post("/join")
async def signup(request: Request, state: State, peer: Peer) -> HTMLResponse:
    setup = _setup(request)
    if setup is None:
        return _unavailable()
    if await run_in_threadpool(state.forms_by_ip.check, peer) is not None:  # runs SQL
        return _too_many()
    form = await _form(request)
    regions = await run_in_threadpool(_regions, state)
    channels = [c.value for c in setup.config.channels]

    def refuse(why: str) -> HTMLResponse:
        return html(pages.signup_page(regions, channels, why), 422)

    if (form.get("consent") or [""])[0] != "on":
        return refuse("Tick “I want these messages” to sign up.")
    try:
        channel = Channel((form.get("channel") or [""])[0])
    except ValueError:
        return refuse("Choose how we send.")
    if channel not in setup.config.gateways:
        return refuse("Choose how we send.")
    try:
        address = normalise(channel, (form.get("address") or [""])[0], setup.config.default_phone_region)
    except AddressError as exc:
        return refuse(f"That is {exc}.")
    language = (form.get("language") or ["en"])[0]
    discreet = (form.get("discreet") or [""])[0] == "on"

    def store(conn: Connection) -> None:
        subscriptions.check_language(language)
        chosen = subscriptions.checked_regions(conn, form.get("regions") or [])
        record = subscriptions.Subscription(channel, address, chosen, language, discreet, today(state.clock))
        subscriptions.subscribe(conn, setup.keys, record, confirmed=False, now=epoch_seconds(state.clock))

    try:
        await run_in_threadpool(_db, state, store)
    except (InvalidInputError, NotFoundError):
        return refuse("Pick at least one area.")
    # The same answer whether or not the address was known: the page tells nobody who is signed up.
    return html(
        pages.message_page(
            "Check your messages", "We sent you a message. Nothing is sent to you until you answer it."
        )
    )


@router.get("/c/{token}")
async def confirm_form(token: str, request: Request) -> HTMLResponse:
    setup = _setup(request)
    if setup is None:
        return _unavailable()
    if setup.keys.check_token("c", token) is None:
        return html(pages.message_page("Link not valid", "This link is not valid."), 404)
    return html(
        pages.button_page("Confirm", "Press the button to start getting updates.", "Yes, send me updates")
    )


@router.post("/c/{token}")
async def confirm(token: str, request: Request, state: State, peer: Peer) -> HTMLResponse:
    setup = _setup(request)
    if setup is None:
        return _unavailable()
    subscriber_id = setup.keys.check_token("c", token)
    if subscriber_id is None or not await run_in_threadpool(_db, state, subscriptions.confirm, subscriber_id):
        return html(pages.message_page("Link not valid", "This link is not valid."), 404)
    return html(pages.message_page("Done", "You will get updates for the areas you chose."))


# --- unsubscribe and regions -------------------------------------------------------------------


@router.get("/u/{token}")
async def unsubscribe_form(token: str, request: Request) -> HTMLResponse:
    setup = _setup(request)
    if setup is None:
        return _unavailable()
    if setup.keys.check_token("u", token) is None:
        return html(pages.message_page("Link not valid", "This link is not valid."), 404)
    return html(pages.button_page("Stop updates", "Press the button and we delete your details now.", "Stop"))


@router.post("/u/{token}")
async def unsubscribe(token: str, request: Request, state: State) -> HTMLResponse:
    setup = _setup(request)
    if setup is None:
        return _unavailable()
    subscriber_id = setup.keys.check_token("u", token)
    if subscriber_id is not None:
        await run_in_threadpool(_db, state, subscriptions.delete_subscriber, subscriber_id)
    # Deleted, or there was nothing left to delete: the same answer either way.
    return html(pages.message_page("Stopped", "Your details are deleted. You will get no more messages."))


@router.get("/r/{token}")
async def regions_form(token: str, request: Request, state: State) -> HTMLResponse:
    setup = _setup(request)
    if setup is None:
        return _unavailable()
    subscriber_id = setup.keys.check_token("r", token)
    who = (
        None
        if subscriber_id is None
        else await run_in_threadpool(_db, state, subscriptions.load, setup.keys, subscriber_id)
    )
    if who is None:
        return html(pages.message_page("Link not valid", "This link is not valid."), 404)
    regions = await run_in_threadpool(_regions, state)
    return html(pages.regions_page(regions, who.region_ids))


@router.post("/r/{token}")
async def change_regions(token: str, request: Request, state: State, peer: Peer) -> HTMLResponse:
    setup = _setup(request)
    if setup is None:
        return _unavailable()
    if await run_in_threadpool(state.forms_by_ip.check, peer) is not None:  # runs SQL
        return _too_many()
    subscriber_id = setup.keys.check_token("r", token)
    form = await _form(request)
    if subscriber_id is None:
        return html(pages.message_page("Link not valid", "This link is not valid."), 404)
    try:
        found = await run_in_threadpool(
            _db, state, subscriptions.set_regions, setup.keys, subscriber_id, form.get("regions") or []
        )
    except (InvalidInputError, NotFoundError):
        return html(pages.message_page("Not saved", "Pick at least one area."), 422)
    if not found:
        return html(pages.message_page("Link not valid", "This link is not valid."), 404)
    return html(pages.message_page("Saved", "Your areas are changed."))
