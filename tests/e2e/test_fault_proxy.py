"""The fault proxy itself must do what the sync tests rely on."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from tests.e2e.fault_proxy import FaultProxy


class _Counting(BaseHTTPRequestHandler):
    hits = 0

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        self.rfile.read(length)
        type(self).hits += 1
        body = b'{"ok": true, "padding": "' + b"x" * 200 + b'"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def upstream() -> Iterator[int]:
    _Counting.hits = 0
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Counting)
    # serve_forever looks at its stop flag once per poll_interval (0.5 s by default), and
    # shutdown() waits for that: most of each test's time was this wait.
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_healthy_proxy_passes_requests_through(upstream: int, seed: int) -> None:
    with FaultProxy("127.0.0.1", upstream, fault_rate=0.0, seed=seed) as proxy:
        reply = httpx.post(f"http://127.0.0.1:{proxy.port}/x", content=b"hello", timeout=5)
    assert reply.json()["ok"] is True
    assert _Counting.hits == 1


def test_reset_never_reaches_the_server(upstream: int, seed: int) -> None:
    with FaultProxy("127.0.0.1", upstream, fault_rate=1.0, seed=seed, faults=("reset",)) as proxy:
        with pytest.raises(httpx.TransportError):
            httpx.post(f"http://127.0.0.1:{proxy.port}/x", content=b"hello", timeout=5)
        assert proxy.stats.faults["reset"] == 1
    assert _Counting.hits == 0


def test_cut_lets_the_server_commit_but_the_client_never_hears(upstream: int, seed: int) -> None:
    with (
        FaultProxy("127.0.0.1", upstream, fault_rate=1.0, seed=seed, faults=("cut",)) as proxy,
        pytest.raises(httpx.TransportError),
    ):
        httpx.post(f"http://127.0.0.1:{proxy.port}/x", content=b"hello", timeout=5)
    assert _Counting.hits == 1


def test_hang_makes_the_client_time_out_until_healed(upstream: int, seed: int) -> None:
    with FaultProxy("127.0.0.1", upstream, fault_rate=1.0, seed=seed, faults=("hang",)) as proxy:
        with pytest.raises(httpx.TimeoutException):
            httpx.post(f"http://127.0.0.1:{proxy.port}/x", content=b"hello", timeout=0.2)
        proxy.heal()
        reply = httpx.post(f"http://127.0.0.1:{proxy.port}/x", content=b"hello", timeout=5)
    assert reply.status_code == 200
    assert _Counting.hits == 1
