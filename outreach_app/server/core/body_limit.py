"""ASGI middleware that refuses oversized request bodies before anything parses them.

A declared Content-Length over the limit is refused at once without reading the body;
a streamed (chunked) body is counted as it arrives and refused when the count passes
the limit. Either way the reply is 413 with the protocol's error body, which tells the
client to split the batch.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
ReplyTooLarge = Callable[[], tuple[int, list[tuple[bytes, bytes]], bytes]]


class BodyTooLargeError(Exception):
    """Raised from `receive` when the streamed body passes the limit."""


class BodySizeLimitMiddleware:
    def __init__(self, app: ASGIApp, *, max_bytes: int, reply: ReplyTooLarge) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.reply = reply

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await self._send_too_large(send)
            return
        received = 0
        response_started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLargeError
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLargeError:
            if response_started:
                raise
            await self._send_too_large(send)

    async def _send_too_large(self, send: Send) -> None:
        status, headers, body = self.reply()
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
