"""Handing one message to a gateway through Apprise.

Apprise (a well-kept library covering SMS gateways, email, Signal, WhatsApp and Telegram)
means no gateway code of ours: the charity names its gateways by URL (config.py). Its log
lines can name the URL, i.e. a subscriber's address, so its logger is silenced here.
"""

from __future__ import annotations

import logging
import warnings
from typing import Protocol

import apprise

with warnings.catch_warnings():
    # Apprise's email plugin loads its PGP helper, which imports the stdlib's deprecated
    # imghdr (a DeprecationWarning on 3.11/3.12); loaded here, once, with that one warning quiet.
    warnings.simplefilter("ignore", DeprecationWarning)
    import apprise.utils.pgp

from outreach_app.server.notify.channels import Channel

# Apprise logs URLs and replies on failure: a subscriber's address must never reach a log.
_apprise_log = logging.getLogger("apprise")
_apprise_log.setLevel(logging.CRITICAL + 1)
_apprise_log.propagate = False
_apprise_log.addHandler(logging.NullHandler())

TITLED_CHANNELS = frozenset({Channel.EMAIL})


class Sender(Protocol):
    def send(self, url: str, channel: Channel, title: str, body: str) -> bool: ...


class AppriseSender:
    """One Apprise object per message: the URL carries the recipient. A gateway that
    fails or refuses answers False; nothing is raised."""

    def send(self, url: str, channel: Channel, title: str, body: str) -> bool:
        notifier = apprise.Apprise()
        if not notifier.add(url):
            return False
        try:
            # SMS-like channels have no subject; a title would be glued onto the text.
            done = notifier.notify(body=body, title=title if channel in TITLED_CHANNELS else "")
        except Exception:  # a plugin bug must not end the worker; the row is retried
            return False
        return bool(done)
