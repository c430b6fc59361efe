"""Real gateways on loopback for the warning tests and the benchmark.

`SmtpSink`: a real aiosmtpd server that keeps what it receives. `TwilioEmulator`: an HTTP
server speaking Twilio's Messages API (POST /2010-04-01/Accounts/{sid}/Messages.json, basic
auth, form fields To/From/Body, 201 with a JSON message resource). Apprise's own twilio://
plugin cannot be pointed anywhere but api.twilio.com, so the tests reach the emulator with
Apprise's generic form:// plugin, its fields mapped onto Twilio's (`notify_config`).
"""

from __future__ import annotations

import base64
import json
import socket
import threading
from collections import Counter
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

from aiosmtpd.controller import Controller

from outreach_app.server.notify.config import NotifyConfig

SID = "AC0123456789abcdef0123456789abcdef"
AUTH_TOKEN = "emulator-token"
FROM_NUMBER = "+447700900000"
FROM_EMAIL = "updates@charity.example"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Tally:
    """Messages counted across sinks; `wait_for` blocks until the count reaches a value (an
    event to wait on instead of sleeping)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self.value = 0

    def bump(self) -> None:
        with self._cond:
            self.value += 1
            self._cond.notify_all()

    def wait_for(self, target: int, timeout: float) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: self.value >= target, timeout)


@dataclass
class Received:
    to: str
    body: str
    key: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    peer: str = ""  # SMTP: the client's address and port, one per session


class SmtpSink:
    def __init__(self, tally: Tally | None = None, port: int | None = None) -> None:
        self.tally = tally or Tally()
        self.messages: list[Received] = []
        self._lock = threading.Lock()
        self.port = port or free_port()
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        mail = message_from_bytes(envelope.content, policy=policy.default)
        part = mail.get_body(preferencelist=("plain",))
        text = part.get_content() if part is not None else ""
        with self._lock:
            for to in envelope.rcpt_tos:
                headers = {k: str(v) for k, v in mail.items()}
                self.messages.append(Received(to, text, headers=headers, peer=str(session.peer)))
                self.tally.bump()
        return "250 OK"

    def start(self) -> SmtpSink:
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()

    def count(self) -> int:
        with self._lock:
            return len(self.messages)


class TwilioEmulator:
    """Twilio's Messages API on loopback. `fail_next(n, status)` refuses the next n messages."""

    def __init__(self, tally: Tally | None = None) -> None:
        self.tally = tally or Tally()
        self.messages: list[Received] = []
        self._lock = threading.Lock()
        self._failures: list[int] = []
        self._by_key: dict[str, dict[str, Any]] = {}
        self.repeated_keys = 0
        emulator = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                status, reply = emulator.handle(self.path, dict(self.headers), raw)
                body = json.dumps(reply).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_: Any) -> None:
                pass

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # a client killed mid-request (the crash test) is expected

        self._server = Server(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]

    def handle(self, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, dict[str, Any]]:
        if path != f"/2010-04-01/Accounts/{SID}/Messages.json":
            return 404, {"code": 20404, "message": "not found"}
        expected = "Basic " + base64.b64encode(f"{SID}:{AUTH_TOKEN}".encode()).decode()
        if headers.get("Authorization") != expected:
            return 401, {"code": 20003, "message": "authenticate"}
        form = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
        if not form.get("To") or not form.get("Body") or form.get("From") != FROM_NUMBER:
            return 400, {"code": 21604, "message": "To, From and Body are required"}
        key = headers.get("Idempotency-Key", "")
        with self._lock:
            if self._failures:
                return self._failures.pop(), {"code": 20429, "message": "too many requests"}
            if key and key in self._by_key:
                # A gateway honouring idempotency keys: a repeat is answered, not delivered again.
                self.repeated_keys += 1
                return 201, self._by_key[key]
            self.messages.append(Received(form["To"], form["Body"], key))
            self.tally.bump()
            resource = {
                "sid": f"SM{len(self.messages):032x}",
                "status": "queued",
                "to": form["To"],
                "from": FROM_NUMBER,
                "body": form["Body"],
            }
            if key:
                self._by_key[key] = resource
        return 201, resource

    def fail_next(self, count: int, status: int = 429) -> None:
        with self._lock:
            self._failures.extend([status] * count)

    def start(self) -> TwilioEmulator:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def count(self) -> int:
        with self._lock:
            return len(self.messages)


def notify_data(smtp_port: int, sms_port: int, **gateway: Any) -> dict[str, Any]:
    sms_url = (
        f"form://{SID}:{AUTH_TOKEN}@127.0.0.1:{sms_port}/2010-04-01/Accounts/{SID}/Messages.json"
        f"?:To={{to}}&:From=%2B{FROM_NUMBER[1:]}&:message=Body&:title=&:type=&:version="
        "&+Idempotency-Key={key}"
    )
    email_url = (
        f"mailto://127.0.0.1:{smtp_port}?mode=insecure&from={FROM_EMAIL}&to={{to}}"
        "&+List-Unsubscribe=<{unsubscribe}>"
    )
    return {
        "public_base_url": "https://w.charity.example",
        "inbound_sms_token": "hook-secret-123",
        "gateways": {"sms": {"url": sms_url, **gateway}, "email": {"url": email_url, **gateway}},
    }


def notify_config(smtp_port: int, sms_port: int, **gateway: Any) -> NotifyConfig:
    return NotifyConfig.parse(notify_data(smtp_port, sms_port, **gateway))


def per_recipient(messages: list[Received]) -> Counter[str]:
    return Counter(m.to for m in messages)
