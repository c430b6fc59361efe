"""A TCP server on 127.0.0.1 running its own asyncio loop in a thread (the test proxies' base)."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from typing import Self


class LoopServer:
    """`with Sub(...) as server:` serves `_handle` on `server.port` until the block ends.

    Attributes:
        port: the local port clients connect to.
    """

    def __init__(self, thread_name: str) -> None:
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.base_events.Server | None = None
        # Every connection's task and writer, so stopping can finish them: a transport left
        # "closing" when the loop stops is collected later as an unclosed-socket ResourceWarning,
        # which fails whichever test happens to be running then.
        self._tasks: set[asyncio.Task[None]] = set()
        self._writers: set[asyncio.StreamWriter] = set()
        self._thread = threading.Thread(target=self._loop.run_forever, name=thread_name, daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        self.port = asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    async def _start(self) -> int:
        self._server = await asyncio.start_server(self._tracked, "127.0.0.1", 0)
        return int(self._server.sockets[0].getsockname()[1])

    async def _tracked(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self._writers.add(writer)
        try:
            await self._handle(reader, writer)
        finally:
            self._tasks.discard(task)
            await self.finish(writer)

    async def finish(self, writer: asyncio.StreamWriter) -> None:
        """Close `writer` and wait until its socket is really closed."""
        self._writers.discard(writer)
        writer.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(writer.wait_closed(), timeout=5)

    async def _stop(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=5)
        for writer in list(self._writers):
            await self.finish(writer)
        if self._server is not None:
            await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        raise NotImplementedError
