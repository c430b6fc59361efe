"""ASGI middleware that bounds request bodies in size, in time and in memory held, before
anything parses them.

- Size: a declared Content-Length over the limit is refused at once without reading the
  body; a streamed (chunked) body is counted as it arrives and refused when the count
  passes the limit (413: the client splits the batch). Paths anyone may call without a
  credential (enrolment) have a small limit of their own, so strangers cannot fill the
  memory budget below with a few large uploads.
- Time: the body must keep arriving (no gap longer than `idle_timeout_s`) and be complete
  within `total_timeout_s` of the request's start; a slow or stalled upload is cut (408).
- Memory: the bytes of bodies being received or processed, across all requests of this
  process, stay under `max_bytes_in_flight`; a request whose next chunk would pass it is
  refused (503 with Retry-After: the client retries later) and its bytes are freed. The
  bytes a request took are given back when it ends.

A refusal closes the connection (`Connection: close`): the rest of the body is never read.
The credential is checked before any body is read (api/route_class.py), so none of this
is spent on a request without a valid one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
Reply = tuple[int, list[tuple[bytes, bytes]], bytes]
ReplyForStatus = Callable[[int], Reply]
"""The reply (status, headers, body) for a refusal's status: 408, 413 or 503."""

TOO_LARGE, TIMED_OUT, BUSY = 413, 408, 503
BUSY_RETRY_AFTER_S = 5


@dataclass(frozen=True)
class BodyLimits:
    """Attributes:
    max_bytes: largest body of one request.
    idle_timeout_s: longest wait for the next chunk of a body.
    total_timeout_s: longest time from a request's start until its body is complete.
    max_bytes_in_flight: most body bytes held at once by all requests of the process.
    open_paths: paths served without a credential, whose bodies are small.
    open_prefixes: path prefixes of further such paths (the public warning pages, issue 23).
    open_max_bytes: largest body of a request to one of `open_paths` or `open_prefixes`.
    """

    max_bytes: int
    idle_timeout_s: float
    total_timeout_s: float
    max_bytes_in_flight: int
    open_paths: frozenset[str] = frozenset()
    open_prefixes: tuple[str, ...] = ()
    open_max_bytes: int = 0

    def max_bytes_for(self, path: str) -> int:
        is_open = path in self.open_paths or path.startswith(self.open_prefixes)
        return min(self.max_bytes, self.open_max_bytes) if is_open else self.max_bytes


class BodyRefusedError(Exception):
    """Raised from `receive` when a body breaks one of the limits; `status` says which."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class BodyBudget:
    """Body bytes held by the requests of one process (one event loop: no lock needed)."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.in_use = 0

    def take(self, count: int) -> bool:
        if self.in_use + count > self.max_bytes:
            return False
        self.in_use += count
        return True

    def give_back(self, count: int) -> None:
        self.in_use -= count


class BodyLimitsMiddleware:
    def __init__(self, app: ASGIApp, *, limits: BodyLimits, reply: ReplyForStatus) -> None:
        self.app = app
        self.limits = limits
        self.reply = reply
        self.budget = BodyBudget(limits.max_bytes_in_flight)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limits = self.limits
        max_bytes = limits.max_bytes_for(scope.get("path", ""))
        declared = _content_length(scope)
        if declared is not None and declared > max_bytes:
            await self._refuse(send, TOO_LARGE)
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + limits.total_timeout_s
        received = 0
        held = 0
        body_done = False
        response_started = False

        async def bounded_receive() -> Message:
            nonlocal received, held, body_done
            if body_done:  # after the body: only a disconnect can come, whenever it comes
                return await receive()
            wait = min(limits.idle_timeout_s, deadline - loop.time())
            if wait <= 0:
                raise BodyRefusedError(TIMED_OUT)
            try:
                message = await asyncio.wait_for(receive(), wait)
            except TimeoutError:
                raise BodyRefusedError(TIMED_OUT) from None
            if message["type"] != "http.request":
                body_done = True
                return message
            size = len(message.get("body", b""))
            received += size
            if received > max_bytes:
                raise BodyRefusedError(TOO_LARGE)
            if not self.budget.take(size):
                raise BodyRefusedError(BUSY)
            held += size
            body_done = not message.get("more_body", False)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, bounded_receive, tracking_send)
        except BodyRefusedError as refused:
            if response_started:
                raise
            await self._refuse(send, refused.status)
        finally:
            self.budget.give_back(held)

    async def _refuse(self, send: Send, status: int) -> None:
        code, headers, body = self.reply(status)
        extra = [(b"connection", b"close")]
        if status == BUSY:
            extra.append((b"retry-after", str(BUSY_RETRY_AFTER_S).encode()))
        await send({"type": "http.response.start", "status": code, "headers": [*headers, *extra]})
        await send({"type": "http.response.body", "body": body})


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
