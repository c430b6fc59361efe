"""Handing one message to a gateway through Apprise.

Apprise (a well-kept library covering SMS gateways, email, Signal, WhatsApp and Telegram)
means no gateway code of ours: the charity names its gateways by URL (config.py). Its log
lines can name the URL, i.e. a subscriber's address, so its logger is silenced here.
"""

from __future__ import annotations

import logging
import ssl
import threading
import warnings
from typing import Protocol

import apprise

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


class Sender(Protocol):
    def send(self, url: str, channel: Channel, title: str, body: str) -> bool: ...


# One message per Apprise object: no thread pool of Apprise's own per message (ours sends in parallel).
_ASSET = apprise.AppriseAsset(async_mode=False)


class AppriseSender:
    """One Apprise object per message: the URL carries the recipient. A gateway that
    fails or refuses answers False; nothing is raised."""

    def send(self, url: str, channel: Channel, title: str, body: str) -> bool:
        notifier = apprise.Apprise(asset=_ASSET)
        if not notifier.add(url):
            return False
        try:
            # SMS-like channels have no subject; a title would be glued onto the text.
            done = notifier.notify(body=body, title=title if channel in TITLED_CHANNELS else "")
        except Exception:  # a plugin bug must not end the worker; the row is retried
            return False
        return bool(done)
