"""The public warning pages (notify/pages.py renders them): the alert a message links to,
sign-up with double opt-in, confirmation, unsubscribe and region change.

Language: a page reached by a subscriber's link is in the subscriber's language (the
record is opened to find it), an alert page in the one its link names (`?l=ro`), the
sign-up page in the one the browser prefers (Accept-Language) unless `?l=` says otherwise.

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
from outreach_app.server.notify import catalog, pages
from outreach_app.server.notify.catalog import text as t
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


def _lang(request: Request) -> str:
    """The language a link names (`?l=`), else the one the browser prefers most."""
    named = request.query_params.get("l", "")
    if named in catalog.LANGUAGES:
        return named
    return catalog.negotiate(request.headers.get("accept-language"))


def _subscriber_lang(
    state: ServerState, setup: WarningsSetup, subscriber_id: str | None, request: Request
) -> str:
    """The language the subscriber chose (reads their record), else the request's."""
    if subscriber_id is not None:
        who = _db(state, subscriptions.load, setup.keys, subscriber_id)
        if who is not None and who.language in catalog.LANGUAGES:
            return who.language
    return _lang(request)


def _unavailable(lang: str = catalog.SOURCE_LANGUAGE) -> HTMLResponse:
    return html(pages.message_page(t("page.gone.title", lang), t("page.unavailable.text", lang), lang), 503)


def _too_many(lang: str) -> HTMLResponse:
    return html(pages.keyed_page("page.wait", lang), 429)


def _invalid(lang: str) -> HTMLResponse:
    return html(pages.keyed_page("page.invalid", lang), 404)


def _db(state: ServerState, work: Callable[..., T], *args: object) -> T:
    with state.engine.begin() as conn:
        return work(conn, *args)


# --- the alert page ----------------------------------------------------------------------------


@router.get("/a/{code}")
async def alert_page(code: str, request: Request, state: State) -> HTMLResponse:
    lang = _lang(request)
    if len(code) > 24:
        return html(pages.gone_page(lang), 404)
    content = await run_in_threadpool(_db, state, deliveries.alert_for_code, code, state.clock)
    if content is None:
        return html(pages.gone_page(lang), 404)
    return html(pages.alert_page(content, lang))


# --- sign-up and confirmation ------------------------------------------------------------------


def _regions(state: ServerState) -> list[tuple[str, str]]:
    return [(r.id, r.name) for r in _db(state, lambda conn: orgs.list_regions(conn))]


@router.get("/join")
async def signup_form(request: Request, state: State) -> HTMLResponse:
    setup = _setup(request)
    lang = _lang(request)
    if setup is None:
        return _unavailable(lang)
    regions = await run_in_threadpool(_regions, state)
    return html(pages.signup_page(regions, [c.value for c in setup.config.channels], lang=lang))


@router.post("/join")
async def signup(request: Request, state: State, peer: Peer) -> HTMLResponse:
    setup = _setup(request)
    form = await _form(request)
    chosen_lang = (form.get("language") or [""])[0]
    lang = chosen_lang if chosen_lang in catalog.LANGUAGES else _lang(request)
    if setup is None:
        return _unavailable(lang)
    if await run_in_threadpool(state.forms_by_ip.check, peer) is not None:  # runs SQL
        return _too_many(lang)
    regions = await run_in_threadpool(_regions, state)
    channels = [c.value for c in setup.config.channels]

    def refuse(key: str, **values: str) -> HTMLResponse:
        return html(pages.signup_page(regions, channels, t(key, lang, **values), lang=lang), 422)

    if (form.get("consent") or [""])[0] != "on":
        return refuse("page.join.need_consent", consent=t("page.join.consent", lang))
    try:
        channel = Channel((form.get("channel") or [""])[0])
    except ValueError:
        return refuse("page.join.need_channel")
    if channel not in setup.config.gateways:
        return refuse("page.join.need_channel")
    try:
        address = normalise(channel, (form.get("address") or [""])[0], setup.config.default_phone_region)
    except AddressError:
        return refuse("page.join.bad_address")
    language = lang
    discreet = (form.get("discreet") or [""])[0] == "on"

    def store(conn: Connection) -> None:
        chosen = subscriptions.checked_regions(conn, form.get("regions") or [])
        record = subscriptions.Subscription(channel, address, chosen, language, discreet, today(state.clock))
        subscriptions.subscribe(conn, setup.keys, record, confirmed=False, now=epoch_seconds(state.clock))

    try:
        await run_in_threadpool(_db, state, store)
    except (InvalidInputError, NotFoundError):
        return refuse("page.join.need_area")
    # The same answer whether or not the address was known: the page tells nobody who is signed up.
    return html(pages.message_page(t("page.join.sent_title", lang), t("page.join.sent_text", lang), lang))


@router.get("/c/{token}")
async def confirm_form(token: str, request: Request, state: State) -> HTMLResponse:
    setup = _setup(request)
    if setup is None:
        return _unavailable(_lang(request))
    subscriber_id = setup.keys.check_token("c", token)
    lang = await run_in_threadpool(_subscriber_lang, state, setup, subscriber_id, request)
    if subscriber_id is None:
        return _invalid(lang)
    return html(pages.button_page("page.confirm", lang))


@router.post("/c/{token}")
async def confirm(token: str, request: Request, state: State, peer: Peer) -> HTMLResponse:
    setup = _setup(request)
    if setup is None:
        return _unavailable(_lang(request))
    subscriber_id = setup.keys.check_token("c", token)
    lang = await run_in_threadpool(_subscriber_lang, state, setup, subscriber_id, request)
    if subscriber_id is None or not await run_in_threadpool(_db, state, subscriptions.confirm, subscriber_id):
        return _invalid(lang)
    return html(pages.keyed_page("page.confirmed", lang))


# --- unsubscribe and regions -------------------------------------------------------------------


@router.get("/u/{token}")
async def unsubscribe_form(token: str, request: Request, state: State) -> HTMLResponse:
    setup = _setup(request)
    if setup is None:
        return _unavailable(_lang(request))
    subscriber_id = setup.keys.check_token("u", token)
    lang = await run_in_threadpool(_subscriber_lang, state, setup, subscriber_id, request)
    if subscriber_id is None:
        return _invalid(lang)
    return html(pages.button_page("page.stop", lang))


@router.post("/u/{token}")
async def unsubscribe(token: str, request: Request, state: State) -> HTMLResponse:
    setup = _setup(request)
    if setup is None:
        return _unavailable(_lang(request))
    subscriber_id = setup.keys.check_token("u", token)
    lang = await run_in_threadpool(_subscriber_lang, state, setup, subscriber_id, request)
    if subscriber_id is not None:
        await run_in_threadpool(_db, state, subscriptions.delete_subscriber, subscriber_id)
    # Deleted, or there was nothing left to delete: the same answer either way.
    return html(pages.keyed_page("page.stopped", lang))


@router.get("/r/{token}")
async def regions_form(token: str, request: Request, state: State) -> HTMLResponse:
    setup = _setup(request)
    if setup is None:
        return _unavailable(_lang(request))
    subscriber_id = setup.keys.check_token("r", token)
    who = (
        None
        if subscriber_id is None
        else await run_in_threadpool(_db, state, subscriptions.load, setup.keys, subscriber_id)
    )
    if who is None:
        return _invalid(_lang(request))
    lang = who.language if who.language in catalog.LANGUAGES else _lang(request)
    regions = await run_in_threadpool(_regions, state)
    return html(pages.regions_page(regions, who.region_ids, lang))


@router.post("/r/{token}")
async def change_regions(token: str, request: Request, state: State, peer: Peer) -> HTMLResponse:
    setup = _setup(request)
    if setup is None:
        return _unavailable(_lang(request))
    if await run_in_threadpool(state.forms_by_ip.check, peer) is not None:  # runs SQL
        return _too_many(_lang(request))
    subscriber_id = setup.keys.check_token("r", token)
    form = await _form(request)
    lang = await run_in_threadpool(_subscriber_lang, state, setup, subscriber_id, request)
    if subscriber_id is None:
        return _invalid(lang)
    try:
        found = await run_in_threadpool(
            _db, state, subscriptions.set_regions, setup.keys, subscriber_id, form.get("regions") or []
        )
    except (InvalidInputError, NotFoundError):
        return html(
            pages.message_page(t("page.regions.not_saved", lang), t("page.join.need_area", lang), lang), 422
        )
    if not found:
        return _invalid(lang)
    return html(
        pages.message_page(t("page.regions.saved_title", lang), t("page.regions.saved_text", lang), lang)
    )
