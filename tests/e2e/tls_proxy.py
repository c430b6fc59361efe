"""A TLS-terminating proxy whose certificate can be swapped between connections.

It stands for the charity's reverse proxy in front of the real server (plain HTTP on
127.0.0.1): `use("expired")` makes every new connection present another certificate (an
expired one, say), as when a certificate lapses or an interceptor steps in mid-session.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import threading


class TlsProxy:
    """Run with `with TlsProxy(upstream_port, {"valid": ctx, "expired": ctx2}, "valid") as proxy:`.

    Attributes:
        port: the local port clients connect to (https://127.0.0.1:port).
        handshakes: TLS handshakes attempted, by certificate name.
    """

    def __init__(self, upstream_port: int, contexts: dict[str, ssl.SSLContext], current: str) -> None:
        self.upstream_port = upstream_port
        self.contexts = contexts
        self.current = current
        self.handshakes: dict[str, int] = dict.fromkeys(contexts, 0)
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.base_events.Server | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, name="tls-proxy", daemon=True)

    def use(self, name: str) -> None:
        """Present certificate `name` from the next connection on."""
        self.current = name

    def __enter__(self) -> TlsProxy:
        self._thread.start()
        self.port = asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    async def _start(self) -> int:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        return int(self._server.sockets[0].getsockname()[1])

    async def _stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        name = self.current
        self.handshakes[name] += 1
        try:
            await writer.start_tls(self.contexts[name])
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except (OSError, ssl.SSLError):
            writer.close()  # the client refused the certificate, or the server is gone
            return
        pumps = {
            asyncio.ensure_future(_pump(reader, up_writer)),
            asyncio.ensure_future(_pump(up_reader, writer)),
        }
        await asyncio.wait(pumps, return_when=asyncio.FIRST_COMPLETED)
        for task in pumps:
            task.cancel()
        for stream in (writer, up_writer):
            with contextlib.suppress(Exception):
                stream.close()


async def _pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(Exception):
        while chunk := await reader.read(65536):
            writer.write(chunk)
            await writer.drain()
