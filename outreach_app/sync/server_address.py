"""Which server addresses a device may talk to.

HTTPS only. Plain `http://` is allowed for loopback addresses alone, for tests
and `--demo`. The address is a secret of sorts (it says who the user works
with), so it is read from a prompt or stdin and kept inside the encrypted DB.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit, urlunsplit


class ServerAddressError(ValueError):
    """The address is not one we will send reports to."""


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalise_server_url(raw: str) -> str:
    """Return `scheme://host[:port][/path]` without a trailing slash, or raise ServerAddressError."""
    text = raw.strip()
    if not text:
        raise ServerAddressError("no server address given")
    if any(ch.isspace() or ord(ch) < 0x20 for ch in text):
        raise ServerAddressError("the server address must not contain spaces or control characters")
    try:
        parts = urlsplit(text)
        port = parts.port  # parses the port: 'x:abc' and 'x:99999' raise ValueError here
    except ValueError:
        raise ServerAddressError("the server address is not a valid web address") from None
    if port == 0:
        raise ServerAddressError("the server address has an invalid port")
    if parts.scheme not in {"https", "http"}:
        raise ServerAddressError("the server address must start with https://")
    host = parts.hostname or ""
    if not host:
        raise ServerAddressError("the server address has no host name")
    if parts.username or parts.password:
        raise ServerAddressError("the server address must not contain a user name or password")
    if parts.query or parts.fragment:
        raise ServerAddressError("the server address must not contain ? or # parts")
    if parts.scheme == "http" and not _is_loopback(host):
        raise ServerAddressError("plain http:// is refused: use https:// (http is only for this computer)")
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))
