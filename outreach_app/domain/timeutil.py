"""Time rules: UTC storage, the device's zone, the night that belongs to the day it began."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from outreach_app.domain.clock import utcnow as utcnow  # lives there: see domain.clock
from outreach_app.domain.enums import PartOfDay

NIGHT_START_HOUR = 22
NIGHT_END_HOUR = 6


def require_aware(value: datetime) -> datetime:
    """Return `value` in UTC; naive datetimes are refused (we never guess a zone)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("datetime must carry a time zone")
    return value.astimezone(UTC)


# An IANA name's shape ("Europe/London", "America/Argentina/Buenos_Aires", "Etc/GMT+5",
# "UTC"): checked before the name reaches ZoneInfo, which reads files by that name.
_ZONE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+-]{0,29}(?:/[A-Za-z0-9_+-]{1,30}){0,2}")
ZONE_NAME_MAX = 64
# Files of the zone database that are not zone names (the host's own zone, build rules) and
# its alternative trees.
_NOT_ZONE_NAMES = frozenset({"localtime", "posixrules", "Factory"})
_NOT_ZONE_TREES = ("posix/", "right/")


@lru_cache(maxsize=256)
def is_zone_name(name: str) -> bool:
    """Whether `name` is a time zone of the IANA database this machine knows (cached: records
    are validated on every read, and a project uses one or two zones)."""
    if len(name) > ZONE_NAME_MAX or _ZONE_NAME.fullmatch(name) is None:
        return False
    if name in _NOT_ZONE_NAMES or name.startswith(_NOT_ZONE_TREES):
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def require_zone_name(name: str) -> str:
    """`name` if it is an IANA time zone name (see is_zone_name); the error never repeats it."""
    if not is_zone_name(name):
        raise ValueError("not a time zone name: give an IANA name such as Europe/London")
    return name


def to_local(value: datetime, zone: str) -> datetime:
    return require_aware(value).astimezone(ZoneInfo(zone))


def part_of_day(local: datetime) -> PartOfDay:
    hour = local.hour
    if hour >= NIGHT_START_HOUR or hour < NIGHT_END_HOUR:
        return PartOfDay.NIGHT
    if hour < 12:
        return PartOfDay.MORNING
    if hour < 17:
        return PartOfDay.AFTERNOON
    return PartOfDay.EVENING


def shift_day(local: datetime) -> date:
    """The date a moment belongs to: 02:00 on the 5th is part of the night of the 4th."""
    if local.hour < NIGHT_END_HOUR:
        return (local - timedelta(days=1)).date()
    return local.date()


def generalise(value: datetime, zone: str) -> tuple[date, PartOfDay]:
    """Date plus part of day, the only form in which a time leaves the device."""
    local = to_local(value, zone)
    return shift_day(local), part_of_day(local)
