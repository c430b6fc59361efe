"""The device's time zone, from the system (not a hard-coded Europe/London).

Records keep the zone they were made in (`zone` fields), so a device moved to another zone or
a worker abroad still sees each record's own local day and part of day.
"""

from __future__ import annotations

from collections.abc import Callable

import tzlocal

from outreach_app.domain.timeutil import is_zone_name

# When the system has no usable zone (a container without /etc/localtime, an odd TZ value).
FALLBACK_ZONE = "UTC"


def _system_zone_name() -> str | None:
    # tzlocal reads TZ, /etc/timezone, /etc/localtime on Linux, the registry on Windows and
    # the system preference on macOS: the well-kept answer to a question the stdlib leaves open.
    return tzlocal.get_localzone_name()


def device_zone(read_name: Callable[[], str | None] = _system_zone_name) -> str:
    """The system's IANA zone name, or FALLBACK_ZONE when it has none that this machine knows."""
    try:
        name = read_name()
    except (LookupError, ValueError, OSError):  # tzlocal's "cannot find/validate" errors
        return FALLBACK_ZONE
    return name if name is not None and is_zone_name(name) else FALLBACK_ZONE
