"""Sign a person up for warnings on the charity's server (issue 23), with their consent.

The contact detail goes from the form (or the CLI prompt) straight to the server in one
request and is never written to the vault, a log or a setting: nothing on the laptop can
say who was signed up. The call runs SQL (to build the client from the vault's link) and
HTTP, so the app runs it in its worker thread, never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import ValidationError

from outreach_app.domain.texts import LANGUAGES
from outreach_app.protocol.subscriptions import (
    CHANNELS,
    SubscribeRequest,
    SubscribeResponse,
)
from outreach_app.storage.connection import Connection
from outreach_app.sync.client import (
    HttpStatusError,
    SyncClient,
    SyncTransportError,
)
from outreach_app.sync.enrollment import ClientFactory, NotEnrolledError, client_for_link, settle_device_key

__all__ = ["CHANNELS", "LANGUAGE_TAGS", "SignUp", "SignUpError", "sign_up"]

LANGUAGE_TAGS: tuple[str, ...] = tuple(code.replace("_", "-") for code in LANGUAGES)
"""The languages a person's warnings come in (the server's catalogs are the app's person-text
languages), spelled as the protocol wants them: BCP 47 tags (pt-BR, zh-Hans)."""


class SignUpError(ValueError):
    """The details do not make a valid sign-up (the message never repeats the address)."""


@dataclass(frozen=True)
class SignUp:
    channel: str
    address: str
    region_ids: Sequence[str]
    language: str = "en"
    discreet: bool = True
    consent: bool = False

    def __repr__(self) -> str:  # the address stays out of any traceback or log line
        return f"SignUp(channel={self.channel!r}, regions={list(self.region_ids)!r}, address=<hidden>)"

    def request(self) -> SubscribeRequest:
        if not self.consent:
            raise SignUpError("the person must agree to be signed up")
        try:
            return SubscribeRequest.model_validate(
                {
                    "channel": self.channel,
                    "address": self.address,
                    "region_ids": list(self.region_ids),
                    "language": self.language,
                    "discreet": self.discreet,
                    "consent": True,
                }
            )
        except ValidationError as exc:
            fields = sorted({str(e["loc"][0]) for e in exc.errors(include_input=False) if e["loc"]})
            raise SignUpError(f"check: {', '.join(fields)}") from None


def send_sign_up(client: SyncClient, request: SubscribeRequest) -> SubscribeResponse:
    """`POST /v2/subscriptions` on an authenticated client (raises the client's errors)."""
    return client.post_subscription(request)


def sign_up(
    conn: Connection,
    details: SignUp,
    *,
    make_client: ClientFactory = SyncClient,
) -> None:
    """Check `details`, then send them to the linked server. Raises SignUpError before
    anything is sent; NotEnrolledError / ReenrolRequiredError / the client's transport and
    status errors after."""
    request = details.request()
    client = client_for_link(conn, make_client=make_client)
    with client:
        send_sign_up(client, request)
        settle_device_key(conn, client)


def failure_text(exc: BaseException) -> str:
    """What to tell the worker; never the exception's own text (it could hold the address)."""
    if isinstance(exc, SignUpError):
        return "Check the number or address and the areas. Nothing was sent."
    if isinstance(exc, NotEnrolledError):
        return "This laptop is not linked to the charity's server yet. Nothing was sent."
    if isinstance(exc, HttpStatusError) and exc.status == 422:
        return "The server refused it: check the number or address and the areas."
    if isinstance(exc, HttpStatusError) and exc.status == 503:
        return "The charity has not set up warnings on its server."
    if isinstance(exc, SyncTransportError):
        return "Could not reach the server. Nothing was stored; try again later."
    return "It did not work. Nothing was stored here."
