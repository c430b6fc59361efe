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
_CSP = b"content-security-policy"
_STRICT_CSP_START = b"default-src 'none'"


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
                own = message.get("headers", ())
                # A page's own CSP stays when it starts from nothing allowed (the public
                # warning pages allow their one inline style by hash, notify/pages.py).
                own_csp = [(k, v) for k, v in own if k.lower() == _CSP and v.startswith(_STRICT_CSP_START)]
                kept = [(k, v) for k, v in own if k.lower() not in _NAMES]
                added = [(k, v) for k, v in HEADERS if not (own_csp and k == _CSP)]
                message = {**message, "headers": [*kept, *own_csp[:1], *added]}
            await send(message)

        await self.app(scope, receive, send_with_headers)
