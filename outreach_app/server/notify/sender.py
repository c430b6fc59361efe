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
import warnings
from functools import cache
from typing import Any, Protocol

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


class _SmtpWithKnownName:
    """Stands in for `smtplib` in Apprise's SMTP plugin, which passes no local name, so
    smtplib looked the machine's own name up (a reverse DNS query) for every e-mail; the
    name is the same each time and is looked up once here."""

    def SMTP(self, host: str, port: int, local_hostname: str | None = None, **kwargs: Any) -> smtplib.SMTP:
        return smtplib.SMTP(host, port, local_hostname or _local_fqdn(), **kwargs)

    def SMTP_SSL(
        self, host: str, port: int, local_hostname: str | None = None, **kwargs: Any
    ) -> smtplib.SMTP_SSL:
        return smtplib.SMTP_SSL(host, port, local_hostname or _local_fqdn(), **kwargs)

    def __getattr__(self, name: str) -> object:
        return getattr(smtplib, name)


setattr(apprise_smtp, "smtplib", _SmtpWithKnownName())  # noqa: B010


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
