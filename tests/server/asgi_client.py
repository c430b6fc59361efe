"""A synchronous test client over httpx.ASGITransport.

Starlette's TestClient warns (deprecated with httpx) and warnings are errors here, so the
tests drive the ASGI app through httpx's own transport on an event loop kept in a
blocking portal (a background thread).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from anyio.from_thread import BlockingPortal, start_blocking_portal


class AsgiClient:
    def __init__(self, portal: BlockingPortal, app: Any) -> None:
        self._portal = portal
        self._client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app, client=("203.0.113.7", 50000)),
            base_url="http://testserver",
        )

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        async def call() -> httpx.Response:
            return await self._client.request(method, url, **kwargs)

        return self._portal.call(call)

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def delete(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("DELETE", url, **kwargs)

    def close(self) -> None:
        self._portal.call(self._client.aclose)


@contextmanager
def asgi_client(app: Any) -> Iterator[AsgiClient]:
    with start_blocking_portal() as portal:
        client = AsgiClient(portal, app)
        try:
            yield client
        finally:
            client.close()
