"""The outermost ASGI layer: an exception that escapes the app ends here, named by type only.

Starlette's ServerErrorMiddleware answers 500 and then re-raises, so the server (uvicorn)
logs "Exception in ASGI application" with the traceback and `str(exc)` — and a driver
error's message can carry SQL parameters, i.e. report text. This wrapper sits outside it,
logs only the exception's type, answers 500 itself if nothing was sent yet, and returns
normally so the server has nothing to log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("outreach_app.server")

Reply = Callable[[], tuple[int, list[tuple[bytes, bytes]], bytes]]


class ContainErrors:
    """Args:
    app: the wrapped ASGI app.
    reply: status, headers and body of the 500 sent when the app fails before replying.
    """

    def __init__(self, app: ASGIApp, *, reply: Reply) -> None:
        self.app = app
        self.reply = reply

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:  # the whole point: nothing escapes to the server's log
            log.error("request failed: %s", type(exc).__name__)
            if not started:
                status, headers, body = self.reply()
                await send({"type": "http.response.start", "status": status, "headers": headers})
                await send({"type": "http.response.body", "body": body})
