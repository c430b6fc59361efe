"""E-mail through Apprise keeps its SMTP session for the sending thread's next message
(notify/sender.py), against a real aiosmtpd server: one session for many messages, a new
one after the limit or an idle spell, and a session the server dropped costs no message."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from outreach_app.server.notify import sender as sender_module
from outreach_app.server.notify.channels import Channel
from outreach_app.server.notify.sender import AppriseSender
from tests.server.notify_support import SmtpSink, notify_config


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    smtp = SmtpSink().start()
    yield smtp
    smtp.stop()


@pytest.fixture
def sender(monkeypatch: pytest.MonkeyPatch) -> Iterator[AppriseSender]:
    clock = FakeMonotonic()
    monkeypatch.setattr(sender_module._SMTP.sessions, "_clock", clock)
    made = AppriseSender()
    made.clock = clock  # type: ignore[attr-defined]
    yield made
    made.close()


def send(sender: AppriseSender, port: int, n: int) -> bool:
    gateway = notify_config(port, 1).gateways[Channel.EMAIL]
    url = gateway.url_for(f"person{n}@example.org", f"k{n}", "https://w.example/u/x")
    return sender.send(url, Channel.EMAIL, "Update", f"message {n}")


def sessions(sink: SmtpSink) -> list[str]:
    return list(dict.fromkeys(message.peer for message in sink.messages))


def test_one_thread_hands_many_emails_over_one_smtp_session(sink: SmtpSink, sender: AppriseSender) -> None:
    assert all(send(sender, sink.port, n) for n in range(5))
    assert [m.to for m in sink.messages] == [f"person{n}@example.org" for n in range(5)]
    assert [m.body.strip() for m in sink.messages] == [f"message {n}" for n in range(5)]
    assert len(sessions(sink)) == 1
    sender.close()  # the worker stopping ends it: the next message opens a new one
    assert send(sender, sink.port, 5)
    assert len(sessions(sink)) == 2


def test_a_session_ends_after_its_message_limit(
    sink: SmtpSink, sender: AppriseSender, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sender_module, "SMTP_MESSAGES_PER_SESSION", 2)
    assert all(send(sender, sink.port, n) for n in range(5))
    assert len(sink.messages) == 5
    assert len(sessions(sink)) == 3  # 2 + 2 + 1


def test_a_session_idle_too_long_is_not_reused(sink: SmtpSink, sender: AppriseSender) -> None:
    clock: FakeMonotonic = sender.clock  # type: ignore[attr-defined]
    assert send(sender, sink.port, 0)
    clock.now += sender_module.SMTP_IDLE_REUSE_S - 1
    assert send(sender, sink.port, 1)
    clock.now += sender_module.SMTP_IDLE_REUSE_S + 1
    assert send(sender, sink.port, 2)
    assert len(sink.messages) == 3
    assert len(sessions(sink)) == 2


def test_a_session_the_server_dropped_costs_no_message(sender: AppriseSender) -> None:
    first = SmtpSink().start()
    assert send(sender, first.port, 0)
    first.stop()  # the server goes away, and the kept session with it
    second = SmtpSink(port=first.port).start()
    try:
        assert send(sender, second.port, 1)  # a new session, not a failed message
        assert [m.to for m in second.messages] == ["person1@example.org"]
    finally:
        second.stop()
