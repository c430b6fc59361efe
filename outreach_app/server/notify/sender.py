"""Handing one message to a gateway through Apprise.

Apprise (a well-kept library covering SMS gateways, email, Signal, WhatsApp and Telegram)
means no gateway code of ours: the charity names its gateways by URL (config.py). Its log
lines can name the URL, i.e. a subscriber's address, so its logger is silenced here.
"""

from __future__ import annotations

import logging
import smtplib
import socket
import ssl
import sys
import threading
import time
import warnings
from collections.abc import Callable
from functools import cache
from typing import Any, Protocol, TypeVar

import apprise
import requests
from apprise.plugins import N_MGR

with warnings.catch_warnings():
    # Apprise's email plugin loads its PGP helper, which imports the stdlib's deprecated
    # imghdr (a DeprecationWarning on 3.11/3.12); loaded here, once, with that one warning quiet.
    warnings.simplefilter("ignore", DeprecationWarning)
    import apprise.utils.pgp
    from apprise.plugins.email import smtp as apprise_smtp

from outreach_app.server.notify.channels import Channel

# Apprise logs URLs and replies on failure: a subscriber's address must never reach a log.
_apprise_log = logging.getLogger("apprise")
_apprise_log.setLevel(logging.CRITICAL + 1)
_apprise_log.propagate = False
_apprise_log.addHandler(logging.NullHandler())

TITLED_CHANNELS = frozenset({Channel.EMAIL})


class _ReusedTlsContexts:
    """Apprise's SMTP plugin builds a new default TLS context for every message, which
    parses the system's CA bundle each time (about 90 ms of CPU here: email ran at ~10
    messages/s). This stands in for the `ssl` module in that one plugin and hands each
    thread one context, reset to full verification every time, which the plugin may then
    loosen for a server configured `verify=no` (the same as a fresh one). Connections may
    reuse a context; only the thread that holds it changes it."""

    def __init__(self) -> None:
        self._local = threading.local()

    def create_default_context(self, *args: object, **kwargs: object) -> ssl.SSLContext:
        if args or kwargs:
            return ssl.create_default_context(*args, **kwargs)  # type: ignore[arg-type]
        context: ssl.SSLContext | None = getattr(self._local, "context", None)
        if context is None:
            context = self._local.context = ssl.create_default_context()
        context.verify_mode = ssl.CERT_REQUIRED
        context.check_hostname = True
        return context

    def __getattr__(self, name: str) -> object:
        return getattr(ssl, name)


setattr(apprise_smtp, "ssl", _ReusedTlsContexts())  # noqa: B010 - the module does not export it


@cache
def _local_fqdn() -> str:
    return socket.getfqdn()


SMTP_MESSAGES_PER_SESSION = 100
"""An SMTP session is ended after this many messages: many relays refuse more in one
(Gmail and Exchange Online allow about 100); a fresh one costs a connection, not a retry."""
SMTP_IDLE_REUSE_S = 30.0
"""A kept session idle longer than this is closed rather than reused: servers drop idle
sessions (RFC 5321 lets them after 5 minutes, some sooner), and a dropped one would fail a
message that then waits for its retry."""
_SMTP_ERRORS = (OSError, smtplib.SMTPException)


class _KeptSession:
    """What makes an SMTP session outlive one message (mixed into smtplib's classes below).
    Apprise's email plugin opens a session per message (connect, greeting, EHLO, STARTTLS,
    AUTH, MAIL/RCPT/DATA, QUIT): four round trips and a TLS handshake to hand over one
    message, and as much work again at the relay. Here its QUIT leaves the session open for
    the same thread's next message to the same server, which skips STARTTLS and AUTH that
    the session has done; a session that failed, is old or idle is really closed. What is
    sent is Apprise's own, unchanged."""

    _kept_by: _KeptSessions
    _kept_key: tuple[object, ...]
    _secured = False
    _logged_in: tuple[str, str] | None = None
    _messages = 0
    _broken = False

    def starttls(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        if self._secured:
            return 220, b"kept"
        reply: tuple[int, bytes] = self._or_broken(super().starttls, *args, **kwargs)  # type: ignore[misc]
        self._secured = True
        return reply

    def login(self, user: str, password: str, **kwargs: Any) -> tuple[int, bytes]:
        if self._logged_in == (user, password):
            return 235, b"kept"
        if self._logged_in is not None:  # another account on one session: not ours to reuse
            self._broken = True
            raise smtplib.SMTPException("a kept SMTP session is signed in as another user")
        reply: tuple[int, bytes] = self._or_broken(super().login, user, password, **kwargs)  # type: ignore[misc]
        self._logged_in = (user, password)
        return reply

    def sendmail(self, *args: Any, **kwargs: Any) -> dict[str, tuple[int, bytes]]:
        refused: dict[str, tuple[int, bytes]] = self._or_broken(super().sendmail, *args, **kwargs)  # type: ignore[misc]
        self._messages += 1
        return refused

    def _or_broken(self, step: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a step of the session; one that raised leaves it not to be kept."""
        try:
            return step(*args, **kwargs)
        except BaseException:
            self._broken = True
            raise

    def quit(self) -> tuple[int, bytes]:
        if not self._broken and self._messages < SMTP_MESSAGES_PER_SESSION:
            self._kept_by.keep(self._kept_key, self)
            return 221, b"kept"
        reply: tuple[int, bytes] = super().quit()  # type: ignore[misc]
        return reply

    def end(self) -> None:
        """Really QUIT (or drop a session that cannot)."""
        try:
            super().quit()  # type: ignore[misc]
        except _SMTP_ERRORS:
            super().close()  # type: ignore[misc]


class _KeptSmtp(_KeptSession, smtplib.SMTP):
    pass


class _KeptSmtpSsl(_KeptSession, smtplib.SMTP_SSL):
    pass


_SessionT = TypeVar("_SessionT", _KeptSmtp, _KeptSmtpSsl)


class _KeptSessions:
    """Each sending thread's open SMTP sessions by server, for its next message there."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._local = threading.local()
        self._clock = clock
        self._lock = threading.Lock()
        self._open: set[_KeptSession] = set()

    def _mine(self) -> dict[tuple[object, ...], tuple[_KeptSession, float]]:
        mine: dict[tuple[object, ...], tuple[_KeptSession, float]] | None = getattr(self._local, "kept", None)
        if mine is None:
            mine = self._local.kept = {}
        return mine

    def take(self, key: tuple[object, ...]) -> _KeptSession | None:
        """This thread's kept session to the server of `key`, if it still answers (NOOP: one
        round trip, where a new session costs four and a TLS handshake)."""
        kept, since = self._mine().pop(key, (None, 0.0))
        if kept is None:
            return None
        if self._clock() - since <= SMTP_IDLE_REUSE_S:
            try:
                if kept.noop()[0] == 250:  # type: ignore[attr-defined]
                    return kept
            except _SMTP_ERRORS:
                pass
        self._forget(kept)
        return None

    def keep(self, key: tuple[object, ...], session: _KeptSession) -> None:
        with self._lock:
            self._open.add(session)
        self._mine()[key] = (session, self._clock())

    def _forget(self, session: _KeptSession) -> None:
        with self._lock:
            self._open.discard(session)
        session.end()

    def close_all(self) -> None:
        """End every kept session (the sending threads have stopped)."""
        with self._lock:
            sessions, self._open = list(self._open), set()
        for session in sessions:
            session.end()


class _SmtpWithKnownName:
    """Stands in for `smtplib` in Apprise's SMTP plugin. It passes no local name, so smtplib
    looked the machine's own name up (a reverse DNS query) for every e-mail: looked up once
    here. And its sessions are kept for the sending thread's next message (`_KeptSession`)."""

    def __init__(self) -> None:
        self.sessions = _KeptSessions()

    def SMTP(self, host: str, port: int, local_hostname: str | None = None, **kwargs: Any) -> smtplib.SMTP:
        return self._session(_KeptSmtp, host, port, local_hostname, kwargs)

    def SMTP_SSL(
        self, host: str, port: int, local_hostname: str | None = None, **kwargs: Any
    ) -> smtplib.SMTP_SSL:
        return self._session(_KeptSmtpSsl, host, port, local_hostname, kwargs)

    def _session(
        self, kind: type[_SessionT], host: str, port: int, local_hostname: str | None, kwargs: dict[str, Any]
    ) -> _SessionT:
        key = (kind, host, port, local_hostname, kwargs.get("timeout"))
        kept = self.sessions.take(key)
        if isinstance(kept, kind):
            return kept
        session = kind(host, port, local_hostname or _local_fqdn(), **kwargs)
        session._kept_by, session._kept_key = self.sessions, key
        return session

    def __getattr__(self, name: str) -> object:
        return getattr(smtplib, name)


_SMTP = _SmtpWithKnownName()
setattr(apprise_smtp, "smtplib", _SMTP)  # noqa: B010


class _PooledRequests:
    """Stands in for `requests` in Apprise's HTTP plugins (SMS gateways, messengers): the
    plugins call `requests.post` for every message, which opens a new TCP (and TLS)
    connection each time; here each sending thread keeps one Session, so the messages to a
    gateway reuse its keep-alive connection. Everything else is requests' own."""

    def __init__(self) -> None:
        self._local = threading.local()

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = requests.Session()
        return session

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        return self._session().request(method, url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> requests.Response:
        return self.request("POST", url, **kwargs)

    def get(self, url: str, **kwargs: Any) -> requests.Response:
        return self.request("GET", url, **kwargs)

    def put(self, url: str, **kwargs: Any) -> requests.Response:
        return self.request("PUT", url, **kwargs)

    def __getattr__(self, name: str) -> object:
        return getattr(requests, name)


def _pool_apprise_http() -> None:
    """Load Apprise's plugins once (not lazily, per thread, while sending) and give every
    one that uses `requests` the pooled stand-in."""
    N_MGR.load_modules()  # type: ignore[no-untyped-call]
    pooled = _PooledRequests()
    for name, module in list(sys.modules.items()):
        if name.startswith("apprise.plugins.") and getattr(module, "requests", None) is requests:
            setattr(module, "requests", pooled)  # noqa: B010


_pool_apprise_http()


class Sender(Protocol):
    def send(self, url: str, channel: Channel, title: str, body: str) -> bool: ...

    def close(self) -> None:
        """End what is kept open between messages (called once the sending threads stopped)."""


_ASSET = apprise.AppriseAsset(async_mode=False)


class AppriseSender:
    """One Apprise plugin per message (the URL carries the recipient), made with Apprise's
    own `instantiate` and called directly: an `Apprise` object would hand every single
    message to a thread pool of its own, and ours already sends in parallel. A gateway that
    fails or refuses answers False; nothing is raised."""

    def send(self, url: str, channel: Channel, title: str, body: str) -> bool:
        notifier = apprise.Apprise.instantiate(url, asset=_ASSET, suppress_exceptions=True)
        if notifier is None:
            return False
        try:
            # SMS-like channels have no subject; a title would be glued onto the text.
            done = notifier.notify(body=body, title=title if channel in TITLED_CHANNELS else "")
        except Exception:  # a plugin bug must not end the worker; the row is retried
            return False
        return bool(done)

    def close(self) -> None:
        _SMTP.sessions.close_all()
