"""A TLS-terminating proxy whose certificate can be swapped between connections.

It stands for the charity's reverse proxy in front of the real server (plain HTTP on
127.0.0.1): `use("expired")` makes every new connection present another certificate (an
expired one, say), as when a certificate lapses or an interceptor steps in mid-session.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl

from tests.e2e.loop_server import LoopServer


class TlsProxy(LoopServer):
    """Run with `with TlsProxy(upstream_port, {"valid": ctx, "expired": ctx2}, "valid") as proxy:`.

    Attributes:
        port: the local port clients connect to (https://127.0.0.1:port).
        handshakes: TLS handshakes attempted, by certificate name.
    """

    def __init__(self, upstream_port: int, contexts: dict[str, ssl.SSLContext], current: str) -> None:
        super().__init__("tls-proxy")
        self.upstream_port = upstream_port
        self.contexts = contexts
        self.current = current
        self.handshakes: dict[str, int] = dict.fromkeys(contexts, 0)

    def use(self, name: str) -> None:
        """Present certificate `name` from the next connection on."""
        self.current = name

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        name = self.current
        self.handshakes[name] += 1
        try:
            await writer.start_tls(self.contexts[name])
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except (OSError, ssl.SSLError):
            return  # the client refused the certificate, or the server is gone (closed on return)
        self._writers.add(up_writer)
        pumps = {
            asyncio.ensure_future(_pump(reader, up_writer)),
            asyncio.ensure_future(_pump(up_reader, writer)),
        }
        await asyncio.wait(pumps, return_when=asyncio.FIRST_COMPLETED)
        for task in pumps:
            task.cancel()
        await self.finish(up_writer)  # the client's side is finished by the base class


async def _pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(Exception):
        while chunk := await reader.read(65536):
            writer.write(chunk)
            await writer.drain()
