"""ASGI layer that puts the same protective headers on every reply, errors included.

The server answers JSON to devices and the admin never browses it, but a reply can still
end up in a browser (a mistyped address, a proxy's cache): `no-store` keeps report JSON out
of every cache on the way, `nosniff` stops a browser guessing a type and running what it
guessed, and the frame headers (the old `X-Frame-Options` and CSP `frame-ancestors`) stop
a page embedding a reply. It sits outside every other layer so the 413 and 500 that those
answer by themselves carry the headers too.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"cache-control", b"no-store"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'"),
    (b"referrer-policy", b"no-referrer"),
)
_NAMES = frozenset(name for name, _ in HEADERS)


class SecurityHeaders:
    """Args:
    app: the wrapped ASGI app; any header of the same name it sets is replaced.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                kept = [(k, v) for k, v in message.get("headers", ()) if k.lower() not in _NAMES]
                message = {**message, "headers": [*kept, *HEADERS]}
            await send(message)

        await self.app(scope, receive, send_with_headers)
