"""A fault-injecting TCP proxy for end-to-end sync tests.

It sits between the client and the real server on 127.0.0.1 and, on a seeded
share of connections, misbehaves the way flaky networks do:

- `reset`: the connection is reset before anything reaches the server;
- `hang`: the request is swallowed and no answer ever comes (the client times out);
- `cut`: the request reaches the server, which commits, but the response is cut
  after a few bytes, so the client never hears the receipt;
- `latency`: every chunk is delayed a little (bounded, a few milliseconds).

`plan` names the fault of given connections (1 = the first), e.g. `{2: "hang"}`, for tests
that need one exact fault rather than a random share. `max_hangs` caps the random hangs (each
costs the client its whole read time-out, the only fault that waits): a draw past the cap is
another of the faults instead. `heal()` turns faults off; `stats`
counts what happened. Traffic only ever goes
to the upstream address given (loopback in our tests).
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import socket
import struct
from collections import Counter
from dataclasses import dataclass, field

from tests.e2e.loop_server import LoopServer

FAULTS = ("reset", "hang", "cut", "latency")


@dataclass
class ProxyStats:
    connections: int = 0
    faults: Counter[str] = field(default_factory=Counter)


class FaultProxy(LoopServer):
    """Run with `with FaultProxy(upstream_port, fault_rate=0.3, seed=...) as proxy:`.

    Attributes:
        port: the local port clients connect to.
        stats: connections seen and faults injected, by kind.
    """

    def __init__(
        self,
        upstream_host: str,
        upstream_port: int,
        *,
        fault_rate: float,
        seed: int,
        faults: tuple[str, ...] = FAULTS,
        max_latency_s: float = 0.005,
        plan: dict[int, str] | None = None,
        max_hangs: int | None = None,
    ) -> None:
        super().__init__("fault-proxy")
        self.upstream = (upstream_host, upstream_port)
        self.fault_rate = fault_rate
        self.faults = faults
        self.max_latency_s = max_latency_s
        self.plan = dict(plan or {})
        self.max_hangs = max_hangs
        self.rng = random.Random(seed)
        self.stats = ProxyStats()
        self._hung: list[asyncio.StreamWriter] = []

    def heal(self) -> None:
        self.fault_rate = 0.0
        self.plan.clear()
        # Connections already hung stay hung until the client gives up; release them now.
        self._loop.call_soon_threadsafe(self._release_hung)

    def _release_hung(self) -> None:
        for writer in self._hung:
            writer.close()
        self._hung.clear()

    async def _stop(self) -> None:
        self._release_hung()
        await super()._stop()

    def _choose_fault(self) -> str | None:
        if self.stats.connections in self.plan:
            return self.plan[self.stats.connections]
        if self.rng.random() < self.fault_rate:
            fault = self.rng.choice(self.faults)
            others = [kind for kind in self.faults if kind != "hang"]
            if (
                fault == "hang"
                and self.max_hangs is not None
                and self.stats.faults[fault] >= self.max_hangs
                and others
            ):
                fault = self.rng.choice(others)
            return fault
        return None

    async def _handle(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        self.stats.connections += 1
        fault = self._choose_fault()
        if fault:
            self.stats.faults[fault] += 1
        if fault == "reset":
            _reset(client_writer)
            return
        if fault == "hang":
            self._hung.append(client_writer)
            with contextlib.suppress(Exception):
                while await client_reader.read(65536):
                    pass
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.upstream)
        except OSError:
            _reset(client_writer)
            return
        self._writers.add(up_writer)
        cut_after = self.rng.randint(1, 40) if fault == "cut" else None
        latency = self.max_latency_s if fault == "latency" else 0.0
        upstream_pump = asyncio.ensure_future(self._pump(client_reader, up_writer, None, latency))
        downstream_pump = asyncio.ensure_future(self._pump(up_reader, client_writer, cut_after, latency))
        await asyncio.wait({upstream_pump, downstream_pump}, return_when=asyncio.FIRST_COMPLETED)
        for task in (upstream_pump, downstream_pump):
            task.cancel()
        if cut_after is not None:
            _reset(client_writer)
        else:
            client_writer.close()
        await self.finish(up_writer)

    async def _pump(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        cut_after: int | None,
        latency: float,
    ) -> None:
        sent = 0
        with contextlib.suppress(Exception):
            while True:
                chunk = await reader.read(65536)
                if not chunk:
                    break
                if latency:
                    await asyncio.sleep(self.rng.uniform(0, latency))
                if cut_after is not None and sent + len(chunk) >= cut_after:
                    writer.write(chunk[: max(0, cut_after - sent)])
                    await writer.drain()
                    return
                writer.write(chunk)
                await writer.drain()
                sent += len(chunk)
            if writer.can_write_eof():
                writer.write_eof()


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with RST (SO_LINGER 0) rather than a polite FIN, as a dropped network would."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.close()
